package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.copydesk.core.json.ArticleJson;
import org.copydesk.core.json.ArticleJsonModule;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the tool reads: gzip, HTML told from text, directories, a base URI, parallel jobs, help and version. */
class CommandLineInputsTest {

  private static final String HTML = "<!DOCTYPE html><html><head><title>Bridge Reopens</title></head><body>"
      + "<h1>Bridge Reopens</h1><p>The bridge reopened on Monday after two years of repairs, the city said.</p>"
      + "<p><a href=\"/more\">More</a> about the works: they cost less than planned.</p></body></html>";
  private static final String TEXT = "Bridge Reopens\n\nThe bridge reopened on Monday after two years of repairs.\n";

  @TempDir
  Path dir;

  private final ObjectMapper json = new ObjectMapper();
  private final ArticleParser parser = ArticleParser.create();
  private String stdout;
  private String stderr;

  private int run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Main(new ByteArrayInputStream(new byte[0]), out,
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    stdout = out.toString(StandardCharsets.UTF_8);
    stderr = err.toString(StandardCharsets.UTF_8);
    return status;
  }

  private List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : stdout.split("\n")) {
      nodes.add(json.readTree(line));
    }
    return nodes;
  }

  private JsonNode expected(Object article) throws IOException {
    return json.readTree(ArticleJson.newMapper().writeValueAsString(article));
  }

  private static byte[] gzip(String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void aGzipFileIsGunzippedAndParsedLikeItsContent() throws IOException {
    Path page = Files.write(dir.resolve("page.html.gz"), gzip(HTML));
    assertEquals(0, run("parse", page.toString()), stderr);
    assertEquals(expected(parser.parseHtml(HTML.getBytes(StandardCharsets.UTF_8))), json.readTree(stdout));
    Path text = Files.write(dir.resolve("page.txt.gz"), gzip(TEXT));
    assertEquals(0, run("parse", "--text", text.toString()), stderr);
    assertEquals(expected(parser.parseText(TEXT)), json.readTree(stdout));
  }

  @Test
  void brokenGzipDataIsThatFilesError() throws IOException {
    byte[] broken = gzip(HTML);
    Path page = Files.write(dir.resolve("page.html.gz"), java.util.Arrays.copyOf(broken, 20));
    assertEquals(1, run("parse", page.toString()));
    assertTrue(stderr.contains("cannot read the file"), stderr);
  }

  @Test
  void aFileThatStartsLikeHtmlIsParsedAsHtmlUnlessTextIsAsked() throws IOException {
    Path page = Files.writeString(dir.resolve("page"), "\n  " + HTML);
    assertEquals(0, run("parse", page.toString()));
    assertEquals(expected(parser.parseHtml(("\n  " + HTML).getBytes(StandardCharsets.UTF_8))), json.readTree(stdout));
    assertEquals(0, run("parse", "--text", page.toString()));
    assertEquals(expected(parser.parseText("\n  " + HTML)), json.readTree(stdout));
  }

  @Test
  void startingLikeHtmlMeansADoctypeACommentADocumentTagOrATagThatIsClosed() {
    for (String html : List.of("<!doctype html>", "\uFEFF<html>", "  <HTML lang=en>", "<!-- x -->", "<?xml ?>",
        "<meta charset=utf-8>", "<div><p>Text</p></div>")) {
      assertTrue(Inputs.startsLikeHtml(html.getBytes(StandardCharsets.UTF_8)), html);
    }
    for (String text : List.of("Headline", "<< Back", "< 5 minutes", "", "1 < 2 <b>",
        "<img src=\"pixel.gif\"> <img src=\"tracker\">\n\n  • Politics\n")) {
      assertFalse(Inputs.startsLikeHtml(text.getBytes(StandardCharsets.UTF_8)), text);
    }
  }

  @Test
  void aDirectoryParsesEveryFileInItInNameOrderAsJsonLines() throws IOException {
    Path pages = Files.createDirectory(dir.resolve("pages"));
    Files.writeString(pages.resolve("b.txt"), "Second story.\n");
    Files.writeString(pages.resolve("a.html"), HTML);
    Files.writeString(pages.resolve(".hidden"), "not a page");
    Files.createDirectory(pages.resolve("sub"));
    assertEquals(0, run("parse", pages.toString()));
    List<JsonNode> lines = jsonLines();
    assertEquals(List.of(pages.resolve("a.html").toString(), pages.resolve("b.txt").toString()),
        lines.stream().map(l -> l.get("input").asText()).toList());
    assertEquals(expected(parser.parseHtml(HTML)), lines.get(0).get("article"));
  }

  @Test
  void theBaseUriIsHandedToTheParserAndMustBeAbsolute() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), HTML);
    URI base = URI.create("https://example.org/news/bridge");
    assertEquals(0, run("parse", "--base-uri", base.toString(), page.toString()));
    assertEquals(expected(parser.parseHtml(HTML.getBytes(StandardCharsets.UTF_8), base)), json.readTree(stdout));
    assertEquals(2, run("parse", "--base-uri", "news/bridge", page.toString()));
    assertTrue(stderr.contains("--base-uri must be an absolute URI"), stderr);
    assertEquals(2, run("parse", "--base-uri=" + base, page.toString(), page.toString()));
  }

  @Test
  void parallelJobsGiveTheSameLinesInTheSameOrder() throws IOException {
    List<String> files = new ArrayList<>(List.of("parse"));
    for (int i = 0; i < 12; i++) {
      files.add(Files.writeString(dir.resolve("p" + i + ".txt"), "Story " + i + "\n\nParagraph " + i
          + " of a story about the bridge, the city said on Monday.\n").toString());
    }
    files.add(dir.resolve("missing.txt").toString());
    assertEquals(1, run(files.toArray(String[]::new)));
    String sequential = stdout;
    List<String> parallel = new ArrayList<>(files);
    parallel.addAll(1, List.of("--jobs", "4"));
    assertEquals(1, run(parallel.toArray(String[]::new)));
    assertEquals(sequential, stdout);
    assertEquals(13, jsonLines().size());
  }

  @Test
  void helpListsEveryOptionAndTheExitCodes() {
    assertEquals(0, run("--help"));
    for (String option : List.of("--html", "--text", "--base-uri", "--format", "--jobs", "--max-chars", "--help",
        "--version", ".gz", "directory", "Exit status", "3 the output could not be written", "4 out of memory")) {
      assertTrue(stdout.contains(option), option);
    }
    assertEquals(0, run("parse", "-h"));
    assertTrue(stdout.startsWith("usage: copydesk parse"), stdout);
  }

  @Test
  void versionPrintsTheLibraryVersion() {
    assertEquals(0, run("--version"));
    String version = new ArticleJsonModule().version().toString();
    assertFalse(version.contains("unknown"), version);
    assertTrue(stdout.startsWith("copydesk " + version + " (Java "), stdout);
  }
}
