package org.copydesk.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Paragraph;
import org.copydesk.core.SampleArticles;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;

/** Reading article JSON: what is accepted, and how what is not is reported. */
class ArticleJsonReadingTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  /**
   * Returns an article document with the given members, the properties the schema requires and the members do not
   * give filled in with their empty values.
   */
  static String article(String members) {
    try {
      ObjectNode given = (ObjectNode) PLAIN.readTree("{" + members + "}");
      ObjectNode article = PLAIN.createObjectNode();
      article.put("schemaVersion", 1);
      for (String list : List.of("blocks", "quotes", "sources", "removed")) {
        article.putArray(list);
      }
      article.setAll(given);
      return PLAIN.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON members: " + members, e);
    }
  }

  private static String messageOf(String json) {
    return assertThrows(JsonProcessingException.class, () -> ArticleJson.fromJson(json)).getMessage();
  }

  @Test
  void unknownBlockTypeIsRejectedNamingTheTypeAndTheKnownOnes() {
    String message = messageOf(
        article("\"blocks\":[{\"type\":\"poem\",\"text\":\"x\",\"span\":{\"start\":0,\"end\":1}}]"));
    assertTrue(message.contains("poem"), message);
    assertTrue(message.contains("paragraph"), message);
  }

  @Test
  void classNamesInTheInputAreNeverUsedAsTypes() {
    String message = messageOf(article("\"blocks\":[{\"type\":\"java.util.ArrayList\",\"text\":\"x\","
        + "\"span\":{\"start\":0,\"end\":1}}]"));
    assertTrue(message.contains("java.util.ArrayList"), message);
  }

  @Test
  void aNewerSchemaVersionIsRejectedWithTheSupportedRange() {
    String message = messageOf(article("\"schemaVersion\":2"));
    assertTrue(message.contains("schemaVersion 2"), message);
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    String message = messageOf(
        article("\"blocks\":[{\"type\":\"paragraph\",\"span\":{\"start\":0,\"end\":1}}]"));
    assertTrue(message.contains("text"), message);
  }

  @Test
  void aSpeakerThatNamesNoSourceIsRejected() {
    String message = messageOf(article("\"blocks\":[{\"type\":\"paragraph\",\"text\":\"x\","
        + "\"span\":{\"start\":0,\"end\":1}}],"
        + "\"quotes\":[{\"text\":\"x\",\"parts\":[{\"start\":0,\"end\":1,\"text\":\"x\"}],\"kind\":\"direct\","
        + "\"speaker\":\"s9\",\"block\":0}]"));
    assertTrue(message.contains("s9"), message);
  }

  @Test
  void unknownFieldsAreIgnoredSoThatNewerWritersStayReadable() throws JsonProcessingException {
    Article article = ArticleJson.fromJson(article("\"futureField\":{\"a\":[1,2]},\"blocks\":[{\"type\":\"paragraph\","
        + "\"text\":\"x\",\"span\":{\"start\":0,\"end\":1},\"mood\":\"calm\"}]"));
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
    Article article = ArticleJson.fromJson("{\"headline\":\"" + "x".repeat(length) + "\","
        + article("").substring(1));
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
    Article article = ArticleJson.fromJson(article("\"@class\":\"java.lang.ProcessBuilder\",\"blocks\":[{\"type\":"
        + "\"paragraph\",\"@type\":\"java.lang.Runtime\",\"text\":\"x\",\"span\":{\"start\":0,\"end\":1}}]"));
    assertEquals(List.of(Paragraph.of("x", Span.of(0, 1))), article.blocks());
  }

  @Test
  void anythingAfterTheArticleIsRejected() {
    String message = messageOf(article("") + " " + article(""));
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

  private static final String PARAGRAPH = "{\"type\":\"paragraph\",\"text\":\"x\",\"span\":{\"start\":0,\"end\":1}";

  @Test
  void theJsonNullIsNotAnArticle() {
    String message = messageOf("null");
    assertTrue(message.contains("not null"), message);
  }

  @Test
  void aMissingSchemaVersionIsRejectedNamingIt() {
    String message = messageOf("{\"blocks\":[],\"quotes\":[],\"sources\":[],\"removed\":[]}");
    assertTrue(message.contains("missing required property \"schemaVersion\""), message);
  }

  @Test
  void aMissingListIsRejectedAlthoughTheModelWouldDefaultItToEmpty() {
    String message = messageOf("{\"schemaVersion\":1,\"blocks\":[],\"quotes\":[],\"sources\":[]}");
    assertTrue(message.contains("missing required property \"removed\""), message);
  }

  @Test
  void aFractionalPositionIsRejectedNotTruncated() {
    String message = messageOf(article("\"headlineSpan\":{\"start\":1.5,\"end\":2}"));
    assertTrue(message.contains("1.5 is not a whole number") && message.contains("start"), message);
  }

  @Test
  void aWholeNumberWrittenWithAFractionIsReadAsTheSchemaReadsIt() throws JsonProcessingException {
    Article article = ArticleJson.fromJson(article("\"headlineSpan\":{\"start\":1.0,\"end\":2e0}"));
    assertEquals(Span.of(1, 2), article.headlineSpan().orElseThrow());
  }

  @Test
  void aPositionBeyondTheIntRangeIsRejected() {
    String message = messageOf(article("\"headlineSpan\":{\"start\":0,\"end\":2147483648}"));
    assertTrue(message.contains("2147483648 is not a whole number"), message);
  }

  @Test
  void aNumberWrittenAsAStringIsRejectedNotCoerced() {
    String start = messageOf(article("\"headlineSpan\":{\"start\":\"1\",\"end\":2}"));
    assertTrue(start.contains("from String value") && start.contains("start"), start);
    String version = messageOf(article("\"schemaVersion\":\"1\""));
    assertTrue(version.contains("schemaVersion"), version);
  }

  @Test
  void aStringWrittenAsANumberOrBooleanIsRejectedNotCoerced() {
    String number = messageOf(article("\"headline\":5"));
    assertTrue(number.contains("headline"), number);
    String bool = messageOf(article("\"language\":true"));
    assertTrue(bool.contains("language"), bool);
  }

  @Test
  void anEnumValueIsItsNameNeverAnIndex() {
    String message = messageOf(article("\"removed\":[{\"text\":\"x\",\"reason\":0,"
        + "\"span\":{\"start\":0,\"end\":1}}]"));
    assertTrue(message.contains("reason"), message);
  }

  @Test
  void aBooleanIsNeverReadFromANumber() {
    String message = messageOf(article("\"sources\":[{\"id\":\"s1\",\"name\":\"x\",\"kind\":\"person\","
        + "\"pseudonymous\":1,\"mentions\":[]}]"));
    assertTrue(message.contains("pseudonymous"), message);
  }

  @Test
  void nullIsNeverAValueEvenWhereAPropertyMayBeLeftOut() {
    String blocks = messageOf(article("\"blocks\":null"));
    assertTrue(blocks.contains("null") && blocks.contains("blocks"), blocks);
    String headline = messageOf(article("\"headline\":null"));
    assertTrue(headline.contains("null") && headline.contains("headline"), headline);
    String author = messageOf(article("\"byline\":{\"text\":\"By x\",\"authors\":[null],\"contributors\":[],"
        + "\"span\":{\"start\":0,\"end\":4}}"));
    assertTrue(author.contains("null"), author);
  }

  @Test
  void aPropertyNamedTwiceInOneObjectIsRejected() {
    String message = messageOf("{\"schemaVersion\":1,\"headline\":\"a\",\"headline\":\"b\",\"blocks\":[],"
        + "\"quotes\":[],\"sources\":[],\"removed\":[]}");
    assertTrue(message.contains("Duplicate field 'headline'"), message);
  }

  @Test
  void duplicateOfChainsThatComeRoundAgainAreRejected() {
    String message = messageOf(article("\"blocks\":[" + PARAGRAPH + ",\"duplicateOf\":2}," + PARAGRAPH
        + ",\"duplicateOf\":0}," + PARAGRAPH + ",\"duplicateOf\":1}]"));
    assertTrue(message.contains("duplicateOf leads round a cycle"), message);
  }

  @Test
  void duplicateOfChainsThatEndAreRead() throws JsonProcessingException {
    Article article = ArticleJson.fromJson(article("\"blocks\":[" + PARAGRAPH + "}," + PARAGRAPH
        + ",\"duplicateOf\":0}," + PARAGRAPH + ",\"duplicateOf\":1}]"));
    assertEquals(1, article.bodyParagraphs().size());
  }
}
