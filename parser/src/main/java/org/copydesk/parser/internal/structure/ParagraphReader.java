package org.copydesk.parser.internal.structure;

import java.util.List;
import org.copydesk.core.Heading;
import org.copydesk.core.Paragraph;

/**
 * Reads the body's remaining lines as paragraphs and section headings: prose and short sentences are paragraphs; a
 * short title-like line alone between blank lines, followed by a paragraph, is a heading. Stateless.
 */
final class ParagraphReader {

  /** A list item this long, with the stop words of prose, is part of the story. */
  private static final int LIST_PROSE_WORDS = 6;
  /** Headings are short. */
  private static final int MAX_HEADING_WORDS = 14;
  private static final int MAX_HEADING_CHARS = 120;
  /** A line that introduces what follows ("See the tweets:") is a paragraph from this many words. */
  private static final int MIN_INTRO_WORDS = 3;
  /** An announced list longer than this is more than the story's own list. */
  private static final int MAX_INTRODUCED_ITEMS = 30;

  private ParagraphReader() {}

  /** Claims the paragraphs and headings among lines {@code from..to} (inclusive) that are still free. */
  static void read(Page page, Layout layout, int from, int to) {
    List<PageLine> lines = page.lines();
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      PageLine line = lines.get(i);
      if (!layout.isFree(i) || line.isChrome() || line.copy()) {
        continue;
      }
      if (line.inList()) {
        if (line.facts().listProse()) {
          layout.claim(i, i, Paragraph::of);
        } else if (i > from && layout.inBlock(i - 1) && !lines.get(i - 1).inList() && isParagraph(lines.get(i - 1), page)) {
          i = claimEnclosedList(page, layout, i, to);
        }
        continue;
      }
      if (line.facts().prose()) {
        layout.claim(i, i, Paragraph::of);
      } else if (isHeading(page, layout, i, to)) {
        layout.claim(i, i, Heading::of);
      } else if (isParagraph(line, page)) {
        layout.claim(i, i, Paragraph::of);
        if (isIntro(line) && i + 1 <= to) {
          i = claimIntroduced(page, layout, i + 1, to);
        }
      }
    }
  }

  /** Returns whether {@code line} introduces what follows ("The tour dates:"). */
  private static boolean isIntro(PageLine line) {
    return line.words() >= MIN_INTRO_WORDS && Page.terminal(line.text()) == ':';
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
   * Claims the list that starts at line {@code first}, right after a paragraph, when the story goes on after it (a
   * paragraph or a heading follows): a list between paragraphs of the body is the story's own (the steps, the items
   * of a review) rather than links, which a page puts around the story. Each item is a paragraph. Returns the last
   * line read.
   */
  private static int claimEnclosedList(Page page, Layout layout, int first, int to) {
    List<PageLine> lines = page.lines();
    int end = first;
    while (end <= to && end - first < MAX_INTRODUCED_ITEMS && lines.get(end).inList()) {
      if (!layout.isFree(end) || lines.get(end).copy()) {
        return first;
      }
      end++;
    }
    if (end > to || lines.get(end).inList() || !layout.isFree(end)
        || !(lines.get(end).facts().prose() || lines.get(end).facts().shortProse() || isHeading(page, layout, end, to))) {
      return first;
    }
    for (int j = first; j < end; j++) {
      if (!lines.get(j).isChrome()) {
        layout.claim(j, j, Paragraph::of);
      }
    }
    return end - 1;
  }

  /**
   * Returns whether {@code line}, a list item inside the body, is prose that belongs to the story (a list of points
   * made in sentences) rather than a list of links.
   */
  static boolean isListProse(PageLine line, Languages.Guess language) {
    return line.words() >= LIST_PROSE_WORDS && (!language.hasStopwords()
        || line.stopwordDensity() >= BodyLocator.PROSE_STOPWORDS) && !MediaReader.endsWithPictureCredit(line);
  }

  /** Returns whether {@code line}, inside the body, is a paragraph. */
  static boolean isParagraph(PageLine line, Page page) {
    return line.facts().prose() || line.facts().sentence() && line.words() > 0
        || isIntro(line);
  }

  private static boolean isHeading(Page page, Layout layout, int i, int to) {
    List<PageLine> lines = page.lines();
    PageLine line = lines.get(i);
    if (line.words() == 0 || line.words() > MAX_HEADING_WORDS || line.text().length() > MAX_HEADING_CHARS
        || ".,:;\u2026\u3002\uFF0E\uFF0C\uFF1A\uFF1B".indexOf(Page.terminal(line.text())) >= 0 || !page.isAlone(i)
        || line.facts().pictureCredit() || line.facts().opensCredit()) {
      return false;
    }
    for (int j = i + 1; j <= to && j < lines.size(); j++) {
      PageLine next = lines.get(j);
      if (next.isChrome() && !layout.inBlock(j)) {
        continue;
      }
      return layout.isFree(j) && !next.inList() && next.facts().prose();
    }
    return false;
  }
}
