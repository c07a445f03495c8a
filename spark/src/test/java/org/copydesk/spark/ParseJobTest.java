package org.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.copydesk.core.Article;
import org.copydesk.core.json.ArticleJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode over the sample's three input kinds: its outputs, its failures and its counters. */
@Tag("slow")
class ParseJobTest {

  @TempDir
  static Path dir;

  static SparkSession spark;
  static ParseJob.Counts counts;
  static Path out;

  @BeforeAll
  static void runJobOnSample() throws IOException {
    spark = SparkSession.builder().master("local[2]").appName("ParseJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    Path sample = SampleInput.write(Files.createDirectories(dir.resolve("sample")));
    out = dir.resolve("out");
    counts = ParseJob.run(spark, new ParseJob.Options(sample.resolve("pages").toString(),
        sample.resolve("pages.jsonl").toString(), sample.resolve("crawl.warc.gz").toString(), out.toString()));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void countersCountEveryRecordOnceAsParsedOrFailed() {
    assertEquals(SampleInput.READ, counts.read());
    assertEquals(SampleInput.PARSED, counts.parsed());
    assertEquals(SampleInput.READ - SampleInput.PARSED, counts.failed());
    assertEquals(quoteRows().size(), counts.quotes());
    long sources = lines("articles").stream()
        .mapToLong(line -> line.path("article").path("sources").size()).sum();
    assertEquals(sources, counts.sources());
    assertTrue(counts.quotes() >= SampleInput.PARSED, "every sample article quotes someone: " + counts);
  }

  @Test
  void everyParsedPageIsOneArticleLineWithItsIdInputAndUrl() {
    Map<String, JsonNode> articles = byId(lines("articles"));
    String pages = "file:" + dir.resolve("sample/pages");
    assertEquals(List.of("2", pages + "/bridge.html.gz", pages + "/council.html", pages + "/harbour.txt", "j1"),
        articles.keySet().stream().filter(id -> !id.startsWith("urn:")).toList());
    assertEquals(2, articles.keySet().stream().filter(id -> id.startsWith("urn:uuid:")).count(), "WARC record ids");

    assertEquals("Harbour Reopens After Storm", articles.get(pages + "/harbour.txt").at("/article/headline").asText());
    assertEquals("Old Bridge to Close for Repairs",
        articles.get(pages + "/bridge.html.gz").at("/article/headline").asText());
    JsonNode market = articles.get("j1");
    assertEquals("https://example.org/news/market", market.path("url").asText());
    assertTrue(market.path("input").asText().endsWith("pages.jsonl"), market.path("input").asText());
    assertEquals("Farmers Market Moves Indoors", market.at("/article/headline").asText());
    assertEquals("School Opens New Library", articles.get("2").at("/article/headline").asText());
    assertFalse(articles.get("2").has("url"), "a record without a URL has none");

    List<String> warcHeadlines = articles.values().stream()
        .filter(line -> line.path("id").asText().startsWith("urn:"))
        .map(line -> line.path("url").asText() + " " + line.at("/article/headline").asText()).sorted().toList();
    assertEquals(List.of("https://example.org/news/ferry Ferry Service Returns",
        "https://example.org/news/library Library Extends Opening Hours"), warcHeadlines);
  }

  @Test
  void articleLinesHoldTheArticleInTheJsonContract() throws IOException {
    for (JsonNode line : lines("articles")) {
      Article article = ArticleJson.fromJson(line.path("article").toString());
      assertEquals(line.path("article"), SharedParser.mapper().readTree(ArticleJson.toJson(article)));
    }
  }

  @Test
  void quoteTableHasOneRowPerQuoteWithItsArticleAndSpeaker() {
    List<Row> rows = quoteRows();
    assertEquals(List.of("article_id", "url", "headline", "published", "quote_index", "quote_text", "quote_kind",
        "speaker_name", "speaker_kind", "cue"), List.of(spark.read().parquet(out.resolve("quotes").toString())
        .columns()));
    Row costa = rows.stream().filter(row -> "Maria Costa".equals(row.getAs("speaker_name"))).findFirst().orElseThrow();
    assertEquals("Harbour Reopens After Storm", costa.getAs("headline"));
    assertEquals("person", costa.getAs("speaker_kind"));
    assertEquals("direct", costa.getAs("quote_kind"));
    assertEquals("said", costa.getAs("cue"));
    assertTrue(((String) costa.getAs("quote_text")).startsWith("We lost two boats"), costa.toString());

    Row lund = rows.stream().filter(row -> ((String) row.getAs("quote_text")).contains("engines are running"))
        .findFirst().orElseThrow();
    assertEquals("https://example.org/news/ferry", lund.getAs("url"));
    assertTrue(((String) lund.getAs("article_id")).startsWith("urn:uuid:"));

    Map<String, Long> quotesPerArticle = lines("articles").stream().collect(Collectors.toMap(
        line -> line.path("id").asText(), line -> (long) line.path("article").path("quotes").size()));
    Map<String, Long> rowsPerArticle = rows.stream().collect(Collectors.groupingBy(
        row -> row.getAs("article_id"), Collectors.counting()));
    quotesPerArticle.values().removeIf(count -> count == 0);
    assertEquals(quotesPerArticle, rowsPerArticle);
  }

  @Test
  void failuresNameTheRecordTheStageAndTheReason() {
    Map<String, String> failures = new TreeMap<>();
    for (JsonNode line : lines("failures")) {
      String key = line.path("id").asText(fileName(line.path("input").asText()));
      failures.put(key, line.path("stage").asText() + ": " + line.path("error").asText());
    }
    String broken = "file:" + dir.resolve("sample/pages/broken.html.gz");
    assertEquals(List.of(broken, "j4", "j5", "pages.jsonl"), List.copyOf(failures.keySet()));
    assertTrue(failures.get(broken).startsWith("read: gzip file unreadable"), failures.get(broken));
    assertTrue(failures.get("pages.jsonl").startsWith("read: line is not JSON"), failures.get("pages.jsonl"));
    assertEquals("read: record must have exactly one of \"html\" and \"text\"", failures.get("j4"));
    assertTrue(failures.get("j5").startsWith("parse: InputTooLargeException"), failures.get("j5"));
  }

  @Test
  void anArticleRoundTripsThroughJsonInsideASparkTask() {
    List<String> pages = List.of(SampleInput.COUNCIL, SampleInput.BRIDGE, SampleInput.MARKET);
    List<Boolean> equal = spark.createDataset(pages, Encoders.STRING()).repartition(3).map(
        (MapFunction<String, Boolean>) html -> {
          Article article = SharedParser.parser().parseHtml(html);
          return ArticleJson.fromJson(ArticleJson.toJson(article)).equals(article);
        }, Encoders.BOOLEAN()).collectAsList();
    assertEquals(List.of(true, true, true), equal);
  }

  @Test
  void tasksRunTheModulesOneJacksonWhichSparksOwnJsonUsesToo() {
    String pinned = System.getProperty("copydesk.jackson.version");
    List<String> inTasks = spark.createDataset(List.of(1, 2), Encoders.INT()).repartition(2).map(
        (MapFunction<Integer, String>) i -> PackageVersion.VERSION.toString(),
        Encoders.STRING()).distinct().collectAsList();
    assertEquals(List.of(pinned), inTasks);
    assertEquals(List.of("{\"n\":0}", "{\"n\":1}"), spark.range(2).toDF("n").toJSON().collectAsList());
  }

  @Test
  void tasksOfOneJvmShareOneParser() {
    List<Integer> parsers = spark.createDataset(List.of(1, 2, 3, 4, 5, 6), Encoders.INT()).repartition(6).map(
        (MapFunction<Integer, Integer>) i ->
            System.identityHashCode(SharedParser.parser()), Encoders.INT()).distinct().collectAsList();
    assertEquals(1, parsers.size());
  }

  @Test
  void anExistingOutputDirectoryIsRefusedBeforeAnyWork() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParseJob.run(spark,
        new ParseJob.Options(dir.resolve("sample/pages").toString(), null, null, out.toString())));
    assertTrue(e.getMessage().contains("exists"), e.getMessage());
  }

  private static List<Row> quoteRows() {
    return spark.read().parquet(out.resolve("quotes").toString()).collectAsList();
  }

  private static List<JsonNode> lines(String output) {
    try (Stream<Path> files = Files.list(out.resolve(output))) {
      return files.filter(file -> file.getFileName().toString().startsWith("part-")).sorted()
          .flatMap(ParseJobTest::readLines).map(ParseJobTest::tree).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> readLines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String line) {
    try {
      return SharedParser.mapper().readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, JsonNode> byId(List<JsonNode> lines) {
    return lines.stream().collect(Collectors.toMap(line -> line.path("id").asText(), Function.identity(),
        (a, b) -> { throw new AssertionError("two lines of id " + a.path("id")); }, TreeMap::new));
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
