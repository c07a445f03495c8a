package org.copydesk.parser.internal.quote;

import org.copydesk.core.Quote;
import org.copydesk.parser.internal.quote.ParagraphText.Quoted;
import org.copydesk.parser.internal.quote.SourceTable.Entity;

/** What direct attribution found for one quotation: its cue, speaker, kind, and the quotation it continues. */
final class Found {
  final ParagraphText paragraph;
  final int quote;
  Cue cue;
  Entity speaker;
  Quote.Kind kind = Quote.Kind.SCARE;
  /** Whether the quoted words are a title ("Ten Ways to Grow Tomatoes"), which continues no one's words. */
  boolean title;
  /** The quotation this one continues as a further part of the same quote, if any. */
  Found joins;

  Found(ParagraphText paragraph, int quote) {
    this.paragraph = paragraph;
    this.quote = quote;
  }

  Quoted quoted() {
    return paragraph.quotes.get(quote);
  }

  /** Returns the index of the quotation's token in its paragraph. */
  int token() {
    return paragraph.tokenOf(quote);
  }
}
