package org.copydesk.parser.internal.structure;

import java.util.List;

/**
 * Finds where a page's article body runs: the stretch of lines that holds the most prose and the least chrome.
 *
 * <p>Each line gets a value: prose (long, sentence-like lines with the stop words of running text, outside lists)
 * counts for itself by its length; a list item written as prose counts like a short sentence; chrome, other list
 * items and short lines count against. The body is the stretch with the
 * highest total (a maximum-sum segment, found in one pass), so a caption or a promo inside the story does not cut
 * it, while menus, link lists and footers around it stay out.
 */
final class BodyLocator {

  /** The value of a line the body cannot run across: a comment section's header, a copyright notice. */
  private static final int BARRIER = -1_000_000;
  /** The value of a link list's header ("Related stories"): the body runs on past one if prose follows. */
  private static final int LINK_LIST = -15;
  /** The value of a chrome line. */
  private static final int CHROME = -4;
  /** The value of a list item that is not prose. */
  private static final int LIST_ITEM = -3;
  /** The value of any other line that is not prose: a label, a title, a name. */
  private static final int OTHER = -2;
  /** The value of a line that repeats the one next to it (an image's alt text and caption). */
  private static final int COPY = -1;
  /** The value of a short sentence. */
  private static final int SHORT_SENTENCE = 1;
  /** A sentence this long counts towards the body's stretch. */
  private static final int SHORT_PROSE_WORDS = 4;
  /** Lines with at least this many words can be prose. */
  static final int PROSE_WORDS = 10;
  /** Below this share of stop words a long line is a list of names or keywords rather than prose. */
  static final double PROSE_STOPWORDS = 0.15;
  /**
   * A prose line between lines that are not prose (a teaser between a title and a timestamp) counts this many times
   * less: a body's paragraphs follow one another.
   */
  private static final int ISOLATED_DIVISOR = 2;
  /** Prose that does not end like a sentence (a teaser title) counts this many times less. */
  private static final int UNFINISHED_DIVISOR = 2;
  /** A prose line counts for at most this many words, so one huge line does not outweigh everything. */
  private static final int MAX_VALUE = 80;
  /** A link-list header or newsletter box after this share of the stretch's prose ends the body. */
  private static final double TEASERS_AFTER = 2.0 / 3;

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

  /** Returns whether {@code line} reads as prose of the page's language; recognised once, see {@link LineFacts}. */
  static boolean isProse(PageLine line, Page page) {
    return line.facts().prose();
  }

  /** Returns whether {@code line} reads as prose of {@code language}. */
  static boolean isProse(PageLine line, Languages.Guess language) {
    if (line.inList() || line.words() < PROSE_WORDS) {
      return false;
    }
    return !language.hasStopwords() || line.stopwordDensity() >= PROSE_STOPWORDS;
  }

  /**
   * Returns the value of {@code line} for the body's total: prose its words (half when it does not end like a
   * sentence, nothing when the page prints it elsewhere too, as a teaser), everything else a penalty.
   */
  static int value(PageLine line, Page page) {
    if (ChromeLexicon.opensComments(line) || ChromeLexicon.isCopyright(line)) {
      return BARRIER;
    }
    if (ChromeLexicon.headsLinkList(line)) {
      return LINK_LIST;
    }
    if (line.isChrome()) {
      return CHROME;
    }
    if (line.copy()) {
      return COPY;
    }
    if (isProse(line, page)) {
      return line.repeated() ? 0 : Math.min(line.words(), MAX_VALUE) / (line.sentenceEnd() ? 1 : UNFINISHED_DIVISOR);
    }
    if (line.inList()) {
      return line.facts().listProse() ? SHORT_SENTENCE : LIST_ITEM;
    }
    if (isShortProse(line)) {
      return line.repeated() ? 0 : SHORT_SENTENCE;
    }
    return OTHER;
  }

  /** Returns whether {@code line} is a short sentence (not a list item), which inside the body is a paragraph. */
  static boolean isShortProse(PageLine line) {
    return isSentence(line) && line.words() >= SHORT_PROSE_WORDS;
  }

  /** Returns whether {@code line} ends like a sentence and is not a list item or chrome. */
  static boolean isSentence(PageLine line) {
    return !line.inList() && !line.isChrome() && line.sentenceEnd();
  }

  /**
   * Returns the stretch from the first to the last sentence of a page without prose (a line or two of text), or
   * {@link Region#NONE}: such a page's sentences are its body.
   */
  static Region sentences(Page page) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < page.lines().size(); i++) {
      if (isSentence(page.lines().get(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? Region.NONE : new Region(first, last);
  }

  /** Returns the stretch of {@code page}'s lines with the highest total value. */
  static Region locate(Page page) {
    List<PageLine> lines = page.lines();
    int[] values = new int[lines.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(lines.get(i), page);
    }
    for (int i = 0; i < values.length; i++) {
      if (isProse(lines.get(i), page) && !proseNear(page, i)) {
        values[i] = values[i] / ISOLATED_DIVISOR;
      }
    }
    return endBeforeTeasers(page, locate(values));
  }

  /**
   * Returns {@code region} cut before the first link-list header or newsletter box that comes after two thirds of its
   * prose: such a header inside a story ("Related stories") is followed by more of the story, at its end by other
   * stories' teasers, which the maximum-sum stretch may have taken in.
   */
  private static Region endBeforeTeasers(Page page, Region region) {
    int total = 0;
    for (int i = region.first(); i <= region.last(); i++) {
      if (isProse(page.lines().get(i), page)) {
        total += page.lines().get(i).words();
      }
    }
    int before = 0;
    for (int i = region.first(); i <= region.last(); i++) {
      PageLine line = page.lines().get(i);
      if (before > TEASERS_AFTER * total && (ChromeLexicon.headsLinkList(line) || line.facts().newsletter())) {
        return new Region(region.first(), i - 1);
      }
      if (isProse(line, page)) {
        before += line.words();
      }
    }
    return region;
  }

  /** Returns whether the line before or after line {@code index} is prose too, as paragraphs of a body are. */
  private static boolean proseNear(Page page, int index) {
    List<PageLine> lines = page.lines();
    return index > 0 && isProse(lines.get(index - 1), page)
        || index + 1 < lines.size() && isProse(lines.get(index + 1), page);
  }

  /** Returns the stretch with the highest total of {@code values}, the earliest of equal ones. */
  private static Region locate(int[] values) {
    int bestSum = 0;
    Region best = Region.NONE;
    int sum = 0;
    int start = 0;
    for (int i = 0; i < values.length; i++) {
      if (sum < 0) {
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
