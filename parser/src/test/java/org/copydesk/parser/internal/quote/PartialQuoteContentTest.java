package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.core.Quote;
import org.junit.jupiter.api.Test;

/**
 * A partial quote carries the clause it completes as its content: after the cue (and its "that"), or before a
 * postposed ", she said"; a direct quote has none; quoted words completing a reported clause are partial.
 */
class PartialQuoteContentTest {

  private static Quote quote(String text, String part) {
    return Attributed.paragraphs(text).quote(part);
  }

  @Test
  void theClauseAfterTheCueIsThePartialQuotesContent() {
    Quote q = quote("Tom Reed said the plan was \"a disaster\" for the harbour.", "a disaster");
    assertEquals(Quote.Kind.PARTIAL, q.kind());
    assertEquals("the plan was \"a disaster\" for the harbour", q.content().orElseThrow().text());
  }

  @Test
  void theClauseAfterThatIsTheContent() {
    Quote q = quote("Tom Reed said on Monday that the plan was \"a disaster.\"", "a disaster.");
    assertEquals("the plan was \"a disaster.\"", q.content().orElseThrow().text());
  }

  @Test
  void aNamingVerbsObjectAndQuotedNameAreTheContent() {
    Quote q = quote("Anna Berg called the new toll \"a tax on the poor\" at the meeting.", "a tax on the poor");
    assertEquals(Quote.Kind.PARTIAL, q.kind());
    assertTrue(q.content().orElseThrow().text().startsWith("the new toll \"a tax on the poor\""),
        q.content().toString());
  }

  @Test
  void aDirectQuoteHasNoContent() {
    Quote q = quote("\"We will rebuild the bridge,\" Tom Reed said.", "We will rebuild the bridge,");
    assertEquals(Quote.Kind.DIRECT, q.kind());
    assertTrue(q.content().isEmpty());
  }

  @Test
  void quotedWordsCompletingAReportedClauseArePartial() {
    Quote q = quote("Tom Reed said that if the council pays, \"we will rebuild the bridge by May.\"",
        "we will rebuild the bridge by May.");
    assertEquals(Quote.Kind.PARTIAL, q.kind());
    assertEquals("if the council pays, \"we will rebuild the bridge by May.\"", q.content().orElseThrow().text());
  }

  @Test
  void aScareQuoteHasNoContent() {
    Quote q = quote("The so-called \"smart toll\" opens next week.", "smart toll");
    assertEquals(Quote.Kind.SCARE, q.kind());
    assertTrue(q.content().isEmpty());
  }
  @Test
  void theWordsBeforeAQuotedEndAndItsPostposedSpeakerAreTheContent() {
    Quote q = quote("The harbour \"has changed for the better,\" Tom Reed said in June, citing the new quay.",
        "has changed for the better,");
    assertEquals(Quote.Kind.PARTIAL, q.kind());
    assertEquals("The harbour \"has changed for the better,\"", q.content().orElseThrow().text());
  }

  @Test
  void aQuotationEndingWithoutACommaBeforeTheSpeakerHasNoClauseBeforeIt() {
    Quote q = quote("The harbour is \"a disaster\" Tom Reed said in June.", "a disaster");
    assertTrue(q.content().isEmpty() || !q.content().orElseThrow().text().startsWith("The harbour"),
        q.content().toString());
  }
  @Test
  void aReportOfAReportBelongsToTheOuterSpeaker() {
    Attributed a = Attributed.paragraphs(
        "Tom Reed said on Friday that Anna Berg once described the ferry plan as \"the gold standard\" of budgets.");
    Quote q = a.quote("the gold standard");
    assertEquals("Anna Berg once described the ferry plan as \"the gold standard\" of budgets",
        q.content().orElseThrow().text());
    a.assertSpeaker("Tom Reed", "the gold standard");
  }

  @Test
  void aFragmentOfASingleReportBelongsToItsOwnSpeaker() {
    Attributed a = Attributed.paragraphs("Anna Berg once described the ferry plan as \"the gold standard\" of budgets.");
    a.assertSpeaker("Anna Berg", "the gold standard");
  }
}
