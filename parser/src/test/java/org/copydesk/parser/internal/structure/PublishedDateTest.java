package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.copydesk.parser.internal.structure.lines.Dates;
import org.junit.jupiter.api.Test;

/** The page's date line is read as the published date, in ISO-8601, with its span. */
class PublishedDateTest {

  private static final String STORY = """
      The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

      Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.
      """;

  private static Structure page(String dateLine) {
    return Read.structure("Council Approves New Budget\n\n" + dateLine + "\n\n" + STORY);
  }

  @Test
  void monthNameDayAndYearAreReadAsAnIsoDate() {
    Structure s = page("Updated 1:39 am EST, Wednesday, November 20, 2019");
    assertEquals(Optional.of("2019-11-20"), s.published());
    assertEquals("Updated 1:39 am EST, Wednesday, November 20, 2019",
        s.publishedSpan().orElseThrow().slice("Council Approves New Budget\n\n"
            + "Updated 1:39 am EST, Wednesday, November 20, 2019\n\n" + STORY));
  }

  @Test
  void abbreviatedMonthsWithFullStopsAreRead() {
    assertEquals(Optional.of("2019-11-19"), page("Nov. 19, 2019 8:03 am ET").published());
  }

  @Test
  void dayBeforeMonthInOtherLanguagesIsRead() {
    assertEquals(Optional.of("2010-10-22"), page("sexta-feira, 22 de outubro de 2010 às 20:13").published());
    assertEquals(Optional.of("2018-09-24"), page("24 сентября 2018").published());
    assertEquals(Optional.of("2018-09-25"), page("25. September 2018").published());
  }

  @Test
  void numericDatesAreRead() {
    assertEquals(Optional.of("2018-08-25"), page("기사입력 :[ 2018-08-25 15:24 ]").published());
    assertEquals(Optional.of("2018-09-27"), page("27/09/2018").published());
    assertEquals(Optional.of("2019-11-18"), page("21:17 18.11.2019").published());
  }

  @Test
  void aDateInTheBylineIsReadAndTheBylineKeepsTheLine() {
    String text = "Council Approves New Budget\n\nBy Jane Doe - Nov 19, 2019, 10:31 pm CST\n\n" + STORY;
    Structure s = Read.structure(text);
    assertEquals(Optional.of("2019-11-19"), s.published());
    assertEquals("Nov 19, 2019", s.publishedSpan().orElseThrow().slice(text));
    assertEquals("By Jane Doe - Nov 19, 2019, 10:31 pm CST", s.byline().orElseThrow().text());
  }

  @Test
  void impossibleDatesAreNotRead() {
    assertEquals(Optional.empty(), page("February 30, 2019").published());
  }

  @Test
  void dateReaderFindsDatesInsideText() {
    Dates english = Dates.of(Optional.of("en"), Dates.Order.MONTH_FIRST);
    assertEquals("2019-11-19", english.find("Posted by Tom Doe on November 19th, 2019").orElseThrow().iso());
    assertEquals(Optional.empty(), english.find("May the best team win"));
  }

  @Test
  void monthNamesOfEveryLocaleComeFromTheJdk() {
    Dates any = Dates.of(Optional.empty(), Dates.Order.MONTH_FIRST);
    assertEquals("2019-11-19", any.find("19 Kasım 2019").orElseThrow().iso());
    assertEquals("2019-11-19", any.find("19. marraskuuta 2019").orElseThrow().iso());
    assertEquals("2019-11-19", any.find("19 ноября 2019").orElseThrow().iso());
    assertEquals("2019-09-05", any.find("Sept. 5, 2019").orElseThrow().iso());
  }

  @Test
  void aMonthNameThatMeansAnotherMonthElsewhereIsReadInThePagesLanguage() {
    assertEquals("2019-11-05", Dates.of(Optional.of("pl"), Dates.Order.DAY_FIRST)
        .find("5 listopada 2019").orElseThrow().iso());
    assertEquals("2019-10-05", Dates.of(Optional.of("hr"), Dates.Order.DAY_FIRST)
        .find("5 listopada 2019").orElseThrow().iso());
  }

  @Test
  void aWordGluedToTheMonthIsTakenApart() {
    assertEquals(Optional.of("2024-04-16"), page("calendarApr 16, 2024").published());
  }

  @Test
  void aTimeGluedToTheYearIsTakenApart() {
    Dates english = Dates.of(Optional.of("en"), Dates.Order.MONTH_FIRST);
    Dates.Found found = english.find("October 17, 20236:01 PM ET").orElseThrow();
    assertEquals("2023-10-17", found.iso());
    assertEquals("October 17, 2023".length(), found.end());
    assertEquals("2024-06-14", english.find("Jun 14, 20244 mins").orElseThrow().iso());
    assertEquals(Optional.empty(), english.find("March 27, 3025"));
  }

  @Test
  void ambiguousNumericDatesFollowTheLanguagesShortDateFormat() {
    assertEquals(Dates.Order.DAY_FIRST, Dates.orderOf(Optional.of("fr"), List.of("Le 03/04/2019")));
    assertEquals(Dates.Order.MONTH_FIRST, Dates.orderOf(Optional.of("en"), List.of("On 03/04/2019")));
    assertEquals("2019-04-03", Dates.of(Optional.of("fr"), Dates.Order.DAY_FIRST)
        .find("Publié le 03/04/2019").orElseThrow().iso());
  }

  @Test
  void ambiguousNumericDatesFollowThePagesOtherDates() {
    assertEquals(Dates.Order.DAY_FIRST,
        Dates.orderOf(Optional.of("en"), List.of("03/04/2019", "Comment posted 25/12/2019")));
    assertEquals(Dates.Order.MONTH_FIRST,
        Dates.orderOf(Optional.of("fr"), List.of("03/04/2019", "Comment posted 12/25/2019")));
  }

  @Test
  void aPagesOtherDateDecidesItsAmbiguousDateLine() {
    Structure s = Read.structure("Council Approves New Budget\n\n03/04/2019\n\n" + STORY
        + "\nComment posted 25/12/2019\n");
    assertEquals(Optional.of("2019-04-03"), s.published());
  }

  @Test
  void aDateLineOfItsOwnAmongTheBodysFirstLinesIsTheDate() {
    Structure s = Read.structure("Council Approves New Budget\n\n" + STORY + "\nThe council chamber.\n\nMay 31, 2024\n\n"
        + "Critics said the budget leaves too little for the roads, which have not been repaired in a decade.\n");
    assertEquals(Optional.of("2024-05-31"), s.published());
  }

  @Test
  void aSentenceWithADateInTheBodyIsNoDateLine() {
    Structure s = Read.structure("Council Approves New Budget\n\n" + STORY
        + "\nThe vote is on May 31, 2024.\n\n"
        + "Critics said the budget leaves too little for the roads, which have not been repaired in a decade.\n");
    assertEquals(Optional.empty(), s.published());
  }

  private static final String RELATED = """
        • Related: Parks
        • Related: Roads
        • Related: Schools
        • Related: Libraries
        • Related: Housing
        • Related: Transport
      """;

  @Test
  void aLabelledDateLineFarAfterTheStoryIsTheDateWhenNoneStandsNearer() {
    Structure s = Read.structure("Council Approves New Budget\n\n" + STORY + "\n" + RELATED
        + "\nPublished August 13, 2025\n");
    assertEquals(Optional.of("2025-08-13"), s.published());
  }

  @Test
  void anUnlabelledDateThatFarAfterTheStoryIsNoDate() {
    Structure s = Read.structure("Council Approves New Budget\n\n" + STORY + "\n" + RELATED
        + "\nAugust 13, 2025\n");
    assertEquals(Optional.empty(), s.published());
  }
}
