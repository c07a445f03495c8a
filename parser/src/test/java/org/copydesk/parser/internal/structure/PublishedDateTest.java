package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
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
    assertEquals("2019-11-19", DateReader.find("Posted by Tom Doe on November 19th, 2019").orElseThrow().iso());
    assertEquals(Optional.empty(), DateReader.find("May the best team win"));
  }
}
