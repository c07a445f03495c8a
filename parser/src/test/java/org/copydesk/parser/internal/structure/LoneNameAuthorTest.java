package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Byline;
import org.junit.jupiter.api.Test;

/** A person's name on a line of its own, beside the date or under the headline, is the author. */
class LoneNameAuthorTest {

  private static final String STORY = """
      The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

      Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.

      Readers can sign up for the email newsletter to get started with the council's weekly key points.
      """;

  private static Optional<Byline> byline(String header) {
    return Read.structure("Council Approves New Budget\n\n" + header + "\n\n" + STORY).byline();
  }

  @Test
  void aBulletedNameBesideABulletedDateIsTheAuthor() {
    assertEquals(List.of("Jane Doe"), byline("  • Jane Doe\n  • November 19, 2019").orElseThrow().authors());
  }

  @Test
  void aNameInCapitalsBesideTheDateIsTheAuthor() {
    assertEquals(List.of("JANE DOE"), byline("JANE DOE\nNovember 19, 2019").orElseThrow().authors());
  }

  @Test
  void aLoneByTakesTheBulletedNameOnTheNextLine() {
    assertEquals(List.of("Jane Doe"), byline("by\n  • Jane Doe").orElseThrow().authors());
  }

  @Test
  void capitalisedWordsThePageWritesInLowerCaseAreNoName() {
    assertEquals(Optional.empty(), byline("Email Newsletter\nNovember 19, 2019"));
    assertEquals(Optional.empty(), byline("KEY POINTS\nNovember 19, 2019"));
  }

  @Test
  void thePortraitWordingAroundANameIsNotPartOfIt() {
    assertEquals(List.of("Jane Doe"),
        byline("  • Picture of Jane Doe Jane Doe\n  • November 19, 2019").orElseThrow().authors());
    assertEquals(List.of("Jane Doe"), byline("[jane-doe] Jane Doe\nNovember 19, 2019").orElseThrow().authors());
    assertEquals(List.of("Jane Doe"), byline("Jane Doe's avatar\nNovember 19, 2019").orElseThrow().authors());
  }

  @Test
  void aPortraitCaptionUnderTheHeadlineDoesNotHideTheNameUnderIt() {
    assertEquals(List.of("Jane Doe"),
        byline("Headshot of Jane Doe, a reporter who covers the council for the paper\nJane Doe").orElseThrow()
            .authors());
  }

  @Test
  void anEmptyFormFieldIsNoPortrait() {
    assertEquals(Optional.empty(), byline("[          ] Search Clear\nNovember 19, 2019"));
  }

  @Test
  void anAcronymBesideACapitalisedWordIsNoName() {
    assertEquals(Optional.empty(), byline("PDF Version\nNovember 19, 2019"));
  }

  @Test
  void theHeadlinePrintedAgainBesideTheDateIsNoName() {
    String page = "Harbour Ferry Timetables\n\nHarbour Ferry Timetables\nNovember 19, 2019\n\n" + STORY;
    assertEquals(Optional.empty(), Read.structure(page).byline());
  }

  @Test
  void aNameUnlikeTheHeadlineBesideTheDateIsStillTheAuthor() {
    String page = "Harbour Ferry Timetables\n\nHarbour Ferry Timetables\nJane Doe\nNovember 19, 2019\n\n" + STORY;
    assertEquals(List.of("Jane Doe"), Read.structure(page).byline().orElseThrow().authors());
  }
}
