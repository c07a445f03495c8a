package org.copydesk.parser.internal.structure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.parser.internal.structure.lines.LineFacts;
import org.copydesk.parser.internal.structure.lines.Page;
import org.copydesk.parser.internal.structure.lines.PageLine;
import org.copydesk.parser.internal.structure.lines.Prose;

/**
 * Finds where a page's article body runs: the stretch of lines that holds the most prose and the least chrome.
 *
 * <p>Each line gets a value: prose (long, sentence-like lines with the stop words of running text, outside lists)
 * counts for itself by its length; a list item written as prose counts like a short sentence; chrome, other list
 * items and short lines count against. The body is the stretch with the
 * highest total (a maximum-sum segment, found in one pass), so a caption or a promo inside the story does not cut
 * it, while menus, link lists and footers around it stay out. A long run of lists, labels or table rows between
 * prose costs no more than a short one, so the lists and tables of a guide do not split its story.
 */
final class BodyLocator {

  /** The value of a line the body cannot run across: a comment section's header, a copyright notice. */
  private static final int BARRIER = -1_000_000;
  /** The value of a link list's header ("Related stories"): the body runs on past one if prose follows. */
  private static final int LINK_LIST = -15;
  /** The value of a chrome line. */
  private static final int CHROME = -4;
  /** The value of a list item that is not prose: a menu entry, a link. */
  private static final int LIST_ITEM = -3;
  /**
   * The value of a list item of {@link #POINT_WORDS} words or more that is not prose: a point of the story ("Fast
   * setup with no tools needed") rather than a menu entry.
   */
  private static final int LIST_POINT = -1;
  /** A list item this long is a point made in words rather than a link. */
  private static final int POINT_WORDS = 4;
  /** The value of any other line that is not prose: a label, a title, a name. */
  private static final int OTHER = -2;
  /** The value of a line that repeats the one next to it (an image's alt text and caption). */
  private static final int COPY = -1;
  /**
   * A run of lines between prose (lists, labels, a table) costs at most this much, counting the lines that are not
   * chrome: a story that breaks its text with the lists and tables of a guide runs on past them, while share buttons,
   * link lists and copyright notices after it still end it.
   */
  private static final int MAX_GAP = 24;
  /** The value of a short sentence. */
  private static final int SHORT_SENTENCE = 1;
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
  /**
   * A page that repeats this many consecutive lines in the same order elsewhere prints the story twice (a reader view
   * beside the page, a print copy); a teaser repeated in a sidebar is a line or two.
   */
  private static final int COPIED_RUN = 3;
  /**
   * The story is taken from the first of two copies only when the copies hold this many times more prose than the
   * stretch found without them: a page whose story runs once, next to a copy of some of it (a metadata dump), keeps
   * its story.
   */
  private static final int COPY_OUTWEIGHS = 2;

  private BodyLocator() {}

  /** Returns whether {@code line} reads as prose of the page's language; recognised once, see {@link LineFacts}. */
  static boolean isProse(PageLine line, Page page) {
    return line.facts().prose();
  }

  /**
   * Returns the value of {@code line} for the body's total: prose its words (half when it does not end like a
   * sentence, nothing when the page prints it elsewhere too, as a teaser), everything else a penalty.
   */
  static int value(PageLine line, Page page) {
    if (line.facts().opensComments() || line.facts().copyright()) {
      return BARRIER;
    }
    if (line.facts().headsLinkList()) {
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
      return line.facts().listProse() ? SHORT_SENTENCE : line.words() >= POINT_WORDS ? LIST_POINT : LIST_ITEM;
    }
    if (line.facts().shortProse()) {
      return line.repeated() ? 0 : SHORT_SENTENCE;
    }
    return OTHER;
  }

  /**
   * Returns the stretch from the first to the last sentence of a page without prose (a line or two of text), or
   * {@link BodyRegion#NONE}: such a page's sentences are its body.
   */
  static BodyRegion sentences(Page page) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < page.lines().size(); i++) {
      if (page.lines().get(i).facts().sentence()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? BodyRegion.NONE : new BodyRegion(first, last);
  }

  /** Returns the stretch of {@code page}'s lines with the highest total value. */
  static BodyRegion locate(Page page) {
    List<PageLine> lines = page.lines();
    BodyRegion found = locate(page, new boolean[lines.size()]);
    boolean[] firstCopy = firstCopies(lines);
    int copied = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (firstCopy[i] && isProse(lines.get(i), page)) {
        copied += lines.get(i).words();
      }
    }
    return copied > COPY_OUTWEIGHS * proseWords(page, found) ? locate(page, firstCopy) : found;
  }

  /** Returns the stretch with the highest total value, counting the lines marked in {@code once} as printed once. */
  private static BodyRegion locate(Page page, boolean[] once) {
    List<PageLine> lines = page.lines();
    int[] values = new int[lines.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(once[i] ? unrepeated(lines.get(i)) : lines.get(i), page);
    }
    for (int i = 0; i < values.length; i++) {
      if (isProse(lines.get(i), page) && !proseNear(page, i)) {
        values[i] = values[i] / ISOLATED_DIVISOR;
      }
    }
    capGaps(lines, values);
    return endBeforeTeasers(page, locate(values));
  }

  /**
   * Makes every line of a run without prose that is not chrome count nothing once the run's lines have cost
   * {@link #MAX_GAP}; a link-list header or a barrier ends the run, and costs in full.
   */
  private static void capGaps(List<PageLine> lines, int[] values) {
    int cost = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] > 0 || values[i] <= LINK_LIST) {
        cost = 0;
      } else if (!lines.get(i).isChrome()) {
        if (cost >= MAX_GAP) {
          values[i] = 0;
        }
        cost -= values[i];
      }
    }
  }

  /**
   * Returns whether line {@code index} of {@code region} comes after most of its prose: a title there (a comment
   * form's, a footer's) does not open the story, which has run before it, so the body is not cut at it.
   */
  static boolean followsMostProse(Page page, BodyRegion region, int index) {
    return 2 * proseWords(page, new BodyRegion(region.first(), index)) > proseWords(page, region);
  }

  /** Returns the words of the prose lines of {@code region}. */
  private static int proseWords(Page page, BodyRegion region) {
    int words = 0;
    for (int i = region.first(); i <= region.last(); i++) {
      if (isProse(page.lines().get(i), page)) {
        words += page.lines().get(i).words();
      }
    }
    return words;
  }

  /**
   * Returns {@code region} cut before the first link-list header or newsletter box that comes after two thirds of its
   * prose: such a header inside a story ("Related stories") is followed by more of the story, at its end by other
   * stories' teasers, which the maximum-sum stretch may have taken in.
   */
  private static BodyRegion endBeforeTeasers(Page page, BodyRegion region) {
    int total = proseWords(page, region);
    int before = 0;
    for (int i = region.first(); i <= region.last(); i++) {
      PageLine line = page.lines().get(i);
      if (before > TEASERS_AFTER * total && (line.facts().headsLinkList() || line.facts().newsletter())) {
        return new BodyRegion(region.first(), i - 1);
      }
      if (isProse(line, page)) {
        before += line.words();
      }
    }
    return region;
  }

  /**
   * Returns, for each line, whether it is the first copy of a run of at least {@link #COPIED_RUN} lines the page
   * prints again later in the same order: a story printed twice (and nowhere else) counts once, at its first copy,
   * where a lone repeated line (a teaser) counts nothing.
   */
  private static boolean[] firstCopies(List<PageLine> lines) {
    Map<String, Integer> next = new HashMap<>();
    int[] later = new int[lines.size()];
    for (int i = lines.size() - 1; i >= 0; i--) {
      PageLine line = lines.get(i);
      Integer j = line.repeated() ? next.get(line.key()) : null;
      later[i] = j == null ? -1 : j;
      next.put(line.key(), i);
    }
    boolean[] first = new boolean[lines.size()];
    Set<String> seen = new HashSet<>();
    int i = 0;
    while (i < lines.size()) {
      if (later[i] < 0 || !seen.add(lines.get(i).key())) {
        i++;
        continue;
      }
      int run = 1;
      while (i + run < later[i] && later[i] + run < lines.size()
          && lines.get(i + run).key().equals(lines.get(later[i] + run).key())) {
        run++;
      }
      if (run >= COPIED_RUN) {
        Arrays.fill(first, i, i + run, true);
      }
      for (int k = 1; k < run; k++) {
        seen.add(lines.get(i + k).key());
      }
      i += run;
    }
    return first;
  }

  /** Returns {@code line} as if the page printed it once. */
  private static PageLine unrepeated(PageLine line) {
    return new PageLine(line.line(), line.text(), line.stanza(), line.bullet(), line.inList(), line.words(),
        line.stopwords(), line.sentenceEnd(), line.phraseKey(), line.date(), line.chrome(), line.copy(), false,
        line.facts());
  }

  /** Returns whether the line before or after line {@code index} is prose too, as paragraphs of a body are. */
  private static boolean proseNear(Page page, int index) {
    List<PageLine> lines = page.lines();
    return index > 0 && isProse(lines.get(index - 1), page)
        || index + 1 < lines.size() && isProse(lines.get(index + 1), page);
  }

  /** Returns the stretch with the highest total of {@code values}, the earliest of equal ones. */
  private static BodyRegion locate(int[] values) {
    int bestSum = 0;
    BodyRegion best = BodyRegion.NONE;
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
        best = new BodyRegion(start, i);
      }
    }
    return best;
  }
}
