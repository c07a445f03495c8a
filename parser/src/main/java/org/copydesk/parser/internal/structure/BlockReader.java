package org.copydesk.parser.internal.structure;

import org.copydesk.parser.internal.structure.lines.LineFacts;
import org.copydesk.parser.internal.structure.lines.Page;

/**
 * A stage that claims blocks of one kind (media, disclaimers, asides, profiles, paragraphs) among the lines of a page
 * that are still free, reading the facts recognised about each line ({@link LineFacts}) rather than asking another
 * reader. {@link StructureReader} lists the readers in the order they run.
 */
@FunctionalInterface
interface BlockReader {

  /** Claims this reader's blocks among the free lines of {@code page} in {@code zone}, recording them in {@code layout}. */
  void read(Page page, Layout layout, Zone zone);

  /**
   * Where the article stands on its page, in line indices, and which lines its markup made text.
   *
   * @param articleFrom the first line after the headline (the body's first line without a headline)
   * @param bodyFirst the body's first line
   * @param bodyLast the body's last line
   * @param pageLast the page's last line
   * @param marked the lines an HTML page's markup made paragraphs and headings; none on a page of plain text
   */
  record Zone(int articleFrom, int bodyFirst, int bodyLast, int pageLast, MarkedLines marked) {}
}
