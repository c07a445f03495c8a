package org.copydesk.parser.internal.quote;

import static org.copydesk.parser.internal.quote.Attributed.assertIndirect;

import org.junit.jupiter.api.Test;

/** What a verb of naming ("called it a hoax") or a topic preposition ("complained about") reports. */
class TopicAndNamingReportTest {

  @Test
  void whatANamedSpeakerCalledSomethingIsReported() {
    assertIndirect("Tom Reed called the harbour plan a costly mistake.", "the harbour plan a costly mistake")
        .assertSpeaker("Tom Reed", "the harbour plan a costly mistake");
  }

  @Test
  void anAdverbMayStandBetweenTheSpeakerAndTheNamingVerb() {
    assertIndirect("Anna Berg has repeatedly likened the ferry deal to a trap.", "the ferry deal to a trap");
  }

  @Test
  void callingAMeetingIsNoReport() {
    assertIndirect("Tom Reed called an emergency meeting of the harbour board.");
  }

  @Test
  void aParticipleAfterACommaNamesNothing() {
    assertIndirect("His new charity, called the Harbour Trust, will own the old pier.");
  }

  @Test
  void aNounAfterAPossessiveIsNoCue() {
    assertIndirect("Anna Berg's call came after a long week at the harbour office.");
  }

  @Test
  void whatTheWordsWereAboutIsReportedAfterATopicPreposition() {
    assertIndirect("Tom Reed complained bitterly about the noise from the harbour.", "the noise from the harbour");
  }

  @Test
  void thePersonAddressedMayStandBeforeTheTopicPreposition() {
    assertIndirect("The reporter asked Anna Berg about the cost of the bridge.", "the cost of the bridge");
  }

  @Test
  void aPrepositionOfTimeAfterTheCueReportsNothing() {
    assertIndirect("Tom Reed spoke on Tuesday at the harbour office.");
  }
}
