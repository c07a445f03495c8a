package org.copydesk.parser.internal.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's markup says about its article beside the visible text: the headline, publication date, language and
 * authors, from {@code <h1>}, schema.org JSON-LD, Open Graph and Twitter cards, and {@code <title>}.
 *
 * @param headline the visible headline: the content's first {@code <h1>} when it is more than a word, otherwise the
 *     first metadata title that is a whole line of the rendered text, otherwise the first metadata title
 * @param headlineElement the {@code <h1>} the headline was taken from, if it was
 * @param published the publication date
 * @param language the page's language tag
 * @param authors the authors' names from JSON-LD or {@code <meta name=author>}
 */
public record PageMetadata(Optional<String> headline, Optional<Element> headlineElement, Optional<String> published,
    Optional<String> language, List<String> authors) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Title separators: a page title is often "Headline | Site" or "Headline - Site". */
  private static final String[] TITLE_SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 ", " :: "};

  /** Reads the metadata of {@code doc}, whose headline element is {@code h1} (may be {@code null}). */
  static PageMetadata read(Document doc, Element h1, String renderedText) {
    List<JsonNode> jsonLd = jsonLd(doc);
    Optional<String> h1Text = h1 == null ? Optional.empty() : collapse(h1.text());
    Optional<String> headline;
    Optional<Element> headlineElement = Optional.empty();
    if (h1Text.isPresent() && h1Text.get().indexOf(' ') > 0) {
      headline = h1Text;
      headlineElement = Optional.of(h1);
    } else {
      List<String> titles = new ArrayList<>();
      first(jsonLd, "headline").ifPresent(titles::add);
      meta(doc, "meta[property=og:title]").ifPresent(titles::add);
      meta(doc, "meta[name=twitter:title]").ifPresent(titles::add);
      collapse(doc.title()).ifPresent(t -> {
        titles.add(t);
        for (String sep : TITLE_SEPARATORS) {
          int at = t.lastIndexOf(sep);
          if (at > 0) {
            titles.add(t.substring(0, at).strip());
          }
        }
      });
      String lines = "\n" + renderedText + "\n";
      headline = titles.stream().filter(t -> lines.contains("\n" + t + "\n")).findFirst()
          .or(() -> titles.stream().findFirst());
    }
    Optional<String> published = meta(doc, "meta[property=article:published_time], meta[name=pubdate], "
        + "meta[itemprop=datePublished], meta[name=date]")
        .or(() -> first(jsonLd, "datePublished"))
        .or(() -> Optional.ofNullable(doc.selectFirst("time[datetime]")).flatMap(t -> collapse(t.attr("datetime"))));
    Optional<String> language = Optional.ofNullable(doc.selectFirst("html[lang]"))
        .flatMap(e -> collapse(e.attr("lang")))
        .or(() -> first(jsonLd, "inLanguage"));
    return new PageMetadata(headline, headlineElement, published, language, authors(doc, jsonLd));
  }

  private static List<String> authors(Document doc, List<JsonNode> jsonLd) {
    List<String> names = new ArrayList<>();
    for (JsonNode node : jsonLd) {
      JsonNode author = node.get("author");
      if (author == null) {
        continue;
      }
      for (JsonNode a : author.isArray() ? author : List.of(author)) {
        JsonNode name = a.isTextual() ? a : a.get("name");
        if (name != null && name.isTextual()) {
          collapse(name.asText()).filter(n -> !names.contains(n)).ifPresent(names::add);
        }
      }
    }
    if (names.isEmpty()) {
      meta(doc, "meta[name=author]").ifPresent(names::add);
    }
    return List.copyOf(names);
  }

  /** The article-like objects of the page's JSON-LD, {@code @graph} members included. */
  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(script.data()), nodes, 0);
      } catch (JsonProcessingException e) {
        // A page's broken JSON-LD is the page's problem: the other metadata still count.
      }
    }
    return nodes;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
    } else if (node.isObject()) {
      if (node.has("headline") || node.has("datePublished")) {
        out.add(node);
      }
      collect(node.get("@graph"), out, depth + 1);
    }
  }

  private static Optional<String> first(List<JsonNode> nodes, String field) {
    for (JsonNode n : nodes) {
      JsonNode v = n.get(field);
      if (v != null && v.isTextual()) {
        Optional<String> s = collapse(v.asText());
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> meta(Document doc, String query) {
    Element e = doc.selectFirst(query);
    return e == null ? Optional.empty() : collapse(e.attr("content"));
  }

  private static Optional<String> collapse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String c = String.join(" ", s.strip().split("\\s+"));
    return c.isEmpty() ? Optional.empty() : Optional.of(c);
  }
}
