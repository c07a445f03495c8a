package org.copydesk.parser.internal;

import java.util.Optional;
import org.copydesk.core.Article;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.quote.Attribution;
import org.copydesk.parser.internal.quote.QuoteAttributor;
import org.copydesk.parser.internal.structure.MarkedBlocks;
import org.copydesk.parser.internal.structure.Structure;
import org.copydesk.parser.internal.structure.StructureReader;

/** Text in, article out: the structure stage, then the quote stage. Stateless and thread-safe. */
public final class TextPipeline {

  private final StructureReader structure = new StructureReader();
  private final QuoteAttributor quotes = new QuoteAttributor();

  /** Parses {@code input}, the text of an article page. */
  public Article parse(String input) {
    return parse(input, Optional.empty());
  }

  /** Parses {@code input}, the text of an article page whose headline is known to be {@code knownHeadline}. */
  public Article parse(String input, Optional<String> knownHeadline) {
    return parse(input, knownHeadline, Optional.empty());
  }

  /**
   * Parses {@code input}, the text of an article page whose headline is known to be {@code knownHeadline} and whose
   * body lies within {@code knownBody}.
   */
  public Article parse(String input, Optional<String> knownHeadline, Optional<Span> knownBody) {
    return parse(input, knownHeadline, knownBody, MarkedBlocks.NONE);
  }

  /**
   * Parses {@code input}, the text of an article page whose headline is known to be {@code knownHeadline}, whose body
   * lies within {@code knownBody} and whose markup made the stretches {@code marked} paragraphs and headings.
   */
  public Article parse(String input, Optional<String> knownHeadline, Optional<Span> knownBody, MarkedBlocks marked) {
    Structure s = structure.read(input, knownHeadline, knownBody, marked);
    Attribution a = quotes.attribute(input, s.blocks(), s.pseudonymNotices());
    return Article.builder()
        .headline(s.headline())
        .headlineSpan(s.headlineSpan())
        .byline(s.byline())
        .published(s.published())
        .publishedSpan(s.publishedSpan())
        .language(s.language())
        .addAllBlocks(s.blocks())
        .addAllQuotes(a.quotes())
        .addAllSources(a.sources())
        .addAllRemoved(s.removed())
        .build();
  }
}
