package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The body is the run of prose a page's story makes; menus, teasers and footers around it stay out. */
class BodyRegionTest {

  private static final List<String> STORY = List.of(
      "The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.",
      "Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.",
      "Critics said the budget leaves too little for the roads, which have not been repaired in more than a decade.");

  @Test
  void plainArticleTextIsAllBody() {
    assertEquals(STORY, Read.body(Read.structure("Council Approves New Budget.\n\n" + String.join("\n\n", STORY))));
  }

  @Test
  void menusAndFootersAroundTheStoryAreNotBody() {
    String page = """
        The Daily Example

          • News
          • Sport
          • Opinion

        Council Approves New Budget

        %s

        Tags: budget, council

          • About us
          • Contact us

        © 2019 The Daily Example
        """.formatted(String.join("\n\n", STORY));
    assertEquals(STORY, Read.body(Read.structure(page)));
  }

  @Test
  void shortSentencesBetweenParagraphsAreBody() {
    String page = "Council Approves New Budget\n\n" + STORY.get(0) + "\n\n\u201CPlease.\u201D\n\n" + STORY.get(1);
    assertEquals(List.of(STORY.get(0), "\u201CPlease.\u201D", STORY.get(1)), Read.body(Read.structure(page)));
  }

  @Test
  void listItemsWrittenAsSentencesInsideTheStoryAreBody() {
    String item = "The budget adds twelve teachers to the primary schools and repairs the roofs of three of them.";
    String page = "Council Approves New Budget\n\n" + STORY.get(0) + "\n\n  \u2022 " + item + "\n\n" + STORY.get(1)
        + "\n\n" + STORY.get(2);
    assertEquals(4, Read.body(Read.structure(page)).size());
  }

  @Test
  void theLinesAnIntroAnnouncesAreOneParagraph() {
    String dates = "June 9 -- City Hall, Springfield\nJune 10 -- Town Square, Shelbyville";
    String page = "Council Approves New Budget\n\n" + STORY.get(0) + "\n\nThe hearings on the budget:\n" + dates
        + "\n\n" + STORY.get(1) + "\n\n" + STORY.get(2);
    assertEquals(List.of(STORY.get(0), "The hearings on the budget:", dates, STORY.get(1), STORY.get(2)),
        Read.body(Read.structure(page)));
  }

  @Test
  void theItemsOfAListAnIntroAnnouncesAreParagraphsOfTheStory() {
    String later = "The mayor said she would sign the budget next week and asked the council to start work on the "
        + "plan for the roads before the winter.";
    String page = "Council Approves New Budget\n\n" + STORY.get(0) + "\n\n" + STORY.get(1)
        + "\n\nThe budget pays for three things:\n\n"
        + "  \u2022 new teachers\n  \u2022 school roofs\n  \u2022 bus passes\n\n"
        + STORY.get(2) + "\n\n" + later;
    assertEquals(List.of(STORY.get(0), STORY.get(1), "The budget pays for three things:", "\u2022 new teachers",
        "\u2022 school roofs", "\u2022 bus passes", STORY.get(2), later), Read.body(Read.structure(page)));
  }

  @Test
  void aShortTextOfOneSentenceIsItsBody() {
    assertEquals(List.of("Story from a pipe."), Read.body(Read.structure("Story from a pipe.\n")));
  }

  @Test
  void aListOfShortProseItemsInsideTheStoryIsBody() {
    String page = "Council Approves New Budget\n\n" + STORY.get(0) + "\n\n"
        + "  • The schools get a new roof for the gym.\n"
        + "  • The roads are repaired in the spring.\n"
        + "  • The library stays open on the weekend.\n\n"
        + STORY.get(1) + "\n\n" + STORY.get(2) + "\n";
    List<String> body = Read.body(Read.structure(page));
    assertEquals(6, body.size(), body.toString());
    assertEquals("\u2022 The roads are repaired in the spring.", body.get(2));
  }

  @Test
  void aListOfLinksAfterTheStoryIsNotBody() {
    String page = "Council Approves New Budget\n\n" + String.join("\n\n", STORY) + "\n\n"
        + "  • Sport\n  • Weather\n  • Opinion\n  • Contact us\n";
    assertEquals(STORY, Read.body(Read.structure(page)));
  }

  @Test
  void aStoryThePagePrintsTwiceIsReadOnceFromItsFirstCopy() {
    String story = String.join("\n\n", STORY);
    String page = "Council Approves New Budget\n\n" + story + "\n\nPrint this page\n\n" + story + "\n\nShare\n";
    Structure structure = Read.structure(page);
    assertEquals(STORY, Read.body(structure));
    assertEquals(STORY.get(0), structure.blocks().get(0).text());
  }

  @Test
  void aListBetweenParagraphsOfTheStoryIsBody() {
    String page = "Council Approves New Budget\n\n" + STORY.get(0) + "\n\n" + STORY.get(1) + "\n\n"
        + "  \u2022 Schools\n  \u2022 Roads\n  \u2022 Parks\n\n" + STORY.get(2) + "\n";
    assertEquals(List.of(STORY.get(0), STORY.get(1), "\u2022 Schools", "\u2022 Roads", "\u2022 Parks", STORY.get(2)),
        Read.body(Read.structure(page)));
  }

  @Test
  void aListBetweenTheStoryAndItsFooterIsNotBody() {
    String page = "Council Approves New Budget\n\n" + String.join("\n\n", STORY) + "\n\n"
        + "  \u2022 Schools\n  \u2022 Roads\n  \u2022 Parks\n\nThe Daily Example\n";
    assertEquals(STORY, Read.body(Read.structure(page)));
  }

  @Test
  void aListUnderALabelInsideTheStoryIsBodyWithItsLabel() {
    String page = "Council Approves New Budget\n\n" + STORY.get(0) + "\n\nPros:\n\n"
        + "  \u2022 More teachers\n  \u2022 New roofs\n\n" + STORY.get(1) + "\n\n" + STORY.get(2) + "\n";
    assertEquals(List.of(STORY.get(0), "Pros:", "\u2022 More teachers", "\u2022 New roofs", STORY.get(1), STORY.get(2)),
        Read.body(Read.structure(page)));
  }

  @Test
  void aRowOfCardsWithImagesInsideTheStoryIsNotBody() {
    String page = "Council Approves New Budget\n\n" + STORY.get(0) + "\n\n"
        + "  \u2022 [school-roof-512x512]New roofs\n  \u2022 [bus-512x512]Bus passes\n\n" + STORY.get(1) + "\n\n"
        + STORY.get(2) + "\n";
    assertEquals(STORY, Read.body(Read.structure(page)));
  }

  @Test
  void aTitleThatStartsWithCopyrightDoesNotEndTheStory() {
    String page = "Council Approves New Budget\n\n" + STORY.get(0) + "\n\nCopyright Questions For The Council\n\n"
        + STORY.get(1) + "\n\n" + STORY.get(2) + "\n\nCopyright 2019 The Daily Example\n\n"
        + "Readers who want the paper delivered to their door can call the office on weekdays before noon.\n";
    assertEquals(STORY, Read.body(Read.structure(page)));
  }

  @Test
  void aCaptionThatReservesItsRightsOnTheWayDoesNotEndTheStory() {
    String page = "Council Approves New Budget\n\n" + STORY.get(0) + "\n\n"
        + "The town hall, 1910. Oil on canvas. All rights reserved, City Museum 2019.\n\n" + STORY.get(1) + "\n\n"
        + STORY.get(2) + "\n\nExample Media 2019. All rights reserved.\n\n"
        + "Readers who want the paper delivered to their door can call the office on weekdays before noon.\n";
    List<String> body = Read.body(Read.structure(page));
    assertEquals(STORY.get(0), body.get(0));
    assertEquals(STORY.get(2), body.get(body.size() - 1));
  }
}
