package org.copydesk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 * Reading is capped: nesting deeper than {@value #MAX_NESTING_DEPTH} levels, strings longer than
 * {@value #MAX_STRING_LENGTH} characters and documents longer than {@value #MAX_DOCUMENT_LENGTH} characters fail with
 * a {@link com.fasterxml.jackson.core.exc.StreamConstraintsException}.
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
        .build();
    return JsonMapper.builder(factory)
        .addModule(new ArticleJsonModule())
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.AUTO_DETECT_FIELDS)
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
   * @throws JsonProcessingException if {@code json} is not one valid JSON value, does not describe a valid article (an
   *     unknown block type, a missing required field, a broken invariant) or exceeds the reading limits; the message
   *     says which
   */
  public static Article fromJson(String json) throws JsonProcessingException {
    Objects.requireNonNull(json, "json must not be null");
    return SHARED.readValue(json, Article.class);
  }
}
