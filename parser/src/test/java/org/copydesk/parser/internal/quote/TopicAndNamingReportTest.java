package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.junit.jupiter.api.Test;

/** What a verb of naming ("called it a hoax") or a topic preposition ("complained about") reports. */
class TopicAndNamingReportTest {

  private static Attributed assertReported(String text, String... parts) {
    Attributed a = Attributed.paragraphs(text);
    assertEquals(List.of(parts), a.quotes().stream().filter(q -> q.kind() == Quote.Kind.INDIRECT)
        .map(q -> q.parts().get(0)).map(Excerpt::text).toList());
    return a;
  }

  @Test
  void whatANamedSpeakerCalledSomethingIsReported() {
    assertReported("Tom Reed called the harbour plan a costly mistake.", "the harbour plan a costly mistake")
        .assertSpeaker("Tom Reed", "the harbour plan a costly mistake");
  }

  @Test
  void anAdverbMayStandBetweenTheSpeakerAndTheNamingVerb() {
    assertReported("Anna Berg has repeatedly likened the ferry deal to a trap.", "the ferry deal to a trap");
  }

  @Test
  void callingAMeetingIsNoReport() {
    assertReported("Tom Reed called an emergency meeting of the harbour board.");
  }

  @Test
  void aParticipleAfterACommaNamesNothing() {
    assertReported("His new charity, called the Harbour Trust, will own the old pier.");
  }

  @Test
  void aNounAfterAPossessiveIsNoCue() {
    assertReported("Anna Berg's call came after a long week at the harbour office.");
  }

  @Test
  void whatTheWordsWereAboutIsReportedAfterATopicPreposition() {
    assertReported("Tom Reed complained bitterly about the noise from the harbour.", "the noise from the harbour");
  }

  @Test
  void thePersonAddressedMayStandBeforeTheTopicPreposition() {
    assertReported("The reporter asked Anna Berg about the cost of the bridge.", "the cost of the bridge");
  }

  @Test
  void aPrepositionOfTimeAfterTheCueReportsNothing() {
    assertReported("Tom Reed spoke on Tuesday at the harbour office.");
  }
}
