package org.copydesk.parser.internal.structure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.parser.internal.structure.lines.LineFacts;
import org.copydesk.parser.internal.structure.lines.LineShape;
import org.copydesk.parser.internal.structure.lines.Page;
import org.copydesk.parser.internal.structure.lines.PageLine;
import org.copydesk.parser.internal.structure.lines.PersonNames;
import org.copydesk.parser.internal.structure.lines.Prose;
import org.copydesk.parser.internal.text.Texts;

/**
 * Finds the headline: the title line shortly before the body. Candidates are the lines before the body that could be
 * a title (a few words to a long sentence; not chrome, a list item, a credit, a date or a caption); each is scored by
 * how many of its words the body uses, its length and ending, whether the page repeats it (in a breadcrumb or a
 * window title), whether a credit or date follows it and whether it stands alone, with weights fitted on a dev
 * corpus.
 */
final class HeadlineFinder {

  /** The body's first sentence may still be the headline, if the headline reads like a sentence. */
  private static final int INTO_BODY = 1;
  /** How far into the body, in non-blank lines, a credit line marks where the headline is looked for. */
  private static final int CREDIT_REACH = 12;
  /** A notice and a standfirst may come before the credit; more prose before it is the story. */
  private static final int PROSE_BEFORE_CREDIT = 2;
  /** How far before the body, in non-blank lines, a headline is looked for. */
  private static final int REACH = 80;
  /** How far from a candidate, in non-blank lines, a repetition of it is looked for. */
  private static final int REPEAT_WINDOW = 400;
  private static final int MIN_WORDS = 2;
  /** A title held in a longer candidate replaces it from this many words. */
  private static final int MIN_CLEAN_WORDS = 3;
  /** A headline's words that the body uses: fewer than this many content words and the overlap counts less. */
  private static final int FULL_OVERLAP_WORDS = 4;
  /** Shorter stems ("a", "of", "is") say nothing about whether the body tells the headline's story. */
  private static final int MIN_STEM = 3;
  /** Headlines rarely run longer; captions and standfirsts do. */
  private static final int LONG_WORDS = 18;
  /** A sentence this long is a standfirst or a caption rather than a headline. */
  private static final int LONG_SENTENCE_WORDS = 12;
  /** How many lines (not counting list items and chrome) after a headline its credit or date line may stand. */
  private static final int METADATA_REACH = 4;

  /**
   * The weight of each candidate feature, in the order {@link #features} computes them: the share of the line's
   * words the body uses; fewer than four words; each word beyond eighteen; ends with a full stop; a long sentence;
   * repeated elsewhere on the page; a credit, date or author name follows; follows a list item or chrome; alone
   * between blank lines. Fitted on the dev corpus as a whole (a conditional logit over each page's candidates,
   * five-fold cross-validated) and rounded to halves.
   */
  private static final double[] WEIGHTS = {2.5, -1.5, -0.5, -1, -0.5, 0.5, 1.5, 0.5, 1.5};
  /** A line this short with a date in it is a date line. */
  private static final int DATE_LINE_WORDS = 12;
  private static final int MAX_WORDS = 40;
  private static final int MAX_CHARS = 300;

  private HeadlineFinder() {}

  /** Returns the index of the headline among {@code page}'s lines, or -1. */
  static int find(Page page, BodyRegion body) {
    double[] scores = scores(page, body);
    int best = -1;
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isNaN(scores[i]) && (best < 0 || scores[i] > scores[best])) {
        best = i;
      }
    }
    return best < 0 ? best : cleanest(page, scores, best);
  }

  /**
   * Returns the candidate that gives the title of {@code best} cleanly: {@code best} itself, or another candidate it
   * holds whole (a breadcrumb run into the title, "HomeNewsCouncil Approves Budget") or completes (a title cut short,
   * "Council Approves…").
   */
  private static int cleanest(Page page, double[] scores, int best) {
    String key = page.lines().get(best).key();
    String cut = Texts.plain(page.lines().get(best).text()).strip();
    boolean truncated = cut.endsWith("\u2026") || cut.endsWith("...");
    String stem = truncated ? Texts.key(cut.substring(0, cut.length() - (cut.endsWith("...") ? 3 : 1))) : key;
    for (int i = 0; i < scores.length; i++) {
      if (Double.isNaN(scores[i]) || i == best) {
        continue;
      }
      String other = page.lines().get(i).key();
      boolean held = other.length() < key.length() && page.lines().get(i).words() >= MIN_CLEAN_WORDS
          && key.endsWith(other);
      boolean completed = truncated && other.length() > stem.length() && other.startsWith(stem);
      if (held || completed) {
        return i;
      }
    }
    return best;
  }

  /** Returns the score of each line as the headline; {@code NaN} for lines that cannot be it. */
  static double[] scores(Page page, BodyRegion body) {
    double[][] features = features(page, body);
    double[] scores = new double[features.length];
    for (int i = 0; i < features.length; i++) {
      if (features[i] == null) {
        scores[i] = Double.NaN;
        continue;
      }
      for (int f = 0; f < WEIGHTS.length; f++) {
        scores[i] += WEIGHTS[f] * features[i][f];
      }
    }
    return scores;
  }

  /** Returns the features of each line as a headline candidate (see {@link #WEIGHTS}); null for non-candidates. */
  static double[][] features(Page page, BodyRegion body) {
    List<PageLine> lines = page.lines();
    double[][] features = new double[lines.size()][];
    int end = body.isEmpty() ? Math.min(lines.size(), REACH)
        : Math.min(lines.size(), Math.max(firstSentence(page, body) + INTO_BODY, firstCredit(page, body)));
    BodyWords bodyWords = body.isEmpty() ? BodyWords.NONE : bodyWords(page, body);
    PersonNames names = page.names();
    for (int i = Math.max(0, end - REACH); i < end; i++) {
      PageLine line = lines.get(i);
      if (line.isChrome() || line.copy() || line.inList() || line.words() < MIN_WORDS || line.words() > MAX_WORDS
          || line.text().length() > MAX_CHARS || besideCredit(page, i) || body.contains(i) && isLongSentence(line)
          || isMetadata(line)) {
        continue;
      }
      PageLine previous = i > 0 ? lines.get(i - 1) : null;
      // A candidate inside the body is measured against the rest of the body, not against itself.
      boolean itself = body.contains(i) && line.facts().prose();
      features[i] = new double[] {
          overlap(line.key(), bodyWords, itself),
          line.words() < 4 ? 1 : 0,
          Math.max(0, line.words() - LONG_WORDS),
          line.text().endsWith(".") ? 1 : 0,
          line.sentenceEnd() && line.words() > LONG_SENTENCE_WORDS ? 1 : 0,
          repeated(page, i) ? 1 : 0,
          metadataFollows(page, i, end, names) ? 1 : 0,
          previous == null || previous.inList() || previous.isChrome() ? 1 : 0,
          page.isAlone(i) ? 1 : 0,
      };
    }
    return features;
  }

  /** Returns whether {@code line} is a long sentence ending in a full stop: a paragraph, not a headline. */
  private static boolean isLongSentence(PageLine line) {
    return line.words() > LONG_WORDS && LineShape.terminal(line.text()) == '.';
  }

  /**
   * Returns whether a credit or date line, or a person's name other than the line's own text, follows line
   * {@code index} closely, as under a headline.
   */
  private static boolean metadataFollows(Page page, int index, int end, PersonNames names) {
    int seen = 0;
    for (int i = index + 1; i < end && seen < METADATA_REACH; i++) {
      PageLine line = page.lines().get(i);
      if (line.inList() || line.isChrome()) {
        continue;
      }
      boolean name = line.facts().loneName() && !line.key().equals(page.lines().get(index).key())
          && names.isName(line.text());
      if (isMetadata(line) && !line.facts().pictureCredit() || name) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /** Returns whether line {@code index} shares its stanza with a picture credit: it is a caption. */
  private static boolean besideCredit(Page page, int index) {
    for (int i = page.stanzaStart(index); i <= page.stanzaEnd(index); i++) {
      if (i != index && page.lines().get(i).facts().pictureCredit()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether {@code line} is a credit, a date line or a picture credit, which a headline never is. A line is
   * asked about as a candidate and again for each candidate above it; reading it as a credit, the costly part, is
   * done once ({@link LineFacts#credit}).
   */
  private static boolean isMetadata(PageLine line) {
    return line.facts().opensCredit() || line.facts().pictureCredit()
        || (line.words() <= DATE_LINE_WORDS && line.date().isPresent())
        || line.facts().credit().isPresent();
  }

  /**
   * Returns the index of the first credit line ("By Jane Doe", a lone "By") among the body's first lines, after two
   * prose lines at most, or -1: the headline stands above the credit, so the lines the body begins with before it (a
   * notice, a standfirst) may hold it.
   */
  private static int firstCredit(Page page, BodyRegion body) {
    int prose = 0;
    for (int i = body.first(); i <= body.last() && i < body.first() + CREDIT_REACH && prose <= PROSE_BEFORE_CREDIT;
        i++) {
      LineFacts facts = page.lines().get(i).facts();
      if ((facts.opensCredit() || facts.creditOpenerOnly()) && !facts.pictureCredit()) {
        return i;
      }
      prose += facts.prose() ? 1 : 0;
    }
    return -1;
  }

  /** Returns the index of the body's first line that ends like a sentence: the headline stands before it. */
  private static int firstSentence(Page page, BodyRegion body) {
    for (int i = body.first(); i <= body.last(); i++) {
      PageLine line = page.lines().get(i);
      if (line.sentenceEnd() && line.words() >= Prose.PROSE_WORDS && !line.repeated() && !line.isChrome()) {
        return i;
      }
    }
    return body.first();
  }

  /**
   * The stems of the body's prose words, each with the number of prose lines that use it, so that a candidate inside
   * the body can be measured against the other lines without building their words again. Stems shorter than
   * {@link #MIN_STEM} are left out, as the overlap does not count them.
   */
  private record BodyWords(Map<String, Integer> lines, int proseLines) {
    static final BodyWords NONE = new BodyWords(Map.of(), 0);
  }

  /** Returns the stems of the body's prose words. */
  private static BodyWords bodyWords(Page page, BodyRegion body) {
    Map<String, Integer> lines = new HashMap<>();
    Set<String> stems = new HashSet<>(); // the stems of one line, each counted once
    int proseLines = 0;
    for (int i = body.first(); i <= body.last(); i++) {
      if (page.lines().get(i).facts().prose()) {
        proseLines++;
        stems.clear();
        String key = page.lines().get(i).key();
        for (int from = 0, to; from <= key.length(); from = to + 1) {
          to = wordEnd(key, from);
          String s = stem(key, from, to);
          if (s.length() >= MIN_STEM && stems.add(s)) {
            lines.merge(s, 1, Integer::sum);
          }
        }
      }
    }
    return new BodyWords(lines, proseLines);
  }

  /**
   * Returns the share of {@code key}'s words that the body's prose uses, less for few words; when the key is
   * {@code itself} one of the body's prose lines, that line does not count.
   */
  private static double overlap(String key, BodyWords bodyWords, boolean itself) {
    int needed = itself ? 2 : 1;
    if (bodyWords.proseLines() < needed) {
      return 0;
    }
    int total = 0;
    int found = 0;
    for (int from = 0, to; from <= key.length(); from = to + 1) {
      to = wordEnd(key, from);
      String s = stem(key, from, to);
      if (s.length() < MIN_STEM) {
        continue;
      }
      total++;
      if (bodyWords.lines().getOrDefault(s, 0) >= needed) {
        found++;
      }
    }
    return total == 0 ? 0 : (double) found / total * Math.min(1.0, (double) total / FULL_OVERLAP_WORDS);
  }

  /** Returns where the word of {@code key} (words are separated by single spaces) that starts at {@code from} ends. */
  private static int wordEnd(String key, int from) {
    int space = key.indexOf(' ', from);
    return space < 0 ? key.length() : space;
  }

  /**
   * Returns the stem of the word {@code key[from, to)}: without edge punctuation, a possessive {@code 's} or a plural
   * {@code s} (after four letters).
   */
  private static String stem(String key, int from, int to) {
    int end = to;
    while (end > from && !Character.isLetterOrDigit(key.charAt(end - 1))) {
      end--;
    }
    int start = from;
    while (start < end && !Character.isLetterOrDigit(key.charAt(start))) {
      start++;
    }
    if (end - start >= 2 && key.charAt(end - 2) == '\'' && key.charAt(end - 1) == 's') {
      end -= 2;
    }
    if (end - start > 4 && key.charAt(end - 1) == 's') {
      end--;
    }
    return key.substring(start, end);
  }

  private static boolean repeated(Page page, int index) {
    String key = page.lines().get(index).key();
    int from = Math.max(0, index - REPEAT_WINDOW);
    int to = Math.min(page.lines().size(), index + REPEAT_WINDOW);
    for (int i = from; i < to; i++) {
      PageLine line = page.lines().get(i);
      String other = line.key();
      if (i != index && !line.inList() && other.length() <= key.length() + MAX_CHARS && other.contains(key)) {
        return true;
      }
    }
    return false;
  }
}
