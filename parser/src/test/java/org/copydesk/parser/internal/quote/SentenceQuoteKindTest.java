package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.copydesk.core.Quote;
import org.junit.jupiter.api.Test;

/**
 * Whether attributed quoted words are a sentence of the speaker ({@code direct}) or a fragment of the writer's
 * sentence ({@code partial}): what stands right before the opening mark and the case the words open with decide.
 */
class SentenceQuoteKindTest {

  private static Quote.Kind kindOf(String text, String quoted) {
    return Attributed.paragraphs(text).quote(quoted).kind();
  }

  @Test
  void aSentenceTheCueIntroducesIsDirectWhateverFollowsIt() {
    assertEquals(Quote.Kind.DIRECT, kindOf("Anna Berg chanted \"What deadline?\" and kept marching.", "What deadline?"));
  }

  @Test
  void aSentenceAfterTheCuesCommaIsDirectEvenWhenTheSentenceGoesOn() {
    assertEquals(Quote.Kind.DIRECT,
        kindOf("Anna Berg pleaded with him and said, \"Don't you sign it,\" until the police came.", "Don't you sign it,"));
  }

  @Test
  void lowerCaseWordsAfterTheCuesCommaAreAFragment() {
    assertEquals(Quote.Kind.PARTIAL, kindOf("Tom Reed said, \"we were stunned.\"", "we were stunned."));
  }

  @Test
  void aSentenceAfterThePersonAddressedIsDirect() {
    assertEquals(Quote.Kind.DIRECT, kindOf("""
        Tom Reed told his radio listeners on Monday, "What happened is simple. The board failed."
        """, "What happened is simple. The board failed."));
  }

  @Test
  void aTitleTheCueIntroducesStaysPartial() {
    assertEquals(Quote.Kind.PARTIAL, kindOf("Anna Berg chanted \"Our Time Is Now\" as she left.", "Our Time Is Now"));
  }
  @Test
  void aSentenceSetOffByDashesIsDirect() {
    assertEquals(Quote.Kind.DIRECT, kindOf("""
        Tom Reed responded to the remark -- "That makes me careful" -- and moved on.
        """, "That makes me careful"));
  }

  @Test
  void aLowerCaseFragmentBetweenDashesStaysPartial() {
    assertEquals(Quote.Kind.PARTIAL, kindOf("""
        Tom Reed called the plan -- "a costly mistake" -- and moved on.
        """, "a costly mistake"));
  }

  @Test
  void aSentenceSetOffByDashesInsideAReportedClauseStaysDirect() {
    assertEquals(Quote.Kind.DIRECT, kindOf("""
        Tom Reed said the ferry was late -- "Nobody told us anything" -- and that he would complain.
        """, "Nobody told us anything"));
  }

  @Test
  void lowerCaseWordsAfterAnOpeningAdverbialAndBeforeTheirCueAreTheSpeakersSentence() {
    assertEquals(Quote.Kind.DIRECT, kindOf("""
        As for the cost, "the new bridge will pay for itself within a decade," said Tom Reed, who chairs the board.
        """, "the new bridge will pay for itself within a decade,"));
  }

  @Test
  void lowerCaseWordsAfterAClauseAndBeforeTheirCueStayAFragment() {
    assertEquals(Quote.Kind.PARTIAL, kindOf("""
        The new bridge was, "in a word, a disaster," Tom Reed said on Monday.
        """, "in a word, a disaster,"));
  }
}
