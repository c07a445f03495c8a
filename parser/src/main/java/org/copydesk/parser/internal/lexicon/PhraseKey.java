package org.copydesk.parser.internal.lexicon;

import java.util.Arrays;

/**
 * A line's {@linkplain org.copydesk.parser.internal.text.Texts#key(String) key} prepared once for matching against
 * every {@link PhraseList}: where its leading words end, with the hash of the key up to each end. Every list then looks
 * up the same prefixes without building a string per word. The key also remembers each list's answer and, once asked,
 * the characters it holds and the key with its numbers marked; it belongs to one page being read, so to one thread,
 * and is not shared.
 */
public final class PhraseKey {

  /** Word prefixes longer than this many characters are not looked up: no entry is that long. */
  static final int LONGEST_PREFIX = 80;

  private static final int[] NONE = new int[0];
  /** What {@link #answer} returns for a list not asked yet. */
  static final int NOT_ASKED = -2;
  /** Room for the answers of this many lists, first: about as many as the parser loads. */
  private static final int ANSWERS = 32;

  private final String text;
  private final boolean markNumbers;
  /** How many word prefixes {@link #wordEnds} and {@link #prefixHashes} hold. */
  private final int words;
  private final int[] wordEnds;
  private final int[] prefixHashes;
  /** The key with its numbers marked, made when first asked; {@code this} when the key holds no digit. */
  private PhraseKey marked;
  /**
   * What each phrase list (by its number) answered for this key, plus one; 0 where it was not asked yet. Readers ask
   * the same list about the same line several times (chrome, then the body's stretch; a caption's credit from each
   * line of its stanza), so the answer is kept with the line. A key belongs to one parse, so to one thread.
   */
  private int[] answers;
  /** The characters of the key, found when first asked. */
  private CharMask chars;

  private PhraseKey(String text, boolean markNumbers) {
    this.text = text;
    this.markNumbers = markNumbers;
    // a word ends where a letter or digit is followed by the key's end or by another character; the hash of each
    // prefix is that of text.substring(0, end), computed as the prefix grows
    int limit = Math.min(text.length(), LONGEST_PREFIX);
    int[] ends = limit == 0 ? NONE : new int[(limit + 1) / 2];
    int[] hashes = limit == 0 ? NONE : new int[ends.length];
    int k = 0;
    int hash = 0;
    boolean before = limit > 0 && isLetterOrDigit(text.charAt(0));
    for (int end = 1; end <= limit; end++) {
      hash = 31 * hash + text.charAt(end - 1);
      boolean at = end < text.length() && isLetterOrDigit(text.charAt(end));
      if (before && !at) {
        ends[k] = end;
        hashes[k] = hash;
        k++;
      }
      before = at;
    }
    words = k;
    wordEnds = ends;
    prefixHashes = hashes;
  }

  /** {@link Character#isLetterOrDigit(char)}, without the table look-up for ASCII characters. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }
    return Character.isLetterOrDigit(c);
  }

  /** Returns {@code key} prepared for matching. */
  public static PhraseKey of(String key) {
    return new PhraseKey(key, true);
  }

  /** Returns the key. */
  public String text() {
    return text;
  }

  /** Returns the characters the key holds. */
  CharMask chars() {
    if (chars == null) {
      chars = CharMask.of(text, 0, text.length());
    }
    return chars;
  }

  /** Returns how many leading words of the key (within {@link #LONGEST_PREFIX}) can be looked up. */
  int wordPrefixes() {
    return words;
  }

  /** Returns where the {@code k}th word prefix ends (0-based, shortest first). */
  int wordEnd(int k) {
    return wordEnds[k];
  }

  /** Returns the {@link String#hashCode()} of the {@code k}th word prefix. */
  int prefixHash(int k) {
    return prefixHashes[k];
  }

  /** Returns the key with numbers marked ({@code 0 comments} for "34 comments"), or null when it holds no digit. */
  PhraseKey marked() {
    if (!markNumbers) {
      return null;
    }
    if (marked == null) {
      marked = hasDigit(text) ? new PhraseKey(withNumbersMarked(text), false) : this;
    }
    return marked == this ? null : marked;
  }

  /** Returns what list number {@code list} answered for this key, or {@link #NOT_ASKED}. */
  int answer(int list) {
    return answers == null || list >= answers.length || answers[list] == 0 ? NOT_ASKED : answers[list] - 1;
  }

  /** Keeps {@code answer}, a match length or -1, as list number {@code list}'s for this key. */
  void remember(int list, int answer) {
    if (answers == null || list >= answers.length) {
      answers = Arrays.copyOf(answers == null ? new int[0] : answers, Math.max(list + 1, ANSWERS));
    }
    answers[list] = answer + 1;
  }

  static boolean hasDigit(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (Character.isDigit(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code key} with every run of digits (and the separators inside a number) replaced by {@code 0}. */
  static String withNumbersMarked(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isDigit(c)) {
        sb.append('0');
        while (i + 1 < key.length() && (Character.isDigit(key.charAt(i + 1)) || isDigitSeparator(key, i + 1))) {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Returns whether {@code key} has a separator inside a number ("1,000", "2.5") at {@code i}. */
  private static boolean isDigitSeparator(String key, int i) {
    return ".,".indexOf(key.charAt(i)) >= 0 && i + 1 < key.length() && Character.isDigit(key.charAt(i + 1));
  }
}
