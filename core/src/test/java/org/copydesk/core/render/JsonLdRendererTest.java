package org.copydesk.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Byline;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;

/** How {@link JsonLdRenderer} maps the model onto schema.org. */
class JsonLdRendererTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode jsonLd(Article article) throws Exception {
    return JSON.readTree(JsonLdRenderer.render(article));
  }

  private static Article withVideo(int seconds) {
    return Article.builder().addBlock(MediaEmbed.builder().text("clip").span(Span.of(0, 4))
        .kind(MediaEmbed.Kind.VIDEO).durationSeconds(seconds).build()).build();
  }

  @Test
  void seedQuotationsAreItsQuotesWithTheirSpeakersAsCreators() throws Exception {
    Article seed = SeedArticle.ARTICLE;
    JsonNode parts = jsonLd(seed).get("hasPart");
    assertEquals(seed.quotes().size(), parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Quote quote = seed.quotes().get(i);
      assertEquals(quote.text(), parts.get(i).get("text").asText());
      assertEquals(seed.speakerOf(quote).orElseThrow().name(), parts.get(i).at("/creator/name").asText());
    }
  }

  @Test
  void indirectSpeechAndScareQuotesAreNotQuotations() throws Exception {
    List<String> texts = new ArrayList<>();
    jsonLd(HarbourArticle.ARTICLE).get("hasPart").forEach(q -> texts.add(q.get("text").asText()));
    assertEquals(List.of("We rebuilt it stronger than it was,", "Every bolt was checked twice.", "well over",
        "nightmare", "Open again,"), texts);
  }

  @Test
  void speakersArePersonsOrganizationsOrPersonsKnownByDescription() throws Exception {
    JsonNode parts = jsonLd(HarbourArticle.ARTICLE).get("hasPart");
    assertEquals("Person", parts.at("/0/creator/@type").asText());
    assertEquals("the city's chief engineer", parts.at("/0/creator/description").asText());
    assertEquals("Person", parts.at("/2/creator/@type").asText());
    assertFalse(parts.at("/2/creator").has("name"), "an unnamed source has no name");
    assertEquals("A senior official, who asked not to be named", parts.at("/2/creator/description").asText());
    assertEquals("Organization", parts.at("/3/creator/@type").asText(), "a group");
    assertFalse(parts.get(4).has("creator"), "a quote without a speaker has no creator");
  }

  @Test
  void durationsAreIso8601() throws Exception {
    assertEquals("PT2M31S", jsonLd(withVideo(151)).at("/video/0/duration").asText());
    assertEquals("PT1H2M5S", jsonLd(withVideo(3725)).at("/video/0/duration").asText());
    assertEquals("PT1H", jsonLd(withVideo(3600)).at("/video/0/duration").asText());
    assertEquals("PT0S", jsonLd(withVideo(0)).at("/video/0/duration").asText());
  }

  @Test
  void eachEmbedIsAssociatedMediaAndImagesAndVideosAreAlsoListedByKind() throws Exception {
    JsonNode seed = jsonLd(SeedArticle.ARTICLE);
    assertEquals(3, seed.get("associatedMedia").size());
    assertEquals(seed.get("associatedMedia").get(0), seed.get("image").get(0));
    assertEquals(seed.get("associatedMedia").get(2), seed.get("video").get(1));
    assertEquals("Ukrainian Border Village Fears New Invasion From Belarus", seed.at("/video/0/name").asText());
    assertTrue(seed.at("/image/0/caption").asText().startsWith("Belarusian soldiers at a joint exercise"));
  }

  @Test
  void aDateAsThePageShowsItIsLeftOutButIsoDatesAndDateTimesStay() throws Exception {
    assertFalse(jsonLd(Article.builder().published("18 October 2022").build()).has("datePublished"));
    assertEquals("2022-10-18", jsonLd(Article.builder().published("2022-10-18").build())
        .get("datePublished").asText());
    assertEquals("2022-10-18T09:30:00+02:00", jsonLd(Article.builder().published("2022-10-18T09:30:00+02:00")
        .build()).get("datePublished").asText());
  }

  @Test
  void aContributorNamedLikeAnOrganisationSourceIsAnOrganization() throws Exception {
    Article article = Article.builder()
        .byline(Byline.builder().text("By Ann Lee with the City Desk").addAuthor("Ann Lee")
            .addContributors("City Desk", "Bo Chen").span(Span.of(0, 28)).build())
        .addSource(Source.builder().id("d").name("City Desk").kind(Source.Kind.ORGANIZATION).build())
        .build();
    JsonNode doc = jsonLd(article);
    assertEquals("Person", doc.at("/author/0/@type").asText());
    assertEquals("Organization", doc.at("/contributor/0/@type").asText());
    assertEquals("Person", doc.at("/contributor/1/@type").asText());
  }

  @Test
  void theArticleBodyIsTheBodyTextWithParagraphBreaks() throws Exception {
    assertEquals(SeedArticle.ARTICLE.bodyText(), jsonLd(SeedArticle.ARTICLE).get("articleBody").asText());
  }

  @Test
  void onlyWebAddressesBecomeContentUrls() throws Exception {
    JsonNode media = jsonLd(HostileArticle.ARTICLE).get("associatedMedia");
    assertEquals(HostileArticle.BAD_URLS.size() * MediaEmbed.Kind.values().length, media.size());
    media.forEach(m -> assertFalse(m.has("contentUrl"), m.toString()));
    assertEquals("https://example.org/images/deck.jpg",
        jsonLd(HarbourArticle.ARTICLE).at("/image/0/contentUrl").asText());
  }

  @Test
  void markupCharactersAreEscapedSoTheJsonCanStandInAScriptElement() throws Exception {
    String rendered = JsonLdRenderer.render(HostileArticle.ARTICLE);
    assertFalse(rendered.contains("<") || rendered.contains(">") || rendered.contains("&"), rendered);
    assertTrue(rendered.contains("\\u003Cscript\\u003E"), rendered);
    assertEquals(HostileArticle.PAYLOAD, JSON.readTree(rendered).get("headline").asText());
  }

  @Test
  void anEmptyArticleIsABareNewsArticle() {
    assertEquals("""
        {
          "@context": "https://schema.org",
          "@type": "NewsArticle"
        }
        """, JsonLdRenderer.render(Article.builder().build()));
  }
}
