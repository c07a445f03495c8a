package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * On an HTML page the article's container says where the body runs: prose after a long run of short lines inside it (a
 * table of results, a menu of steps) stays in the body, where a text dump's body would end before the run.
 */
class ContainerBoundsBodyTest {

  private static final String STORY = "<p>The bakery on Mill Lane has shared the plan its staff follow on market "
      + "days, when the ovens run from four in the morning, and it is simpler than most people expect.</p>"
      + "<p>Each item below is baked in the order given, so that the oven never cools between batches.</p>";

  private static final String CLOSING = "The owners say the plan will be posted on the shop door every week, along "
      + "with any changes the season brings to the order of the batches.";

  /** A table of twenty short lines: the trays and their times. */
  private static String trays() {
    StringBuilder b = new StringBuilder("<table>");
    for (int i = 1; i <= 20; i++) {
      b.append("<tr><td>Tray ").append(i).append("</td><td>at ").append(i % 12 + 1).append("</td></tr>");
    }
    return b.append("</table>").toString();
  }

  private final ArticleParser parser = ArticleParser.builder().build();

  private List<String> body(String html) {
    return ArticleTexts.body(parser.parseHtml(html));
  }

  @Test
  void proseAfterARunOfShortLinesInsideTheContainerStaysInTheBody() {
    List<String> body = body("<html><body><nav><a href=/>Home</a></nav><article><h1>Market Day Baking</h1>"
        + STORY + trays() + "<p>" + CLOSING + "</p></article><footer>All rights reserved.</footer></body></html>");
    assertTrue(body.contains(CLOSING), body.toString());
    assertFalse(body.contains("All rights reserved."), body.toString());
  }

  @Test
  void theRenderedPageSaysWhereTheContainerRuns() {
    RenderedHtml page = new HtmlRenderer().render("<html><body><div>Site name</div><article>" + STORY
        + "</article></body></html>", "");
    String content = page.content().orElseThrow().slice(page.text());
    assertTrue(content.contains("market days") && content.contains("between batches."), content);
    assertFalse(content.contains("Site name"));
  }

  @Test
  void aPageWithoutAContainerHasNoBoundsAndItsBodyIsFoundFromItsLines() {
    RenderedHtml page = new HtmlRenderer().render("<html><body>Too short to hold a story.</body></html>", "");
    assertEquals(true, page.content().isEmpty());
  }
}
