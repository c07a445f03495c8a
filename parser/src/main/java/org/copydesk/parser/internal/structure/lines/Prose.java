package org.copydesk.parser.internal.structure.lines;

/**
 * Recognises prose: running text of the page's language, short sentences, list items written as sentences, and the
 * lines that read as a paragraph inside a body. Claims nothing. Stateless.
 */
public final class Prose {

  /** A sentence this long counts towards the body's stretch. */
  private static final int SHORT_PROSE_WORDS = 4;
  /** Lines with at least this many words can be prose. */
  public static final int PROSE_WORDS = 10;
  /** Below this share of stop words a long line is a list of names or keywords rather than prose. */
  static final double PROSE_STOPWORDS = 0.15;
  /** A list item this long, with the stop words of prose, is part of the story. */
  private static final int LIST_PROSE_WORDS = 6;
  /** A line that introduces what follows ("See the tweets:") is a paragraph from this many words. */
  private static final int MIN_INTRO_WORDS = 3;

  private Prose() {}

  /** Returns whether {@code line} reads as prose of {@code language}. */
  static boolean isProse(PageLine line, Languages.Guess language) {
    if (line.inList() || line.words() < PROSE_WORDS) {
      return false;
    }
    return !language.hasStopwords() || line.stopwordDensity() >= PROSE_STOPWORDS;
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
   * Returns whether {@code line}, a list item inside the body, is prose that belongs to the story (a list of points
   * made in sentences) rather than a list of links; {@code creditEnding}: whether it ends with a picture credit
   * ({@link LineFacts#creditEnding}), as a caption does.
   */
  static boolean isListProse(PageLine line, Languages.Guess language, boolean creditEnding) {
    return line.words() >= LIST_PROSE_WORDS && (!language.hasStopwords()
        || line.stopwordDensity() >= PROSE_STOPWORDS) && !creditEnding;
  }

  /**
   * Returns whether {@code line}, inside the body, is a paragraph, given whether it is {@code prose} and a
   * {@code sentence}.
   */
  static boolean isParagraph(PageLine line, boolean prose, boolean sentence) {
    return prose || sentence && line.words() > 0
        || isIntro(line);
  }

  /** Returns whether {@code line} introduces what follows ("The tour dates:"). */
  static boolean isIntro(PageLine line) {
    return line.words() >= MIN_INTRO_WORDS && LineShape.terminal(line.text()) == ':';
  }
}
