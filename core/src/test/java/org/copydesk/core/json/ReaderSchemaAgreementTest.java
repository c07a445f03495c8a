package org.copydesk.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.copydesk.core.Article;
import org.copydesk.core.SampleArticles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader accepts exactly what the published JSON Schema accepts, apart from the invariants the schema states but
 * cannot check: every golden document, every hand-written rejected document and every type-level mutation of the
 * goldens goes through both.
 */
class ReaderSchemaAgreementTest {

  private static final ObjectMapper STRICT_TREES = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final JsonSchema SCHEMA = schema();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static JsonSchema schema() {
    try (InputStream in = Article.class.getResourceAsStream("article.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the schema accepts {@code json}; a document with a repeated key is outside its data model. */
  private static boolean schemaAccepts(String json) {
    try {
      return SCHEMA.validate(STRICT_TREES.readTree(json)).isEmpty();
    } catch (JsonProcessingException repeatedKeyOrNotJson) {
      return false;
    }
  }

  private static boolean readerAccepts(String json) {
    try {
      ArticleJson.fromJson(json);
      return true;
    } catch (JsonProcessingException rejected) {
      return false;
    }
  }

  static Stream<String> goldens() throws IOException {
    return Stream.of(ArticleJsonGoldenTest.resource("all-kinds.json"), ArticleJson.toJson(SampleArticles.allKinds()),
        ArticleJson.toJson(Article.builder().build()));
  }

  static Stream<Path> rejected() throws IOException, URISyntaxException {
    Path dir = Path.of(ReaderSchemaAgreementTest.class.getResource("rejected").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> documents = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertFalse(documents.isEmpty(), "no rejected documents in " + dir);
      return documents.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void everyGoldenIsValidAndReadsBackToTheSameJson(String golden) throws IOException {
    assertTrue(schemaAccepts(golden), golden);
    assertEquals(STRICT_TREES.readTree(golden), STRICT_TREES.readTree(ArticleJson.toJson(ArticleJson.fromJson(golden))));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void everyRejectedDocumentIsRejectedByTheReaderAndByTheSchemaUnlessOnlyAnInvariantIsBroken(Path file)
      throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    boolean onlyAnInvariant = file.getFileName().toString().startsWith("invariant-");
    assertEquals(onlyAnInvariant, schemaAccepts(json), "schema verdict on " + file.getFileName());
    assertFalse(readerAccepts(json), "reader accepted " + file.getFileName());
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void everyTypeLevelMutationOfAGoldenGetsTheSameVerdictFromTheReaderAsFromTheSchema(String golden)
      throws IOException {
    List<String> disagreements = new ArrayList<>();
    List<String> mutants = mutants(STRICT_TREES.readTree(golden));
    for (String mutant : mutants) {
      boolean schema = schemaAccepts(mutant);
      if (schema != readerAccepts(mutant)) {
        disagreements.add((schema ? "schema accepts, reader rejects: " : "reader accepts, schema rejects: ") + mutant);
      }
    }
    assertTrue(mutants.size() > 30, "too few mutants: " + mutants.size());
    assertEquals(List.of(), disagreements.stream().limit(5).toList(), disagreements.size() + " of " + mutants.size()
        + " mutants disagree");
  }

  /**
   * Returns the golden with one value changed in a way that keeps every invariant the schema cannot check: a property
   * removed or added, a value replaced by {@code null} or by a value of another JSON type, a number made negative,
   * fractional or too large for a position.
   */
  private static List<String> mutants(JsonNode golden) {
    List<String> out = new ArrayList<>();
    Consumer<JsonNode> emit = root -> out.add(root.toString());
    emit.accept(NODES.nullNode());
    emit.accept(NODES.arrayNode());
    collect(golden, golden, new ArrayList<>(), emit);
    return out;
  }

  private static void collect(JsonNode root, JsonNode node, List<Object> path, Consumer<JsonNode> emit) {
    if (node instanceof ObjectNode object) {
      emit.accept(mutate(root, path, at -> ((ObjectNode) at).put("unknownToThisVersion", "ignored")));
      for (String name : iterable(object.fieldNames())) {
        emit.accept(mutate(root, path, at -> ((ObjectNode) at).remove(name)));
        for (JsonNode replacement : replacements(object.get(name))) {
          emit.accept(mutate(root, path, at -> ((ObjectNode) at).set(name, replacement)));
        }
        collect(root, object.get(name), append(path, name), emit);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        int index = i;
        for (JsonNode replacement : replacements(array.get(i))) {
          emit.accept(mutate(root, path, at -> ((ArrayNode) at).set(index, replacement)));
        }
        collect(root, array.get(i), append(path, i), emit);
      }
    }
  }

  private static List<JsonNode> replacements(JsonNode original) {
    List<JsonNode> out = new ArrayList<>(List.of(NODES.nullNode()));
    for (JsonNode other : List.of(NODES.textNode("1"), NODES.numberNode(1), NODES.booleanNode(true),
        NODES.objectNode())) {
      if (other.getNodeType() != original.getNodeType()) {
        out.add(other);
      }
    }
    if (original.isInt()) {
      out.add(NODES.numberNode(-1));
      out.add(NODES.numberNode(original.asInt() + 0.5));
      out.add(NODES.numberNode((double) original.asInt()));
      out.add(NODES.numberNode(1L << 31));
    }
    return out;
  }

  private static JsonNode mutate(JsonNode root, List<Object> path, Consumer<ContainerNode<?>> change) {
    JsonNode copy = root.deepCopy();
    JsonNode at = copy;
    for (Object step : path) {
      at = step instanceof String name ? at.get(name) : at.get((Integer) step);
    }
    change.accept((ContainerNode<?>) at);
    return copy;
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    List<T> all = new ArrayList<>();
    iterator.forEachRemaining(all::add);
    return all;
  }
}
