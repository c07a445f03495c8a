package org.copydesk.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** What the HTML report shows, read through its DOM. */
class HtmlReportRendererTest {

  private static Document report(Article article) {
    return Jsoup.parse(HtmlReportRenderer.render(article));
  }

  @Test
  void everyPartOfEverySeedQuoteIsHighlightedInItsSpeakersColourClass() {
    Article seed = SeedArticle.ARTICLE;
    Document doc = report(seed);
    for (int q = 0; q < seed.quotes().size(); q++) {
      Quote quote = seed.quotes().get(q);
      Elements marks = doc.select("main mark.quote[data-quote=" + q + "]");
      assertEquals(quote.parts().stream().map(Excerpt::text).toList(), marks.eachText().stream().toList(),
          "quote " + q);
      Source speaker = seed.speakerOf(quote).orElseThrow();
      int index = seed.sources().indexOf(speaker);
      for (Element mark : marks) {
        assertTrue(mark.hasClass("src-" + index), mark.outerHtml());
        assertEquals(speaker.id(), mark.attr("data-source"));
        assertTrue(mark.hasClass(quote.kind() == Quote.Kind.PARTIAL ? "partial" : "direct"), mark.outerHtml());
        assertEquals("block-" + quote.block(), mark.parent().id());
      }
    }
  }

  @Test
  void eachSourceHasItsOwnHue() {
    String html = HtmlReportRenderer.render(SeedArticle.ARTICLE);
    List<String> hues = new java.util.ArrayList<>();
    for (int i = 0; i < SeedArticle.ARTICLE.sources().size(); i++) {
      int at = html.indexOf(".src-" + i + "{--hue:");
      assertTrue(at > 0, "a colour rule for source " + i);
      hues.add(html.substring(at, html.indexOf('}', at)).replaceAll(".*:", ""));
    }
    assertEquals(hues.size(), hues.stream().distinct().count(), hues.toString());
  }

  @Test
  void theSourcesPanelListsEachSourceWithKindPseudonymBadgeDescriptionAndQuoteCount() {
    Article seed = SeedArticle.ARTICLE;
    Elements items = report(seed).select("#sources li.source");
    assertEquals(seed.sources().size(), items.size());
    for (int i = 0; i < items.size(); i++) {
      Source source = seed.sources().get(i);
      Element item = items.get(i);
      assertEquals(source.name(), item.selectFirst(".source-name").text());
      assertEquals(source.kind().name().toLowerCase(), item.selectFirst(".badge.kind").text());
      assertEquals(source.pseudonymous(), item.selectFirst(".badge.pseudonym") != null, source.name());
      assertEquals(source.description().orElse(""), item.select(".source-description").text());
      int quotes = seed.quotesBy(source).size();
      assertEquals(quotes + (quotes == 1 ? " quote" : " quotes"), item.selectFirst(".source-quotes").text());
    }
    assertEquals("Alena", items.get(0).selectFirst(".source-name").text());
    assertEquals("3 quotes", items.get(0).selectFirst(".source-quotes").text());
  }

  @Test
  void unattributedAndScareQuotesAreStyledApartAndCuesAreMarked() {
    Document doc = report(HarbourArticle.ARTICLE);
    assertEquals("smart toll", doc.selectFirst("mark.quote.scare").text());
    assertFalse(doc.selectFirst("mark.quote.scare").hasAttr("data-source"));
    assertEquals("Open again,", doc.selectFirst("main mark.quote.unattributed").text());
    assertEquals("tolls would stay suspended until December", doc.selectFirst("main mark.quote.indirect").text());
    assertEquals(List.of("said", "said", "said", "called", "said"), doc.select("main .cue").eachText());
    assertEquals("1 quote without a speaker", doc.selectFirst("#sources .note").text());
  }

  @Test
  void mediaAreCardsWithKindTitleCaptionDescriptionAndRunningTime() {
    Document doc = report(SeedArticle.ARTICLE);
    Elements videos = doc.select("figure.media.video");
    assertEquals(2, videos.size());
    Element first = videos.get(0);
    assertEquals("Ukrainian Border Village Fears New Invasion From Belarus", first.selectFirst(".media-title").text());
    assertTrue(first.selectFirst(".media-description").text().startsWith("WATCH: Residents of the Ukrainian"));
    assertEquals("2:31", first.selectFirst("time").text());
    assertEquals("PT2M31S", first.selectFirst("time").attr("datetime"));
    assertEquals("not playable", first.selectFirst(".badge.warn").text());
    assertTrue(doc.selectFirst("figure.media.image figcaption").text().startsWith("Belarusian soldiers"));
  }

  @Test
  void disclaimersAsidesAndProfilesAreBoxesOfTheirOwn() {
    Document doc = report(SeedArticle.ARTICLE);
    assertEquals(List.of("disclaimer · pseudonyms", "disclaimer · legal"),
        doc.select(".disclaimer[role=note] > .label").eachText());
    assertEquals(3, doc.select(".disclaimer").get(1).select("p").size(), "the legal notice's three paragraphs");
    assertEquals("Live Briefing: Russia's Invasion Of Ukraine", doc.selectFirst(".aside .box-title").text());
    assertTrue(doc.selectFirst(".aside p:not(.box-title)").text().startsWith("RFE/RL's Live Briefing gives"));
    assertEquals(List.of("RFE/RL's Belarus Service", "Andy Heil"), doc.select(".profile .profile-name").eachText());
  }

  @Test
  void theRepeatedParagraphIsMarkedAndLinksToTheBlockItRepeats() {
    Element duplicate = report(SeedArticle.ARTICLE).selectFirst("p.duplicate");
    assertEquals("#block-16", duplicate.selectFirst(".tag a").attr("href"));
    assertTrue(duplicate.text().contains("Without providing evidence, Lukashenka accused"));
  }

  @Test
  void removedChromeIsListedWithReasonsInAClosedDetailsElement() {
    Article seed = SeedArticle.ARTICLE;
    Element details = report(seed).selectFirst("#removed details");
    assertFalse(details.hasAttr("open"));
    assertEquals("Removed as page chrome (10)", details.selectFirst("summary").text());
    Elements items = details.select("li");
    assertEquals(seed.removed().size(), items.size());
    assertEquals("navigation Accessibility links", items.get(0).text());
    assertEquals("image placeholder 16x9 Image", items.get(9).text());
  }

  @Test
  void thePageIsStandaloneWithoutScriptsOrFetchedResources() {
    Document doc = report(SeedArticle.ARTICLE);
    assertTrue(doc.select("script, link, img, iframe, object, embed, [src]").isEmpty());
    assertEquals("default-src 'none'; style-src 'unsafe-inline'",
        doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
    assertEquals(1, doc.select("style").size());
    assertEquals("en", doc.selectFirst("main").attr("lang"));
    assertNotEquals("", doc.title());
  }

  @Test
  void anEmptyArticleStillGivesAWholePage() {
    Document doc = report(Article.builder().build());
    assertEquals("No headline found", doc.selectFirst("h1").text());
    assertEquals("Sources (0)", doc.selectFirst("#sources h2").text());
    assertEquals("Removed as page chrome (0)", doc.selectFirst("#removed summary").text());
  }
}
