package org.copydesk.parser.internal.quote;

import static org.copydesk.parser.internal.quote.Attributed.assertIndirect;

import org.junit.jupiter.api.Test;

/** Speech verbs in constructions that report no words: each negative stands beside the positive it resembles. */
class UnreportedCueTest {

  @Test
  void aClauseOfTimeAfterTheCueIsNoReport() {
    assertIndirect("Tom Reed said as he left the harbour office on Monday.");
    assertIndirect("Tom Reed said when she left the harbour office on Monday.");
  }

  @Test
  void aPrepositionalAdverbialBeforeAPronounStillOpensTheReport() {
    assertIndirect("Tom Reed said after the meeting he would sign the plan.", "he would sign the plan");
  }

  @Test
  void theSentenceBeforeARelativeSubjectIsNoReport() {
    assertIndirect("The fair drew large crowds from the whole valley, and Anna Berg, who joked about the rain.");
  }

  @Test
  void theWordsBeforeAModalCueAreNoReport() {
    assertIndirect("If the council stalls the plan, the port could threaten closures along the coast.");
  }

  @Test
  void aParticipialOpenerBeforeTheSpeakerIsNoReport() {
    assertIndirect("Speaking to students at the college, Tom Reed responded to the mayor.");
  }

  @Test
  void aPostposedCueReportsTheClauseBeforeIt() {
    assertIndirect("The harbour will reopen before the summer, Tom Reed said.",
        "The harbour will reopen before the summer");
  }

  @Test
  void aPostposedAddressingCueReportsTheClauseBeforeIt() {
    assertIndirect("The harbour will reopen before the summer, Tom Reed told the local paper.",
        "The harbour will reopen before the summer");
  }

  @Test
  void aSpeakerPhraseRunningOverAModalReportsNothing() {
    assertIndirect("Voters may not let the papers tell them how to vote in the harbour election.");
  }

  @Test
  void aPassiveCueAfterAnAdverbReportsNothing() {
    assertIndirect("Many tenants were mistakenly charged fees for the harbour parking.");
  }

  @Test
  void thatAfterAnObjectOfAVerbAddressingNoOneIsARelativeInsideTheObject() {
    assertIndirect("Tom Reed explained the plan the same way that the mayor had done before.",
        "the plan the same way that the mayor had done before");
  }

  @Test
  void thatAfterATimeWordStillOpensTheReport() {
    assertIndirect("Tom Reed said this week that the harbour would reopen.", "the harbour would reopen");
  }
}
