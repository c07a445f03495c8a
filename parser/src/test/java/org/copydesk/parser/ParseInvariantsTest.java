package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import org.copydesk.core.Article;
import org.copydesk.core.render.PlainTextRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The invariants of every parse, checked as properties over generated pages ({@link ArticlePages}): real-looking
 * fragments, every quote style, chrome, bullets and noise. They hold for any correct parser, whatever its stages find.
 */
@Tag("slow")
class ParseInvariantsTest {

  private static final int EXAMPLES = 400;

  private final ArticleParser parser = ArticleParser.create();

  @Test
  void everySpanLiesInTheInputAndSlicesToItsElementsText() {
    qt().withExamples(EXAMPLES).forAll(ArticlePages.pages())
        .checkAssert(page -> ArticleInvariants.assertSpansSliceTheInput(page, parser.parseText(page)));
  }

  @Test
  void blocksStandInInputOrderAndDoNotOverlap() {
    qt().withExamples(EXAMPLES).forAll(ArticlePages.pages())
        .checkAssert(page -> ArticleInvariants.assertBlocksOrderedAndApart(parser.parseText(page)));
  }

  @Test
  void everyQuoteStartsInItsBlockAndEverySpeakerNamesASource() {
    qt().withExamples(EXAMPLES).forAll(ArticlePages.pages()).checkAssert(page -> {
      Article article = parser.parseText(page);
      ArticleInvariants.assertQuotesStartInTheirBlock(article);
      ArticleInvariants.assertSpeakersNameSources(article);
    });
  }

  @Test
  void everyNonBlankCharacterIsInTheArticleOrReportedAsRemoved() {
    qt().withExamples(EXAMPLES).forAll(ArticlePages.pages())
        .checkAssert(page -> ArticleInvariants.assertEveryNonBlankCharacterAccountedFor(page, parser.parseText(page)));
  }

  @Test
  void everyArticleReadsBackEqualFromItsJson() {
    qt().withExamples(EXAMPLES).forAll(ArticlePages.pages())
        .checkAssert(page -> ArticleInvariants.assertRoundTripsThroughJson(parser.parseText(page)));
  }

  @Test
  void parsingIsDeterministic() {
    ArticleParser other = ArticleParser.create();
    qt().withExamples(EXAMPLES).forAll(ArticlePages.pages())
        .checkAssert(page -> assertEquals(parser.parseText(page), other.parseText(page)));
  }

  /**
   * The plain-text rendering of a parse (headline, headings and body paragraphs, blank lines between) parses to the
   * same headline and body, for pages whose structure plain text can express: chrome, a headline, a byline, a lede
   * and paragraphs. (On pages of noise a parse may take a sentence for the headline, and plain text has no markup to
   * say otherwise.)
   */
  @Test
  void parsingThePlainTextRenderingGivesTheSameParagraphs() {
    qt().withExamples(EXAMPLES).forAll(ArticlePages.articles()).checkAssert(page -> {
      Article article = parser.parseText(page);
      Article again = parser.parseText(PlainTextRenderer.render(article));
      assertFalse(article.bodyText().isEmpty(), page);
      assertEquals(article.headline(), again.headline());
      assertEquals(article.bodyText(), again.bodyText());
    });
  }

  @Test
  void htmlSpansLieInTheHtmlAndHtmlArticlesReadBackFromJson() {
    URI base = URI.create("https://example.org/news/a");
    qt().withExamples(EXAMPLES / 2).forAll(ArticlePages.htmlPages())
        .checkAssert(html -> ArticleInvariants.assertHoldForHtml(html, parser.parseHtml(html, base)));
  }
}
