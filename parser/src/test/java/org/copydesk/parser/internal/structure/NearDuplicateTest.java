package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.copydesk.core.Paragraph;
import org.junit.jupiter.api.Test;

/** A passage a page shows twice is kept in place and marked as a repeat of its fuller copy. */
class NearDuplicateTest {

  private static List<Paragraph> paragraphs(String text) {
    return Read.blocks(Read.structure(text), Paragraph.class);
  }

  @Test
  void aShorterCopyPointsToTheFullerOneEvenWhenItComesFirst() {
    List<Paragraph> p = paragraphs("""
        Council Approves New Budget

        Critics said the budget leaves too little for the roads, which have not been repaired in more than a decade.

        Without a vote of the full board, the mayor accused the council of "planning cuts to every school in town."

        Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.

        This week, without a vote of the full board, the mayor accused the council of \
        "planning cuts to every school in town."
        """);
    assertEquals(OptionalInt.of(3), p.get(1).duplicateOf());
    assertEquals(OptionalInt.empty(), p.get(2).duplicateOf());
    assertEquals(OptionalInt.empty(), p.get(3).duplicateOf());
  }

  @Test
  void anIdenticalCopyPointsToTheEarlierOne() {
    List<Paragraph> p = paragraphs("""
        Council Approves New Budget

        The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

        Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.

        The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

        Critics said the budget leaves too little for the roads, which have not been repaired in more than a decade.
        """);
    assertEquals(OptionalInt.empty(), p.get(0).duplicateOf());
    assertEquals(OptionalInt.of(0), p.get(2).duplicateOf());
    assertEquals(OptionalInt.empty(), p.get(3).duplicateOf());
  }

  @Test
  void paragraphsThatShareAFewWordsAreNotRepeats() {
    List<Paragraph> p = paragraphs("""
        Council Approves New Budget

        The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

        The council voted again on Wednesday, this time to delay the repairs to the roads until the spring.
        """);
    assertEquals(List.of(OptionalInt.empty(), OptionalInt.empty()), p.stream().map(Paragraph::duplicateOf).toList());
  }
}
