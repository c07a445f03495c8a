package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Removal;
import org.junit.jupiter.api.Test;

/** What the parse methods accept, and the only exceptions they throw. */
class ArticleParserContractTest {

  private final ArticleParser parser = ArticleParser.create();

  @Test
  void nullTextIsRejectedNamingTheArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> parser.parseText(null));
    assertEquals("text must not be null", e.getMessage());
  }

  @Test
  void nullHtmlOrBaseUriIsRejectedNamingTheArgument() {
    assertEquals("html must not be null",
        assertThrows(NullPointerException.class, () -> parser.parseHtml(null)).getMessage());
    assertEquals("baseUri must not be null",
        assertThrows(NullPointerException.class, () -> parser.parseHtml("<p>x</p>", null)).getMessage());
  }

  @Test
  void inputOverTheLimitIsRefusedWithTheLimitInTheMessage() {
    ArticleParser small = ArticleParser.builder().maxInputChars(10).build();
    InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> small.parseText("x".repeat(11)));
    assertTrue(e.getMessage().contains("maxInputChars = 10"), e.getMessage());
    assertEquals(11, e.length());
    assertEquals(10, e.limit());
    assertThrows(InputTooLargeException.class, () -> small.parseHtml("<p>" + "x".repeat(20) + "</p>"));
  }

  @Test
  void inputAtTheLimitIsParsed() {
    ArticleParser small = ArticleParser.builder().maxInputChars(10).build();
    Article article = small.parseText("x".repeat(10));
    assertEquals(List.of("x".repeat(10)), Stream.concat(article.blocks().stream().map(Block::text),
        article.removed().stream().map(Removal::text)).toList(), "the text is accounted for");
  }

  @Test
  void theDefaultLimitIsDocumentedAndApplied() {
    assertEquals(ArticleParser.DEFAULT_MAX_INPUT_CHARS, parser.maxInputChars());
  }

  @Test
  void aLimitBelowOneFailsWhenTheParserIsBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleParser.builder().maxInputChars(0).build());
    assertTrue(e.getMessage().contains("maxInputChars"), e.getMessage());
  }

  @Test
  void emptyInputGivesAnEmptyArticle() {
    assertTrue(parser.parseText("").blocks().isEmpty());
    assertTrue(parser.parseHtml("", URI.create("https://example.org/")).blocks().isEmpty());
  }
}
