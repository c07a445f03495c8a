package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.junit.jupiter.api.Test;

/** Speech verbs in constructions that report no words: each negative stands beside the positive it resembles. */
class UnreportedCueTest {

  private static void assertReported(String text, String... parts) {
    Attributed a = Attributed.paragraphs(text);
    assertEquals(List.of(parts), a.quotes().stream().filter(q -> q.kind() == Quote.Kind.INDIRECT)
        .map(q -> q.parts().get(0)).map(Excerpt::text).toList());
  }

  @Test
  void aClauseOfTimeAfterTheCueIsNoReport() {
    assertReported("Tom Reed said as he left the harbour office on Monday.");
    assertReported("Tom Reed said when she left the harbour office on Monday.");
  }

  @Test
  void aPrepositionalAdverbialBeforeAPronounStillOpensTheReport() {
    assertReported("Tom Reed said after the meeting he would sign the plan.", "he would sign the plan");
  }

  @Test
  void theSentenceBeforeARelativeSubjectIsNoReport() {
    assertReported("The fair drew large crowds from the whole valley, and Anna Berg, who joked about the rain.");
  }

  @Test
  void theWordsBeforeAModalCueAreNoReport() {
    assertReported("If the council stalls the plan, the port could threaten closures along the coast.");
  }

  @Test
  void aParticipialOpenerBeforeTheSpeakerIsNoReport() {
    assertReported("Speaking to students at the college, Tom Reed responded to the mayor.");
  }

  @Test
  void aPostposedCueReportsTheClauseBeforeIt() {
    assertReported("The harbour will reopen before the summer, Tom Reed said.",
        "The harbour will reopen before the summer");
  }

  @Test
  void aPostposedAddressingCueReportsTheClauseBeforeIt() {
    assertReported("The harbour will reopen before the summer, Tom Reed told the local paper.",
        "The harbour will reopen before the summer");
  }

  @Test
  void aSpeakerPhraseRunningOverAModalReportsNothing() {
    assertReported("Voters may not let the papers tell them how to vote in the harbour election.");
  }

  @Test
  void aPassiveCueAfterAnAdverbReportsNothing() {
    assertReported("Many tenants were mistakenly charged fees for the harbour parking.");
  }

  @Test
  void thatAfterAnObjectOfAVerbAddressingNoOneIsARelativeInsideTheObject() {
    assertReported("Tom Reed explained the plan the same way that the mayor had done before.",
        "the plan the same way that the mayor had done before");
  }

  @Test
  void thatAfterATimeWordStillOpensTheReport() {
    assertReported("Tom Reed said this week that the harbour would reopen.", "the harbour would reopen");
  }
}
