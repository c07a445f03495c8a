package org.copydesk.core.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.copydesk.core.Article;
import org.copydesk.core.Aside;
import org.copydesk.core.AuthorProfile;
import org.copydesk.core.Block;
import org.copydesk.core.Byline;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Heading;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Quote;
import org.copydesk.core.Removal;
import org.copydesk.core.Source;
import org.copydesk.core.Span;

/**
 * The seed article ({@code seed/000_98b2368917db27af.txt}) as a correct parse would model it, built from its
 * hand-written golden facts ({@code seed/000_98b2368917db27af.golden.json}) and not from the parser, which is
 * developed separately. Each golden text is located in the seed to get its span; blocks come from the golden's line
 * numbers.
 *
 * <p>Choices the golden leaves open: the repeated paragraph at line 16 is kept and marked as a duplicate of line 42;
 * the two quotations split by their attribution (lines 81 and 114) are one quote of two parts each, as the model
 * documents, so the golden's 24 quoted texts make 22 quotes; the page is in English; speech cues are given where the
 * sentence has a speech verb for the quote.
 */
final class SeedArticle {

  /** The seed page as text. */
  static final String TEXT = Fixtures.resource("seed/000_98b2368917db27af.txt");

  private static final JsonNode GOLDEN = golden();
  private static final Locator AT = new Locator(TEXT);

  /**
   * The speech cue of each golden quote, by index in the golden's quote list: the verb and which of its occurrences
   * on the quote's line it is. Quotes without an entry have no cue (a continuation, or no speech verb).
   */
  private static final Map<Integer, Cue> CUES = Map.ofEntries(
      Map.entry(0, new Cue("said", 1)), Map.entry(2, new Cue("accused", 1)), Map.entry(3, new Cue("accused", 1)),
      Map.entry(4, new Cue("accused", 1)), Map.entry(5, new Cue("said", 1)), Map.entry(6, new Cue("urged", 1)),
      Map.entry(7, new Cue("said", 1)), Map.entry(8, new Cue("said", 1)), Map.entry(9, new Cue("said", 2)),
      Map.entry(10, new Cue("told", 1)), Map.entry(11, new Cue("said", 1)), Map.entry(12, new Cue("said", 1)),
      Map.entry(13, new Cue("told", 1)), Map.entry(14, new Cue("said", 1)), Map.entry(17, new Cue("told", 1)),
      Map.entry(18, new Cue("accused", 1)), Map.entry(19, new Cue("said", 1)), Map.entry(20, new Cue("told", 1)),
      Map.entry(21, new Cue("said", 1)), Map.entry(22, new Cue("said", 1)));

  /** Golden quotes (by index) that are the second part of the quote before them. */
  private static final List<Integer> SECOND_PARTS = List.of(15, 23);

  /** The first words each source goes by in the body, which locate its first mention. */
  private static final Map<String, String> FIRST_MENTION = Map.of(
      "Alena", "Alena", "Maria", "Maria", "Tatsyana", "Tatsyana", "Margarita", "Margarita",
      "Alyaksandr Lukashenka", "Lukashenka", "Viktar Tumar", "Viktar Tumar",
      "Svyatlana Tsikhanouskaya", "Svyatlana Tsikhanouskaya", "G7", "G7 leaders and NATO");

  private static final Map<String, String> DESCRIPTIONS = Map.of(
      "Alyaksandr Lukashenka", "Belarusian leader",
      "Viktar Tumar", "The deputy chief of Belarus's military general staff",
      "Svyatlana Tsikhanouskaya", "Lukashenka's main challenger in that election");

  /** The seed article. */
  static final Article ARTICLE = build();

  private SeedArticle() {}

  private record Cue(String verb, int occurrence) {}

  private static Article build() {
    TreeMap<Integer, IntFunction<Block>> byLine = new TreeMap<>();
    for (JsonNode line : GOLDEN.at("/paragraphs/lines")) {
      Span span = AT.line(line.asInt());
      byLine.put(line.asInt(), i -> Paragraph.of(AT.text(span), span));
    }
    for (JsonNode heading : GOLDEN.get("headings")) {
      int line = lineOf(heading.asText());
      byLine.put(line, i -> Heading.of(heading.asText(), AT.line(line)));
    }
    for (JsonNode media : GOLDEN.get("media")) {
      byLine.put(first(media), i -> media(media));
    }
    for (JsonNode aside : GOLDEN.get("asides")) {
      Span span = AT.lines(first(aside), last(aside));
      byLine.put(first(aside), i -> Aside.builder().text(AT.text(span)).span(span).kind(Aside.Kind.PROMO)
          .title(aside.get("title").asText()).build());
    }
    for (JsonNode disclaimer : GOLDEN.get("disclaimers")) {
      Span span = AT.lines(first(disclaimer), last(disclaimer));
      Disclaimer.Kind kind = Disclaimer.Kind.valueOf(disclaimer.get("kind").asText().toUpperCase(Locale.ROOT));
      byLine.put(first(disclaimer), i -> Disclaimer.builder().text(AT.text(span)).span(span).kind(kind).build());
    }
    for (JsonNode profile : GOLDEN.get("authorProfiles")) {
      int nameLine = lineOf(profile.get("name").asText());
      Span span = AT.lines(nameLine, nameLine + 2);
      byLine.put(nameLine, i -> AuthorProfile.builder().text(AT.text(span)).span(span)
          .name(AT.lineText(nameLine)).bio(AT.lineText(nameLine + 2)).build());
    }
    JsonNode duplicate = GOLDEN.at("/paragraphs/optionalDuplicate");
    int duplicateLine = duplicate.get("line").asInt();
    byLine.put(duplicateLine, null);
    int original = byLine.headMap(duplicate.get("duplicateOfLine").asInt()).size();
    Span duplicateSpan = AT.line(duplicateLine);
    byLine.put(duplicateLine, i -> Paragraph.builder().text(AT.text(duplicateSpan)).span(duplicateSpan)
        .duplicateOf(original).build());

    Map<Integer, Integer> blockOfLine = new HashMap<>();
    List<Block> blocks = new ArrayList<>();
    byLine.forEach((line, block) -> {
      blockOfLine.put(line, blocks.size());
      blocks.add(block.apply(blocks.size()));
    });

    List<Source> sources = sources();
    Article.Builder article = Article.builder()
        .headline(GOLDEN.get("headline").asText())
        .headlineSpan(AT.find(GOLDEN.get("headline").asText()))
        .byline(byline())
        .language("en")
        .addAllBlocks(blocks)
        .addAllSources(sources)
        .addAllRemoved(removed());
    JsonNode quotes = GOLDEN.get("quotes");
    for (int q = 0; q < quotes.size(); q++) {
      if (SECOND_PARTS.contains(q)) {
        continue;
      }
      JsonNode golden = quotes.get(q);
      int line = golden.get("line").asInt();
      Quote.Builder quote = Quote.builder()
          .kind(golden.path("partial").asBoolean() ? Quote.Kind.PARTIAL : Quote.Kind.DIRECT)
          .speaker(speakerId(sources, golden.get("speaker") == null
              ? "G7" : golden.get("speaker").asText()))
          .block(blockOfLine.get(line))
          .addPart(AT.find(golden.get("text").asText(), AT.line(line), 1));
      if (SECOND_PARTS.contains(q + 1)) {
        quote.addPart(AT.find(quotes.get(q + 1).get("text").asText(), AT.line(line), 1));
      }
      Cue cue = CUES.get(q);
      if (cue != null) {
        quote.cue(AT.find(cue.verb(), AT.line(line), cue.occurrence()));
      }
      article.addQuote(quote.build());
    }
    return article.build();
  }

  private static MediaEmbed media(JsonNode media) {
    Span span = AT.lines(first(media), last(media));
    MediaEmbed.Builder embed = MediaEmbed.builder().text(AT.text(span)).span(span)
        .kind(MediaEmbed.Kind.valueOf(media.get("kind").asText().toUpperCase(Locale.ROOT)));
    if (media.has("caption")) {
      embed.caption(media.get("caption").asText());
    }
    if (media.has("title")) {
      embed.title(media.get("title").asText())
          .description(AT.lineText(first(media)))
          .durationSeconds(media.get("durationSeconds").asInt())
          .playable(media.get("playable").asBoolean());
    }
    return embed.build();
  }

  private static Byline byline() {
    JsonNode golden = GOLDEN.get("byline");
    Span span = AT.line(first(golden));
    Byline.Builder byline = Byline.builder().text(AT.text(span)).span(span);
    golden.get("authors").forEach(a -> byline.addAuthor(a.asText()));
    golden.get("contributors").forEach(c -> byline.addContributor(c.asText()));
    return byline.build();
  }

  /** The golden's sources in order of first mention in the body, with ids s1, s2, … in that order. */
  private static List<Source> sources() {
    int bodyStart = AT.line(GOLDEN.at("/paragraphs/lines/0").asInt()).start();
    TreeMap<Integer, Source.Builder> byMention = new TreeMap<>();
    for (JsonNode golden : GOLDEN.get("sources")) {
      String name = golden.has("name") ? golden.get("name").asText() : "G7 leaders and NATO";
      String key = golden.has("name") ? name : "G7";
      String mention = FIRST_MENTION.get(key);
      int at = TEXT.indexOf(mention, bodyStart);
      Source.Builder source = Source.builder()
          .name(name)
          .kind(golden.has("kind") ? Source.Kind.valueOf(golden.get("kind").asText().toUpperCase(Locale.ROOT))
              : Source.Kind.GROUP)
          .pseudonymous(golden.get("pseudonymous").asBoolean())
          .addMention(Excerpt.of(at, at + mention.length(), mention));
      if (DESCRIPTIONS.containsKey(name)) {
        source.description(DESCRIPTIONS.get(name));
      }
      byMention.put(at, source);
    }
    List<Source> sources = new ArrayList<>();
    byMention.values().forEach(s -> sources.add(s.id("s" + (sources.size() + 1)).build()));
    return sources;
  }

  private static String speakerId(List<Source> sources, String name) {
    return sources.stream().filter(s -> s.name().startsWith(name)).findFirst().orElseThrow().id();
  }

  /** The golden's removed chrome, each at every line that holds it, with the seed's player timecodes. */
  private static List<Removal> removed() {
    TreeMap<Integer, Removal> removed = new TreeMap<>();
    for (JsonNode chrome : GOLDEN.get("removedChrome")) {
      String text = chrome.asText();
      for (int at = TEXT.indexOf(text); at >= 0; at = TEXT.indexOf(text, at + 1)) {
        removed.put(at, Removal.of(text, reason(text), Span.of(at, at + text.length())));
      }
    }
    for (JsonNode media : GOLDEN.get("media")) {
      if (media.has("durationSeconds")) {
        Span timecode = AT.line(last(media));
        removed.put(timecode.start(), Removal.of(AT.text(timecode), Removal.Reason.PLAYER_RESIDUE, timecode));
      }
    }
    return List.copyOf(removed.values());
  }

  private static Removal.Reason reason(String chrome) {
    return switch (chrome) {
      case "Accessibility links" -> Removal.Reason.NAVIGATION;
      case "Breaking News" -> Removal.Reason.SITE_CHROME;
      case "16x9 Image" -> Removal.Reason.IMAGE_PLACEHOLDER;
      default -> Removal.Reason.PLAYER_RESIDUE;
    };
  }

  private static int lineOf(String text) {
    for (int n = 1; ; n++) {
      if (AT.lineText(n).equals(text)) {
        return n;
      }
    }
  }

  private static int first(JsonNode withLines) {
    return withLines.get("lines").get(0).asInt();
  }

  private static int last(JsonNode withLines) {
    JsonNode lines = withLines.get("lines");
    return lines.get(lines.size() - 1).asInt();
  }

  private static JsonNode golden() {
    try {
      return new ObjectMapper().readTree(Fixtures.resource("seed/000_98b2368917db27af.golden.json"));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
