package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Disclaimer;
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
}
