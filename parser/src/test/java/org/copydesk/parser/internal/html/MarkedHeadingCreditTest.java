package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Byline;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * A heading the markup made inside the article credits nobody unless it opens with a credit word: a subhead of
 * capitalised words under the headline looks like a lone name, but a page does not print its author as a subhead.
 */
class MarkedHeadingCreditTest {

  private final ArticleParser parser = ArticleParser.create();

  private List<String> authors(String underHeadline) {
    return parser.parseHtml("<html><body><article><h1>Storm Closes Schools</h1>" + underHeadline
        + "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p>"
        + "<p>Classes resume on Wednesday, when the roads are expected to be clear again.</p></article></body></html>")
        .byline().map(Byline::authors).orElse(List.of());
  }

  @Test
  void aSubheadUnderTheHeadlineIsNoLoneNameCredit() {
    assertEquals(List.of(), authors("<h2>Harbour Views</h2>"));
  }

  @Test
  void aLoneNameInAParagraphUnderTheHeadlineStillCredits() {
    assertEquals(List.of("Marta Olsen"), authors("<p>Marta Olsen</p>"));
  }

  @Test
  void aHeadingThatOpensWithACreditWordStillCredits() {
    assertEquals(List.of("Marta Olsen"), authors("<h4>By Marta Olsen</h4>"));
  }
}
