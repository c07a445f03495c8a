package org.copydesk.parser.internal.segment;

/** Character classes the segmenter needs beyond {@link Character}'s. */
public final class Chars {

  private Chars() {}

  /**
   * Returns whether {@code c} counts as blank at the edge of a line: Unicode whitespace, no-break spaces, the byte
   * order mark and the zero-width characters a page dump leaves behind.
   */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\uFEFF'
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\u00AD'
        || c == '\u0000';
  }
}
