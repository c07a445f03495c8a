package org.copydesk.parser.internal.text;

/** Character classes the text stages share beyond {@link Character}'s. Stateless. */
public final class Characters {

  /**
   * The first space separator after the no-break space ({@code U+1680}, the Ogham space mark): below it the space
   * separators are the space and the no-break space only, so the tests below decide lower characters without looking
   * up their Unicode category. They run for every character of the input several times.
   */
  private static final char FIRST_SPACE_ABOVE_LATIN1 = '\u1680';

  private Characters() {}

  /**
   * Returns whether {@code c} is a space: a space separator, no-break spaces ({@code U+00A0}, {@code U+2007},
   * {@code U+202F}) included, a tab, or a line or paragraph break.
   */
  public static boolean isSpace(char c) {
    if (c < FIRST_SPACE_ABOVE_LATIN1) {
      return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0';
    }
    // the space, line and paragraph separators above: U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F and
    // U+3000 (CharactersTest checks every character against Character.isSpaceChar)
    return c <= '\u3000' && (c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
        || c == '\u202F' || c == '\u205F' || c == '\u3000');
  }

  /**
   * Returns whether {@code c} is invisible: NUL, the information separators {@code U+001C..U+001F} (which
   * {@link Character#isWhitespace} counts as whitespace), the byte order mark, the zero-width characters, the word
   * joiner and the soft hyphen, which a page dump leaves behind without showing them. Other control characters are
   * text.
   */
  public static boolean isInvisible(char c) {
    return c == '\u0000' || c >= '\u001C' && c <= '\u001F' || c == '\uFEFF' || c == '\u200B' || c == '\u200C'
        || c == '\u200D' || c == '\u2060' || c == '\u00AD';
  }

  /**
   * Returns whether {@code c} is blank: a {@linkplain #isSpace space} or an {@linkplain #isInvisible invisible}
   * character. Blank characters separate words and are trimmed from the edges of lines.
   */
  public static boolean isBlank(char c) {
    if (c < FIRST_SPACE_ABOVE_LATIN1) {
      return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u0000' || c >= '\u001C' && c <= '\u001F'
          || c == '\u00AD';
    }
    return isSpace(c) || isInvisible(c);
  }

  /**
   * Returns whether {@code c} lower-cases differently inside a string than alone ({@link String#toLowerCase} against
   * {@link Character#toLowerCase(char)}): the dotted capital I (two characters in lower case), the capital sigma (final
   * or not by its place) and the halves of surrogate pairs.
   */
  public static boolean foldsAsString(char c) {
    return c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c);
  }
}
