package org.copydesk.parser.internal.html;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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

  /**
   * The text of {@code e} when it is short, at most {@code max} characters once collapsed; else empty. The walk
   * stops once the element's text nodes are far longer than that, so a large element costs no more than a small one.
   */
  static Optional<String> shortText(Element e, int max) {
    int[] raw = {0};
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof TextNode t) {
        raw[0] += t.text().length();
      }
      return raw[0] > 4 * max ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
    }, e);
    if (raw[0] > 4 * max) {
      return Optional.empty();
    }
    String text = e.text();
    return text.isEmpty() || text.length() > max ? Optional.empty() : Optional.of(text);
  }
}
