package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The headline is the title line above the story, not the site's name, a section label, a caption or chrome. */
class HeadlineDetectionTest {

  private static final String STORY = """
      The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

      Supporters said the budget keeps the promises made to parents and teachers during the last election campaign.

      Critics said the council budget leaves too little for the roads, which have not been repaired in a decade.
      """;

  private static Optional<String> headline(String header) {
    return Read.structure(header + "\n\n" + STORY).headline();
  }

  @Test
  void theTitleLineAboveTheBylineIsTheHeadline() {
    assertEquals(Optional.of("Council Approves New School Budget"),
        headline("Council Approves New School Budget\n\nBy Jane Doe\n\nNovember 19, 2019"));
  }

  @Test
  void theSiteNameAndSectionLabelAboveItAreNotTheHeadline() {
    assertEquals(Optional.of("Council Approves New School Budget"), headline("""
        The Daily Example

          • News
          • Sport

        Local Politics

        Council Approves New School Budget

        By Jane Doe"""));
  }

  @Test
  void aCaptionBetweenHeadlineAndStoryIsNotTheHeadline() {
    assertEquals(Optional.of("Council Approves New School Budget"), headline("""
        Council Approves New School Budget

        By Jane Doe

        Council members vote on the budget in the chamber on Tuesday night after six hours of debate.
        (Jane Doe / Associated Press)"""));
  }

  @Test
  void chromeAndBreadcrumbsAreNotTheHeadline() {
    assertEquals(Optional.of("Council Approves New School Budget"), headline("""
        Skip to main content

        Breaking News

          • Home
          • Council Approves New School Budget

        Council Approves New School Budget"""));
  }

  @Test
  void aBreadcrumbRunIntoTheTitleGivesWayToTheTitleAlone() {
    assertEquals(Optional.of("Council Approves New School Budget"), headline("""
        HomeLocal NewsCouncil Approves New School Budget

        Council Approves New School Budget

        Jane Doe November 19, 2019"""));
  }

  @Test
  void aTitleCutShortGivesWayToTheWholeTitle() {
    assertEquals(Optional.of("Council Approves New School Budget After Long Debate"), headline("""
        Council Approves New School Budget…

        Council Approves New School Budget After Long Debate

        More"""));
  }

  @Test
  void aPageWithoutATitleLineHasNoHeadline() {
    assertEquals(Optional.empty(), Read.structure(STORY).headline());
  }

  @Test
  void aTitleAboveTheCreditAfterANoticeTheStoryBeginsWithIsTheHeadline() {
    assertEquals(Optional.of("Council Approves New School Budget"), headline("""
        Every item on this page was chosen by our editors, and we may earn a commission on what you buy.

        Council Approves New School Budget

        By Jane Doe"""));
  }
}
