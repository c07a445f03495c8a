package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
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

  @Test
  void aCreditWordAfterTheDateStartsTheCredit() {
    assertEquals(List.of("Jane Doe"), byline("Published August 7, 2023 by Jane Doe").authors());
    assertEquals(List.of("Jane Doe"), byline("September 1st, 2023 By Jane Doe").authors());
    assertEquals(List.of("Jane Doe"), byline("Updated Mar 5, 2026 at 4:28 PM EST by Jane Doe").authors());
  }

  @Test
  void aCreditWordAfterASeparatorStartsTheCredit() {
    assertEquals(List.of("Jane Doe"), byline("March 15, 2022 \u00B7 3 min read \u00B7 By Jane Doe").authors());
  }

  @Test
  void aPhotoCreditInACaptionAfterADateIsNoByline() {
    Structure s = Read.structure("Council Approves New Budget\n\n"
        + "The chamber on March 13, 2019. (Photo by Jane Doe / AFP)\n\n" + STORY);
    assertEquals(java.util.Optional.empty(), s.byline());
  }

  @Test
  void aCreditWordWrittenTwiceOrGluedToTheNameIsRead() {
    assertEquals(List.of("Jane Doe"), byline("Written byby Jane Doe").authors());
    assertEquals(List.of("Jane Doe"), byline("Written byJane Doe").authors());
  }

  @Test
  void textGluedBeforeACreditWordIsDropped() {
    assertEquals(List.of("Jane Doe"), byline("Byline profile imageWritten by Jane Doe").authors());
  }

  @Test
  void aDateLabelGluedToTheNameEndsIt() {
    Structure s = Read.structure("Council Approves New Budget\n\nBy Jane DoePublished: Jun 25, 2025\n\n" + STORY);
    assertEquals(List.of("Jane Doe"), s.byline().orElseThrow().authors());
    assertEquals(java.util.Optional.of("2025-06-25"), s.published());
  }

  @Test
  void aDotOperatorBetweenBlanksSeparatesTheNameFromItsTitle() {
    assertEquals(List.of("Jane Doe"), byline("By Jane Doe \u22C5 Founder and Editor-in-Chief \u22C5 Updated May 6, 2025")
        .authors());
  }

  @Test
  void aWideGapSeparatesANameFromItsPublisher() {
    Byline byline = byline("Jane Doe   USA TODAY");
    assertEquals(List.of("Jane Doe"), byline.authors());
    assertEquals(List.of("USA TODAY"), byline.contributors());
  }

  @Test
  void aCreditAfterAStandfirstIsTheByline() {
    Structure s = Read.structure("""
        Council Approves New Budget

        The council voted seven to two on Tuesday to approve the new budget after a long debate.

        By Jane Doe

        June 25, 2025

        """ + STORY);
    assertEquals(List.of("Jane Doe"), s.byline().orElseThrow().authors());
    assertEquals(java.util.Optional.of("2025-06-25"), s.published());
  }

  @Test
  void aLoneNameRightUnderTheHeadlineIsTheAuthor() {
    assertEquals(List.of("Jane Doe"), byline("Jane Doe").authors());
  }

  @Test
  void aTitleCasedLineAfterTheFirstParagraphIsNoAuthor() {
    Structure s = Read.structure("""
        Council Approves New Budget

        The council voted seven to two on Tuesday to approve the new budget after a long debate.

        Residents Welcome Road Repairs

        """ + STORY);
    assertEquals(java.util.Optional.empty(), s.byline());
  }

  @Test
  void anImagePlaceholderInACreditIsNotPartOfTheName() {
    assertEquals(List.of("Jane Doe"), byline("Written by:[jane-doe]Jane Doe").authors());
  }

  @Test
  void aCreditRunOnAfterTheStandfirstIsRead() {
    Byline byline = byline("The city's schools get more money and the roads get less. By Jane Doe on Dec. 19, 2025");
    assertEquals(List.of("Jane Doe"), byline.authors());
  }

  @Test
  void aNameWrittenBeforeTheCreditThatRepeatsItIsRead() {
    assertEquals(List.of("Jane Doe"), byline("Jane Doe By Jane Doe Last Updated: December 6, 2024").authors());
    assertEquals(List.of("Jane Doe"), byline("Picture of Jane Doe By Jane Doe").authors());
  }

  @Test
  void capitalisedWordsBeforeACreditWordThatDoNotRepeatTheNameOpenNoCredit() {
    assertEquals(Optional.empty(), Read.structure("Council Approves New Budget\n\nShow Cover Art by Tom Roe\n\n"
        + STORY).byline());
  }

  @Test
  void aGroupCreditKeepsItsGroupWord() {
    assertEquals(List.of("The Example Editorial Team"), byline("By The Example Editorial Team").authors());
    assertEquals(List.of("Jane Doe", "The Metro Newsroom"), byline("By Jane Doe and The Metro Newsroom").authors());
  }

  @Test
  void aDegreeAfterANameIsNoAuthorOfItsOwn() {
    assertEquals(List.of("Jane Doe"), byline("By Jane Doe, Ph.D.").authors());
    assertEquals(List.of("Jane Doe"), byline("Jane Doe, MS, RD").authors());
  }

  @Test
  void aReadingTimeAfterTheNameIsNotPartOfIt() {
    assertEquals(List.of("Jane Doe"), byline("By Jane Doe 5 min read").authors());
  }

  @Test
  void aDateLabelBeforeANumericDateIsNotPartOfTheName() {
    assertEquals(List.of("Jane Doe"), byline("By Jane Doe On 5/2/24 at 4:00 PM").authors());
  }

  @Test
  void addressesAndHandlesBesideTheNameAreDropped() {
    assertEquals(List.of("Jane Doe"), byline("By Jane Doe jdoe@example.org").authors());
    assertEquals(List.of("Jane Doe"), byline("By Jane Doe@janedoe May 2, 2024").authors());
  }

  @Test
  void anAddressAloneIsNoCredit() {
    Structure s = Read.structure("Council Approves New Budget\n\nBy desk@example.org\n\n" + STORY);
    assertEquals(Optional.empty(), s.byline());
  }

  @Test
  void aCreditWordGluedToTheNameAtTheLineStartOpensTheCredit() {
    assertEquals(List.of("Jane Doe"), byline("ByJane Doe").authors());
  }

  @Test
  void aNameAfterTheDateTheLineOpensWithIsTheAuthor() {
    assertEquals(List.of("Jane Doe"), byline("May 2, 2024 \u00B7 6 min read \u00B7 Jane Doe").authors());
    assertEquals(List.of("Jane Doe"), byline("May 2, 2024May 9, 2024Jane Doe").authors());
    assertEquals(List.of("Jane Doe"), byline("May 2, 2024 - Updated May 9, 2024 Jane Doe").authors());
  }

  @Test
  void wordsAfterTheDateThatAreNoNamesMakeNoCredit() {
    Structure s = Read.structure("Council Approves New Budget\n\nMay 2, 2024 \u00B7 Updated Today\n\n" + STORY);
    assertEquals(Optional.empty(), s.byline());
  }

  @Test
  void aTimeOfDayAfterTheNameIsNoLabelColon() {
    assertEquals(List.of("Jane Doe"), byline("Jane Doe Published 10:19am 2 May 2024").authors());
    Structure s = Read.structure("Council Approves New Budget\n\nFiled under: Jane Doe 2 May 2024\n\n" + STORY);
    assertEquals(Optional.empty(), s.byline());
  }

  @Test
  void aDatedSignatureUnderAQuotationIsNoCredit() {
    Structure s = Read.structure("Council Approves New Budget\n\n" + STORY
        + "\n\u2014 Jane Doe (@jdoe) May 2, 2024\n\n" + STORY);
    assertEquals(Optional.empty(), s.byline());
  }

  @Test
  void oneWordPartsAfterAFullNameAreItsAffiliationNotCoAuthors() {
    assertEquals(List.of("Jane Doe"), byline("By Jane Doe, Co-Founder & COO").authors());
    assertEquals(List.of("Jane Doe"), byline("By Jane Doe, Senior Editor, Features & Culture").authors());
    assertEquals(List.of("Jane Doe", "John Roe"), byline("By Jane Doe and John Roe").authors());
  }
}
