package org.copydesk.consumercheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.copydesk.core.json.ArticleJson;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** copydesk-parser used from a separate project, with the Jackson 2 and jsoup versions this run pins. */
class ConsumerTest {

  @Test
  void classPathHoldsThePinnedJacksonAndJsoup() {
    String jackson = System.getProperty("expected.jackson.version");
    assertEquals(jackson, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
    assertEquals(jackson, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    assertEquals(jackson, com.fasterxml.jackson.datatype.jdk8.PackageVersion.VERSION.toString());
    assertEquals(System.getProperty("expected.jsoup.version"), Jsoup.class.getPackage().getImplementationVersion());
  }

  @Test
  void textPageGivesHeadlineParagraphsAndQuotesOfOneSpeaker() {
    Article article = Pages.text();
    assertEquals("Harbour Reopens After Storm", article.headline().orElseThrow());
    List<String> paragraphs = article.bodyParagraphs().stream().map(Paragraph::text).toList();
    assertTrue(paragraphs.contains("The harbour reopened on Monday, three days after the storm."), paragraphs::toString);
    assertTrue(paragraphs.contains("She said repairs to the pier would take a month."), paragraphs::toString);
    // The direct quote, and the indirect one whose "She" is the same speaker.
    assertEquals(2, article.quotes().size(), article.quotes()::toString);
    Quote direct = article.quotes().get(0);
    Quote indirect = article.quotes().get(1);
    assertEquals(Quote.Kind.DIRECT, direct.kind());
    assertEquals("We lost two boats, but nobody was hurt,", direct.text());
    assertEquals(Quote.Kind.INDIRECT, indirect.kind());
    assertEquals("repairs to the pier would take a month", indirect.text());
    assertEquals("Maria Costa", article.speakerOf(direct).map(Source::name).orElseThrow());
    assertEquals(direct.speaker(), indirect.speaker());
  }

  @Test
  void htmlPageGivesHeadlineParagraphsAndAttributedQuoteWithoutNavigation() {
    Article article = Pages.html();
    assertEquals("Storm Closes Schools", article.headline().orElseThrow());
    assertEquals(List.of("Jane Doe"), article.byline().orElseThrow().authors());
    List<String> paragraphs = article.bodyParagraphs().stream().map(Paragraph::text).toList();
    assertTrue(paragraphs.contains("Schools across the county closed on Monday as the storm arrived."),
        paragraphs::toString);
    assertTrue(paragraphs.stream().noneMatch(p -> p.contains("Home")), paragraphs::toString);
    assertEquals(1, article.quotes().size(), article.quotes()::toString);
    Quote quote = article.quotes().get(0);
    assertEquals("Safety comes first,", quote.text());
    assertEquals("Tom Reed", article.speakerOf(quote).map(Source::name).orElseThrow());
    // Spans point into the HTML: the paragraph's span covers its own text there.
    Paragraph first = article.bodyParagraphs().get(0);
    assertTrue(first.span().slice(Pages.HTML).contains(first.text()), first.span().slice(Pages.HTML));
  }

  @Test
  void articlesRoundTripThroughArticleJson() throws Exception {
    for (Article article : List.of(Pages.text(), Pages.html())) {
      String json = ArticleJson.toJson(article);
      assertEquals(article, ArticleJson.fromJson(json));
    }
  }

  @Test
  void plainMapperWithFoundModulesReadsTheJsonAndIgnoresUnknownFields() throws Exception {
    Article article = Pages.text();
    String json = ArticleJson.toJson(article);
    String withUnknown = "{\"addedLater\":1," + json.substring(1);
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
    assertEquals(article, mapper.readValue(withUnknown, Article.class));
  }
}
