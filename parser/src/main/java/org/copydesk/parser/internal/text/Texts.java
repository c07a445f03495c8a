package org.copydesk.parser.internal.text;

import java.util.Locale;

/** The normal forms of a text that lexicons and comparisons match against. Stateless. */
public final class Texts {

  private Texts() {}

  /**
   * Returns the parts of {@code text} between runs of spaces, as {@code text.split(" +")} does (an empty first part
   * when the text starts with a space, no empty parts at the end), without a regular expression.
   */
  public static String[] words(String text) {
    int n = text.length();
    int parts = 0;
    int last = 0; // the number of parts up to the last non-empty one
    for (int i = 0; i <= n; ) {
      int end = text.indexOf(' ', i);
      if (end < 0) {
        end = n;
      }
      parts++;
      if (end > i) {
        last = parts;
      }
      if (end == n) {
        break;
      }
      i = end + 1;
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
    }
    if (parts == 1) {
      return new String[] {text}; // no space: the text itself, even when empty
    }
    String[] words = new String[last];
    int k = 0;
    for (int i = 0; k < last; ) {
      int end = text.indexOf(' ', i);
      words[k++] = text.substring(i, end < 0 ? n : end);
      if (end < 0) {
        break;
      }
      i = end + 1;
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
    }
    return words;
  }

  /** Returns whether every character of {@code text} is {@linkplain Characters#isBlank blank}. */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Characters.isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the first index in {@code [from, to)} of {@code text} that is not a {@linkplain Characters#isSpace space},
   * or {@code to}.
   */
  public static int firstNonSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Characters.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Returns the index after the last character in {@code [from, to)} of {@code text} that is not a
   * {@linkplain Characters#isSpace space}, or {@code from}.
   */
  public static int lastNonSpace(String text, int from, int to) {
    int i = to;
    while (i > from && Characters.isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Returns {@code text} with every blank character (no-break spaces, zero-width characters, …) made a space. */
  public static String plain(String text) {
    int first = 0;
    while (first < text.length() && (text.charAt(first) == ' ' || !Characters.isBlank(text.charAt(first)))) {
      first++;
    }
    if (first == text.length()) {
      return text; // most texts have no other blank than the space
    }
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      if (Characters.isBlank(chars[i])) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /** Returns {@code text} without blanks at its edges and with every run of blanks inside made one space. */
  public static String collapse(String text) {
    return collapse(text, 0, text.length(), false);
  }

  /** Returns {@code text} {@linkplain #collapse collapsed}, in lower case, with typographic quotes and dashes plain. */
  public static String fold(String text) {
    return collapse(text, 0, text.length(), true);
  }

  /** Returns {@code text[start, end)} {@linkplain #collapse collapsed}, and {@linkplain #fold folded} if asked. */
  private static String collapse(String text, int start, int end, boolean fold) {
    int same = unchangedRun(text, start, end, fold);
    if (same == end) {
      return text.substring(start, end);
    }
    // the run before the first change is kept as it is: it ends before a blank or a character that folds, with no
    // space pending
    StringBuilder sb = new StringBuilder(end - start).append(text, start, same);
    boolean space = false;
    for (int i = same; i < end; i++) {
      char c = text.charAt(i);
      if (Characters.isBlank(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(fold ? fold(c) : c);
    }
    return sb.toString();
  }

  /**
   * Returns where the part of {@code text[start, end)} that {@link #collapse(String, int, int, boolean)} leaves as it
   * is ends: at the first blank that is not a single space between two other characters, or (folding) at the first
   * character that folds to another one; {@code end} when nothing changes.
   */
  private static int unchangedRun(String text, int start, int end, boolean fold) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Characters.isBlank(c)) {
        if (c != ' ' || i == start || i + 1 == end || Characters.isBlank(text.charAt(i + 1))) {
          return i;
        }
      } else if (fold && fold(c) != c) {
        return i;
      }
    }
    return end;
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
      case '\u2013', '\u2014', '\u2012' -> '-';
      default -> Character.toLowerCase(c);
    };
  }

  /** Returns {@code text} as lexicons match it: {@linkplain #fold folded}, without edge punctuation. */
  public static String key(String text) {
    return key(text, 0, text.length());
  }

  /**
   * Returns {@code text[start, end)} as lexicons match it ({@link #key(String)}). The edges are trimmed before the
   * text is folded, of blanks and of characters that fold to edge punctuation, which gives the same key.
   */
  public static String key(String text, int start, int end) {
    while (start < end && isKeyEdge(text.charAt(start))) {
      start++;
    }
    while (end > start && isKeyEdge(text.charAt(end - 1))) {
      end--;
    }
    return collapse(text, start, end, true);
  }

  /**
   * Returns {@code key(text, start, end).hashCode()}, computed without building the key: a phrase table looks a slice
   * up by it and builds the key only to compare it with an entry of the same hash.
   */
  public static int keyHash(String text, int start, int end) {
    while (start < end && isKeyEdge(text.charAt(start))) {
      start++;
    }
    while (end > start && isKeyEdge(text.charAt(end - 1))) {
      end--;
    }
    int hash = 0;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Characters.isBlank(c)) {
        space = true; // the edges are not blank, so a character follows
        continue;
      }
      if (space) {
        hash = 31 * hash + ' ';
        space = false;
      }
      hash = 31 * hash + fold(c);
    }
    return hash;
  }

  private static boolean isKeyEdge(char c) {
    return Characters.isBlank(c) || isEdgePunctuation(fold(c));
  }

  /** Returns the word {@code text[start, end)} lower-cased, without edge punctuation, with straight apostrophes. */
  public static String word(String text, int start, int end) {
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  /**
   * Returns {@code text.substring(start, end).toLowerCase(Locale.ROOT).hashCode()}, computed without building either
   * string unless a character of the slice lower-cases differently inside a string than alone.
   */
  public static int lowerCaseHash(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Characters.foldsAsString(c)) {
        return text.substring(start, end).toLowerCase(Locale.ROOT).hashCode();
      }
      hash = 31 * hash + Character.toLowerCase(c);
    }
    return hash;
  }

  private static boolean isEdgePunctuation(char c) {
    return ".,;:!?|-\"'()[]{}<>\u00BB\u203A\u2039\u2192\u2190\u2026*#/\\_=~+ ".indexOf(c) >= 0;
  }
}
