package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.junit.jupiter.api.Test;

/** Reported speech without quotation marks: which words a cue reports, and who speaks them. */
class IndirectSpeechTest {

  /** Attributes {@code text} and checks that its reported speech is exactly {@code clauses}, in order. */
  private static Attributed assertReported(String text, String... clauses) {
    Attributed a = Attributed.paragraphs(text);
    assertEquals(List.of(clauses), a.quotes().stream().filter(q -> q.kind() == Quote.Kind.INDIRECT)
        .map(q -> q.parts().get(0)).map(Excerpt::text).toList());
    return a;
  }

  @Test
  void theClauseAfterSaidIsReportedByTheSpeaker() {
    String clause = "the bridge will stay closed for three more weeks";
    assertReported("Tom Reed said " + clause + ".", clause).assertSpeaker("Tom Reed", clause);
  }

  @Test
  void theClauseBeforeTheSpeakerIsReportedWhenNothingFollowsTheCue() {
    assertReported("The bridge will stay closed for three more weeks, Tom Reed said on Monday.",
        "The bridge will stay closed for three more weeks");
  }

  @Test
  void aComplementiserCloseBehindTheCueStartsTheClause() {
    assertReported("Anna Berg told reporters on Tuesday that the harbour would reopen in May.",
        "the harbour would reopen in May");
  }

  @Test
  void aCommaAsideMayStandBetweenTheCueAndTheComplementiser() {
    assertReported("Anna Berg insisted, most recently in an interview with a local paper, that the harbour would "
        + "reopen.", "the harbour would reopen");
  }

  @Test
  void aLaterDemonstrativeThatIsNotTheComplementiser() {
    assertReported("Tom Reed said the latest test could change that balance in the region.",
        "the latest test could change that balance in the region");
  }

  @Test
  void aPronounRightBehindTheCueStartsTheClauseEvenWithALaterThat() {
    assertReported("Tom Reed said he did not believe the claims, arguing that the real problem was the budget.",
        "he did not believe the claims", "the real problem was the budget");
  }

  @Test
  void anIntroductionBeforeTheSpeakersCommaIsNotWhatWasSaid() {
    String clause = "she was asked to present her research to a client";
    assertReported("As a summer associate at a law firm, Anna Berg said " + clause + ".", clause)
        .assertSpeaker("Anna Berg", clause);
  }

  @Test
  void aNestedReportStaysInsideTheClauseThatReportsIt() {
    String clause = "Anna Berg promised to keep supporting the harbour plan";
    assertReported("Tom Reed says " + clause + ".", clause).assertSpeaker("Tom Reed", clause);
  }

  @Test
  void anotherSpeakersCueEndsTheClauseBeforeThatSpeaker() {
    assertReported("Tom Reed said the harbour would reopen in May and Anna Berg said the repairs would take longer.",
        "the harbour would reopen in May", "the repairs would take longer")
        .assertSpeaker("Anna Berg", "the repairs would take longer");
  }

  @Test
  void aCapitalisedVerbFormInsideANameIsNoCue() {
    assertReported("Tom Reed has said that the United States cannot afford to keep running the risk.",
        "the United States cannot afford to keep running the risk");
  }

  @Test
  void aPrepositionalPhraseAfterTheCueIsNoReportedSpeech() {
    assertReported("\"We will rebuild,\" Tom Reed said in an interview at the harbour office.");
  }

  @Test
  void aSentenceWithAQuotationStillReportsTheClauseOfAnotherCue() {
    assertReported("\"We will rebuild,\" Tom Reed said, adding that the harbour would reopen in May.",
        "the harbour would reopen in May");
  }

  @Test
  void aGroupNounOpeningTheSentenceSpeaksAsAGroup() {
    String clause = "the latest test could change the balance in the region";
    Attributed a = assertReported("Experts say " + clause + ".", clause);
    assertEquals(Source.Kind.GROUP, a.source(a.quote(clause)).orElseThrow().kind());
  }
  @Test
  void aTitledSpeakerSetOffByCommasLeavesTheClauseAroundIt() {
    Attributed a = assertReported("The harbour, Mr. Reed said, would reopen before the summer.",
        "would reopen before the summer");
    assertEquals("The harbour, Mr. Reed said, would reopen before the summer",
        a.quote("would reopen before the summer").content().orElseThrow().text());
  }

  @Test
  void aTitledSpeakerAfterTheClauseReportsTheWordsBeforeIt() {
    assertReported("The harbour will reopen before the summer, Mayor Reed said.",
        "The harbour will reopen before the summer");
  }

  @Test
  void anUntitledNameAfterTheCueCommaIsNoTitle() {
    assertReported("In the harbour town, Reed said, the ferries will run again.", "the ferries will run again");
  }
  @Test
  void aClauseAfterThatMayOpenWithAnAdverbial() {
    assertReported("Tom Reed noted that at the last meeting, the board approved the ferry.",
        "at the last meeting, the board approved the ferry");
  }

  @Test
  void anAdverbialRightAfterTheCueWithoutThatIsNoClause() {
    assertReported("Tom Reed spoke at the last meeting of the harbour board.");
  }

  @Test
  void aClauseOfTimeAfterTheCueIsNoReportedSpeech() {
    assertReported("\"We stay,\" Tom Reed said as he entered the harbour hall.");
  }
  @Test
  void theNounAfterOfHeadsAPartitiveSpeaker() {
    assertReported("Nearly seven of 10 parents say they plan to attend the meeting.", "they plan to attend the meeting")
        .assertSpeaker("Nearly seven of 10 parents", "they plan to attend the meeting");
  }

  @Test
  void aShareOfThosePolledSpeaksAsAGroup() {
    Attributed a = assertReported("Only 52 percent said the mayor was fit to serve another term.",
        "the mayor was fit to serve another term");
    assertEquals(Source.Kind.GROUP, a.source(a.quote("the mayor was fit to serve another term")).orElseThrow().kind());
  }
  @Test
  void aShortAdverbialMayStandBetweenSaidAndAClauseOpenedByAPronoun() {
    assertReported("Tom Reed said after the long meeting he would not sign the harbour plan.",
        "he would not sign the harbour plan");
  }

  @Test
  void anAdverbialWithoutAClauseAfterItStaysNoReportedSpeech() {
    assertReported("Tom Reed said after the long meeting with the board members.");
  }
  @Test
  void aVideoClipSpeaksAsADocument() {
    Attributed a = assertReported("The clip says the mayor never paid for the ferry.", "the mayor never paid for the ferry");
    assertEquals(Source.Kind.DOCUMENT, a.source(a.quote("the mayor never paid for the ferry")).orElseThrow().kind());
  }
  @Test
  void anAsideAfterThatBelongsToTheClause() {
    assertReported("Tom Reed said that, if elected, he would close the ferry line.",
        "if elected, he would close the ferry line");
  }
}
