package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Block;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.Paragraph;
import org.junit.jupiter.api.Test;

/** Notices about the article are typed disclaimers, not body paragraphs. */
class DisclaimerTest {

  private static final String STORY = """
      Council Approves New Budget

      The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

      Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.

      """;

  private static List<Disclaimer> disclaimers(String text) {
    return Read.blocks(Read.structure(text), Disclaimer.class);
  }

  @Test
  void aPseudonymNoticeIsAPseudonymsDisclaimer() {
    List<Disclaimer> d = disclaimers(STORY
        + "The Daily is using pseudonyms for the parents quoted in this story to protect their children.\n");
    assertEquals(List.of(Disclaimer.Kind.PSEUDONYMS), d.stream().map(Disclaimer::kind).toList());
  }

  @Test
  void namesChangedIsAPseudonymsDisclaimer() {
    assertEquals(Disclaimer.Kind.PSEUDONYMS,
        disclaimers(STORY + "Some names have been changed to protect the families.\n").get(0).kind());
  }

  @Test
  void aLegalNoticeTakesItsFollowUpLines() {
    List<Disclaimer> d = disclaimers(STORY + """
        The Daily has been declared an "undesirable organization" by the government.

        If you live there, please note that you could face fines for sharing our content.

        To find out more, click here.
        """);
    assertEquals(1, d.size());
    assertEquals(Disclaimer.Kind.LEGAL, d.get(0).kind());
    assertTrue(d.get(0).text().endsWith("To find out more, click here."));
  }

  @Test
  void aCorrectionIsACorrectionDisclaimer() {
    assertEquals(Disclaimer.Kind.CORRECTION, disclaimers(STORY
        + "Correction: An earlier version of this article misstated the number of votes against the budget.\n")
        .get(0).kind());
  }

  @Test
  void anEditorsNoteIsAnEditorsNoteDisclaimer() {
    assertEquals(Disclaimer.Kind.EDITORS_NOTE, disclaimers(STORY
        + "Editor’s note: This story has been updated with the final vote count.\n").get(0).kind());
  }

  @Test
  void aClosingLineCreditingReportingIsAnEditorsNote() {
    assertEquals(Disclaimer.Kind.EDITORS_NOTE,
        disclaimers(STORY + "Jane Roe contributed reporting from Springfield.\n").get(0).kind());
    assertEquals(List.of(), disclaimers(STORY + "The parents contributed money to pay for the new roof of the school "
        + "gym.\n"));
  }

  @Test
  void aDisclaimerIsNotBody() {
    Structure s = Read.structure(STORY + "Some names have been changed to protect the families.\n");
    assertEquals(2, Read.body(s).size());
  }

  private static final String LONG_BEFORE = "The council met for six hours on Tuesday, and members argued about "
      + "the roads, the schools and the pay of the staff who keep the town hall open through the winter months.\n\n";
  private static final String LONG_AFTER = "\n\nThe mayor said the budget would be published in full on the "
      + "town's website next week, so that residents can read every line of it before the next meeting.\n";

  @Test
  void aPenNameMentionedInTheStoryIsNoPseudonymNotice() {
    Structure s = Read.structure(STORY + "The novelist, who wrote under a pseudonym for many years, said the "
        + "library cuts were a mistake.\n");
    assertEquals(List.of(), Read.blocks(s, Disclaimer.class));
    assertEquals(List.of(), s.pseudonymNotices());
    assertEquals(3, Read.body(s).size());
  }

  @Test
  void pseudonymNoticesAreReportedByBlockIndex() {
    Structure s = Read.structure(STORY + "Some names have been changed to protect the families.\n");
    assertEquals(1, s.pseudonymNotices().size());
    Block notice = s.blocks().get(s.pseudonymNotices().get(0));
    assertEquals(Disclaimer.Kind.PSEUDONYMS, ((Disclaimer) notice).kind());
  }

  @Test
  void aLongBodyParagraphSayingNamesWereChangedStaysAParagraphAndIsANotice() {
    String paragraph = "Like many of the parents who spoke to us over three months of reporting in the villages "
        + "along the border, where families have lived for generations and where the army now recruits most of "
        + "its conscripts each spring and autumn, Alena asked that her surname be left out, and names have been "
        + "changed throughout this story to protect the families from reprisals by the local authorities.";
    Structure s = Read.structure(STORY + paragraph + "\n");
    assertEquals(List.of(), Read.blocks(s, Disclaimer.class));
    Block notice = s.blocks().get(s.pseudonymNotices().get(0));
    assertTrue(notice instanceof Paragraph, notice.toString());
    assertEquals(paragraph, notice.text());
  }

  @Test
  void aDesignationReportedInTheMiddleOfTheStoryIsNoLegalNotice() {
    Structure s = Read.structure(STORY + LONG_BEFORE + "Two years ago the justice ministry declared the charity an "
        + "undesirable organization, a label its lawyers have since challenged in three courts without success, "
        + "the director said on Tuesday." + LONG_AFTER);
    assertEquals(List.of(), Read.blocks(s, Disclaimer.class));
  }

  @Test
  void errataMentionedInASentenceIsNoCorrection() {
    assertEquals(List.of(), disclaimers(STORY + "The publisher printed errata in the second edition.\n"));
  }

  @Test
  void anEditorsNoteMentionedInASentenceIsNoEditorsNote() {
    assertEquals(List.of(), disclaimers(STORY + "Her editor's note to the staff asked for more care.\n"));
  }

  @Test
  void viewsExpressedAtAMeetingInTheMiddleOfTheStoryAreNoOpinionDisclaimer() {
    Structure s = Read.structure(STORY + LONG_BEFORE + "Many of the views expressed at the meeting on Tuesday "
        + "were hostile to the plan, and several residents left before the vote, saying the council had already "
        + "made up its mind." + LONG_AFTER);
    assertEquals(List.of(), Read.blocks(s, Disclaimer.class));
  }
}
