package org.copydesk.parser.internal.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds the headline: the title line shortly before the body. Candidates are the lines before the body that could be
 * a title (a few words to a long sentence, not chrome, not a list item); each is scored by how many of its words the
 * body uses, how title-like it is, whether the page repeats it (in a breadcrumb or a window title) and how close it
 * stands to the body.
 */
final class HeadlineFinder {

  /** How far before the body, in non-blank lines, a headline is looked for. */
  private static final int REACH = 80;
  /** How far from a candidate, in non-blank lines, a repetition of it is looked for. */
  private static final int REPEAT_WINDOW = 400;
  private static final int MIN_WORDS = 2;
  private static final double OVERLAP_WEIGHT = 3;
  /** A headline's words that the body uses: fewer than this many content words and the overlap counts less. */
  private static final int FULL_OVERLAP_WORDS = 4;
  private static final double REPEAT_BONUS = 1.0;
  /** A line this short with a date in it is a date line. */
  private static final int DATE_LINE_WORDS = 12;
  private static final int MAX_WORDS = 40;
  private static final int MAX_CHARS = 300;

  private HeadlineFinder() {}

  /**
   * Returns the index of the headline among {@code page}'s lines, or -1.
   *
   * @param excluded lines that cannot be the headline (chrome, bylines, dates)
   */
  static int find(Page page, BodyLocator.Region body, IntPredicate excluded) {
    List<PageLine> lines = page.lines();
    int end = body.isEmpty() ? Math.min(lines.size(), REACH) : firstSentence(page, body);
    Set<String> bodyWords = body.isEmpty() ? Set.of() : bodyWords(page, body);
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = Math.max(0, end - REACH); i < end; i++) {
      PageLine line = lines.get(i);
      if (excluded.test(i) || line.inList() || line.words() < MIN_WORDS || line.words() > MAX_WORDS
          || line.text().length() > MAX_CHARS || isMetadata(line)) {
        continue;
      }
      double score = score(page, i, end, bodyWords);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }

  /** Returns whether {@code line} is a credit, a date line or a picture credit, which a headline never is. */
  private static boolean isMetadata(PageLine line) {
    return CreditReader.opensCredit(line) || MediaReader.isPictureCredit(line)
        || (line.words() <= DATE_LINE_WORDS && DateReader.find(line.text()).isPresent())
        || CreditReader.read(line.text(), false).isPresent();
  }

  /** Returns the index of the body's first line that ends like a sentence: the headline stands before it. */
  private static int firstSentence(Page page, BodyLocator.Region body) {
    for (int i = body.first(); i <= body.last(); i++) {
      if (page.lines().get(i).sentenceEnd() && page.lines().get(i).words() >= BodyLocator.PROSE_WORDS) {
        return i;
      }
    }
    return body.first();
  }

  static double score(Page page, int index, int bodyStart, Set<String> bodyWords) {
    PageLine line = page.lines().get(index);
    double score = 0;
    score += OVERLAP_WEIGHT * overlap(line.key(), bodyWords);
    if (line.sentenceEnd() && line.text().endsWith(".")) {
      score -= 1.5;
    }
    if (line.words() < 4) {
      score -= 1;
    }
    score += capitalised(line.text()) * 0.5;
    if (repeated(page, index)) {
      score += REPEAT_BONUS;
    }
    score -= 0.04 * (bodyStart - index);
    return score;
  }

  static Set<String> bodyWords(Page page, BodyLocator.Region body) {
    Set<String> words = new HashSet<>();
    for (int i = body.first(); i <= body.last(); i++) {
      if (BodyLocator.isProse(page.lines().get(i), page)) {
        for (String w : page.lines().get(i).key().split(" ")) {
          words.add(stem(w));
        }
      }
    }
    return words;
  }

  private static double overlap(String key, Set<String> bodyWords) {
    if (bodyWords.isEmpty()) {
      return 0;
    }
    int total = 0;
    int found = 0;
    for (String w : key.split(" ")) {
      String s = stem(w);
      if (s.length() < 3) {
        continue;
      }
      total++;
      if (bodyWords.contains(s)) {
        found++;
      }
    }
    return total == 0 ? 0 : (double) found / total * Math.min(1.0, (double) total / FULL_OVERLAP_WORDS);
  }

  private static String stem(String word) {
    int end = word.length();
    while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
      end--;
    }
    int start = 0;
    while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
      start++;
    }
    String w = word.substring(start, end);
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  private static double capitalised(String text) {
    int words = 0;
    int upper = 0;
    for (String w : text.split("\\s+")) {
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
        continue;
      }
      words++;
      if (Character.isUpperCase(w.codePointAt(0))) {
        upper++;
      }
    }
    return words == 0 ? 0 : (double) upper / words;
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
