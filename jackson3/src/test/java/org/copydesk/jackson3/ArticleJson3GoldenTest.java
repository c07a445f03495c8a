package org.copydesk.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.core.Article;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Span;
import org.copydesk.core.json.ArticleJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 reads and writes the same JSON as the Jackson 2 support: the golden file of copydesk-core reads to the
 * article Jackson 2 reads and writes back field for field in order.
 */
class ArticleJson3GoldenTest {

  private static final Path GOLDEN = Path.of("..", "core", "src", "test", "resources", "org", "copydesk", "core",
      "json", "all-kinds.json");

  private final JsonMapper mapper = ArticleJson3.newMapper();

  private static String golden() throws IOException {
    return Files.readString(GOLDEN);
  }

  @Test
  void readingTheGoldenFileGivesTheArticleJackson2Reads() throws IOException {
    assertEquals(ArticleJson.fromJson(golden()), ArticleJson3.fromJson(golden()));
  }

  @Test
  void writingTheGoldenArticleGivesTheGoldenFileFieldForFieldInOrder() throws IOException {
    Article article = ArticleJson.fromJson(golden());
    String compact = mapper.writeValueAsString(mapper.readTree(golden()));
    assertEquals(compact, ArticleJson3.toJson(article));
    assertEquals(ArticleJson.toJson(article), ArticleJson3.toJson(article));
  }

  @Test
  void absentValuesAreLeftOutNotWrittenAsNull() {
    Article article = Article.builder().addBlock(Paragraph.of("Text.", Span.of(0, 5))).build();
    String json = ArticleJson3.toJson(article);
    assertFalse(json.contains("null"), json);
    assertEquals(article, ArticleJson3.fromJson(json));
  }

  @Test
  void unknownFieldsAreIgnoredAndUnknownBlockTypesRejected() {
    Article read = ArticleJson3.fromJson("{\"schemaVersion\":1,\"futureField\":{\"a\":1},\"blocks\":[{\"type\":"
        + "\"paragraph\",\"text\":\"Text.\",\"span\":{\"start\":0,\"end\":5},\"tone\":\"calm\"}]}");
    assertEquals("Text.", read.blocks().get(0).text());
    JacksonException e = assertThrows(JacksonException.class, () -> ArticleJson3.fromJson(
        "{\"schemaVersion\":1,\"blocks\":[{\"type\":\"java.lang.Object\"}]}"));
    assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
  }

  @Test
  void aMapperThatFindsModulesReadsArticles() throws IOException {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertEquals(ArticleJson.fromJson(golden()), found.readValue(golden(), Article.class));
  }

  @Test
  void theModuleCarriesTheProjectVersion() {
    String version = new ArticleJackson3Module().version().toString();
    assertFalse(version.contains("unknown"), version);
    assertEquals(new org.copydesk.core.json.ArticleJsonModule().version().toString(), version);
  }
}
