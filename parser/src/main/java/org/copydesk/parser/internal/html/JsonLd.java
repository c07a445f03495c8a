package org.copydesk.parser.internal.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD scripts, flattened: top-level objects, arrays, {@code @graph} members and
 * nested objects alike, with an index by {@code @id} so that references such as {@code "author":{"@id":"…"}} resolve
 * to the object they name. Texts are read with their HTML character references decoded, as pages often leave them
 * in. Broken scripts are skipped: a page's broken JSON-LD is the page's problem, the other
 * metadata still count.
 */
final class JsonLd {

  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
      .build());

  /** How deep objects are looked for inside a script's value. */
  private static final int MAX_DEPTH = 8;

  /** Types of the objects that describe the article itself (a type that ends with one of these counts). */
  private static final Set<String> ARTICLE_TYPE_ENDINGS = Set.of("article", "posting", "report", "review",
      "recipe", "howto", "creativework", "blogposting", "liveblogposting");

  private final List<JsonNode> objects = new ArrayList<>();
  private final Map<String, JsonNode> byId = new HashMap<>();
  private final List<Element> scripts;
  private final List<JsonNode> articles;

  JsonLd(PageElements page) {
    scripts = PageElements.all(page.scripts(), "script[type~=(?i)application/ld\\+json]");
    for (Element script : scripts) {
      try {
        collect(JSON.readTree(script.data()), 0);
      } catch (JsonProcessingException | RuntimeException e) {
        // skipped, see the class comment
      }
    }
    List<JsonNode> typed = objects.stream().filter(JsonLd::isArticle).toList();
    articles = typed.isEmpty() ? objects.stream().filter(o -> o.has("headline") || o.has("datePublished")).toList()
        : typed;
  }

  /** The first JSON-LD script element, where metadata read from JSON-LD is said to stand. */
  Optional<Element> firstScript() {
    return scripts.isEmpty() ? Optional.empty() : Optional.of(scripts.get(0));
  }

  /** The objects that describe an article (by their type), in page order; else the objects with a headline. */
  List<JsonNode> articles() {
    return articles;
  }

  /** Every object of the given type (compared without case), in page order. */
  List<JsonNode> ofType(String type) {
    return objects.stream().filter(o -> types(o).contains(type.toLowerCase(Locale.ROOT))).toList();
  }

  /** Returns {@code node} itself, or the object its {@code @id} names when it is only a reference. */
  JsonNode resolve(JsonNode node) {
    if (node != null && node.isObject() && node.has("@id") && node.size() == 1) {
      JsonNode target = byId.get(node.get("@id").asText());
      return target == null ? node : target;
    }
    return node;
  }

  /** The first non-blank text of {@code field} among the article objects. */
  Optional<String> articleText(String field) {
    for (JsonNode n : articles()) {
      Optional<String> s = text(n.get(field));
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  /** The text of a value: a string, the first string of an array, or an object's {@code name}/{@code @value}. */
  Optional<String> text(JsonNode v) {
    v = resolve(v);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isArray()) {
      for (JsonNode x : v) {
        Optional<String> s = text(x);
        if (s.isPresent()) {
          return s;
        }
      }
      return Optional.empty();
    }
    if (v.isObject()) {
      return text(v.has("@value") ? v.get("@value") : v.get("name"));
    }
    return v.isValueNode() ? Texts.decodeAndCollapse(v.asText()) : Optional.empty();
  }

  /** The lower-cased {@code @type}s of an object. */
  static List<String> types(JsonNode o) {
    JsonNode t = o.get("@type");
    if (t == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : t.isArray() ? t : List.of(t)) {
      if (x.isTextual()) {
        String s = x.asText().toLowerCase(Locale.ROOT);
        out.add(s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1));
      }
    }
    return out;
  }

  private static boolean isArticle(JsonNode o) {
    for (String t : types(o)) {
      for (String ending : ARTICLE_TYPE_ENDINGS) {
        if (t.endsWith(ending)) {
          return true;
        }
      }
    }
    return false;
  }

  private void collect(JsonNode node, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, depth + 1));
    } else if (node.isObject()) {
      if (node.has("@type") || node.size() > 1) {
        objects.add(node);
      }
      JsonNode id = node.get("@id");
      if (id != null && id.isTextual() && node.size() > 1) {
        byId.putIfAbsent(id.asText(), node);
      }
      for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
        if (field.getValue().isContainerNode()) {
          collect(field.getValue(), depth + 1);
        }
      }
    }
  }
}
