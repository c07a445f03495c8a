package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Byline;
import org.junit.jupiter.api.Test;

/** Credit lines in the forms pages print them become authors and contributors. */
class BylineFormsTest {

  private static final String STORY = """
      The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

      Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.
      """;

  private static Byline byline(String header) {
    return Read.structure("Council Approves New Budget\n\n" + header + "\n\n" + STORY).byline().orElseThrow();
  }

  @Test
  void byWithTwoNamesCreditsBothAsAuthors() {
    Byline byline = byline("By Jane Doe and John Roe");
    assertEquals(List.of("Jane Doe", "John Roe"), byline.authors());
    assertEquals(List.of(), byline.contributors());
    assertEquals("By Jane Doe and John Roe", byline.text());
  }

  @Test
  void writtenByBasedOnReportingByMakesTheReportersContributors() {
    Byline byline = byline("Written by Jane Doe based on reporting by the City Desk Service.");
    assertEquals(List.of("Jane Doe"), byline.authors());
    assertEquals(List.of("the City Desk Service"), byline.contributors());
  }

  @Test
  void nameBesideAnAgencyMakesTheAgencyAContributor() {
    Byline byline = byline("Jane Doe, Reuters");
    assertEquals(List.of("Jane Doe"), byline.authors());
    assertEquals(List.of("Reuters"), byline.contributors());
  }

  @Test
  void anAgencyAloneIsTheAuthor() {
    Byline byline = byline("Reuters November 18, 2019 11:03 PM");
    assertEquals(List.of("Reuters"), byline.authors());
    assertEquals(List.of(), byline.contributors());
  }

  @Test
  void jobTitlesAndDatesAreNotNames() {
    assertEquals(List.of("Tom Doe"), byline("By Tom Doe, Staff Writer").authors());
    assertEquals(List.of("Tom Doe"), byline("By Tom Doe Staff Writer Nov. 19, 2019").authors());
    assertEquals(List.of("Tom Doe"), byline("Posted by Tom Doe on November 19, 2019, 6:21 AM EST").authors());
  }

  @Test
  void aTitleGluedToTheNameIsTakenApart() {
    assertEquals(List.of("Meg James"), byline("By Meg JamesStaff Writer").authors());
  }

  @Test
  void aLoneByLineTakesTheNamesOnTheNextLine() {
    Byline byline = byline("By\nSarah E. Needleman");
    assertEquals(List.of("Sarah E. Needleman"), byline.authors());
    assertEquals("By\nSarah E. Needleman", byline.text());
  }

  @Test
  void creditWordsInOtherLanguagesOpenACredit() {
    assertEquals(List.of("Moritz Bachmann"), byline("Von Moritz Bachmann publiziert am 25. September 2018").authors());
    assertEquals(List.of("Ana Lima"), byline("Por Ana Lima").authors());
  }

  @Test
  void aClosingReportingCreditAfterTheStoryIsTheByline() {
    Structure s = Read.structure("Council Approves New Budget\n\n" + STORY
        + "\n(Reporting by Jane Doe and John Roe; Editing by Ann Lee)\n");
    Byline byline = s.byline().orElseThrow();
    assertEquals(List.of(), byline.authors());
    assertEquals(List.of("Jane Doe", "John Roe", "Ann Lee"), byline.contributors());
  }

  @Test
  void aSentenceStartingWithByIsNotACredit() {
    Structure s = Read.structure("Council Approves New Budget\n\n"
        + "By Tuesday, the council had voted seven to two to approve the new budget after a long debate.\n\n" + STORY);
    assertEquals(true, s.byline().isEmpty());
    assertEquals(3, Read.body(s).size());
  }
}
