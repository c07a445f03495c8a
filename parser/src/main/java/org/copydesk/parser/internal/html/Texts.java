package org.copydesk.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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

  /**
   * The words of {@code s} (its parts between blanks), each {@linkplain org.copydesk.parser.internal.text.Texts#word
   * lower-cased without edge punctuation}; parts of punctuation alone are left out.
   */
  static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    for (String part : org.copydesk.parser.internal.text.Texts.collapse(s).split(" ")) {
      String word = org.copydesk.parser.internal.text.Texts.word(part, 0, part.length());
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
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

  /**
   * The texts of the blocks of {@code e}, in order: its text cut where a block element ({@code <div>}, {@code <p>},
   * {@code <li>}, …) or a {@code <br>} starts or ends, so that a name and the role printed in the block below it
   * ("Jane Doe" over "Senior Writer") do not run together as they do in {@link Element#text()}.
   */
  static List<String> blocks(Element e) {
    List<String> out = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    Runnable cut = () -> {
      collapse(block.toString()).ifPresent(out::add);
      block.setLength(0);
    };
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          block.append(t.text());
        } else if (depth > 0 && node instanceof Element x && (x.isBlock() || x.normalName().equals("br"))) {
          cut.run();
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (depth > 0 && node instanceof Element x && x.isBlock()) {
          cut.run();
        }
      }
    }, e);
    cut.run();
    return out;
  }
}
