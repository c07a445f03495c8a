package org.copydesk.parser.internal.structure.lines;

import org.copydesk.parser.internal.text.Characters;

/**
 * The shape of a line's text at its edges: the list bullet it opens with and the character it ends with. Pure
 * functions of a text, shared by the page that measures its lines and the recognisers. Stateless.
 */
public final class LineShape {

  private LineShape() {}

  /**
   * Returns the number of characters a leading list bullet and the blanks after it take, or 0. A number
   * ({@code 1.}, {@code 12)}) counts as the bullet of a numbered list when it is indented or the next line is indented
   * under it, as a page dump lays out list items; other numbers start ordinary lines.
   */
  public static int bulletEnd(String text, int indent, int nextIndent) {
    if (indent > 0 || nextIndent > indent + 1) {
      int digits = 0;
      while (digits < text.length() && digits < 4 && Character.isDigit(text.charAt(digits))) {
        digits++;
      }
      if (digits > 0 && digits < text.length() - 1 && ".)".indexOf(text.charAt(digits)) >= 0
          && Characters.isBlank(text.charAt(digits + 1))) {
        return blanksAfter(text, digits + 1);
      }
    }
    if (text.isEmpty() || "\u2022\u25A1\u2606\u25E6\u25AA\u25AB\u25A0\u25CF\u25CB\u25BA\u25B8\u2023\u00B7\u2605"
        .indexOf(text.charAt(0)) < 0) {
      return 0;
    }
    if (text.length() > 1 && !Characters.isBlank(text.charAt(1))) {
      return 0;
    }
    return blanksAfter(text, 1);
  }

  private static int blanksAfter(String text, int from) {
    int end = from;
    while (end < text.length() && Characters.isBlank(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Returns whether {@code text} ends like a sentence, looking past closing quotes and brackets. */
  static boolean endsSentence(String text) {
    return ".!?\u2026\u3002\uFF01\uFF1F".indexOf(terminal(text)) >= 0;
  }

  /** Returns the last character of {@code text} before closing quotes, brackets and blanks, or 0 if none. */
  public static char terminal(String text) {
    int i = text.length() - 1;
    while (i >= 0 && ("\"'\u201D\u2019\u00BB\u203A)]*".indexOf(text.charAt(i)) >= 0 || Characters.isBlank(text.charAt(i)))) {
      i--;
    }
    return i >= 0 ? text.charAt(i) : 0;
  }
}
