package org.copydesk.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The short texts a page prints around its headline element, in the header that holds its credit and date lines
 * ("By Jane Doe", "October 3, 2024", "Updated Jan 5, 2026"): these often stand outside the element whose text is the
 * article, so neither the rendered text nor an element of class date or author holds them. A text is the whole text
 * of the element that holds a text node, when that is short (so "By" and the linked name after it read as one line).
 *
 * @param after the short texts after the headline element in document order, nearest first
 * @param before the short texts before it, nearest first
 */
record HeadlineNeighbours(List<Line> after, List<Line> before) {

  /** A short text and the element that holds it. */
  record Line(Element element, String text) {}

  /** How many text nodes after the headline element are looked at: a header's kicker, standfirst, credit and date. */
  private static final int TEXT_NODES_AFTER = 30;

  /** How many text nodes before it are looked at: a date or credit printed above the headline. */
  private static final int TEXT_NODES_BEFORE = 6;

  /** The most characters a credit or date line has; more is prose. */
  private static final int MAX_CHARS = 80;

  static final HeadlineNeighbours NONE = new HeadlineNeighbours(List.of(), List.of());

  /** The neighbours of {@code headline}, or none when the page has no headline element. */
  static HeadlineNeighbours of(Optional<Element> headline) {
    return headline.map(h -> new HeadlineNeighbours(texts(h, true), texts(h, false))).orElse(NONE);
  }

  /** The texts after, then those before, each nearest first. */
  List<Line> all() {
    List<Line> out = new ArrayList<>(after);
    out.addAll(before);
    return out;
  }

  private static List<Line> texts(Element headline, boolean forward) {
    List<Line> out = new ArrayList<>();
    Element lastParent = null;
    int seen = 0;
    int limit = forward ? TEXT_NODES_AFTER : TEXT_NODES_BEFORE;
    for (Node n = forward ? next(headline, true) : previous(headline); n != null && seen < limit;
        n = forward ? next(n, false) : previous(n)) {
      if (!(n instanceof TextNode t) || t.isBlank() || !(t.parentNode() instanceof Element parent)
          || HtmlRenderer.INVISIBLE.contains(parent.normalName())) {
        continue;
      }
      seen++;
      if (parent == lastParent) {
        continue;
      }
      lastParent = parent;
      Texts.shortText(parent, MAX_CHARS).ifPresent(text -> out.add(new Line(parent, text)));
    }
    return out;
  }

  /** The next node in document order, after the subtree of {@code n} when {@code skipChildren}; {@code null} at the end. */
  private static Node next(Node n, boolean skipChildren) {
    if (!skipChildren && n.childNodeSize() > 0) {
      return n.childNode(0);
    }
    for (Node x = n; x != null; x = x.parentNode()) {
      Node sibling = x.nextSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }

  /** The previous node in document order; {@code null} at the start. */
  private static Node previous(Node n) {
    Node prev = n.previousSibling();
    if (prev == null) {
      return n.parentNode();
    }
    while (prev.childNodeSize() > 0) {
      prev = prev.childNode(prev.childNodeSize() - 1);
    }
    return prev;
  }
}
