package org.copydesk.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
import org.copydesk.core.SampleArticles;
import org.copydesk.core.Source;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Every model type reads back from its JSON form as an equal value. */
class ArticleJsonRoundTripTest {

  private final ObjectMapper mapper = ArticleJson.newMapper();

  private void assertRoundTrips(Object value, Class<?> type) {
    try {
      assertEquals(value, mapper.readValue(mapper.writeValueAsString(value), type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void spanAndExcerptRoundTrip() {
    assertRoundTrips(Span.of(3, 9), Span.class);
    assertRoundTrips(Excerpt.of(3, 9, "quoted"), Excerpt.class);
  }

  @Test
  void everyBlockKindRoundTripsAsABlock() {
    for (Block block : SampleArticles.allKinds().blocks()) {
      assertRoundTrips(block, Block.class);
    }
  }

  @Test
  void blockKindsReadBackAsTheirOwnTypes() {
    Article article = SampleArticles.allKinds();
    assertRoundTrips(article.paragraphs().get(0), Paragraph.class);
    assertRoundTrips(article.headings().get(0), Heading.class);
    assertRoundTrips(article.media().get(1), MediaEmbed.class);
    assertRoundTrips(article.asides().get(0), Aside.class);
    assertRoundTrips(article.disclaimers().get(0), Disclaimer.class);
    assertRoundTrips(article.authorProfiles().get(0), AuthorProfile.class);
  }

  @Test
  void quoteSourceBylineAndRemovalRoundTrip() {
    Article article = SampleArticles.allKinds();
    assertRoundTrips(article.quotes().get(0), Quote.class);
    assertRoundTrips(article.sources().get(0), Source.class);
    assertRoundTrips(article.byline().orElseThrow(), Byline.class);
    assertRoundTrips(article.removed().get(0), Removal.class);
  }

  @Test
  void anEmptyArticleRoundTrips() {
    assertRoundTrips(Article.builder().build(), Article.class);
  }

  @Test
  void generatedArticlesRoundTrip() {
    qt().withExamples(300).forAll(articles()).check(a -> {
      try {
        return a.equals(mapper.readValue(mapper.writeValueAsString(a), Article.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Articles of random blocks (all kinds, odd characters in their text), quotes and sources. */
  static Gen<Article> articles() {
    Gen<String> texts = SourceDSL.strings().allPossible().ofLengthBetween(0, 40);
    Gen<Integer> kinds = SourceDSL.integers().between(0, 5);
    Gen<Integer> positions = SourceDSL.integers().between(0, 10_000);
    Gen<Block> blocks = kinds.zip(texts, positions, (kind, text, start) -> block(kind, text, start));
    return SourceDSL.lists().of(blocks).ofSizeBetween(0, 12).zip(texts, (list, text) -> {
      Article.Builder b = Article.builder().addAllBlocks(list);
      if (!text.isEmpty()) {
        b.headline(text);
      }
      if (!list.isEmpty()) {
        b.addSource(Source.builder().id("s1").name(text).kind(Source.Kind.UNNAMED)
            .addMention(Excerpt.of(0, text.length(), text)).build());
        b.addQuote(Quote.builder().addPart(Excerpt.of(1, 2 + text.length(), text)).kind(Quote.Kind.PARTIAL)
            .speaker("s1").block(list.size() - 1).build());
      }
      return b.build();
    });
  }

  private static Block block(int kind, String text, int start) {
    Span span = Span.of(start, start + text.length());
    return switch (kind) {
      case 0 -> Paragraph.of(text, span);
      case 1 -> Heading.builder().text(text).span(span).level(1 + start % 6).build();
      case 2 -> MediaEmbed.builder().text(text).span(span).kind(MediaEmbed.Kind.values()[start % 4])
          .title(text).durationSeconds(start).playable(start % 2 == 0).build();
      case 3 -> Aside.builder().text(text).span(span).kind(Aside.Kind.values()[start % 4]).build();
      case 4 -> Disclaimer.builder().text(text).span(span).kind(Disclaimer.Kind.values()[start % 5]).build();
      default -> AuthorProfile.builder().text(text).span(span).name(text).bio(text).build();
    };
  }

  @Test
  void derivedViewsAreNotWritten() throws IOException {
    String json = mapper.writeValueAsString(SampleArticles.allKinds());
    for (String view : List.of("paragraphs", "bodyParagraphs", "media", "disclaimers", "bodyText", "headings")) {
      assertEquals(-1, json.indexOf("\"" + view + "\":"), view + " must not appear in the JSON form");
    }
  }
}
