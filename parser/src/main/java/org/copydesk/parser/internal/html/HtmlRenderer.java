package org.copydesk.parser.internal.html;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders HTML as block-per-line text with a map back to the source. Stateless and thread-safe. */
public final class HtmlRenderer {

  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head",
      "iframe", "object", "canvas", "select", "option", "button", "input", "textarea", "math");

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
      "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure",
      "figcaption", "table", "tr", "pre", "hr", "address", "form", "fieldset", "details", "summary", "caption",
      "picture", "video", "audio");

  /** Renders {@code html}. */
  public RenderedHtml render(String html, String baseUri) {
    Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, baseUri);
    Writer out = new Writer(html.length());
    NodeTraversor.traverse(out, doc.body());
    return new RenderedHtml(out.text.toString(), out.offsets(), title(doc), published(doc), language(doc));
  }

  private static Optional<String> title(Document doc) {
    Optional<String> og = meta(doc, "meta[property=og:title]");
    return og.isPresent() ? og : nonBlank(doc.title());
  }

  private static Optional<String> published(Document doc) {
    Optional<String> meta = meta(doc, "meta[property=article:published_time], meta[name=pubdate], "
        + "meta[itemprop=datePublished], meta[name=date]");
    if (meta.isPresent()) {
      return meta;
    }
    Element time = doc.selectFirst("time[datetime]");
    return time == null ? Optional.empty() : nonBlank(time.attr("datetime"));
  }

  private static Optional<String> language(Document doc) {
    Element html = doc.selectFirst("html[lang]");
    return html == null ? Optional.empty() : nonBlank(html.attr("lang"));
  }

  private static Optional<String> meta(Document doc, String query) {
    Element e = doc.selectFirst(query);
    return e == null ? Optional.empty() : nonBlank(e.attr("content"));
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  /** Writes text nodes with collapsed whitespace and blank lines between blocks, remembering where each came from. */
  private static final class Writer implements NodeVisitor {
    final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[256];
    private int skipping;
    private final int sourceLength;

    Writer(int sourceLength) {
      this.sourceLength = sourceLength;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        if (SKIPPED.contains(e.normalName()) || skipping > 0) {
          skipping++;
          return;
        }
        if (e.normalName().equals("br")) {
          newline(position(e), 1);
        } else if (BLOCKS.contains(e.normalName())) {
          newline(position(e), 2);
          if (e.normalName().equals("li")) {
            append("  \u2022 ", position(e));
          }
        }
      } else if (node instanceof TextNode t && skipping == 0) {
        writeText(t);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (skipping > 0) {
          skipping--;
          return;
        }
        if (BLOCKS.contains(e.normalName())) {
          newline(position(e), 2);
        }
      }
    }

    private int position(Node node) {
      Range range = node.sourceRange();
      return range.isTracked() ? Math.min(range.startPos(), sourceLength) : 0;
    }

    private void writeText(TextNode t) {
      String s = t.getWholeText();
      Range range = t.sourceRange();
      int from = range.isTracked() ? range.startPos() : 0;
      int to = range.isTracked() ? range.endPos() : from;
      int rawLength = Math.max(0, to - from);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        int at = from + (rawLength == s.length() ? i : (int) ((long) i * rawLength / Math.max(1, s.length())));
        if (Character.isWhitespace(c)) {
          if (text.length() > 0 && !endsWithBlank()) {
            append(" ", at);
          }
        } else {
          append(String.valueOf(c), at);
        }
      }
    }

    private boolean endsWithBlank() {
      char last = text.charAt(text.length() - 1);
      return last == ' ' || last == '\n';
    }

    private void newline(int at, int count) {
      while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
        text.setLength(text.length() - 1);
      }
      if (text.length() == 0) {
        return;
      }
      int have = 0;
      for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\n'; i--) {
        have++;
      }
      for (int i = have; i < count; i++) {
        append("\n", at);
      }
    }

    private void append(String s, int at) {
      for (int i = 0; i < s.length(); i++) {
        if (text.length() == offsets.length) {
          offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = at;
        text.append(s.charAt(i));
      }
    }

    int[] offsets() {
      return Arrays.copyOf(offsets, text.length());
    }
  }
}
