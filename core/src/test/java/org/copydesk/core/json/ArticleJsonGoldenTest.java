package org.copydesk.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.copydesk.core.SampleArticles;
import org.copydesk.core.Source;
import org.junit.jupiter.api.Test;

/** Pins the JSON contract: field names, their order, type ids and enum spellings, against a hand-written file. */
class ArticleJsonGoldenTest {

  private final ObjectMapper mapper = ArticleJson.newMapper();

  static String resource(String name) throws IOException {
    try (InputStream in = ArticleJsonGoldenTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void writingTheSampleArticleGivesTheGoldenFileFieldForFieldInOrder() throws IOException {
    String golden = mapper.writeValueAsString(mapper.readTree(resource("all-kinds.json")));

    assertEquals(golden, mapper.writeValueAsString(SampleArticles.allKinds()));
  }

  @Test
  void readingTheGoldenFileGivesTheSampleArticle() throws IOException {
    assertEquals(SampleArticles.allKinds(), mapper.readValue(resource("all-kinds.json"), Article.class));
  }

  @Test
  void spansOfTheSampleArticleSliceToTheTextTheyCarry() {
    Article article = SampleArticles.allKinds();
    String input = SampleArticles.ALL_KINDS_INPUT;
    for (Block block : article.blocks()) {
      assertEquals(block.text(), block.span().slice(input));
    }
    for (Quote quote : article.quotes()) {
      for (Excerpt part : quote.parts()) {
        assertEquals(part.text(), part.span().slice(input));
      }
      assertEquals(quote.cue().orElseThrow().text(), quote.cue().orElseThrow().span().slice(input));
    }
    for (Source source : article.sources()) {
      for (Excerpt mention : source.mentions()) {
        assertEquals(mention.text(), mention.span().slice(input));
      }
    }
    assertEquals(article.headline().orElseThrow(), article.headlineSpan().orElseThrow().slice(input));
    assertEquals(article.byline().orElseThrow().text(), article.byline().orElseThrow().span().slice(input));
  }
}
