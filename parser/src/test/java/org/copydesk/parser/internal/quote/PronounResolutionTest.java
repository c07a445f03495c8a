package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.copydesk.core.Source;
import org.junit.jupiter.api.Test;

/** He, she and they resolve to the latest fitting source, using the gender the text states. */
class PronounResolutionTest {

  @Test
  void pronounAfterNamedSpeakerResolvesToThatSpeaker() {
    Attributed a = Attributed.paragraphs("""
        Anna Berg runs the shelter. It opened in May.

        "We are full every night," she said.
        """);
    a.assertSpeaker("Anna Berg", "We are full every night,");
  }

  @Test
  void pronounSkipsTheLaterPersonOfTheOtherGender() {
    Attributed a = Attributed.paragraphs("""
        Mrs. Novak met Mr. Kowal at the station.

        "It was cold," she said.
        """);
    a.assertSpeaker("Novak", "It was cold,");
  }

  @Test
  void givenNameStatesGender() {
    Attributed a = Attributed.paragraphs("""
        Sarah Cole waited for hours, and then Peter Lind arrived.

        "I had given up," she said.
        """);
    a.assertSpeaker("Sarah Cole", "I had given up,");
    assertEquals(Optional.of(Source.Gender.FEMALE), a.source("Sarah Cole").gender());
  }

  @Test
  void resolvedPronounStatesTheGenderOfANameWithoutOne() {
    Attributed a = Attributed.paragraphs("""
        Kestrin Vale said the river rose overnight. "The water came fast," she said.

        Mr. Tomas Brand lives nearby. "Nobody warned us," she said.
        """);
    a.assertSpeaker("Kestrin Vale", "Nobody warned us,");
    assertEquals(Optional.of(Source.Gender.FEMALE), a.source("Kestrin Vale").gender());
  }

  @Test
  void pronounMentionIsRecordedOnItsSource() {
    Attributed a = Attributed.paragraphs("""
        John Smith spoke first. "We will appeal," he said.
        """);
    Source smith = a.source("John Smith");
    assertEquals("he", smith.mentions().get(smith.mentions().size() - 1).text());
  }

  @Test
  void pronounWithNobodyBeforeItLeavesTheQuoteWithoutSpeaker() {
    Attributed a = Attributed.paragraphs("""
        "It is over," she said.
        """);
    assertEquals(Optional.empty(), a.speakerOf("It is over,"));
  }
}
