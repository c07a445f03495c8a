package org.copydesk.parser.internal.structure;

import java.util.List;
import org.copydesk.core.Span;

/**
 * The stretches of a page's text that its markup made paragraphs and headings (an HTML page's {@code <p>}, list
 * items, one-line table rows and {@code <h2>}-{@code <h6>} elements inside the article's container), each a span of
 * the text, in text order and apart.
 *
 * @param paragraphs the stretches rendered from paragraphs, list items and one-line table rows
 * @param headings the stretches rendered from heading elements
 */
public record MarkedBlocks(List<Span> paragraphs, List<Span> headings) {

  /** No stretch marked: a page of plain text. */
  public static final MarkedBlocks NONE = new MarkedBlocks(List.of(), List.of());

  public MarkedBlocks {
    paragraphs = List.copyOf(paragraphs);
    headings = List.copyOf(headings);
  }
}
