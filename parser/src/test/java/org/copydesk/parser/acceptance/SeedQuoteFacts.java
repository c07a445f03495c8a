package org.copydesk.parser.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.copydesk.core.Block;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.quote.Attribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The quote, speaker and source facts of the seed's golden file, checked against a parse of the seed. Subclasses say
 * how the seed is parsed: the quote stage alone on blocks built from the golden, or the whole parser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeedQuoteFacts {

  private static final JsonNode GOLDEN = SeedFixture.GOLDEN;

  /** The blocks the quotes were found in. */
  List<Block> blocks;
  /** The quotes and sources found. */
  Attribution result;

  /** Parses the seed, setting {@link #blocks} and {@link #result}. */
  abstract void parse();

  @BeforeAll
  final void parseTheSeed() {
    parse();
  }

  /** Returns the index of the block that holds the 1-based line {@code line}. */
  final int blockOfLine(int line) {
    Span span = SeedFixture.line(line);
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).span().overlaps(span)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void everyRequiredQuoteIsFoundWithItsSpeaker() {
    List<String> problems = new ArrayList<>();
    for (JsonNode q : GOLDEN.get("quotes")) {
      String text = q.get("text").asText();
      Optional<Quote> quote = quoteWithPart(text);
      if (quote.isEmpty()) {
        problems.add("missing quote: " + text);
        continue;
      }
      int line = q.get("line").asInt();
      assertEquals(blockOfLine(line), quote.get().block(), "block of " + text);
      Optional<Source> speaker = speakerOf(quote.get());
      if (q.has("speaker")) {
        String expected = q.get("speaker").asText();
        if (speaker.isEmpty() || !SeedFixture.sameText(speaker.get().name(), expected)) {
          problems.add("speaker of \"" + text + "\": expected " + expected + ", got " + speaker.map(Source::name));
        }
      } else if (speaker.isEmpty() || !containsAny(speaker.get().name(), q.get("speakerContainsAny"))) {
        problems.add("speaker of \"" + text + "\": expected one of " + q.get("speakerContainsAny") + ", got "
            + speaker.map(Source::name));
      }
      boolean partial = q.path("partial").asBoolean(false);
      Quote.Kind expectedKind = partial ? Quote.Kind.PARTIAL : Quote.Kind.DIRECT;
      if (quote.get().kind() != expectedKind) {
        problems.add("kind of \"" + text + "\": expected " + expectedKind + ", got " + quote.get().kind());
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void optionalQuotesAreEitherTermsOrAttributedToTheAllowedSpeaker() {
    for (JsonNode q : GOLDEN.get("optionalQuotes")) {
      Optional<Quote> quote = quoteWithPart(q.get("text").asText());
      quote.flatMap(this::speakerOf).ifPresent(s -> assertTrue(
          SeedFixture.sameText(s.name(), q.get("speakerIfAny").asText()),
          q.get("text").asText() + " attributed to " + s.name()));
    }
  }

  @Test
  void everyGoldenSourceIsFoundWithKindPseudonymAndDescription() {
    List<String> problems = new ArrayList<>();
    for (JsonNode s : GOLDEN.get("sources")) {
      Predicate<Source> named = s.has("name")
          ? src -> SeedFixture.sameText(src.name(), s.get("name").asText())
          : src -> containsAny(src.name(), s.get("nameContainsAny"));
      Optional<Source> source = result.sources().stream().filter(named).findFirst();
      if (source.isEmpty()) {
        problems.add("missing source " + s);
        continue;
      }
      Source src = source.get();
      String kind = src.kind().name().toLowerCase(java.util.Locale.ROOT);
      boolean kindOk = s.has("kind") ? s.get("kind").asText().equals(kind) : contains(s.get("kindAnyOf"), kind);
      if (!kindOk) {
        problems.add(src.name() + ": kind " + kind);
      }
      if (src.pseudonymous() != s.get("pseudonymous").asBoolean()) {
        problems.add(src.name() + ": pseudonymous " + src.pseudonymous());
      }
      if (s.has("descriptionContains") && !src.description().map(d -> SeedFixture.containsText(d,
          s.get("descriptionContains").asText())).orElse(false)) {
        problems.add(src.name() + ": description " + src.description());
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void everySourceMentionIsWhereTheInputSaysAndEachNamedPersonIsOneSource() {
    for (Source s : result.sources()) {
      for (Excerpt m : s.mentions()) {
        assertEquals(m.text(), m.span().slice(SeedFixture.TEXT));
      }
    }
    long lukashenka = result.sources().stream().filter(s -> s.name().contains("Lukashenka")).count();
    assertEquals(1, lukashenka, "one source for every mention of the Belarusian leader");
  }

  @Test
  void reportedSpeechFoundIsAttributedToTheGoldenSpeaker() {
    for (JsonNode item : GOLDEN.get("indirectSpeech").get("items")) {
      String start = item.get("textStartsWith").asText();
      result.quotes().stream()
          .filter(q -> q.kind() == Quote.Kind.INDIRECT && SeedFixture.normalize(q.text()).startsWith(start))
          .forEach(q -> {
            String name = speakerOf(q).map(Source::name).orElse("");
            assertTrue(item.has("speaker") ? SeedFixture.sameText(name, item.get("speaker").asText())
                : name.contains(item.get("speakerContains").asText()), start + " attributed to " + name);
          });
    }
  }

  @Test
  void scareQuotesHaveNoSpeaker() {
    for (JsonNode t : GOLDEN.get("notQuotesOfSpeech").get("texts")) {
      Optional<Quote> quote = quoteWithPart(t.asText());
      assertTrue(quote.isPresent(), "term in quotation marks is reported: " + t.asText());
      assertEquals(Quote.Kind.SCARE, quote.get().kind(), t.asText());
      assertTrue(quote.get().speaker().isEmpty(), t.asText());
    }
  }

  @Test
  void whoWasSpokenToIsNeverASpeaker() {
    for (JsonNode n : GOLDEN.get("notSpeakers").get("names")) {
      for (Quote q : result.quotes()) {
        speakerOf(q).ifPresent(s -> assertFalse(SeedFixture.sameText(s.name(), n.asText()),
            n.asText() + " given as the speaker of " + q.text()));
      }
    }
  }

  @Test
  void quotesOfTheDuplicatedParagraphAreNotCountedTwice() {
    for (Quote q : result.quotes()) {
      assertFalse(blocks.get(q.block()) instanceof Paragraph p && p.isDuplicate(), "quote from duplicate: " + q);
    }
    long planning = result.quotes().stream().filter(q -> q.parts().stream()
        .anyMatch(p -> SeedFixture.sameText(p.text(), "planning strikes on the territory of Belarus"))).count();
    assertEquals(1, planning);
  }

  @Test
  void everySpeakerNamesAReturnedSource() {
    for (Quote q : result.quotes()) {
      q.speaker().ifPresent(id -> assertNotNull(speakerOf(q).orElse(null), "speaker " + id));
    }
  }

  private Optional<Quote> quoteWithPart(String text) {
    return result.quotes().stream()
        .filter(q -> SeedFixture.sameText(q.text(), text)
            || q.parts().stream().anyMatch(p -> SeedFixture.sameText(p.text(), text)))
        .findFirst();
  }

  private Optional<Source> speakerOf(Quote q) {
    return q.speaker().flatMap(id -> result.sources().stream().filter(s -> s.id().equals(id)).findFirst());
  }

  private static boolean containsAny(String name, JsonNode needles) {
    for (JsonNode n : needles) {
      if (name.contains(n.asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(JsonNode values, String value) {
    for (JsonNode v : values) {
      if (v.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
