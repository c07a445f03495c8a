package org.copydesk.parser.internal.quote;

import org.copydesk.parser.internal.text.Characters;

/**
 * Index helpers of the quote stage over {@link Characters#isSpace}, the one definition of a space (no-break spaces
 * included).
 */
final class Chars {

  private Chars() {}

  /** Returns whether {@code c} is a space, no-break spaces included. */
  static boolean isSpace(char c) {
    return Characters.isSpace(c);
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
