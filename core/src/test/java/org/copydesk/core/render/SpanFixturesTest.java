package org.copydesk.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.copydesk.core.Removal;
import org.copydesk.core.Source;
import org.junit.jupiter.api.Test;

/** The hand-built fixture articles point into their inputs: every span slices to the text it carries. */
class SpanFixturesTest {

  private static void assertSpansSlice(Article article, String input) {
    assertEquals(article.headline().orElseThrow(), article.headlineSpan().orElseThrow().slice(input));
    assertEquals(article.byline().orElseThrow().text(), article.byline().orElseThrow().span().slice(input));
    for (Block block : article.blocks()) {
      assertEquals(block.text(), block.span().slice(input));
    }
    for (Quote quote : article.quotes()) {
      for (Excerpt part : quote.parts()) {
        assertEquals(part.text(), part.span().slice(input));
      }
      quote.cue().ifPresent(cue -> assertEquals(cue.text(), cue.span().slice(input)));
      assertEquals(true, article.blocks().get(quote.block()).span().contains(quote.parts().get(0).span()),
          "quote " + quote.text() + " starts in its block");
    }
    for (Source source : article.sources()) {
      for (Excerpt mention : source.mentions()) {
        assertEquals(mention.text(), mention.span().slice(input));
      }
    }
    for (Removal removal : article.removed()) {
      assertEquals(removal.text(), removal.span().slice(input));
    }
  }

  @Test
  void seedSpansSliceToTheirTexts() {
    assertSpansSlice(SeedArticle.ARTICLE, SeedArticle.TEXT);
  }

  @Test
  void harbourSpansSliceToTheirTexts() {
    assertSpansSlice(HarbourArticle.ARTICLE, HarbourArticle.INPUT);
  }

  @Test
  void seedHasTheGoldensBlocksQuotesAndSources() {
    Article seed = SeedArticle.ARTICLE;
    assertEquals(38, seed.paragraphs().size(), "37 body paragraphs and the repeated one");
    assertEquals(1, seed.paragraphs().stream().filter(p -> p.isDuplicate()).count());
    assertEquals(3, seed.headings().size());
    assertEquals(3, seed.media().size());
    assertEquals(1, seed.asides().size());
    assertEquals(2, seed.disclaimers().size());
    assertEquals(2, seed.authorProfiles().size());
    assertEquals(22, seed.quotes().size(), "24 golden texts, two of them second parts of split quotes");
    assertEquals(24, seed.quotes().stream().mapToInt(q -> q.parts().size()).sum());
    assertEquals(8, seed.sources().size());
    assertEquals(10, seed.removed().size(), "two chrome lines, 2 x 4 player leftovers, 2 image placeholders");
  }
}
