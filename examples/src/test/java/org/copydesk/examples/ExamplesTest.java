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

  @Test
  void bytesAndCharsetsDecodesEachInputAndReportsUndecodableBytes() throws Exception {
    String out = output(() -> BytesAndCharsets.main(new String[0]));
    assertTrue(out.contains("text: The caf\u00e9 on the square opened again on Monday."), out);
    assertTrue(out.contains("html: The caf\u00e9 on the square opened again on Monday."), out);
    assertTrue(out.contains("removed UNDECODABLE at [3, 4): \uFFFD"), out);
  }

  @Test
  void removalsAndReasonsListsTheChromeWithItsReasons() throws Exception {
    String out = output(() -> RemovalsAndReasons.main(new String[0]));
    assertTrue(out.contains("NAVIGATION [0, 15) Skip to content"), out);
    assertTrue(out.contains("Share on Facebook"), out);
    assertTrue(out.contains("Subscribe to our newsletter"), out);
    assertTrue(out.contains("kept 2 paragraphs"), out);
  }

  @Test
  void mediaEmbedsFindsThePhotoAndTheUnplayableVideo() throws Exception {
    String out = output(() -> MediaEmbeds.main(new String[0]));
    assertTrue(out.contains("IMAGE caption=\"Council members vote on the budget"), out);
    assertTrue(out.contains("VIDEO title=\"Residents Welcome Road Repairs\" seconds=151 playable=false"), out);
  }

  @Test
  void asidesAndDisclaimersFindsTheRelatedLinkAndTheCorrection() throws Exception {
    String out = output(() -> AsidesAndDisclaimers.main(new String[0]));
    assertTrue(out.contains("aside RELATED: Read more: Council delays the vote"), out);
    assertTrue(out.contains("disclaimer CORRECTION: Correction: An earlier version"), out);
  }

  @Test
  void matchingBlocksOutlinesTheBodyBothWays() throws Exception {
    String out = output(() -> MatchingBlocks.main(new String[0]));
    assertTrue(out.contains("# What Happens Next"), out);
    assertTrue(out.contains("heading: What Happens Next"), out);
    assertTrue(out.contains("paragraph of 20 words"), out);
  }

  @Test
  void errorHandlingShowsEachFailureWithAMessageNamingIt() throws Exception {
    String out = output(() -> ErrorHandling.main(new String[0]));
    assertTrue(out.contains("too large: text is 5000 characters long, over the limit of maxInputChars = 1000"), out);
    assertTrue(out.contains("stream refused: text is longer than"), out);
    assertTrue(out.contains("cannot read: java.nio.file.NoSuchFileException"), out);
    assertTrue(out.contains("bad JSON: unknown block type \"poll\""), out);
    assertTrue(out.contains("bad setting: maxInputChars must be at least 1, was 0"), out);
  }

  @Test
  void parseManyFilesReportsEveryFileInOrder() throws Exception {
    String out = output(() -> ParseManyFiles.main(new String[0]));
    assertTrue(out.startsWith("page-1.txt: Story Number 1, 1 paragraphs"), out);
    assertTrue(out.contains("page-8.txt: Story Number 8, 1 paragraphs"), out);
  }
}
