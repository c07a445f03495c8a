package org.copydesk.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.copydesk.core.Article;
import org.copydesk.core.SampleArticles;
import org.junit.jupiter.api.Test;

/** The published JSON Schema describes what the library writes, and rejects what it would not write. */
class ArticleSchemaTest {

  private final ObjectMapper mapper = ArticleJson.newMapper();

  private static JsonSchema schema() throws IOException {
    try (InputStream in = Article.class.getResourceAsStream("article.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void theGoldenArticleIsValid() throws IOException {
    JsonNode golden = mapper.readTree(ArticleJsonGoldenTest.resource("all-kinds.json"));
    assertEquals(Set.of(), schema().validate(golden));
  }

  @Test
  void whatTheLibraryWritesIsValid() throws IOException {
    JsonNode written = mapper.valueToTree(SampleArticles.allKinds());
    assertEquals(Set.of(), schema().validate(written));
    assertEquals(Set.of(), schema().validate(mapper.valueToTree(Article.builder().build())));
  }

  @Test
  void anUnknownBlockTypeIsInvalid() throws IOException {
    ObjectNode article = mapper.valueToTree(SampleArticles.allKinds());
    ((ObjectNode) article.get("blocks").get(0)).put("type", "poem");
    Set<ValidationMessage> errors = schema().validate(article);
    assertFalse(errors.isEmpty());
  }

  @Test
  void anUnknownEnumValueIsInvalid() throws IOException {
    ObjectNode article = mapper.valueToTree(SampleArticles.allKinds());
    ((ObjectNode) article.get("quotes").get(0)).put("kind", "rumour");
    assertFalse(schema().validate(article).isEmpty());
  }
}
