package org.copydesk.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Paragraph;
import org.copydesk.core.SampleArticles;
import org.copydesk.core.Span;
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
    assertEquals(Paragraph.of("x", Span.of(0, 1)), article.blocks().get(0));
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

  @Test
  void stringsLongerThanTheLimitAreRejected() {
    String message = messageOf("{\"headline\":\"" + "x".repeat(ArticleJson.MAX_STRING_LENGTH + 1) + "\"}");
    assertTrue(message.contains("String value length"), message);
  }

  @Test
  void stringsLongerThanJacksonsDefaultLimitAreRead() throws JsonProcessingException {
    int length = StreamReadConstraints.DEFAULT_MAX_STRING_LEN + 1;
    Article article = ArticleJson.fromJson("{\"headline\":\"" + "x".repeat(length) + "\"}");
    assertEquals(length, article.headline().orElseThrow().length());
  }

  @Test
  void theMapperCarriesTheDocumentedReadingLimits() {
    StreamReadConstraints limits = ArticleJson.newMapper().getFactory().streamReadConstraints();
    assertEquals(ArticleJson.MAX_NESTING_DEPTH, limits.getMaxNestingDepth());
    assertEquals(ArticleJson.MAX_STRING_LENGTH, limits.getMaxStringLength());
    assertEquals(ArticleJson.MAX_DOCUMENT_LENGTH, limits.getMaxDocumentLength());
  }

  @Test
  void classNamesInPropertiesAreIgnoredBecauseDefaultTypingIsOff() throws JsonProcessingException {
    ObjectMapper mapper = ArticleJson.newMapper();
    assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
    assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Block.class)));
    Article article = ArticleJson.fromJson("{\"@class\":\"java.lang.ProcessBuilder\",\"blocks\":[{\"type\":"
        + "\"paragraph\",\"@type\":\"java.lang.Runtime\",\"text\":\"x\",\"span\":{\"start\":0,\"end\":1}}]}");
    assertEquals(List.of(Paragraph.of("x", Span.of(0, 1))), article.blocks());
  }

  @Test
  void anythingAfterTheArticleIsRejected() {
    String message = messageOf("{\"blocks\":[]} {\"blocks\":[]}");
    assertTrue(message.contains("Trailing token"), message);
  }

  @Test
  void nullIsRejectedNamingTheArgument() {
    assertEquals("json must not be null",
        assertThrows(NullPointerException.class, () -> ArticleJson.fromJson(null)).getMessage());
  }

  @Test
  void everyBrokenDocumentFailsAsAJsonProcessingException() {
    for (String json : List.of("", "nul", "[]", "\"text\"", "{\"blocks\":[null]}", "{\"blocks\":{}}",
        "{\"headlineSpan\":{\"start\":5,\"end\":-1}}", "{\"headlineSpan\":{\"start\":1e999,\"end\":2}}",
        "{\"headlineSpan\":{\"start\":99999999999,\"end\":2}}", "{\"blocks\":[{\"type\":null}]}",
        "{\"blocks\":[{\"type\":\"heading\",\"text\":\"h\",\"span\":{\"start\":0,\"end\":1},\"level\":9}]}",
        "{\"sources\":[{\"id\":\" \",\"name\":\"x\",\"kind\":\"person\"}]}",
        "{\"quotes\":[{\"parts\":[],\"kind\":\"direct\",\"block\":0}]}",
        "{\"removed\":[{\"text\":\"x\",\"reason\":\"boredom\",\"span\":{\"start\":0,\"end\":1}}]}")) {
      assertThrows(JsonProcessingException.class, () -> ArticleJson.fromJson(json), json);
    }
  }
}
