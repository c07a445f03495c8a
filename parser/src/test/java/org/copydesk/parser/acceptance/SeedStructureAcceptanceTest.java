package org.copydesk.parser.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.core.Article;
import org.copydesk.core.Aside;
import org.copydesk.core.AuthorProfile;
import org.copydesk.core.Block;
import org.copydesk.core.Byline;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;
import org.copydesk.parser.ArticleParser;
import org.copydesk.parser.internal.text.Characters;
import org.junit.jupiter.api.Test;

/**
 * Every structural fact of the seed's golden file holds for the parsed seed: headline, byline, headings, the body
 * paragraphs and nothing else, the repeated passage, media, the promo, disclaimers, author profiles, removed chrome.
 */
class SeedStructureAcceptanceTest {

  private static final Article ARTICLE = ArticleParser.create().parseText(SeedFixture.TEXT);
  private static final JsonNode GOLDEN = SeedFixture.GOLDEN;

  @Test
  void headlineIsTheTitleLine() {
    assertTrue(SeedFixture.sameText(GOLDEN.get("headline").asText(), ARTICLE.headline().orElseThrow()));
    assertEquals(SeedFixture.line(5), ARTICLE.headlineSpan().orElseThrow());
  }

  @Test
  void bylineCreditsTheWriterAndTheReportingDesk() {
    Byline byline = ARTICLE.byline().orElseThrow();
    JsonNode golden = GOLDEN.get("byline");
    assertEquals(golden.get("lines").get(0).asInt(), SeedFixture.lineAt(byline.span().start()));
    assertSameTexts(texts(golden.get("authors")), byline.authors());
    assertSameTexts(texts(golden.get("contributors")), byline.contributors());
  }

  @Test
  void headingsAreTheSectionTitlesInOrder() {
    assertSameTexts(texts(GOLDEN.get("headings")), ARTICLE.headings().stream().map(Block::text).toList());
  }

  @Test
  void bodyIsTheGoldenParagraphsInOrderAndNothingElse() {
    List<Integer> lines = new ArrayList<>();
    for (Paragraph p : ARTICLE.bodyParagraphs()) {
      lines.add(SeedFixture.lineAt(p.span().start()));
      assertEquals(SeedFixture.lineText(lines.get(lines.size() - 1)), p.text(), "a paragraph is its whole line");
    }
    List<Integer> golden = new ArrayList<>();
    GOLDEN.get("paragraphs").get("lines").forEach(n -> golden.add(n.asInt()));
    assertEquals(37, golden.size());
    assertEquals(golden, lines);
  }

  @Test
  void repeatedPassageIsMarkedAsDuplicateOfItsFullerCopy() {
    JsonNode dup = GOLDEN.get("paragraphs").get("optionalDuplicate");
    for (int i = 0; i < ARTICLE.blocks().size(); i++) {
      Block block = ARTICLE.blocks().get(i);
      if (SeedFixture.lineAt(block.span().start()) == dup.get("line").asInt()) {
        assertTrue(block instanceof Paragraph, "the repeated passage stays in place as a paragraph");
        int target = ((Paragraph) block).duplicateOf().orElseThrow();
        assertEquals(dup.get("duplicateOfLine").asInt(), SeedFixture.lineAt(ARTICLE.blocks().get(target).span()
            .start()));
      }
    }
    assertEquals(1, ARTICLE.paragraphs().size() - ARTICLE.bodyParagraphs().size(), "exactly one duplicate");
  }

  @Test
  void linesOutsideTheStoryAreNeverBody() {
    Set<Integer> body = new TreeSet<>();
    ARTICLE.bodyParagraphs().forEach(p -> body.add(SeedFixture.lineAt(p.span().start())));
    for (JsonNode n : GOLDEN.get("paragraphs").get("mustNotBeBody")) {
      assertFalse(body.contains(n.asInt()), "line " + n.asInt() + " is not body");
    }
  }

  @Test
  void mediaAreOneImageAndTwoUnplayableVideos() {
    JsonNode golden = GOLDEN.get("media");
    List<MediaEmbed> media = ARTICLE.media();
    assertEquals(golden.size(), media.size());
    for (int i = 0; i < media.size(); i++) {
      MediaEmbed m = media.get(i);
      JsonNode g = golden.get(i);
      assertEquals(g.get("kind").asText(), m.kind().name().toLowerCase(java.util.Locale.ROOT));
      assertCoversLines(m.span(), g.get("lines"));
      if (g.has("caption")) {
        assertTrue(SeedFixture.sameText(g.get("caption").asText(), m.caption().orElseThrow()));
      }
      if (g.has("title")) {
        assertTrue(SeedFixture.sameText(g.get("title").asText(), m.title().orElseThrow()));
        assertTrue(m.description().orElseThrow().startsWith(g.get("descriptionStartsWith").asText()));
        assertEquals(g.get("durationSeconds").asInt(), m.durationSeconds().orElseThrow());
        assertEquals(g.get("playable").asBoolean(), m.playable().orElseThrow());
      }
    }
  }

  @Test
  void liveBriefingPromoIsAnAsideWithItsTitle() {
    JsonNode golden = GOLDEN.get("asides");
    List<Aside> asides = ARTICLE.asides();
    assertEquals(golden.size(), asides.size());
    Aside promo = asides.get(0);
    assertEquals(Aside.Kind.PROMO, promo.kind());
    assertTrue(SeedFixture.sameText(golden.get(0).get("title").asText(), promo.title().orElseThrow()));
    assertCoversLines(promo.span(), golden.get(0).get("lines"));
  }

  @Test
  void disclaimersAreTypedAndSpanTheirLines() {
    JsonNode golden = GOLDEN.get("disclaimers");
    List<Disclaimer> disclaimers = ARTICLE.disclaimers();
    assertEquals(golden.size(), disclaimers.size());
    for (int i = 0; i < disclaimers.size(); i++) {
      JsonNode g = golden.get(i);
      assertEquals(g.get("kind").asText(), disclaimers.get(i).kind().name().toLowerCase(java.util.Locale.ROOT));
      assertTrue(disclaimers.get(i).text().startsWith(g.get("textStartsWith").asText()));
      assertCoversLines(disclaimers.get(i).span(), g.get("lines"));
    }
  }

  @Test
  void authorProfilesSeparateNameAndBio() {
    JsonNode golden = GOLDEN.get("authorProfiles");
    List<AuthorProfile> profiles = ARTICLE.authorProfiles();
    assertEquals(golden.size(), profiles.size());
    for (int i = 0; i < profiles.size(); i++) {
      assertTrue(SeedFixture.sameText(golden.get(i).get("name").asText(), profiles.get(i).name()));
      assertTrue(profiles.get(i).bio().startsWith(golden.get(i).get("bioStartsWith").asText()));
    }
  }

  @Test
  void chromeIsRemovedWithReasons() {
    for (JsonNode chrome : GOLDEN.get("removedChrome")) {
      boolean removed = ARTICLE.removed().stream()
          .anyMatch(r -> SeedFixture.sameText(chrome.asText(), withoutBullet(r.text())));
      assertTrue(removed, chrome.asText() + " is removed");
    }
    assertTrue(ARTICLE.removed().stream().anyMatch(r -> r.text().equals("please wait")
        && r.reason() == Removal.Reason.PLAYER_RESIDUE));
    assertTrue(ARTICLE.removed().stream().anyMatch(r -> r.text().endsWith("click here.")
        && r.reason() == Removal.Reason.SITE_CHROME), "\"click here\" tails are chrome");
  }

  @Test
  void everyVisibleCharacterIsInABlockTheHeaderOrARemoval() {
    List<Span> covered = new ArrayList<>();
    ARTICLE.blocks().forEach(b -> covered.add(b.span()));
    ARTICLE.removed().forEach(r -> covered.add(r.span()));
    ARTICLE.headlineSpan().ifPresent(covered::add);
    ARTICLE.byline().ifPresent(b -> covered.add(b.span()));
    ARTICLE.publishedSpan().ifPresent(covered::add);
    String text = SeedFixture.TEXT;
    for (int i = 0; i < text.length(); i++) {
      int at = i;
      if (!Characters.isBlank(text.charAt(i))) {
        assertTrue(covered.stream().anyMatch(s -> s.start() <= at && at < s.end()),
            "character " + i + " on line " + SeedFixture.lineAt(i) + " is accounted for");
      }
    }
  }

  /** Returns a removed line's text without its list bullet ("• 16x9 Image"), as the golden writes it. */
  private static String withoutBullet(String text) {
    return text.startsWith("\u2022") ? text.substring(1) : text;
  }

  private static void assertCoversLines(Span span, JsonNode lines) {
    for (JsonNode n : lines) {
      assertTrue(span.contains(SeedFixture.line(n.asInt())), span + " covers line " + n.asInt());
    }
    assertEquals(lines.get(0).asInt(), SeedFixture.lineAt(span.start()));
    assertEquals(lines.get(lines.size() - 1).asInt(), SeedFixture.lineAt(span.end()));
  }

  private static void assertSameTexts(List<String> expected, List<String> actual) {
    assertEquals(expected.size(), actual.size(), "expected " + expected + " but got " + actual);
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(SeedFixture.sameText(expected.get(i), actual.get(i)), expected.get(i) + " vs " + actual.get(i));
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
