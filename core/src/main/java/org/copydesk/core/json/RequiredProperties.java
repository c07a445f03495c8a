package org.copydesk.core.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Byline;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.copydesk.core.Removal;
import org.copydesk.core.Source;
import org.copydesk.core.Span;

/**
 * The JSON properties each model type must have, read from the published JSON Schema so that the reader and the
 * schema cannot drift apart. The model gives some of them defaults for code that builds articles by hand (an empty
 * list, {@code schemaVersion} 1, a quote's text joined from its parts); a JSON document must still spell them out.
 */
final class RequiredProperties {

  static final String SCHEMA_RESOURCE = "article.schema.json";

  private RequiredProperties() {}

  /** A model type, the name its JSON form has in messages, and the properties the schema requires of it. */
  record Of(Class<?> type, String name, Set<String> names) {}

  /** Returns the required properties of every model type that is a JSON object, keyed by the type. */
  static Map<Class<?>, Of> fromSchema() {
    JsonNode schema = readSchema();
    JsonNode defs = schema.path("$defs");
    Map<Class<?>, Of> all = new LinkedHashMap<>();
    all.put(Article.class, new Of(Article.class, "article", names(schema)));
    Map<Class<?>, String> plain = Map.of(Span.class, "span", Excerpt.class, "excerpt", Byline.class, "byline",
        Quote.class, "quote", Source.class, "source", Removal.class, "removal");
    plain.forEach((type, def) -> all.put(type, new Of(type, def, names(definition(defs, def)))));
    for (JsonSubTypes.Type subtype : Block.class.getAnnotation(JsonSubTypes.class).value()) {
      String typeName = subtype.value().getAnnotation(JsonTypeName.class).value();
      Set<String> names = names(definition(defs, "blockBase"));
      names.addAll(names(definition(defs, typeName)));
      // The type id is read, and its absence reported, by the polymorphic type handling before the block's own reader.
      names.remove("type");
      all.put(subtype.value(), new Of(subtype.value(), typeName + " block", names));
    }
    return all;
  }

  private static JsonNode readSchema() {
    try (InputStream in = Article.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the JSON Schema " + SCHEMA_RESOURCE + " is missing from copydesk-core");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the JSON Schema " + SCHEMA_RESOURCE, e);
    }
  }

  private static JsonNode definition(JsonNode defs, String name) {
    JsonNode def = defs.get(name);
    if (def == null) {
      throw new IllegalStateException("the JSON Schema " + SCHEMA_RESOURCE + " has no definition \"" + name + "\"");
    }
    return def;
  }

  private static Set<String> names(JsonNode definition) {
    Set<String> names = new LinkedHashSet<>();
    definition.path("required").forEach(n -> names.add(n.asText()));
    return names;
  }
}
