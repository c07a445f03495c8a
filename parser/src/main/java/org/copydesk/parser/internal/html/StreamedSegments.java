package org.copydesk.parser.internal.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts the parts of a page that a server streamed after the rest where the page's script shows them. A page
 * rendered by React on the server and streamed sends a slow part late, at the end of the body, in a hidden
 * {@code <div hidden id="S:1">}, and a one-line script moves it into place: {@code $RS("S:1","P:1")} puts the part
 * where the {@code <template id="P:1">} stands, {@code $RC("B:1","S:1")} puts it where the
 * {@code <template id="B:1">} stands and hides what was shown there meanwhile (a "Loading…" line, up to the boundary's
 * end comment {@code <!--/$-->}). Without the move the article's later paragraphs sit hidden at the page's end and are
 * read as chrome. A page saved without its scripts still holds the parts and the placeholders, and a part fills the
 * placeholder (or else the boundary) of its own number ({@code S:1} fills {@code P:1} or {@code B:1}). The move keeps
 * every node, so their source positions still point into the HTML. The parts and placeholders are found in one walk of
 * the document, so a page with many of them costs no more than one walk per part.
 */
final class StreamedSegments {

  /** A React streaming call: which hidden part goes where. */
  private static final Pattern MOVE =
      Pattern.compile("\\$R([SC])\\(\\s*\"([A-Za-z]:[\\w-]+)\"\\s*,\\s*\"([A-Za-z]:[\\w-]+)\"\\s*\\)");

  /** What a page that streams parts holds: the hidden part's opening markup. */
  private static final String MARK = "hidden id=\"S:";

  private StreamedSegments() {
  }

  /** Moves each streamed part of {@code doc} to where the page's script shows it; {@code html} is its source. */
  static void place(Document doc, String html) {
    if (!html.contains(MARK)) {
      return;
    }
    Map<String, Element> byId = new LinkedHashMap<>();
    List<Element> scripts = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (e.normalName().equals("script")) {
        scripts.add(e);
      } else if (e.id().length() > 2 && e.id().charAt(1) == ':') {
        byId.putIfAbsent(e.id(), e);
      }
    }
    for (Element script : scripts) {
      Matcher m = MOVE.matcher(script.data());
      while (m.find()) {
        boolean replacesBoundary = m.group(1).equals("C");
        String segment = replacesBoundary ? m.group(3) : m.group(2);
        String placeholder = replacesBoundary ? m.group(2) : m.group(3);
        move(byId.get(segment), byId.get(placeholder), replacesBoundary);
      }
    }
    // a saved page may have lost its scripts; a part and the placeholder or boundary it fills share their number
    for (Map.Entry<String, Element> part : byId.entrySet()) {
      if (part.getKey().startsWith("S:")) {
        String number = part.getKey().substring(2);
        Element placeholder = byId.get("P:" + number);
        if (placeholder != null) {
          move(part.getValue(), placeholder, false);
        } else {
          move(part.getValue(), byId.get("B:" + number), true);
        }
      }
    }
  }

  private static void move(Element segment, Element placeholder, boolean replacesBoundary) {
    if (segment == null || placeholder == null || segment.parent() == null || placeholder.parent() == null
        || !segment.hasAttr("hidden") || !placeholder.normalName().equals("template")
        || segment.parents().contains(placeholder) || placeholder.parents().contains(segment)) {
      return;
    }
    if (replacesBoundary) {
      hideFallback(placeholder);
    }
    List<Node> parts = List.copyOf(segment.childNodes());
    placeholder.parent().insertChildren(placeholder.siblingIndex(), parts);
    placeholder.remove();
    segment.remove();
  }

  /**
   * Hides what a boundary shows until its part arrives: the nodes after its template up to its end comment, if any.
   * Its elements are marked {@code hidden}, so the renderer leaves them out and reports them as it reports every
   * hidden element; text between them, blank in the pages that stream, is dropped.
   */
  private static void hideFallback(Element boundary) {
    List<Node> fallback = new ArrayList<>();
    for (Node next = boundary.nextSibling(); next != null; next = next.nextSibling()) {
      if (isBoundaryEnd(next)) {
        for (Node n : fallback) {
          if (n instanceof Element e) {
            e.attr("hidden", true);
          } else {
            n.remove();
          }
        }
        return;
      }
      fallback.add(next);
    }
  }

  private static boolean isBoundaryEnd(Node node) {
    return node instanceof Comment c && c.getData().equals("/$");
  }
}
