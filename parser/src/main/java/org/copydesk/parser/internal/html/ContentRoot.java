package org.copydesk.parser.internal.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element of a page that holds the article: the marked-up article body or {@code <article>}/{@code <main>}
 * element with the most paragraph text, widened to an enclosing candidate that adds little text (so that the headline
 * and byline beside the body stay in). Candidates that are themselves chrome (a comment marked up as an article) are
 * passed over. Falls back to {@code <body>} when no candidate holds a paragraph's worth of text.
 *
 * <p>Text sizes are counted once for the whole page, so finding the root is linear in the page's size.
 */
final class ContentRoot {

  private static final String CANDIDATES = "[itemprop=articleBody], article, main, [role=main]";

  /** Paragraph text a candidate needs before it is trusted over the whole body. */
  private static final int MIN_PARAGRAPH_CHARS = 200;

  /** How much more paragraph text an enclosing candidate may have and still be taken instead. */
  private static final double WIDEN_RATIO = 1.3;

  /** Paragraph characters ({@code <p>} text) under each element. */
  private final Map<Element, Integer> paragraphChars = new IdentityHashMap<>();
  private final Element root;

  ContentRoot(Element body, Predicate<Element> isChrome) {
    count(body);
    this.root = find(body, isChrome);
  }

  /** The element that holds the article. */
  Element element() {
    return root;
  }

  /** Returns whether {@code e} holds at least half of the root's paragraph text (and so is never chrome). */
  boolean holdsMostOfTheText(Element e) {
    int rootChars = paragraphChars(root);
    return rootChars >= MIN_PARAGRAPH_CHARS && paragraphChars(e) * 2 >= rootChars;
  }

  private Element find(Element body, Predicate<Element> isChrome) {
    Element best = null;
    int bestChars = MIN_PARAGRAPH_CHARS - 1;
    for (Element candidate : body.select(CANDIDATES)) {
      int chars = paragraphChars(candidate);
      if (chars > bestChars && !inChrome(candidate, body, isChrome)) {
        best = candidate;
        bestChars = chars;
      }
    }
    if (best == null) {
      return body;
    }
    for (Element up = best.parent(); up != null && up != body; up = up.parent()) {
      if (up.is(CANDIDATES) && paragraphChars(up) <= bestChars * WIDEN_RATIO) {
        best = up;
      }
    }
    return best;
  }

  private static boolean inChrome(Element candidate, Element body, Predicate<Element> isChrome) {
    for (Element e = candidate; e != null && e != body; e = e.parent()) {
      if (isChrome.test(e)) {
        return true;
      }
    }
    return false;
  }

  private int paragraphChars(Element e) {
    return paragraphChars.getOrDefault(e, 0);
  }

  private void count(Element body) {
    Map<Element, Integer> textChars = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t && node.parent() instanceof Element parent) {
          textChars.merge(parent, t.text().strip().length(), Integer::sum);
        } else if (node instanceof Element e) {
          int text = textChars.getOrDefault(e, 0);
          int paragraphs = paragraphChars.getOrDefault(e, 0) + (e.normalName().equals("p") ? text : 0);
          if (paragraphs > 0) {
            paragraphChars.put(e, paragraphs);
          }
          if (e.parent() != null) {
            textChars.merge(e.parent(), text, Integer::sum);
            if (paragraphs > 0) {
              paragraphChars.merge(e.parent(), paragraphs, Integer::sum);
            }
          }
        }
      }
    }, body);
  }
}
