package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.junit.jupiter.api.Test;

/** A quotation split by its attribution, or going on after it, is one quote of several parts. */
class SplitQuoteAttributionTest {

  @Test
  void quoteSplitBySpeechCueIsOneQuoteOfTwoParts() {
    Attributed a = Attributed.paragraphs("""
        Their visa was refused. "There are agents," Jane Doe said, "but they charge a lot."
        """);
    assertEquals(1, a.quotes().size());
    Quote q = a.quotes().get(0);
    assertEquals(List.of("There are agents,", "but they charge a lot."), q.parts().stream().map(Excerpt::text).toList());
    assertEquals(Quote.Kind.DIRECT, q.kind());
    assertEquals("said", q.cue().orElseThrow().text());
    a.assertSpeaker("Jane Doe", "but they charge a lot.");
  }

  @Test
  void quoteGoingOnInTheNextSentenceIsAFurtherPartOfTheSameQuote() {
    Attributed a = Attributed.paragraphs("""
        "We were not told," Mayor Tom Reed said after the meeting. "Nobody called us."
        """);
    assertEquals(1, a.quotes().size());
    assertEquals(2, a.quotes().get(0).parts().size());
    a.assertSpeaker("Tom Reed", "Nobody called us.");
  }

  @Test
  void secondQuoteWithItsOwnCueIsASeparateQuote() {
    Attributed a = Attributed.paragraphs("""
        "We were not told," John Smith said. "Nobody called us," he added.
        """);
    assertEquals(2, a.quotes().size());
    assertEquals("added", a.quote("Nobody called us,").cue().orElseThrow().text());
    a.assertSpeaker("John Smith", "Nobody called us,");
  }

  @Test
  void quotedFragmentsOfOneClauseMakeOnePartialQuoteOfTheirCue() {
    Attributed a = Attributed.paragraphs("""
        John Smith said the council was "planning cuts" that could mean "fewer nurses."
        """);
    assertEquals(1, a.quotes().size());
    Quote q = a.quote("planning cuts");
    assertEquals(Quote.Kind.PARTIAL, q.kind());
    assertEquals(2, q.parts().size());
    assertEquals("the council was \"planning cuts\" that could mean \"fewer nurses.\"", q.content().orElseThrow().text());
    a.assertSpeaker("John Smith", "fewer nurses.");
  }

  @Test
  void quotedFragmentsOfTwoSpeakersStayTwoQuotes() {
    Attributed a = Attributed.paragraphs("""
        John Smith said the plan was "a disaster," and Mary Jones said it was "a triumph."
        """);
    assertEquals(2, a.quotes().stream().filter(q -> q.kind() == Quote.Kind.PARTIAL).count());
    a.assertSpeaker("John Smith", "a disaster,");
    a.assertSpeaker("Mary Jones", "a triumph.");
  }

  @Test
  void aFragmentAfterTheSharedCueJoinsTheDirectQuoteItContinues() {
    Attributed a = Attributed.paragraphs("""
        "Each time you repeat that," Anna Berg said, "you help them."
        """);
    assertEquals(1, a.quotes().size());
    Quote q = a.quote("Each time you repeat that,");
    assertEquals(Quote.Kind.DIRECT, q.kind());
    assertEquals(2, q.parts().size());
  }

  @Test
  void aFragmentOfAnotherSpeakerDoesNotJoinTheDirectQuote() {
    Attributed a = Attributed.paragraphs("""
        "We will rebuild the bridge," Anna Berg said. Tom Reed called it "a waste."
        """);
    assertEquals(2, a.quotes().size());
  }
  @Test
  void aLowerCaseRestAfterAParticipleOfTheSameSpeakerJoinsTheQuote() {
    Attributed a = Attributed.paragraphs("""
        "Each time you repeat that," Tom Reed said, referring to the audit, "you hand them a weapon."
        """);
    assertEquals(1, a.quotes().size());
    assertEquals(List.of("Each time you repeat that,", "you hand them a weapon."),
        a.quotes().get(0).parts().stream().map(Excerpt::text).toList());
    assertEquals(Quote.Kind.DIRECT, a.quotes().get(0).kind());
  }

  @Test
  void aShortOpeningBeforeTheCueStillMakesOneDirectQuoteWithItsRest() {
    Attributed a = Attributed.paragraphs("""
        "That," Tom Reed added, "will make life harder for the ferry crews."
        """);
    assertEquals(1, a.quotes().size());
    assertEquals(Quote.Kind.DIRECT, a.quotes().get(0).kind());
    assertEquals(2, a.quotes().get(0).parts().size());
  }

  @Test
  void aCapitalisedSentenceAfterAddingIsAQuoteOfItsOwn() {
    Attributed a = Attributed.paragraphs("""
        "We cannot afford this anymore," Tom Reed said, adding later, "The port costs us a fortune."
        """);
    assertEquals(2, a.quotes().size());
    a.assertSpeaker("Tom Reed", "The port costs us a fortune.");
    assertEquals(Quote.Kind.DIRECT, a.quote("The port costs us a fortune.").kind());
  }

  @Test
  void aTitleAfterTheCueIsNoPartOfTheQuoteAndTheNextSentenceStillIs() {
    Attributed a = Attributed.paragraphs("""
        "He is right. The harbour is empty," Tom Reed said on the radio show "Morning Talk." "I mean, nobody comes."
        """);
    Quote q = a.quote("He is right. The harbour is empty,");
    assertEquals(List.of("He is right. The harbour is empty,", "I mean, nobody comes."),
        q.parts().stream().map(Excerpt::text).toList());
  }

  @Test
  void quotedWordsWithAStopInsideAreSentencesThatContinueTheSpeaker() {
    Attributed a = Attributed.paragraphs("""
        "Here comes the captain," Anna Berg said, clapping. "The Captain. Our Captain."
        """);
    a.assertSpeaker("Anna Berg", "The Captain. Our Captain.");
  }

  @Test
  void aCueOfTheNextSentenceIntroducingAQuotationBelongsToThatOne() {
    Attributed a = Attributed.paragraphs("""
        John Smith asked: "Are you coming? We leave at noon." To which Mary Jones said, "Nobody leaves before lunch."
        """);
    assertEquals(2, a.quotes().size());
    assertEquals(1, a.quote("Nobody leaves before lunch.").parts().size());
    a.assertSpeaker("Mary Jones", "Nobody leaves before lunch.");
  }

  @Test
  void aCueRightAfterTheQuotationStillJoinsTheQuotationAfterIt() {
    Attributed a = Attributed.paragraphs("""
        "We will win!" Mary Jones shouted to the crowd. "The whole town is watching."
        """);
    assertEquals(1, a.quotes().size());
    assertEquals(2, a.quotes().get(0).parts().size());
    a.assertSpeaker("Mary Jones", "The whole town is watching.");
  }

  @Test
  void aQuotationAColonIntroducesAfterNarrativeStartsANewQuoteOfTheSameSpeaker() {
    Attributed a = Attributed.paragraphs("""
        "I don't like the plan," Tom Reed said. He grew so angry that he changed his answer: "Of course I like it."
        """);
    assertEquals(2, a.quotes().size());
    assertEquals(1, a.quote("Of course I like it.").parts().size());
    a.assertSpeaker("Tom Reed", "Of course I like it.");
  }

  @Test
  void aSentenceWithoutACueOfItsOwnGoesOnWithTheFragmentBeforeIt() {
    Attributed a = Attributed.paragraphs("""
        The new timetable is "a real step back," Mary Jones said on Friday. "We lose an hour each way."
        """);
    assertEquals(1, a.quotes().size());
    Quote q = a.quotes().get(0);
    assertEquals(Quote.Kind.PARTIAL, q.kind());
    assertEquals(List.of("a real step back,", "We lose an hour each way."),
        q.parts().stream().map(Excerpt::text).toList());
    assertEquals(true, q.content().orElseThrow().text().endsWith("We lose an hour each way."));
  }

  @Test
  void aSentenceWithACueOfItsOwnAfterAFragmentIsAQuoteOfItsOwn() {
    Attributed a = Attributed.paragraphs("""
        The new timetable is "a real step back," Mary Jones said. "We lose an hour each way," Tom Reed added.
        """);
    assertEquals(Quote.Kind.DIRECT, a.quote("We lose an hour each way,").kind());
    assertEquals(1, a.quote("We lose an hour each way,").parts().size());
  }

  @Test
  void aShortOpeningAndTheSentencesAfterItMakeADirectQuote() {
    Attributed a = Attributed.paragraphs("""
        "Amazing," Tom Reed said after the race. "Nobody expected us to finish."
        """);
    assertEquals(1, a.quotes().size());
    assertEquals(Quote.Kind.DIRECT, a.quotes().get(0).kind());
    assertEquals(2, a.quotes().get(0).parts().size());
  }
}
