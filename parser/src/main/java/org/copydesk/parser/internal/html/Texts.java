package org.copydesk.parser.internal.html;

import java.util.Optional;
import org.jsoup.parser.Parser;

/** The HTML stage's forms of the text package's helpers: values from markup, which may be absent or escaped. */
final class Texts {

  private Texts() {}

  /** {@code s} with its character references ({@code &amp;}, {@code &#8217;}) decoded and its whitespace collapsed. */
  static Optional<String> decodeAndCollapse(String s) {
    return s == null || s.indexOf('&') < 0 ? collapse(s) : collapse(Parser.unescapeEntities(s, false));
  }

  /** {@code s} as lexicons match it: see {@link org.copydesk.parser.internal.text.Texts#key}. */
  static String key(String s) {
    return org.copydesk.parser.internal.text.Texts.key(s);
  }

  /** {@code s} {@linkplain org.copydesk.parser.internal.text.Texts#collapse collapsed}; empty when nothing is left. */
  static Optional<String> collapse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String collapsed = org.copydesk.parser.internal.text.Texts.collapse(s);
    return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
  }
}
