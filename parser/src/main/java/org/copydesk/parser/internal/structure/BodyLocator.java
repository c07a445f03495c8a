package org.copydesk.parser.internal.structure;

/**
 * Finds where a page's article body runs: the stretch of lines that holds the most prose and the least chrome.
 *
 * <p>Each line gets a value: prose (long, sentence-like lines with the stop words of running text, outside lists)
 * counts for itself by its length; chrome, lists and short lines count against. The body is the stretch with the
 * highest total (a maximum-sum segment, found in one pass), so a caption or a promo inside the story does not cut
 * it, while menus, link lists and footers around it stay out.
 */
final class BodyLocator {

  /** Lines with at least this many words can be prose. */
  static final int PROSE_WORDS = 10;
  /** Below this share of stop words a long line is a list of names or keywords rather than prose. */
  static final double PROSE_STOPWORDS = 0.15;
  /** A prose line counts for at most this many words, so one huge line does not outweigh everything. */
  private static final int MAX_VALUE = 80;

  private BodyLocator() {}

  /** The first and last line (indices into the page's lines) of the body; {@code first > last} when none. */
  record Region(int first, int last) {

    static final Region NONE = new Region(0, -1);

    boolean contains(int index) {
      return index >= first && index <= last;
    }

    boolean isEmpty() {
      return first > last;
    }
  }

  /** Returns whether {@code line} reads as prose of the page's language. */
  static boolean isProse(PageLine line, Page page) {
    if (line.inList() || line.words() < PROSE_WORDS) {
      return false;
    }
    return !page.language().hasStopwords() || line.stopwordDensity() >= PROSE_STOPWORDS;
  }

  /** The value of a line the body cannot run across: a comment section's header. */
  static final int BARRIER = -1_000_000;

  /** Returns the value of {@code line} for the body's total. */
  static int value(PageLine line, Page page) {
    if (ChromeLexicon.opensComments(line)) {
      return BARRIER;
    }
    if (line.isChrome()) {
      return -4;
    }
    if (line.copy()) {
      return -1;
    }
    if (isProse(line, page)) {
      return line.repeated() ? 0 : Math.min(line.words(), MAX_VALUE);
    }
    if (line.inList()) {
      return -3;
    }
    if (isShortProse(line)) {
      return line.repeated() ? 0 : 1;
    }
    return -2;
  }

  /** Returns whether {@code line} is a short sentence (not a list item), which inside the body is a paragraph. */
  static boolean isShortProse(PageLine line) {
    return !line.inList() && line.sentenceEnd() && line.words() >= 4;
  }

  /** Returns the stretch of {@code page}'s lines with the highest total value. */
  static Region locate(Page page) {
    int[] values = new int[page.lines().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(page.lines().get(i), page);
    }
    return locate(values);
  }

  /** Returns the stretch with the highest total of {@code values}. */
  static Region locate(int[] values) {
    int bestSum = 0;
    Region best = Region.NONE;
    int sum = 0;
    int start = 0;
    for (int i = 0; i < values.length; i++) {
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += values[i];
      if (sum > bestSum) {
        bestSum = sum;
        best = new Region(start, i);
      }
    }
    return best;
  }
}
