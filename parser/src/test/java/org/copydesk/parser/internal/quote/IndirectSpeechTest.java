package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.junit.jupiter.api.Test;

/** Reported speech without quotation marks: which words a cue reports, and who speaks them. */
class IndirectSpeechTest {

  private static List<String> indirect(Attributed a) {
    return a.quotes().stream().filter(q -> q.kind() == Quote.Kind.INDIRECT)
        .map(q -> q.parts().get(0)).map(Excerpt::text).toList();
  }

  @Test
  void theClauseAfterSaidIsReportedByTheSpeaker() {
    Attributed a = Attributed.paragraphs("Tom Reed said the bridge will stay closed for three more weeks.");
    assertEquals(List.of("the bridge will stay closed for three more weeks"), indirect(a));
    a.assertSpeaker("Tom Reed", "the bridge will stay closed for three more weeks");
  }

  @Test
  void theClauseBeforeTheSpeakerIsReportedWhenNothingFollowsTheCue() {
    Attributed a = Attributed.paragraphs("The bridge will stay closed for three more weeks, Tom Reed said on Monday.");
    assertEquals(List.of("The bridge will stay closed for three more weeks"), indirect(a));
  }

  @Test
  void aComplementiserCloseBehindTheCueStartsTheClause() {
    Attributed a = Attributed.paragraphs("Anna Berg told reporters on Tuesday that the harbour would reopen in May.");
    assertEquals(List.of("the harbour would reopen in May"), indirect(a));
  }

  @Test
  void aCommaAsideMayStandBetweenTheCueAndTheComplementiser() {
    Attributed a = Attributed.paragraphs(
        "Anna Berg insisted, most recently in an interview with a local paper, that the harbour would reopen.");
    assertEquals(List.of("the harbour would reopen"), indirect(a));
  }

  @Test
  void aLaterDemonstrativeThatIsNotTheComplementiser() {
    Attributed a = Attributed.paragraphs("Tom Reed said the latest test could change that balance in the region.");
    assertEquals(List.of("the latest test could change that balance in the region"), indirect(a));
  }

  @Test
  void aPronounRightBehindTheCueStartsTheClauseEvenWithALaterThat() {
    Attributed a = Attributed.paragraphs(
        "Tom Reed said he did not believe the claims, arguing that the real problem was the budget.");
    assertEquals(List.of("he did not believe the claims", "the real problem was the budget"), indirect(a));
  }

  @Test
  void anIntroductionBeforeTheSpeakersCommaIsNotWhatWasSaid() {
    Attributed a = Attributed.paragraphs(
        "As a summer associate at a law firm, Anna Berg said she was asked to present her research to a client.");
    assertEquals(List.of("she was asked to present her research to a client"), indirect(a));
    a.assertSpeaker("Anna Berg", "she was asked to present her research to a client");
  }

  @Test
  void aNestedReportStaysInsideTheClauseThatReportsIt() {
    Attributed a = Attributed.paragraphs("Tom Reed says Anna Berg promised to keep supporting the harbour plan.");
    assertEquals(List.of("Anna Berg promised to keep supporting the harbour plan"), indirect(a));
    a.assertSpeaker("Tom Reed", "Anna Berg promised to keep supporting the harbour plan");
  }

  @Test
  void anotherSpeakersCueEndsTheClauseBeforeThatSpeaker() {
    Attributed a = Attributed.paragraphs(
        "Tom Reed said the harbour would reopen in May and Anna Berg said the repairs would take longer.");
    assertEquals(List.of("the harbour would reopen in May", "the repairs would take longer"), indirect(a));
    a.assertSpeaker("Anna Berg", "the repairs would take longer");
  }

  @Test
  void aCapitalisedVerbFormInsideANameIsNoCue() {
    Attributed a = Attributed.paragraphs(
        "Tom Reed has said that the United States cannot afford to keep running the risk.");
    assertEquals(List.of("the United States cannot afford to keep running the risk"), indirect(a));
  }

  @Test
  void aSentenceWithAQuotationReportsNothingWithoutMarks() {
    Attributed a = Attributed.paragraphs("\"We will rebuild,\" Tom Reed said in an interview at the harbour office.");
    assertEquals(List.of(), indirect(a));
  }

  @Test
  void aGroupNounOpeningTheSentenceSpeaksAsAGroup() {
    Attributed a = Attributed.paragraphs("Experts say the latest test could change the balance in the region.");
    assertEquals(Source.Kind.GROUP, a.source(a.quote("the latest test could change the balance in the region"))
        .orElseThrow().kind());
  }
}
