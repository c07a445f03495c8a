package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.junit.jupiter.api.Test;

/**
 * Which clause a speech verb reports without "that": the object of a finite, active verb ("argued the plan would
 * fail", "cited the report") is reported speech; the person addressed, a passive's object, an infinitive's object and
 * an introductory adverbial are not; "according to X" reports the clause after its comma; a document speaks as a
 * source of its own.
 */
class ReportedClauseTest {

  private static List<String> reported(String text) {
    return Attributed.paragraphs(text).quotes().stream().filter(q -> q.kind() == Quote.Kind.INDIRECT)
        .map(q -> q.parts().get(0)).map(Excerpt::text).toList();
  }

  @Test
  void aFiniteSpeechVerbReportsTheClauseAfterItWithoutThat() {
    assertEquals(List.of("the new toll would hurt commuters the most"),
        reported("Anna Berg argued the new toll would hurt commuters the most."));
  }

  @Test
  void aLemmaFormAfterAPluralSubjectIsACue() {
    assertEquals(List.of("the harbour will reopen before the summer"),
        reported("Port officials deny the harbour will reopen before the summer."));
  }

  @Test
  void thePersonAddressedIsNoReportedSpeech() {
    assertEquals(List.of(), reported("Anna Berg told the harbour board members on Tuesday."));
  }

  @Test
  void thePersonAddressedIsFollowedByTheClauseAfterThat() {
    assertEquals(List.of("the harbour would reopen in May"),
        reported("Anna Berg told the harbour board that the harbour would reopen in May."));
  }

  @Test
  void aPassiveSpeechVerbReportsNothingWithoutThat() {
    assertEquals(List.of(), reported("Many customers were charged fees they never agreed to pay."));
  }

  @Test
  void anInfinitiveSpeechVerbReportsNothingWithoutThat() {
    assertEquals(List.of(), reported("Anna Berg will find it hard to repeat her attacks on the board."));
  }

  @Test
  void anIntroductoryAdverbialIsNoReportedSpeech() {
    assertEquals(List.of(), reported("During a long speech in the harbour hall, Tom Reed said: \"We stay.\""));
  }

  @Test
  void accordingToReportsTheClauseAfterTheSpeakersComma() {
    assertEquals(List.of("the bridge will stay closed for three more weeks"),
        reported("According to the harbour authority, the bridge will stay closed for three more weeks."));
  }

  @Test
  void aReportThatSaysSomethingIsADocumentSource() {
    Attributed a = Attributed.paragraphs("The audit report said the bridge had been neglected for a decade.");
    Quote q = a.quote("the bridge had been neglected for a decade");
    assertEquals(Source.Kind.DOCUMENT, a.source(q).orElseThrow().kind());
  }

  @Test
  void aPersonWhoSaysSomethingIsNoDocument() {
    Attributed a = Attributed.paragraphs("Tom Reed said the bridge had been neglected for a decade.");
    Quote q = a.quote("the bridge had been neglected for a decade");
    assertEquals(Source.Kind.PERSON, a.source(q).orElseThrow().kind());
  }

  @Test
  void aParentheticalCueAfterAnAdverbialReportsTheWordsAroundIt() {
    Attributed a = Attributed.paragraphs("In the harbour town, Tom Reed said, he found the bridge closed again.");
    Quote q = a.quote("he found the bridge closed again");
    assertEquals("In the harbour town, Tom Reed said, he found the bridge closed again",
        q.content().orElseThrow().text());
    a.assertSpeaker("Tom Reed", "he found the bridge closed again");
  }

  @Test
  void aFullClauseBeforeTheParentheticalCueIsTheReportedSpeech() {
    assertEquals(List.of("The bridge will stay closed for weeks"),
        reported("The bridge will stay closed for weeks, Tom Reed said, standing at the gate."));
  }
  @Test
  void theInfinitiveOfAVerbOfAgreeingIsWhatWasSaid() {
    assertEquals(List.of("to clean up the old mines"), reported("Tom Reed agreed to clean up the old mines."));
  }

  @Test
  void thePersonAddressedAndTheInfinitiveAfterItAreWhatWasSaid() {
    assertEquals(List.of("his staff to find another way"), reported("Tom Reed told his staff to find another way."));
  }

  @Test
  void aNounAfterToIsNoInfinitive() {
    assertEquals(List.of(), reported("Anna Berg agreed to a long interview with the paper."));
  }

  @Test
  void aVerbThatTakesNoInfinitiveReportsNoPlaceAfterTo() {
    assertEquals(List.of(), reported("Anna Berg spoke to voters in the harbour town."));
  }

  @Test
  void aProgressiveSpeechVerbReportsItsObject() {
    assertEquals(List.of("the count of the harbour vote"),
        reported("Tom Reed is questioning the count of the harbour vote."));
  }

  @Test
  void howAfterTheCueOpensTheClause() {
    assertEquals(List.of("the ferry would run in winter"),
        reported("Tom Reed explained how the ferry would run in winter."));
  }
  @Test
  void whatAPhrasalSpeechVerbCallsForIsReportedSpeech() {
    assertEquals(List.of("a review of new ferry licences"),
        reported("Anna Berg called for a review of new ferry licences."));
  }

  @Test
  void thePeopleCalledOnAndTheirInfinitiveAreReportedSpeech() {
    assertEquals(List.of("voters to stay home on Sunday"),
        reported("Anna Berg called on voters to stay home on Sunday."));
  }

  @Test
  void whatSomeoneSpokeAboutIsReportedSpeech() {
    assertEquals(List.of("her deep ties to the harbour town"),
        reported("Anna Berg spoke about her deep ties to the harbour town."));
  }

  @Test
  void aPassiveSpeechVerbAfterAnAdverbReportsNothingWithoutThat() {
    assertEquals(List.of(), reported("Many customers were repeatedly charged fees they never agreed to pay."));
  }

  @Test
  void aProgressiveSpeechVerbAfterAnAdverbReportsItsObject() {
    assertEquals(List.of("the count of the harbour vote"),
        reported("Tom Reed is once again questioning the count of the harbour vote."));
  }
  @Test
  void whatSomeoneIsAccusedOfIsReportedWithThePersonAccused() {
    assertEquals(List.of("the board of hiding the costs"), reported("Anna Berg accused the board of hiding the costs."));
  }

  @Test
  void aPrepositionRightAfterTheVerbIsNoComplement() {
    assertEquals(List.of(), reported("Anna Berg blamed for the delay a storm in the harbour."));
  }
  @Test
  void aSpeechVerbFormAfterADeterminerIsANoun() {
    assertEquals(List.of(), reported("Anna Berg resisted the urge to copy the whole harbour report."));
  }

  @Test
  void aPassiveVerbOfAskingReportsNoInfinitive() {
    assertEquals(List.of(), reported("The harbour pilots were asked to leave the meeting hall early."));
  }
}
