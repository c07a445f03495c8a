package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.copydesk.core.Quote;
import org.junit.jupiter.api.Test;

/** A term set in quotation marks that nobody is quoted as saying is a scare quote without speaker. */
class ScareQuoteTest {

  @Test
  void shortQuotedTermWithoutCueIsAScareQuote() {
    Attributed a = Attributed.paragraphs("""
        Some of the alleged "railway guerrillas" have been given long sentences.
        """);
    Quote q = a.quote("railway guerrillas");
    assertEquals(Quote.Kind.SCARE, q.kind());
    assertEquals(Optional.empty(), q.speaker());
  }

  @Test
  void quotedTermThatIsTheSubjectOfASpeechVerbIsNotSpokenByIt() {
    Attributed a = Attributed.paragraphs("""
        John Smith said he was fine. And a "politruk," the old term for a political officer, soon told him to go.
        """);
    assertEquals(Quote.Kind.SCARE, a.quote("politruk,").kind());
  }

  @Test
  void titleOfAWorkInQuotationMarksIsNeverADirectQuote() {
    Attributed a = Attributed.paragraphs("""
        John Smith said the band played "Born In The Dark" twice.
        """);
    assertEquals(Quote.Kind.PARTIAL, a.quote("Born In The Dark").kind());
  }

  @Test
  void titleCaseQuoteStandingAloneDoesNotContinueTheSpeakerBefore() {
    Attributed a = Attributed.paragraphs("""
        "We will rebuild," John Smith said.

        'All Bets Are Off.'
        """);
    assertEquals(Quote.Kind.SCARE, a.quote("All Bets Are Off.").kind());
  }

  @Test
  void termAfterNamingVerbIsAttributedAsPartial() {
    Attributed a = Attributed.paragraphs("""
        Secretary General Ban Ki-moon condemned what he called a "brazen breach" of the rules.
        """);
    assertEquals(Quote.Kind.PARTIAL, a.quote("brazen breach").kind());
    a.assertSpeaker("Ban Ki-moon", "brazen breach");
  }
}
