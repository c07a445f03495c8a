package org.copydesk.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

class SyntheticArticleTest {

  private final ArticleParser parser = ArticleParser.create();

  @Test
  void articleComesWithinOneParagraphOfTheSizeAskedForAndNeverOver() {
    for (int size : List.of(10_000, 100_000, 1_000_000)) {
      String text = SyntheticArticle.text(size);
      String html = SyntheticArticle.html(size);
      assertTrue(text.length() <= size && text.length() > size - 1_000, "text of " + text.length() + " for " + size);
      assertTrue(html.length() <= size && html.length() > size - 1_000, "html of " + html.length() + " for " + size);
    }
  }

  @Test
  void largestArticleStaysUnderTheParsersDefaultInputLimit() {
    assertTrue(SyntheticArticle.html(4_900_000).length() <= ArticleParser.DEFAULT_MAX_INPUT_CHARS);
  }

  @Test
  void sameSizeGivesTheSameArticleEveryTime() {
    assertEquals(SyntheticArticle.text(10_000), SyntheticArticle.text(10_000));
    assertEquals(SyntheticArticle.html(10_000), SyntheticArticle.html(10_000));
  }

  @Test
  void parserReadsTheTextAsAnArticleWithQuotesAndSpeakers() {
    Article article = parser.parseText(SyntheticArticle.text(10_000));
    assertTrue(article.headline().orElse("").startsWith("Council divided over"), article.headline().toString());
    assertTrue(article.bodyParagraphs().size() > 10, "paragraphs: " + article.bodyParagraphs().size());
    assertFalse(article.quotes().isEmpty());
    assertTrue(article.quotes().stream().anyMatch(q -> article.speakerOf(q).isPresent()));
  }

  @Test
  void parserReadsTheHtmlAsTheSameArticle() {
    Article article = parser.parseHtml(SyntheticArticle.html(10_000));
    assertTrue(article.headline().orElse("").startsWith("Council divided over"), article.headline().toString());
    assertFalse(article.quotes().isEmpty());
  }
}
