package org.copydesk.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The elements of a page that the metadata, JSON-LD and headline readers query, collected in one walk of the
 * document. Each of their queries ({@code meta[name=author]}, {@code [itemprop=datePublished][datetime]},
 * {@code h1}, …) used to walk the whole document on its own; here each query is matched against a short list of
 * candidates (the {@code <meta>} elements, the elements with an {@code itemprop}, …) that holds every element the
 * query can match, in document order, so {@link #first} and {@link #all} give what {@code selectFirst} and
 * {@code select} on the document (or its body) gave.
 */
final class PageElements {

  /** Parsed queries, shared by all parses: a query is parsed once, not once per page. */
  private static final Map<String, Evaluator> QUERIES = new ConcurrentHashMap<>();

  /**
   * Elements whose {@code <h1>} is never the article's headline: a menu's ("Open menu"), a dialog's ("Select an
   * option") or a footer's heading.
   */
  private static final Set<String> NAVIGATION = Set.of("nav", "dialog", "footer");

  private final Document doc;
  private final List<Element> html = new ArrayList<>();
  private final List<Element> metas = new ArrayList<>();
  private final List<Element> links = new ArrayList<>();
  private final List<Element> scripts = new ArrayList<>();
  private final List<Element> itemprops = new ArrayList<>();
  private final List<Element> bodyTimes = new ArrayList<>();
  private final List<Element> bodyH1s = new ArrayList<>();
  private final List<Element> bodyCredits = new ArrayList<>();
  private final List<Element> bodyClassed = new ArrayList<>();
  private final List<Element> bodyNamed = new ArrayList<>();

  PageElements(Document doc) {
    this.doc = doc;
    Element body = doc.body();
    NodeTraversor.traverse(new NodeVisitor() {
      private boolean inBody;
      private int inNavigation;

      @Override
      public void head(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        if (e == body) {
          inBody = true;
        }
        switch (e.normalName()) {
          case "html" -> html.add(e);
          case "meta" -> metas.add(e);
          case "link" -> links.add(e);
          case "script" -> scripts.add(e);
          case "time" -> addIf(inBody, bodyTimes, e);
          case "h1" -> addIf(inBody && inNavigation == 0, bodyH1s, e);
          default -> { }
        }
        if (NAVIGATION.contains(e.normalName())) {
          inNavigation++;
        }
        boolean itemprop = e.hasAttr("itemprop");
        if (itemprop) {
          itemprops.add(e);
        }
        if (inBody && (itemprop || e.normalName().equals("a") && e.hasAttr("rel"))) {
          bodyCredits.add(e);
        }
        boolean classed = e.hasAttr("class");
        if (inBody && classed) {
          bodyClassed.add(e);
        }
        if (inBody && (classed || itemprop || e.hasAttr("id"))) {
          bodyNamed.add(e);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node == body) {
          inBody = false;
        }
        if (node instanceof Element e && NAVIGATION.contains(e.normalName())) {
          inNavigation--;
        }
      }
    }, doc);
  }

  private static void addIf(boolean condition, List<Element> list, Element e) {
    if (condition) {
      list.add(e);
    }
  }

  /** The document the elements were collected from. */
  Document doc() {
    return doc;
  }

  /** The {@code <html>} elements of the document. */
  List<Element> html() {
    return html;
  }

  /** The {@code <meta>} elements of the document. */
  List<Element> metas() {
    return metas;
  }

  /** The {@code <link>} elements of the document. */
  List<Element> links() {
    return links;
  }

  /** The {@code <script>} elements of the document. */
  List<Element> scripts() {
    return scripts;
  }

  /** The elements of the document with an {@code itemprop} attribute. */
  List<Element> itemprops() {
    return itemprops;
  }

  /** The {@code <time>} elements of the body. */
  List<Element> bodyTimes() {
    return bodyTimes;
  }

  /** The {@code <h1>} elements of the body, but for those inside a {@code <nav>}, {@code <dialog>} or {@code <footer>}. */
  List<Element> bodyH1s() {
    return bodyH1s;
  }

  /** The elements of the body that may credit an author in markup: those with an {@code itemprop}, links with a rel. */
  List<Element> bodyCredits() {
    return bodyCredits;
  }

  /** The elements of the body with a {@code class} attribute. */
  List<Element> bodyClassed() {
    return bodyClassed;
  }

  /** The elements of the body with a {@code class}, {@code id} or {@code itemprop} attribute. */
  List<Element> bodyNamed() {
    return bodyNamed;
  }

  /** The first of {@code candidates} that matches the CSS {@code query}. */
  static Optional<Element> first(List<Element> candidates, String query) {
    Evaluator evaluator = evaluator(query);
    for (Element e : candidates) {
      if (e.is(evaluator)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The elements of {@code candidates} that match the CSS {@code query}, in their order. */
  static List<Element> all(List<Element> candidates, String query) {
    Evaluator evaluator = evaluator(query);
    List<Element> out = new ArrayList<>();
    for (Element e : candidates) {
      if (e.is(evaluator)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The CSS {@code query} parsed, once for all pages. */
  static Evaluator evaluator(String query) {
    return QUERIES.computeIfAbsent(query, QueryParser::parse);
  }
}
