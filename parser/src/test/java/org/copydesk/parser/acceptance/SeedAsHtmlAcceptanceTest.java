package org.copydesk.parser.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Byline;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.copydesk.parser.ArticleParser;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/**
 * The seed's structure rendered as a plain HTML page (each stanza of the seed a {@code <p>}, its lines separated by
 * {@code <br>}, nothing else marked up)
 * still gives the seed's golden facts: headline, byline, headings, body paragraphs in order, and quotes with their
 * speakers.
 */
class SeedAsHtmlAcceptanceTest {

  private static final JsonNode GOLDEN = SeedFixture.GOLDEN;
  private static final Article ARTICLE = ArticleParser.create().parseHtml(page());

  private static String page() {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>")
        .append(Entities.escape(GOLDEN.get("headline").asText())).append("</title></head><body>\n");
    for (String stanza : SeedFixture.TEXT.strip().split("\n\\s*\n")) {
      html.append("<p>");
      String[] lines = stanza.strip().split("\n");
      for (int i = 0; i < lines.length; i++) {
        html.append(i > 0 ? "<br>" : "").append(Entities.escape(lines[i].strip()));
      }
      html.append("</p>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  @Test
  void headlineIsTheGoldenHeadline() {
    assertTrue(SeedFixture.sameText(GOLDEN.get("headline").asText(), ARTICLE.headline().orElseThrow()));
  }

  @Test
  void bylineCreditsTheWriterAndTheReportingDesk() {
    Byline byline = ARTICLE.byline().orElseThrow();
    assertSameTexts(texts(GOLDEN.get("byline").get("authors")), byline.authors());
    assertSameTexts(texts(GOLDEN.get("byline").get("contributors")), byline.contributors());
  }

  @Test
  void headingsAreTheSectionTitlesInOrder() {
    assertSameTexts(texts(GOLDEN.get("headings")), ARTICLE.headings().stream().map(Block::text).toList());
  }

  @Test
  void bodyIsTheGoldenParagraphsInOrder() {
    List<String> golden = new ArrayList<>();
    GOLDEN.get("paragraphs").get("lines").forEach(n -> golden.add(SeedFixture.lineText(n.asInt())));
    assertSameTexts(golden, ARTICLE.bodyParagraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void everyGoldenQuoteIsFoundWithItsSpeaker() {
    for (JsonNode q : GOLDEN.get("quotes")) {
      String text = q.get("text").asText();
      Quote found = ARTICLE.quotes().stream().filter(x -> SeedFixture.sameText(text, x.text())
              || x.parts().stream().anyMatch(part -> SeedFixture.sameText(text, part.text()))).findFirst()
          .orElseThrow(() -> new AssertionError("no quote " + text));
      String speaker = ARTICLE.speakerOf(found).map(Source::name).orElse("");
      if (q.has("speaker")) {
        assertTrue(SeedFixture.sameText(q.get("speaker").asText(), speaker), text + ": " + speaker);
      } else {
        List<String> any = texts(q.get("speakerContainsAny"));
        assertTrue(any.stream().anyMatch(speaker::contains), text + ": " + speaker);
      }
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void assertSameTexts(List<String> expected, List<String> actual) {
    assertEquals(expected.stream().map(SeedFixture::normalize).toList(),
        actual.stream().map(SeedFixture::normalize).toList());
  }
}
