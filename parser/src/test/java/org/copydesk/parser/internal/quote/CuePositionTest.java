package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.junit.jupiter.api.Test;

/** Speech cues attribute quotes from every position: before, after, inverted, with an apposition, "according to". */
class CuePositionTest {

  @Test
  void cueAfterQuoteWithSubjectFirst() {
    Attributed a = Attributed.paragraphs("""
        "We need change," Tom Reed said on Monday.
        """);
    a.assertSpeaker("Tom Reed", "We need change,");
    assertEquals("said", a.quote("We need change,").cue().orElseThrow().text());
    assertEquals(Quote.Kind.DIRECT, a.quote("We need change,").kind());
  }

  @Test
  void cueAfterQuoteInverted() {
    Attributed a = Attributed.paragraphs("""
        "We need change," said Tom Reed.
        """);
    a.assertSpeaker("Tom Reed", "We need change,");
  }

  @Test
  void cueBeforeQuoteWithColonOrComma() {
    Attributed a = Attributed.paragraphs("""
        Tom Reed said: "We need change." Anna Berg added, "And we need it now."
        """);
    a.assertSpeaker("Tom Reed", "We need change.");
    a.assertSpeaker("Anna Berg", "And we need it now.");
    assertEquals(Quote.Kind.DIRECT, a.quote("And we need it now.").kind());
  }

  @Test
  void appositionBetweenNameAndVerb() {
    Attributed a = Attributed.paragraphs("""
        "The vote was rigged," Tom Reed, a former election official, told reporters.
        """);
    a.assertSpeaker("Tom Reed", "The vote was rigged,");
  }

  @Test
  void capitalisedRoleBetweenNameAndVerb() {
    Attributed a = Attributed.paragraphs("""
        "The program sends a terrible message," Senator Jane Cole, Democrat of Vermont, said.
        """);
    a.assertSpeaker("Jane Cole", "The program sends a terrible message,");
  }

  @Test
  void parentheticalBetweenNameAndVerb() {
    Attributed a = Attributed.paragraphs("""
        "Deadlines are not suggestions," Rep. Jane Cole (R-Utah) said.
        """);
    a.assertSpeaker("Jane Cole", "Deadlines are not suggestions,");
  }

  @Test
  void parentheticalAndAppositionBetweenNameAndVerb() {
    Attributed a = Attributed.paragraphs("""
        "Deadlines are not suggestions," Rep. Jane Cole (R-Utah), a panel member, said.
        """);
    a.assertSpeaker("Jane Cole", "Deadlines are not suggestions,");
  }

  @Test
  void anIndefinitePersonNounSpeaksAsAnUnnamedSource() {
    Attributed a = Attributed.paragraphs("""
        After the vote, a neighbour commented: "For you, the harbour is the reason to stay."
        """);
    assertEquals(Source.Kind.UNNAMED, a.source(a.quote("For you, the harbour is the reason to stay.")).orElseThrow()
        .kind());
  }

  @Test
  void aThingIsNoSpeakerOfTheQuotationAfterItsColon() {
    Attributed a = Attributed.paragraphs("""
        After the vote, a banner read: "For you, the harbour is the reason to stay."
        """);
    assertEquals(Quote.Kind.SCARE, a.quote("For you, the harbour is the reason to stay.").kind());
  }

  @Test
  void aSpeechNounBeforeAColonIntroducesTheWordsOfItsSubject() {
    Attributed a = Attributed.paragraphs("""
        On Monday, Anna Berg made the following comment: "The port is empty. The jobs are gone."
        """);
    a.assertSpeaker("Anna Berg", "The port is empty. The jobs are gone.");
    assertEquals(Quote.Kind.DIRECT, a.quote("The port is empty. The jobs are gone.").kind());
    assertEquals(1, a.quotes().size());
  }

  @Test
  void aPossessorsReplyBeforeAColonIntroducesTheirWords() {
    Attributed a = Attributed.paragraphs("""
        Asked about the ferry, Tom Reed's reply: "We will run it again next year."
        """);
    a.assertSpeaker("Tom Reed", "We will run it again next year.");
    assertEquals(1, a.quotes().size());
  }

  @Test
  void aSpeechNounWithoutSpeakerBeforeAColonIntroducesNobody() {
    Attributed a = Attributed.paragraphs("""
        The last question of the evening: "Who pays for the port?"
        """);
    assertEquals(Quote.Kind.SCARE, a.quote("Who pays for the port?").kind());
  }

  @Test
  void asSomeonePutItIntroducesTheirWords() {
    Attributed a = Attributed.paragraphs("""
        As Anna Berg, a harbour pilot, recently put it, "Who pays for the port in the end?"
        """);
    a.assertSpeaker("Anna Berg", "Who pays for the port in the end?");
    assertEquals(Quote.Kind.DIRECT, a.quote("Who pays for the port in the end?").kind());
  }

  @Test
  void relativeClauseBetweenNameAndVerb() {
    Attributed a = Attributed.paragraphs("""
        Anna Berg, whose son serves near the border, told the paper that she told him to "run the other way."
        """);
    a.assertSpeaker("Anna Berg", "run the other way.");
  }

  @Test
  void accordingToNamesTheSpeakerAfterIt() {
    Attributed a = Attributed.paragraphs("""
        The bridge is "unsafe for trucks," according to the Transport Ministry.
        """);
    a.assertSpeaker("Transport Ministry", "unsafe for trucks,");
    assertEquals("according to", a.quote("unsafe for trucks,").cue().orElseThrow().text());
  }

  @Test
  void participleCueTakesTheSubjectOfTheMainClause() {
    Attributed a = Attributed.paragraphs("""
        Tom Reed defended the remark, saying, "It was a fair question."
        """);
    a.assertSpeaker("Tom Reed", "It was a fair question.");
  }

  @Test
  void timePhraseBetweenSubjectAndVerbIsSkipped() {
    Attributed a = Attributed.paragraphs("""
        After a meeting with the president, Reed this week accused the council of "trying to drag us into a fight."
        """);
    a.assertSpeaker("Reed", "trying to drag us into a fight.");
    assertEquals(Quote.Kind.PARTIAL, a.quote("trying to drag us into a fight.").kind());
  }

  @Test
  void transcriptLabelNamesTheSpeaker() {
    Attributed a = Attributed.paragraphs("""
        "HOST: Will you attend the debate?

        "SMITH: I will not attend it."
        """);
    a.assertSpeaker("Smith", "I will not attend it.");
  }

  @Test
  void dashAfterQuoteNamesTheSpeaker() {
    Attributed a = Attributed.paragraphs("""
        \u201cWe can build a better city.\u201d \u2015 Steve Quinn
        """);
    a.assertSpeaker("Steve Quinn", "We can build a better city.");
  }

  @Test
  void wordsEndingInACommaTakeTheCueRightAfterThemOverAnEarlierOne() {
    Attributed a = Attributed.paragraphs("""
        The letter also said the strike would hurt the town: "Our members have waited long enough," the union wrote.
        """);
    assertEquals("wrote", a.quote("Our members have waited long enough,").cue().orElseThrow().text());
  }

  @Test
  void aCueAfterAConjunctionIsNotTheCueOfTheWordsBeforeIt() {
    Attributed a = Attributed.paragraphs("""
        Tom Reed said the ferry did not give "a reliable service to anyone," but he said the buses "run well" now.
        """);
    Quote q = a.quote("a reliable service to anyone,");
    assertEquals(1, q.parts().size());
    assertEquals(true, q.content().orElseThrow().text().startsWith("the ferry did not give"));
  }

  @Test
  void aTitleAbbreviationDoesNotEndTheSentenceOfTheSpeakersPhrase() {
    Attributed a = Attributed.paragraphs("""
        "We will win!" Her aunt, state Del. Mary Price, shouted to the crowd.
        """);
    assertEquals(Quote.Kind.DIRECT, a.quote("We will win!").kind());
    assertEquals("shouted", a.quote("We will win!").cue().orElseThrow().text());
  }

  @Test
  void aSpeechNounBeforeAColonAfterTheVerbPhraseIntroducesTheWordsOfTheSentencesSubject() {
    Attributed a = Attributed.paragraphs("""
        In a bid for support from Ann Lee, Mayor Tom Reed is rolling out a more personal message: "It is me."
        """);
    a.assertSpeaker("Tom Reed", "It is me.");
    assertEquals(Quote.Kind.DIRECT, a.quote("It is me.").kind());
  }

  @Test
  void aNameAfterAPrepositionIsNoSpeakerOfTheSpeechNounBeforeAColon() {
    Attributed a = Attributed.paragraphs("""
        After a long call with Ann Lee, the board is sending out a short message: "We are closed."
        """);
    assertEquals(true, a.speakerOf("We are closed.").map(n -> !n.contains("Lee")).orElse(true));
  }
}
