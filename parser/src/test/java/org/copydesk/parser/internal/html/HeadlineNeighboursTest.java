package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Article;
import org.copydesk.core.Byline;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * The credit and date lines a page prints beside its headline, outside the element that holds the article: a date
 * there dates the page when nothing else does, and a "By" line there credits the authors.
 */
class HeadlineNeighboursTest {

  private static final String PARAGRAPHS = "<article>"
      + "<p>The lantern festival drew more visitors to the harbour this year than in any year before it, organisers"
      + " said on Sunday after counting the tickets sold at the gates.</p>"
      + "<p>Stalls along the quay sold out of paper lanterns by the early evening, and the ferries ran late into"
      + " the night to carry everyone home across the water.</p>"
      + "<p>Next year the festival moves to the old market square, where there is room for twice as many"
      + " stalls and a stage for the bands that play until midnight.</p></article>";

  private final ArticleParser parser = ArticleParser.create();

  private Article parse(String head, String header) {
    return parser.parseHtml("<html><head>" + head + "</head><body><header><h1>Lanterns Light Up the Harbour</h1>"
        + header + "</header>" + PARAGRAPHS + "</body></html>");
  }

  private Optional<String> day(Article a) {
    return a.published().map(d -> d.substring(0, 10));
  }

  private static String jsonLd(String published, String modified) {
    return "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Lanterns Light Up the"
        + " Harbour\",\"datePublished\":\"" + published + "\",\"dateModified\":\"" + modified + "\"}</script>";
  }

  @Test
  void aDatePrintedUnderTheHeadlineDatesAPageWithoutMachineDates() {
    assertEquals(Optional.of("2024-10-03"), day(parse("", "<div class=\"meta-line\">October 3, 2024</div>")));
  }

  @Test
  void aDatePrintedAboveTheHeadlineDatesAPageWithoutMachineDates() {
    Article a = parser.parseHtml("<html><body><header><p>Back to the blog</p><span>Feb 4, 2025</span>"
        + "<h1>Lanterns Light Up the Harbour</h1></header>" + PARAGRAPHS + "</body></html>");
    assertEquals(Optional.of("2025-02-04"), day(a));
  }

  @Test
  void anEncodedPublicationDateWinsOverADateShownUnderTheHeadline() {
    assertEquals(Optional.of("2025-01-29"), day(parse(jsonLd("2025-01-29T20:47:55+00:00",
        "2025-08-19T13:25:59+00:00"), "<span>August 19, 2025</span>")));
  }

  @Test
  void aByLineUnderTheHeadlineCreditsItsAuthor() {
    Article a = parse("", "<p class=\"meta\"><span>By <a href=\"/people/ines-okafor\">Ines Okafor</a></span>"
        + "<span>March 2, 2025</span></p>");
    assertEquals(List.of("Ines Okafor"), a.byline().map(Byline::authors).orElse(List.of()));
  }

  @Test
  void aLineOfNamesWithoutACreditWordCreditsNobody() {
    Article a = parse("", "<p class=\"meta\"><span>Ines Okafor</span><span>March 2, 2025</span></p>");
    assertEquals(List.of(), a.byline().map(Byline::authors).orElse(List.of()));
  }

  @Test
  void aByLineNamingTheSiteCreditsNobody() {
    Article a = parse("<meta property=\"og:site_name\" content=\"Harbour Weekly\">",
        "<p class=\"meta\"><span>By Harbour Weekly</span></p>");
    assertEquals(List.of(), a.byline().map(Byline::authors).orElse(List.of()));
  }

  @Test
  void aCreditWordPrintedAloneHeadsTheNameInTheNextElement() {
    Article a = parse("", "<div class=\"meta\"><div>By</div><div>Ines Okafor</div><div>|</div>"
        + "<div>March 2, 2025</div></div>");
    assertEquals(List.of("Ines Okafor"), a.byline().map(Byline::authors).orElse(List.of()));
  }

  @Test
  void aCreditWordPrintedAloneBeforeNoNameCreditsNobody() {
    Article a = parse("", "<div class=\"meta\"><div>By</div><div>March 2, 2025</div></div>");
    assertEquals(List.of(), a.byline().map(Byline::authors).orElse(List.of()));
  }
}
