package org.copydesk.parser.acceptance;

import org.copydesk.core.Article;
import org.copydesk.parser.ArticleParser;
import org.copydesk.parser.internal.quote.Attribution;

/**
 * The whole parser on the seed page, chrome and all, gives every quote, speaker and source of the golden file: the
 * structure stage's blocks (its disclaimer, its duplicate marking, its media between paragraphs) carry the quote
 * stage to the same facts as the golden's own blocks do.
 */
class SeedEndToEndQuotesAcceptanceTest extends SeedQuoteFacts {

  @Override
  void parse() {
    Article article = ArticleParser.create().parseText(SeedFixture.TEXT);
    blocks = article.blocks();
    result = new Attribution(article.quotes(), article.sources());
  }
}
