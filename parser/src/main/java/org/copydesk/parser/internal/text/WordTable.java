package org.copydesk.parser.internal.text;

import java.util.Map;

/**
 * A table from words in {@linkplain Texts#word word form} (lower case, straight apostrophes) to non-zero ints, looked
 * up by a slice of a text: the slice is put in word form one character at a time as it is hashed and compared, so a
 * look-up builds no string. Immutable and thread-safe.
 */
public final class WordTable {

  private final String[] keys;
  private final int[] values;
  private final int mask;

  /** Returns a table of {@code values}, whose keys are in word form and whose values are not 0. */
  public WordTable(Map<String, Integer> values) {
    int capacity = Integer.highestOneBit(Math.max(1, values.size()) * 4);
    this.keys = new String[capacity];
    this.values = new int[capacity];
    this.mask = capacity - 1;
    values.forEach((key, value) -> {
      int i = spread(key.hashCode()) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      this.values[i] = value;
    });
  }

  /** Returns the value of the word {@code text[start, end)} in {@linkplain Texts#word word form}, or 0. */
  public int get(String text, int start, int end) {
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Characters.foldsAsString(c)) {
        return get(Texts.word(text, start, end));
      }
      hash = 31 * hash + fold(c);
    }
    for (int i = spread(hash) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (keys[i].length() == end - start && foldedEquals(keys[i], text, start)) {
        return values[i];
      }
    }
    return 0;
  }

  private int get(String word) {
    for (int i = spread(word.hashCode()) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (keys[i].equals(word)) {
        return values[i];
      }
    }
    return 0;
  }

  private static boolean foldedEquals(String key, String text, int start) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != fold(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  /** The character as {@link Texts#word} has it in a word: lower case, a typographic apostrophe made straight. */
  private static char fold(char c) {
    return c == '\u2019' ? '\'' : Character.toLowerCase(c);
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
