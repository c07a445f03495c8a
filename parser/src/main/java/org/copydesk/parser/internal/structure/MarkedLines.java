package org.copydesk.parser.internal.structure;

import java.util.List;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.structure.lines.Page;
import org.copydesk.parser.internal.structure.lines.PageLine;

/**
 * Which lines of a page lie inside a stretch its markup made a paragraph or a heading ({@link MarkedBlocks}), one
 * fact per line, found once in one pass over the lines and the stretches and read by every stage that asks. A page of
 * plain text has none.
 */
final class MarkedLines {

  private final boolean[] paragraph;
  private final boolean[] heading;

  private MarkedLines(boolean[] paragraph, boolean[] heading) {
    this.paragraph = paragraph;
    this.heading = heading;
  }

  /** Finds the lines of {@code page} inside the stretches of {@code marked}. */
  static MarkedLines of(Page page, MarkedBlocks marked) {
    return new MarkedLines(inside(page.lines(), marked.paragraphs()), inside(page.lines(), marked.headings()));
  }

  /** Returns whether line {@code i} lies inside a stretch the markup made a paragraph (a list item, a table row). */
  boolean paragraph(int i) {
    return paragraph[i];
  }

  /** Returns whether line {@code i} lies inside a stretch the markup made a heading. */
  boolean heading(int i) {
    return heading[i];
  }

  /** Returns whether line {@code i} lies inside a stretch the markup made a paragraph or a heading. */
  boolean text(int i) {
    return paragraph[i] || heading[i];
  }

  /** Which of {@code lines} lie inside one of {@code stretches}; both are in text order and apart. */
  private static boolean[] inside(List<PageLine> lines, List<Span> stretches) {
    boolean[] in = new boolean[lines.size()];
    int next = 0;
    for (int i = 0; i < lines.size(); i++) {
      PageLine line = lines.get(i);
      while (next < stretches.size() && stretches.get(next).end() < line.end()) {
        next++;
      }
      in[i] = next < stretches.size() && stretches.get(next).start() <= line.start();
    }
    return in;
  }
}
