package org.copydesk.parser.internal.lexicon;

/**
 * The characters a text holds, as bits: ASCII characters one bit each, others folded onto 64 bits. A phrase with a
 * character the text does not hold cannot stand in it, which a few bit operations tell before a search. Immutable.
 */
record CharMask(long low, long high, long other) {

  /** Returns the mask of the characters of {@code text[from, to)}. */
  static CharMask of(String text, int from, int to) {
    long low = 0;
    long high = 0;
    long other = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 64) {
        low |= 1L << c;
      } else if (c < 128) {
        high |= 1L << c; // shifts use the low six bits: c - 64
      } else {
        other |= 1L << c;
      }
    }
    return new CharMask(low, high, other);
  }

  /** Returns whether this text may hold {@code phrase}: it holds every character of it (or one sharing its bit). */
  boolean mayHold(CharMask phrase) {
    return (phrase.low & ~low | phrase.high & ~high | phrase.other & ~other) == 0;
  }
}
