package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Removal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** What the parse methods accept, and the only exceptions they throw. */
class ArticleParserContractTest {

  private final ArticleParser parser = ArticleParser.create();

  @Test
  void nullTextIsRejectedNamingTheArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> parser.parseText((String) null));
    assertEquals("text must not be null", e.getMessage());
  }

  @Test
  void nullHtmlOrBaseUriIsRejectedNamingTheArgument() {
    assertEquals("html must not be null",
        assertThrows(NullPointerException.class, () -> parser.parseHtml((String) null)).getMessage());
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

  @Test
  void anyStringIsAcceptedAndKeepsTheInvariants() {
    qt().withExamples(500).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(text -> ArticleInvariants.assertHoldForText(text, parser.parseText(text)));
  }

  @Test
  void unpairedSurrogatesNulsControlsAndRightToLeftTextAreParsedAsText() {
    String text = """
        \uD800 alone and \uDFFF alone
        \u0000\u0007\u001B[1m bell and escape
        \u202Eمرحبا بالعالم\u202C and \u200Fשלום\u200E
        """;
    Article article = parser.parseText(text);
    ArticleInvariants.assertHoldForText(text, article);
    Stream<String> read = Stream.concat(Stream.concat(article.headline().stream(),
        article.blocks().stream().map(Block::text)), article.removed().stream().map(Removal::text));
    assertTrue(read.anyMatch(t -> t.contains("\u202Eمرحبا")), article::toString);
  }

  @Tag("slow")
  @Test
  void fiftyMegabytesOnOneLineAreParsedWithARaisedLimit() {
    String line = "The council voted on Tuesday to approve the budget. ".repeat(1_000_000);
    ArticleParser large = ArticleParser.builder().maxInputChars(line.length()).build();
    Article article = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> large.parseText(line));
    assertEquals(52_000_000, line.length());
    ArticleInvariants.assertSpansSliceTheInput(line, article);
    ArticleInvariants.assertEveryNonBlankCharacterAccountedFor(line, article);
  }

  @Test
  void everyExceptionThrownOnPurposeIsACopydeskException() {
    CopydeskException tooLarge = new InputTooLargeException("text", 11, 10);
    CopydeskException internal = new InternalParserException(new IllegalStateException("x"));
    assertTrue(tooLarge.getMessage().contains("limit"), tooLarge.getMessage());
    assertTrue(internal.getMessage().contains("report"), internal.getMessage());
  }

  @Test
  void anInternalFailureNamesTheStageItCameFrom() {
    IllegalStateException bug = new IllegalStateException("span.end (3) must be >= start (5)");
    bug.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("org.copydesk.core.Checks", "span", "Checks.java", 12),
        new StackTraceElement("org.copydesk.parser.internal.quote.QuoteFinder$Scan", "next", "QuoteFinder.java", 40),
        new StackTraceElement("org.copydesk.parser.internal.TextPipeline", "parse", "TextPipeline.java", 20)});

    InternalParserException e = new InternalParserException(bug);

    assertEquals("quote", e.stage());
    assertEquals(bug, e.getCause());
    assertTrue(e.getMessage().contains("quote stage"), e.getMessage());
    assertTrue(e.getMessage().contains("span.end (3) must be >= start (5)"), e.getMessage());
  }
}
