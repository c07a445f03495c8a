package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.copydesk.core.json.ArticleJson;
import org.junit.jupiter.api.Test;

/** A quote's content is the whole proposition attributed, spans its parts and reads back from JSON; documents speak. */
class QuoteContentTest {

  // He said the plan was "a disaster" on Monday.
  private static final Excerpt PART = Excerpt.of(22, 32, "a disaster");
  private static final Excerpt CONTENT = Excerpt.of(8, 33, "the plan was \"a disaster\"");

  private static Quote partial(Excerpt content) {
    return Quote.builder().addPart(PART).content(content).kind(Quote.Kind.PARTIAL).block(0).build();
  }

  @Test
  void contentSpanningThePartsIsWrittenAfterThePartsAndReadBack() throws JsonProcessingException {
    Quote quote = partial(CONTENT);
    String json = ArticleJson.newMapper().writeValueAsString(quote);
    assertTrue(json.indexOf("\"content\"") > json.indexOf("\"parts\"") && json.indexOf("\"content\"") < json
        .indexOf("\"kind\""), json);
    assertEquals(quote, ArticleJson.newMapper().readValue(json, Quote.class));
  }

  @Test
  void quoteWithoutContentWritesNoContentField() throws JsonProcessingException {
    Quote quote = Quote.builder().addPart(PART).kind(Quote.Kind.DIRECT).block(0).build();
    assertTrue(!ArticleJson.newMapper().writeValueAsString(quote).contains("content"));
  }

  @Test
  void contentThatLeavesOutAPartIsRejectedNamingTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> partial(Excerpt.of(8, 20, "the plan was")));
    assertTrue(e.getMessage().contains("quote.content"), e.getMessage());
  }

  @Test
  void documentSourceKindIsWrittenAsDocument() throws JsonProcessingException {
    Source report = Source.builder().id("s1").name("the report").kind(Source.Kind.DOCUMENT).build();
    String json = ArticleJson.newMapper().writeValueAsString(report);
    assertTrue(json.contains("\"kind\":\"document\""), json);
    assertEquals(report, ArticleJson.newMapper().readValue(json, Source.class));
  }
}
