package org.copydesk.parser.internal.structure;

import java.util.List;
import org.copydesk.core.Heading;
import org.copydesk.core.Paragraph;
import org.copydesk.parser.internal.structure.lines.LineShape;
import org.copydesk.parser.internal.structure.lines.Page;
import org.copydesk.parser.internal.structure.lines.PageLine;

/**
 * Reads the body's remaining lines as paragraphs and section headings: prose and short sentences are paragraphs; a
 * short title-like line alone between blank lines, followed by a paragraph, is a heading. Stateless.
 */
final class ParagraphReader {

  /** Headings are short. */
  private static final int MAX_HEADING_WORDS = 14;
  private static final int MAX_HEADING_CHARS = 120;
  /** An announced list, or one between paragraphs, longer than this is more than the story's own list. */
  private static final int MAX_INTRODUCED_ITEMS = 30;

  private ParagraphReader() {}

  /** Claims the paragraphs and headings among lines {@code from..to} (inclusive) that are still free. */
  static void read(Page page, Layout layout, int from, int to) {
    List<PageLine> lines = page.lines();
    boolean[] enclosed = enclosedLists(page, layout, Math.max(0, from), Math.min(to, lines.size() - 1));
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      PageLine line = lines.get(i);
      if (!layout.isFree(i) || line.isChrome() || line.copy()) {
        continue;
      }
      if (line.inList()) {
        if (line.facts().listProse() || enclosed[i]) {
          layout.claim(i, i, Paragraph::of);
        }
        continue;
      }
      if (line.facts().prose()) {
        layout.claim(i, i, Paragraph::of);
      } else if (isHeading(page, layout, i, to, enclosed)) {
        layout.claim(i, i, Heading::of);
      } else if (line.facts().paragraph() || i + 1 <= to && enclosed[i + 1]) {
        layout.claim(i, i, Paragraph::of);
        if (line.facts().intro() && i + 1 <= to) {
          i = claimIntroduced(page, layout, i + 1, to);
        }
      }
    }
  }

  /**
   * Claims the stanza of short lines an intro announces (a list of dates, a small table) as one paragraph, if line
   * {@code first} starts one; returns the last line read.
   */
  private static int claimIntroduced(Page page, Layout layout, int first, int to) {
    List<PageLine> lines = page.lines();
    if (lines.get(first).inList()) {
      return claimIntroducedList(lines, layout, first, to);
    }
    int last = first;
    while (last + 1 <= to && lines.get(last + 1).stanza() == lines.get(first).stanza()) {
      last++;
    }
    if (last == first) {
      return first - 1;
    }
    for (int j = first; j <= last; j++) {
      PageLine line = lines.get(j);
      if (!layout.isFree(j) || line.isChrome() || line.inList() || line.copy()) {
        return first - 1;
      }
    }
    layout.claim(first, last, Paragraph::of);
    return last;
  }

  /**
   * Claims the list an intro announces ("The company gave three reasons:"), each item a paragraph, from line
   * {@code first} to the list's end; returns the last line read.
   */
  private static int claimIntroducedList(List<PageLine> lines, Layout layout, int first, int to) {
    int j = first;
    while (j <= to && j - first < MAX_INTRODUCED_ITEMS && lines.get(j).inList() && layout.isFree(j)
        && !lines.get(j).isChrome() && !lines.get(j).copy()) {
      layout.claim(j, j, Paragraph::of);
      j++;
    }
    return j - 1;
  }

  /**
   * Returns, for each line of {@code from..to}, whether it is an item of a list that lies inside the story: right
   * after a paragraph or a title ("Pros:", "Key features"), with prose further on. A list between paragraphs of the
   * body is the story's own (the steps, the pros and cons of a review) rather than links, which a page puts around
   * the story. A list is a menu or a row of cards whatever surrounds it when it is longer than
   * {@link #MAX_INTRODUCED_ITEMS}, or any item shows an image, a picture credit or the item next to it twice; chrome
   * items stay out.
   */
  private static boolean[] enclosedLists(Page page, Layout layout, int from, int to) {
    List<PageLine> lines = page.lines();
    boolean[] enclosed = new boolean[lines.size()];
    int lastProse = -1;
    for (int i = from; i <= to; i++) {
      if (!lines.get(i).inList() && lines.get(i).facts().prose()) {
        lastProse = i;
      }
    }
    int i = from;
    while (i <= to) {
      if (!lines.get(i).inList()) {
        i++;
        continue;
      }
      int end = i;
      boolean cards = false;
      while (end <= to && lines.get(end).inList()) {
        PageLine item = lines.get(end);
        cards |= item.copy() || item.facts().pictureCredit() || showsImage(item);
        end++;
      }
      if (i > from && opensList(page, layout, i - 1) && lastProse >= end && end - i <= MAX_INTRODUCED_ITEMS
          && !cards) {
        for (int j = i; j < end; j++) {
          enclosed[j] = layout.isFree(j) && !lines.get(j).isChrome();
        }
      }
      i = end;
    }
    return enclosed;
  }

  /**
   * Returns whether line {@code i} may open a list of the story: a block already claimed (a picture and its caption),
   * a paragraph, or a short title.
   */
  private static boolean opensList(Page page, Layout layout, int i) {
    PageLine line = page.lines().get(i);
    return layout.inBlock(i) || layout.isFree(i) && !line.isChrome() && !line.copy()
        && (line.facts().paragraph() || line.words() <= MAX_HEADING_WORDS && line.text().length() <= MAX_HEADING_CHARS);
  }

  /** Returns whether {@code line} holds an image a page dump prints as its name in brackets ("[photo-1024x768]"). */
  private static boolean showsImage(PageLine line) {
    return line.text().substring(line.bullet() ? 1 : 0).stripLeading().startsWith("[");
  }

  private static boolean isHeading(Page page, Layout layout, int i, int to, boolean[] enclosed) {
    List<PageLine> lines = page.lines();
    PageLine line = lines.get(i);
    if (line.words() == 0 || line.words() > MAX_HEADING_WORDS || line.text().length() > MAX_HEADING_CHARS
        || ".,:;\u2026\u3002\uFF0E\uFF0C\uFF1A\uFF1B".indexOf(LineShape.terminal(line.text())) >= 0 || !page.isAlone(i)
        || line.facts().pictureCredit() || line.facts().opensCredit()) {
      return false;
    }
    for (int j = i + 1; j <= to && j < lines.size(); j++) {
      PageLine next = lines.get(j);
      if (next.isChrome() && !layout.inBlock(j)) {
        continue;
      }
      return layout.isFree(j) && (enclosed[j] || !next.inList() && next.facts().prose());
    }
    return false;
  }
}
