package org.copydesk.core.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks JSON-LD against the subset of the schema.org vocabulary in {@code schemaorg-subset.json}: every node's
 * {@code @type} is a known type, every property is defined on that type or a supertype, and every value is one of the
 * property's expected types (a node of that type or a subtype, or a string in the data type's form).
 */
final class SchemaOrgVocabulary {

  private static final JsonNode VOCABULARY = load();

  private SchemaOrgVocabulary() {}

  /** Returns what is wrong with a JSON-LD document holding one top-level node; empty when it conforms. */
  static List<String> problems(JsonNode document) {
    List<String> problems = new ArrayList<>();
    if (!"https://schema.org".equals(document.path("@context").asText())) {
      problems.add("$: @context must be https://schema.org");
    }
    node(document, "$", problems);
    return problems;
  }

  /** Returns the types a node of {@code type} is: itself and all its supertypes. */
  static List<String> typeAndSupertypes(String type) {
    List<String> out = new ArrayList<>();
    out.add(type);
    for (int i = 0; i < out.size(); i++) {
      JsonNode t = VOCABULARY.get("types").get(out.get(i));
      if (t == null) {
        t = VOCABULARY.get("dataTypes").get(out.get(i));
      }
      if (t != null) {
        t.get("subClassOf").forEach(s -> out.add(s.asText()));
      }
    }
    return out;
  }

  private static void node(JsonNode node, String path, List<String> problems) {
    String type = node.path("@type").asText();
    if (!VOCABULARY.get("types").has(type)) {
      problems.add(path + ": unknown @type \"" + type + "\"");
      return;
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String name = member.getKey();
      if (name.equals("@type") || name.equals("@context") && path.equals("$")) {
        continue;
      }
      Optional<JsonNode> range = range(type, name);
      if (range.isEmpty()) {
        problems.add(path + ": " + type + " has no property \"" + name + "\"");
        continue;
      }
      JsonNode value = member.getValue();
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          value(value.get(i), range.get(), path + "." + name + "[" + i + "]", problems);
        }
      } else {
        value(value, range.get(), path + "." + name, problems);
      }
    }
  }

  private static Optional<JsonNode> range(String type, String property) {
    for (String t : typeAndSupertypes(type)) {
      JsonNode range = VOCABULARY.get("types").get(t).get("properties").get(property);
      if (range != null) {
        return Optional.of(range);
      }
    }
    return Optional.empty();
  }

  private static void value(JsonNode value, JsonNode range, String path, List<String> problems) {
    List<String> expected = new ArrayList<>();
    range.forEach(r -> expected.add(r.asText()));
    if (value.isObject()) {
      String type = value.path("@type").asText();
      if (typeAndSupertypes(type).stream().noneMatch(expected::contains)) {
        problems.add(path + ": a " + type + " is none of " + expected);
      }
      node(value, path, problems);
    } else if (value.isTextual()) {
      if (expected.stream().noneMatch(t -> isStringOf(t, value.asText()))) {
        problems.add(path + ": \"" + value.asText() + "\" is not a string form of any of " + expected);
      }
    } else if (value.isIntegralNumber()) {
      if (!expected.contains("Integer") && !expected.contains("Number")) {
        problems.add(path + ": a number is none of " + expected);
      }
    } else if (value.isNumber()) {
      if (!expected.contains("Number")) {
        problems.add(path + ": a number is none of " + expected);
      }
    } else if (value.isBoolean()) {
      if (!expected.contains("Boolean")) {
        problems.add(path + ": a boolean is none of " + expected);
      }
    } else {
      problems.add(path + ": " + value.getNodeType() + " is no schema.org value");
    }
  }

  private static boolean isStringOf(String type, String s) {
    try {
      return switch (type) {
        case "Text" -> true;
        case "URL" -> new URI(s).isAbsolute();
        case "Date" -> DateTimeFormatter.ISO_LOCAL_DATE.parse(s) != null;
        case "DateTime" -> DateTimeFormatter.ISO_DATE_TIME.parse(s) != null;
        case "Duration" -> Duration.parse(s) != null;
        default -> false;
      };
    } catch (URISyntaxException | DateTimeParseException e) {
      return false;
    }
  }

  private static JsonNode load() {
    try {
      return new ObjectMapper().readTree(Fixtures.resource("schemaorg-subset.json"));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
