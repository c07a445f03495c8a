package org.copydesk.parser.internal.quote;

import org.junit.jupiter.api.Test;

/**
 * The subject of the sentence speaks through a cue coordinated with its first verb ("… and said"), through "by saying",
 * and past an adverbial set off by commas; the object of the first verb never speaks.
 */
class SpeakerOfCoordinatedCueTest {

  @Test
  void aCueAfterAndTakesTheSentencesSubjectNotTheFirstVerbsObject() {
    Attributed a = Attributed.paragraphs("""
        Anna Berg thanked the harbour workers and said the bridge was "stronger than ever."
        """);
    a.assertSpeaker("Anna Berg", "stronger than ever.");
  }

  @Test
  void byFollowedByAnIngCueTakesTheSentencesSubject() {
    Attributed a = Attributed.paragraphs("""
        Tom Reed answered a question on Monday night by saying the toll was "a fair price."
        """);
    a.assertSpeaker("Tom Reed", "a fair price.");
  }

  @Test
  void anAdverbialBetweenCommasIsSkippedToTheName() {
    Attributed a = Attributed.paragraphs("""
        Mayor Anna Berg, at a later briefing, said, "We have been told everything."
        """);
    a.assertSpeaker("Anna Berg", "We have been told everything.");
  }

  @Test
  void aNameInsideTheAdverbialIsNoSpeaker() {
    Attributed a = Attributed.paragraphs("""
        Tom Reed, at a meeting with Anna Berg, said, "We will rebuild the bridge."
        """);
    a.assertSpeaker("Tom Reed", "We will rebuild the bridge.");
  }
}
