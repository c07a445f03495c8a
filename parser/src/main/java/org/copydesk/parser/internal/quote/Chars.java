package org.copydesk.parser.internal.quote;

/**
 * Character tests of the quote stage. A no-break space (U+00A0, U+202F) is a space like any other.
 */
final class Chars {

  private Chars() {}

  /** Returns whether {@code c} is white space or a space separator, no-break spaces included. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Returns the first index in {@code [from, to)} of {@code text} that is not a space, or {@code to}. */
  static int firstNonSpace(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Returns the index after the last character in {@code [from, to)} of {@code text} that is not a space. */
  static int lastNonSpace(String text, int from, int to) {
    int i = to;
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
