package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.copydesk.core.Article;
import org.copydesk.core.render.HtmlReportRenderer;
import org.copydesk.core.render.JsonLdRenderer;
import org.copydesk.core.render.MarkdownRenderer;
import org.copydesk.core.render.PlainTextRenderer;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool's output forms, messages and exit codes. */
class CommandLineTest {

  @TempDir
  Path dir;

  private final ObjectMapper json = new ObjectMapper();
  private String stdout;
  private String stderr;

  private int run(String stdin, String... args) {
    return run(Files::newInputStream, stdin, args);
  }

  private int run(Inputs.Opener files, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
        new PrintStream(err, true, StandardCharsets.UTF_8), files).run(args);
    stdout = out.toString(StandardCharsets.UTF_8);
    stderr = err.toString(StandardCharsets.UTF_8);
    return status;
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String line : stdout.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(json.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void oneFilePrintsOneArticleObject() throws IOException {
    Path page = file("page.txt", "Headline Here\n\nA first paragraph of the story.\n");
    assertEquals(0, run("", "parse", page.toString()));
    JsonNode article = json.readTree(stdout);
    assertEquals(1, article.get("schemaVersion").asInt());
    assertTrue(article.get("blocks").isArray());
  }

  @Test
  void severalFilesPrintOneJsonLinePerFileInTheOrderGiven() throws IOException {
    Path a = file("a.txt", "First story.\n");
    Path b = file("b.txt", "Second story.\n");
    assertEquals(0, run("", "parse", a.toString(), b.toString()));
    List<JsonNode> lines = jsonLines();
    assertEquals(2, lines.size());
    assertEquals(a.toString(), lines.get(0).get("input").asText());
    assertEquals(b.toString(), lines.get(1).get("input").asText());
    assertTrue(lines.get(1).get("article").get("blocks").isArray());
  }

  @Test
  void aMissingFileIsReportedAndTheBatchGoesOnWithExitCodeOne() throws IOException {
    Path good = file("good.txt", "A story.\n");
    String missing = dir.resolve("missing.txt").toString();
    assertEquals(1, run("", "parse", missing, good.toString()));
    List<JsonNode> lines = jsonLines();
    assertEquals(missing, lines.get(0).get("input").asText());
    assertEquals("no such file", lines.get(0).get("error").asText());
    assertTrue(lines.get(1).has("article"));
  }

  @Test
  void aMissingSingleFileIsReportedOnStandardError() {
    assertEquals(1, run("", "parse", dir.resolve("nope.txt").toString()));
    assertTrue(stderr.contains("nope.txt: no such file"), stderr);
    assertEquals("", stdout);
  }

  @Test
  void anEmptyFileIsReportedAsEmpty() throws IOException {
    Path empty = file("empty.txt", "");
    assertEquals(1, run("", "parse", empty.toString()));
    assertTrue(stderr.contains("empty"), stderr);
  }

  @Test
  void anUnreadableFileIsReportedAsUnreadable() throws IOException {
    Path locked = file("locked.txt", "secret");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "running as a user who can read any file (root)");
    assertEquals(1, run("", "parse", locked.toString()));
    assertTrue(stderr.contains("permission denied"), stderr);
  }

  @Test
  void aFileTheSystemRefusesToReadIsReportedAsUnreadableEvenWhereTestsRunAsRoot() throws IOException {
    Path locked = file("locked.txt", "secret");
    Inputs.Opener refusing = path -> {
      throw new AccessDeniedException(path.toString());
    };
    assertEquals(1, run(refusing, "", "parse", locked.toString()));
    assertTrue(stderr.contains(locked + ": cannot read the file: permission denied"), stderr);
    assertEquals("", stdout);
  }


  @Test
  void aDashReadsStandardInput() throws IOException {
    assertEquals(0, run("Story from a pipe.\n", "parse", "-"));
    assertEquals("Story from a pipe.", json.readTree(stdout).get("blocks").get(0).get("text").asText());
  }

  @Test
  void htmlFilesAreParsedWithTheHtmlFlag() throws IOException {
    Path page = file("page.html", "<html><body><p>From HTML.</p></body></html>");
    assertEquals(0, run("", "parse", "--html", page.toString()));
    assertEquals("From HTML.", json.readTree(stdout).get("blocks").get(0).get("text").asText());
  }

  @Test
  void badUsageExitsWithTwoAndPrintsTheUsage() {
    assertEquals(2, run(""));
    assertEquals(2, run("", "frobnicate"));
    assertEquals(2, run("", "parse"));
    assertEquals(2, run("", "parse", "--format", "yaml", "x.txt"));
    assertTrue(stderr.contains("unknown format \"yaml\""), stderr);
    assertEquals(2, run("", "parse", "--bogus", "x.txt"));
    assertTrue(stderr.contains("usage: copydesk parse"), stderr);
    assertEquals(2, run("", "parse", "--html", "--text", "x.txt"));
    assertEquals(2, run("", "parse", "--jobs", "0", "x.txt"));
    assertEquals(2, run("", "parse", "--max-chars", "many", "x.txt"));
    assertTrue(stderr.contains("--max-chars must be a whole number"), stderr);
  }

  @Test
  void everyFormatPrintsTheRenderingOfTheParsedArticle() throws IOException {
    String text = "Storm Closes Harbour Bridge\n\nThe bridge closed on Friday, the port said.\n";
    Path page = file("page.txt", text);
    Article article = ArticleParser.create().parseText(text);
    Map<String, String> expected = Map.of(
        "jsonld", JsonLdRenderer.render(article),
        "markdown", MarkdownRenderer.render(article),
        "text", PlainTextRenderer.render(article),
        "html", HtmlReportRenderer.render(article));
    expected.forEach((format, rendering) -> {
      assertEquals(0, run("", "parse", "--format", format, page.toString()), format);
      assertEquals(rendering, stdout, format);
    });
    assertEquals(0, run("", "parse", "--format=jsonld", page.toString()));
    assertEquals("NewsArticle", json.readTree(stdout).get("@type").asText());
  }

  @Test
  void formatsOtherThanJsonTakeOneFile() throws IOException {
    Path a = file("a.txt", "First story.\n");
    assertEquals(2, run("", "parse", "--format", "html", a.toString(), a.toString()));
    assertTrue(stderr.contains("--format html prints one document: give one INPUT"), stderr);
  }

  @Test
  void helpPrintsTheUsageAndSucceeds() {
    assertEquals(0, run("", "--help"));
    assertTrue(stdout.contains("usage: copydesk parse"), stdout);
  }
}
