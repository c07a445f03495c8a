package org.copydesk.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.copydesk.core.Article;
import org.copydesk.core.Paragraph;
import org.copydesk.core.SampleArticles;
import org.junit.jupiter.api.Test;

/** Reading article JSON: what is accepted, and how what is not is reported. */
class ArticleJsonReadingTest {

  private static String messageOf(String json) {
    return assertThrows(JsonProcessingException.class, () -> ArticleJson.fromJson(json)).getMessage();
  }

  @Test
  void unknownBlockTypeIsRejectedNamingTheTypeAndTheKnownOnes() {
    String message = messageOf("{\"blocks\":[{\"type\":\"poem\",\"text\":\"x\",\"span\":{\"start\":0,\"end\":1}}]}");
    assertTrue(message.contains("poem"), message);
    assertTrue(message.contains("paragraph"), message);
  }

  @Test
  void classNamesInTheInputAreNeverUsedAsTypes() {
    String message = messageOf("{\"blocks\":[{\"type\":\"java.util.ArrayList\",\"text\":\"x\","
        + "\"span\":{\"start\":0,\"end\":1}}]}");
    assertTrue(message.contains("java.util.ArrayList"), message);
  }

  @Test
  void aNewerSchemaVersionIsRejectedWithTheSupportedRange() {
    String message = messageOf("{\"schemaVersion\":2}");
    assertTrue(message.contains("schemaVersion 2"), message);
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    String message = messageOf("{\"blocks\":[{\"type\":\"paragraph\",\"span\":{\"start\":0,\"end\":1}}]}");
    assertTrue(message.contains("text"), message);
  }

  @Test
  void aSpeakerThatNamesNoSourceIsRejected() {
    String message = messageOf("{\"blocks\":[{\"type\":\"paragraph\",\"text\":\"x\",\"span\":{\"start\":0,\"end\":1}}],"
        + "\"quotes\":[{\"parts\":[{\"start\":0,\"end\":1,\"text\":\"x\"}],\"kind\":\"direct\",\"speaker\":\"s9\","
        + "\"block\":0}]}");
    assertTrue(message.contains("s9"), message);
  }

  @Test
  void unknownFieldsAreIgnoredSoThatNewerWritersStayReadable() throws JsonProcessingException {
    Article article = ArticleJson.fromJson("{\"futureField\":{\"a\":[1,2]},\"blocks\":[{\"type\":\"paragraph\","
        + "\"text\":\"x\",\"span\":{\"start\":0,\"end\":1},\"mood\":\"calm\"}]}");
    assertEquals(Paragraph.of("x", org.copydesk.core.Span.of(0, 1)), article.blocks().get(0));
  }

  @Test
  void nestingDeeperThanTheLimitIsRejected() {
    String deep = "[".repeat(ArticleJson.MAX_NESTING_DEPTH + 10) + "]".repeat(ArticleJson.MAX_NESTING_DEPTH + 10);
    String message = messageOf("{\"x\":" + deep + "}");
    assertTrue(message.contains("nesting"), message);
  }

  @Test
  void findAndRegisterModulesGivesAMapperThatReadsAndWritesTheSameForm() throws Exception {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    Article article = SampleArticles.allKinds();
    String json = plain.writeValueAsString(article);
    assertEquals(ArticleJson.toJson(article), json);
    assertEquals(article, plain.readValue(json, Article.class));
  }
}
