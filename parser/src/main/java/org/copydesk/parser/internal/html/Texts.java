package org.copydesk.parser.internal.html;

import java.util.Optional;
import org.jsoup.parser.Parser;

/** Small text helpers of the HTML stage (until the text package holds one definition of each). */
final class Texts {

  private Texts() {}

  /** {@code s} with its character references ({@code &amp;}, {@code &#8217;}) decoded and its whitespace collapsed. */
  static Optional<String> decodeAndCollapse(String s) {
    return s == null || s.indexOf('&') < 0 ? collapse(s) : collapse(Parser.unescapeEntities(s, false));
  }

  /** {@code s} with its whitespace collapsed to single spaces and stripped; empty when nothing is left. */
  static Optional<String> collapse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString());
  }
}
