package org.copydesk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.copydesk.core.Article;

/**
 * Makes Jackson mappers for the article JSON contract, and reads and writes articles with one.
 *
 * <pre>{@code
 * ObjectMapper mapper = ArticleJson.newMapper();
 * String json = mapper.writeValueAsString(article);
 * Article back = mapper.readValue(json, Article.class);   // equal to article
 * }</pre>
 *
 * <p>The mapper leaves absent values out, ignores unknown fields (so that newer JSON with added fields still reads),
 * rejects unknown block types with an error naming the known ones, rejects anything after the article's JSON value,
 * and never instantiates classes named by the input (type ids are the fixed block type names, never class names).
 *
 * <p>It reads strictly: a document is accepted exactly when the published JSON Schema
 * ({@code org/copydesk/core/article.schema.json}) accepts it and it keeps the model's invariants, which the schema
 * describes but cannot check (spans that end after they start, speakers that name a source, block indices in range,
 * {@code duplicateOf} chains that end). So every property the schema requires must be present, {@code null} is never
 * a value, integers are whole numbers ({@code 1} or {@code 1.0}; {@code 1.5} is an error, not truncated) and never
 * strings ({@code "1"}), strings are never numbers or booleans, enum values are their names (never indices), and an
 * object names each property once. Each failure is a {@link JsonProcessingException} whose message names the problem
 * and the path to it.
 */
public final class ArticleJson {

  /** The deepest nesting of JSON arrays and objects a mapper from {@link #newMapper()} reads. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest JSON string value, in characters, a mapper from {@link #newMapper()} reads. */
  public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;

  /** The longest JSON document, in characters, a mapper from {@link #newMapper()} reads. */
  public static final long MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  private static final ObjectMapper SHARED = newMapper();

  private ArticleJson() {}

  /**
   * Returns a new mapper configured for the article JSON contract. Each call returns a fresh mapper that the caller
   * may configure further; a configured mapper is thread-safe.
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new ArticleJsonModule())
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.AUTO_DETECT_FIELDS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .withCoercionConfig(LogicalType.Textual, textual -> textual
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .build();
  }

  /** Returns the JSON form of {@code article}, on one line. */
  public static String toJson(Article article) {
    try {
      return SHARED.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write the article as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads an article from its JSON form. Whatever {@code json} holds, this throws nothing but the two exceptions below.
   *
   * @throws NullPointerException if {@code json} is {@code null}
   * @throws JsonProcessingException if {@code json} is not one JSON object that describes a valid article (the JSON
   *     {@code null}, an unknown block type, a missing required field, a value of the wrong type, a broken invariant)
   *     or exceeds the reading limits; the message says which
   */
  public static Article fromJson(String json) throws JsonProcessingException {
    Objects.requireNonNull(json, "json must not be null");
    Article article = SHARED.readValue(json, Article.class);
    if (article == null) {
      throw MismatchedInputException.from(null, Article.class, "an article must be a JSON object, not null");
    }
    return article;
  }
}
