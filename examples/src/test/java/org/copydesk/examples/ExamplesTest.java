package org.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Runs every README example, so that the README's code never rots. */
@Isolated
class ExamplesTest {

  private interface Example {
    void run() throws Exception;
  }

  private static String output(Example example) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      example.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickStartPrintsTheBodyParagraphs() throws Exception {
    String out = output(() -> QuickStart.main(new String[0]));
    assertTrue(out.contains("The council voted 7-2 on Tuesday to approve the budget."), out);
  }

  @Test
  void quotesAndSourcesJoinsTheSplitQuoteAndNamesTheHarbourMaster() throws Exception {
    String out = output(() -> QuotesAndSources.main(new String[0]));
    assertTrue(out.contains("direct Maria Costa: We lost two boats, but nobody was hurt, We were lucky."), out);
    assertTrue(out.contains("Maria Costa (person, the harbour master)"), out);
  }

  @Test
  void readAndWriteJsonRoundTripsToAnEqualArticle() throws Exception {
    String out = output(() -> ReadAndWriteJson.main(new String[0]));
    assertTrue(out.contains("\"schemaVersion\":1"), out);
    assertTrue(out.contains("equal after a round trip: true"), out);
  }

  @Test
  void parseHtmlPointsParagraphsBackIntoTheHtml() throws Exception {
    String out = output(() -> ParseHtml.main(new String[0]));
    assertTrue(out.contains("headline: Storm Closes Schools\n"), out);
    assertTrue(out.contains("authors: Jane Doe\n"), out);
    assertTrue(out.contains("published: 2024-03-05T09:30:00+01:00\n"), out);
    assertTrue(out.contains("site: Daily Planet, https://example.org/news/storm-closes-schools\n"), out);
    assertTrue(out.contains("language: en\n"), out);
    assertTrue(out.contains("media: IMAGE https://example.org/img/flood.jpg\n"), out);
    List<String> paragraphs = out.lines().filter(l -> l.contains("  <-  ")).toList();
    assertEquals(List.of(
        "Schools across the county closed on Monday as the storm arrived.  <-  "
            + "Schools across the county closed on Monday as the storm arrived.",
        "Classes resume on Wednesday, the county said.  <-  Classes resume on Wednesday, the county said."),
        paragraphs);
  }

  @Test
  void renderFormatsPrintsEveryFormatAndWritesTheReport() throws Exception {
    String out = output(() -> RenderFormats.main(new String[0]));
    assertTrue(out.contains("The council voted 7-2 on Tuesday to approve the budget."), out);
    assertTrue(out.contains("\"@type\": \"NewsArticle\""), out);
    Path report = Path.of(out.substring(out.indexOf("report written to ") + 18).strip());
    assertTrue(Files.readString(report).startsWith("<!DOCTYPE html>"), report.toString());
    Files.delete(report);
  }

  @Test
  void parseSeedArticlePrintsTheSeedAsJson() throws Exception {
    Path seed = Path.of("..", "parser", "src", "test", "resources", "acceptance", "000_98b2368917db27af.txt");
    String out = output(() -> ParseSeedArticle.main(new String[] {seed.toString()}));
    assertTrue(out.startsWith("{"), out);
    assertTrue(out.contains("\"schemaVersion\" : 1"), out);
  }
}
