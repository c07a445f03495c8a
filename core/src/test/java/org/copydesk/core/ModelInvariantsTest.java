package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values that break an invariant cannot be built, and the error names the field. */
class ModelInvariantsTest {

  private static void assertRejected(String expectedInMessage, Runnable build) {
    String message = assertThrows(IllegalArgumentException.class, build::run).getMessage();
    assertTrue(message.contains(expectedInMessage), message);
  }

  @Test
  void spanMustNotStartBeforeZeroOrEndBeforeItStarts() {
    assertRejected("span.start", () -> Span.of(-1, 3));
    assertRejected("span.end", () -> Span.of(5, 4));
  }

  @Test
  void quoteNeedsAtLeastOnePart() {
    assertRejected("quote.parts", () -> Quote.builder().kind(Quote.Kind.DIRECT).block(0).build());
  }

  @Test
  void quotePartsMustBeOrderedAndApart() {
    assertRejected("quote.parts", () -> Quote.builder().kind(Quote.Kind.DIRECT).block(0)
        .addPart(Excerpt.of(10, 20, "b")).addPart(Excerpt.of(0, 5, "a")).build());
  }

  @Test
  void scareQuotesHaveNoSpeaker() {
    assertRejected("scare", () -> Quote.builder().kind(Quote.Kind.SCARE).block(0).speaker("s1")
        .addPart(Excerpt.of(0, 5, "term")).build());
  }

  @Test
  void everySpeakerIdNamesASource() {
    Quote quote = Quote.builder().kind(Quote.Kind.DIRECT).block(0).speaker("s2")
        .addPart(Excerpt.of(0, 5, "words")).build();
    assertRejected("s2", () -> Article.builder().addBlock(Paragraph.of("words", Span.of(0, 5)))
        .addQuote(quote).build());
  }

  @Test
  void sourceIdsAreUnique() {
    Source source = Source.builder().id("s1").name("A").kind(Source.Kind.PERSON).build();
    assertRejected("s1", () -> Article.builder().addSources(source, source).build());
  }

  @Test
  void quoteBlockIndexMustNameABlock() {
    Quote quote = Quote.builder().kind(Quote.Kind.DIRECT).block(3).addPart(Excerpt.of(0, 5, "words")).build();
    assertRejected("quotes[0].block", () -> Article.builder().addQuote(quote).build());
  }

  @Test
  void aDuplicateParagraphNamesAnotherBlock() {
    assertRejected("duplicateOf", () -> Article.builder()
        .addBlock(Paragraph.builder().text("a").span(Span.of(0, 1)).duplicateOf(0).build()).build());
  }

  @Test
  void headingLevelsRunFromOneToSix() {
    assertRejected("heading.level", () -> Heading.builder().text("h").span(Span.of(0, 1)).level(7).build());
  }

  @Test
  void quoteTextDefaultsToItsPartsJoinedBySpaces() {
    Quote quote = SampleArticles.allKinds().quotes().get(0);
    assertEquals("This budget keeps our promises, and it balances.", quote.text());
    assertEquals(Span.of(157, 228), quote.span());
  }

  @Test
  void viewsSelectBlocksOfOneKindInOrder() {
    Article article = SampleArticles.allKinds();
    assertEquals(3, article.paragraphs().size());
    assertEquals(2, article.bodyParagraphs().size());
    assertEquals(List.of("What Comes Next"), article.headings().stream().map(Heading::text).toList());
    assertEquals(List.of(MediaEmbed.Kind.IMAGE, MediaEmbed.Kind.VIDEO),
        article.media().stream().map(MediaEmbed::kind).toList());
    assertEquals(Aside.Kind.NEWSLETTER, article.asides().get(0).kind());
    assertEquals(Disclaimer.Kind.CORRECTION, article.disclaimers().get(0).kind());
    assertEquals("Jane Doe", article.authorProfiles().get(0).name());
    assertEquals("The council voted 7-2 on Tuesday to approve the budget.\n\n"
        + "“This budget keeps our promises,” said Mayor Ana Ruiz, “and it balances.”", article.bodyText());
  }

  @Test
  void speakerLookupsFollowSourceIds() {
    Article article = SampleArticles.allKinds();
    Source ruiz = article.speakerOf(article.quotes().get(0)).orElseThrow();
    assertEquals("Ana Ruiz", ruiz.name());
    assertEquals(article.quotes(), article.quotesBy(ruiz));
    assertTrue(article.source("s9").isEmpty());
  }

  @Test
  void visitorsDispatchOnTheBlockKind() {
    Block.Visitor<String> names = new Block.Visitor<>() {
      @Override public String visit(Paragraph p) { return "paragraph"; }
      @Override public String visit(Heading h) { return "heading"; }
      @Override public String visit(MediaEmbed m) { return "media"; }
      @Override public String visit(Aside a) { return "aside"; }
      @Override public String visit(Disclaimer d) { return "disclaimer"; }
      @Override public String visit(AuthorProfile p) { return "authorProfile"; }
    };
    assertEquals(List.of("paragraph", "paragraph", "heading", "media", "media", "aside", "disclaimer",
        "authorProfile", "paragraph"), SampleArticles.allKinds().blocks().stream().map(b -> b.accept(names)).toList());
  }
}
