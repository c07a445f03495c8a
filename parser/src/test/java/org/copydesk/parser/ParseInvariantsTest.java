package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * The invariants of every parse, checked as properties over generated pages ({@link ArticlePages}): real-looking
 * fragments, every quote style, chrome, bullets and noise. They hold for any correct parser, whatever its stages find.
 */
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
   * A page rebuilt as plain text from a parse (headline, byline, then the body paragraphs, blank lines between) parses
   * to the same body paragraphs. The rendering is written here until core has a plain-text renderer.
   */
  @Test
  void parsingThePlainTextRenderingGivesTheSameParagraphs() {
    qt().withExamples(EXAMPLES).forAll(ArticlePages.pages()).checkAssert(page -> {
      Article article = parser.parseText(page);
      assertEquals(texts(article), texts(parser.parseText(plainText(article))));
    });
  }

  @Test
  void htmlSpansLieInTheHtmlAndHtmlArticlesReadBackFromJson() {
    URI base = URI.create("https://example.org/news/a");
    qt().withExamples(EXAMPLES / 2).forAll(ArticlePages.htmlPages())
        .checkAssert(html -> ArticleInvariants.assertHoldForHtml(html, parser.parseHtml(html, base)));
  }

  private static String plainText(Article article) {
    List<String> parts = new ArrayList<>();
    article.headline().ifPresent(parts::add);
    article.byline().ifPresent(b -> parts.add(b.text()));
    article.bodyParagraphs().forEach(p -> parts.add(p.text()));
    return String.join("\n\n", parts) + "\n";
  }

  private static List<String> texts(Article article) {
    return article.bodyParagraphs().stream().map(Paragraph::text).toList();
  }
}
