package org.copydesk.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.core.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link JsonLdRenderer} writes conforms to the schema.org vocabulary (the subset transcribed in
 * {@code schemaorg-subset.json}): known types, properties defined on each node's type, values of the expected types.
 */
class JsonLdVocabularyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Fixtures.Named> articles() {
    List<Fixtures.Named> articles = new ArrayList<>(Fixtures.all());
    articles.add(new Fixtures.Named("hostile", HostileArticle.ARTICLE));
    articles.add(new Fixtures.Named("empty", Article.builder().build()));
    return articles;
  }

  private static JsonNode jsonLd(Article article) throws Exception {
    return JSON.readTree(JsonLdRenderer.render(article));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void everyNodeConformsToTheVocabulary(Fixtures.Named fixture) throws Exception {
    assertEquals(List.of(), SchemaOrgVocabulary.problems(jsonLd(fixture.article())));
  }

  @Test
  void theRendererUsesOnlyTheTypesTheIssueNamesAndTheHarbourArticleUsesThemAll() throws Exception {
    Set<String> types = new TreeSet<>();
    collectTypes(jsonLd(HarbourArticle.ARTICLE), types);
    collectTypes(jsonLd(SeedArticle.ARTICLE), types);
    assertEquals(Set.of("NewsArticle", "Person", "Organization", "ImageObject", "VideoObject", "AudioObject",
        "MediaObject", "Quotation"), types);
  }

  @Test
  void spokenByCharacterIsNeverUsed() throws Exception {
    for (Fixtures.Named fixture : articles()) {
      assertTrue(jsonLd(fixture.article()).findValues("spokenByCharacter").isEmpty(), fixture.name());
    }
  }

  @Test
  void theCheckRejectsAPropertyOnATypeThatDoesNotDefineIt() throws Exception {
    ObjectNode doc = (ObjectNode) jsonLd(HarbourArticle.ARTICLE);
    ((ObjectNode) doc.get("associatedMedia").get(2)).put("caption", "a MediaObject has no caption");
    ((ObjectNode) doc.get("author").get(0)).put("articleBody", "a Person has no article body");
    assertEquals(List.of("$.author[0]: Person has no property \"articleBody\"",
        "$.associatedMedia[2]: MediaObject has no property \"caption\""), SchemaOrgVocabulary.problems(doc));
  }

  @Test
  void theCheckRejectsValuesOfTheWrongType() throws Exception {
    ObjectNode doc = (ObjectNode) jsonLd(HarbourArticle.ARTICLE);
    doc.put("datePublished", "2 November 2024");
    ((ObjectNode) doc.get("audio").get(0)).put("duration", "12:05");
    ((ObjectNode) doc.get("image").get(0)).put("contentUrl", "images/deck.jpg");
    ((ObjectNode) doc.get("hasPart").get(0)).set("creator", doc.get("image").get(0).deepCopy());
    ((ArrayNode) doc.get("hasPart")).addObject().put("@type", "Quote");
    assertEquals(List.of("$.datePublished: \"2 November 2024\" is not a string form of any of [Date, DateTime]",
        "$.image[0].contentUrl: \"images/deck.jpg\" is not a string form of any of [URL]",
        "$.audio[0].duration: \"12:05\" is not a string form of any of [Duration]",
        "$.hasPart[0].creator: a ImageObject is none of [Organization, Person]",
        "$.hasPart[0].creator.contentUrl: \"images/deck.jpg\" is not a string form of any of [URL]",
        "$.hasPart[5]: a Quote is none of [CreativeWork]",
        "$.hasPart[5]: unknown @type \"Quote\""), SchemaOrgVocabulary.problems(doc));
  }

  @Test
  void theCheckKnowsInheritedProperties() {
    assertEquals(List.of("VideoObject", "MediaObject", "CreativeWork", "Thing"),
        SchemaOrgVocabulary.typeAndSupertypes("VideoObject"));
  }

  private static void collectTypes(JsonNode node, Set<String> types) {
    if (node.has("@type")) {
      types.add(node.get("@type").asText());
    }
    node.forEach(child -> collectTypes(child, types));
  }
}
