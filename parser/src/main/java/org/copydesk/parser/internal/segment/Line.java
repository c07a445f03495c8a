package org.copydesk.parser.internal.segment;

/**
 * One line of the input. {@code start..end} is the line without its terminator; {@code contentStart..contentEnd} is
 * the line without blank characters at either edge (equal for a blank line).
 *
 * @param index the line's 0-based number
 */
public record Line(int index, int start, int end, int contentStart, int contentEnd) {

  /** Returns whether the line holds nothing but blank characters. */
  public boolean isBlank() {
    return contentStart == contentEnd;
  }

  /** Returns the line's content without its edge blanks. */
  public String content(String input) {
    return input.substring(contentStart, contentEnd);
  }

  /** Returns the number of characters before the content (indentation, bullets' leading spaces). */
  public int indent() {
    return contentStart - start;
  }
}
