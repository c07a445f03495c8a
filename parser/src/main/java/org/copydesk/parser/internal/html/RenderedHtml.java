package org.copydesk.parser.internal.html;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.structure.MarkedBlocks;

/**
 * An HTML page rendered as text, with the position in the HTML of every character of the text, and the page's
 * metadata.
 *
 * @param text the page as text: one block per line, blank lines between blocks
 * @param sourceStart for each character of {@code text}, the position in the HTML of the character it came from
 * @param metadata what the page's markup says about the article
 * @param removed the chrome left out of {@code text}, with spans into the HTML
 * @param media the media items of the article's markup, in document order
 * @param content the stretch of {@code text} the article's container was rendered to; empty when no container was
 *     found and the whole page was rendered
 * @param marked the stretches of {@code text} the paragraphs, list items, one-line table rows and headings inside the
 *     article's container were rendered to
 */
public record RenderedHtml(String text, int[] sourceStart, PageMetadata metadata, List<Removal> removed,
    List<MarkupMedia> media, Optional<Span> content, MarkedBlocks marked) {

  /** Maps a span of {@link #text()} to the span of the HTML it was rendered from. */
  public Span toSource(Span span) {
    if (text.isEmpty()) {
      return Span.of(0, 0);
    }
    int start = sourceStart[Math.min(span.start(), text.length() - 1)];
    if (span.length() == 0) {
      return Span.of(start, start);
    }
    int end = sourceStart[Math.min(span.end(), text.length()) - 1] + 1;
    return Span.of(start, Math.max(start, end));
  }
}
