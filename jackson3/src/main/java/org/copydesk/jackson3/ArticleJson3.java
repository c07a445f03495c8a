package org.copydesk.jackson3;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.copydesk.core.Article;
import org.copydesk.core.json.ArticleJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes Jackson 3 mappers for the article JSON contract, and reads and writes articles with one: the Jackson 3
 * counterpart of copydesk-core's {@code ArticleJson}, with the same JSON form and reading limits.
 *
 * <pre>{@code
 * JsonMapper mapper = ArticleJson3.newMapper();
 * String json = mapper.writeValueAsString(article);
 * Article back = mapper.readValue(json, Article.class);   // equal to article
 * }</pre>
 *
 * <p>The mapper leaves absent values out, ignores unknown fields, rejects unknown block types and anything after the
 * article's JSON value, and never instantiates classes named by the input. Reading is capped as with
 * {@link ArticleJson}: {@value ArticleJson#MAX_NESTING_DEPTH} levels of nesting, strings of
 * {@value ArticleJson#MAX_STRING_LENGTH} characters and documents of {@value ArticleJson#MAX_DOCUMENT_LENGTH}
 * characters.
 */
public final class ArticleJson3 {

  private static final JsonMapper SHARED = newMapper();

  private ArticleJson3() {}

  /**
   * Returns a new mapper configured for the article JSON contract. Each call returns a fresh mapper; Jackson 3
   * mappers are immutable and thread-safe ({@code rebuild()} makes a differently configured copy).
   */
  public static JsonMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(ArticleJson.MAX_NESTING_DEPTH)
            .maxStringLength(ArticleJson.MAX_STRING_LENGTH)
            .maxDocumentLength(ArticleJson.MAX_DOCUMENT_LENGTH)
            .build())
        .build();
    return JsonMapper.builder(factory)
        .addModule(new ArticleJackson3Module())
        .changeDefaultPropertyInclusion(incl ->
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .changeDefaultVisibility(v -> v.withFieldVisibility(JsonAutoDetect.Visibility.NONE))
        .build();
  }

  /** Returns the JSON form of {@code article}, on one line. */
  public static String toJson(Article article) {
    return SHARED.writeValueAsString(article);
  }

  /**
   * Reads an article from its JSON form.
   *
   * @throws NullPointerException if {@code json} is {@code null}
   * @throws JacksonException if {@code json} is not one valid JSON value, does not describe a valid article or exceeds
   *     the reading limits; the message says which
   */
  public static Article fromJson(String json) {
    Objects.requireNonNull(json, "json must not be null");
    return SHARED.readValue(json, Article.class);
  }
}
