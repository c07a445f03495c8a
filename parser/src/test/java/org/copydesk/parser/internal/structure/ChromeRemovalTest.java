package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.copydesk.core.Removal;
import org.junit.jupiter.api.Test;

/** Page chrome around and inside a story is removed and reported with the reason of its family. */
class ChromeRemovalTest {

  private static final String STORY = """
      The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

      Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.

      Critics said the budget leaves too little for the roads, which have not been repaired in more than a decade.
      """;

  private static Structure page(String top, String bottom) {
    return Read.structure(top + "\n\nCouncil Approves New Budget\n\n" + STORY + "\n" + bottom);
  }

  private static void assertRemoved(Structure s, Removal.Reason reason, String... texts) {
    for (String text : texts) {
      assertEquals(reason, Read.removal(s, text), text);
    }
  }

  @Test
  void accessibilityAndSkipLinksAreNavigation() {
    Structure s = page("Accessibility links\n\nSkip to main content", "");
    assertRemoved(s, Removal.Reason.NAVIGATION, "Accessibility links", "Skip to main content");
  }

  @Test
  void menuItemsAreNavigation() {
    Structure s = page("  • News\n  • Sport\n  • Weather", "");
    assertRemoved(s, Removal.Reason.NAVIGATION, "• Sport");
  }

  @Test
  void breakingNewsBarsAndShareButtonsAreSiteChrome() {
    Structure s = page("Breaking News\n\nShare this:", "Subscribe\n\nFollow us on Twitter");
    assertRemoved(s, Removal.Reason.SITE_CHROME, "Breaking News", "Share this:", "Subscribe", "Follow us on Twitter");
  }

  @Test
  void authorContactAndFollowLinesAfterTheStoryAreSiteChrome() {
    String contact = "Email Jane Doe at jdoe@example.org or follow her @janedoe. Follow us on Twitter and Facebook.";
    String tip = "Have a tip? Tom Roe may be reached at troe@example.org.";
    Structure s = page("", contact + "\n\n" + tip);
    assertRemoved(s, Removal.Reason.SITE_CHROME, contact, tip);
  }

  @Test
  void cookieNoticesAndCopyrightFootersAreSiteChrome() {
    Structure s = page("We use cookies to improve your experience on our site.",
        "© 2019 Example Media. All rights reserved.");
    assertRemoved(s, Removal.Reason.SITE_CHROME, "We use cookies to improve your experience on our site.",
        "© 2019 Example Media. All rights reserved.");
  }

  @Test
  void advertisingMarkersAreAdvertisement() {
    Structure s = Read.structure("Council Approves New Budget\n\n"
        + STORY.replace("schools.\n", "schools.\n\nAdvertisement\n"));
    assertRemoved(s, Removal.Reason.ADVERTISEMENT, "Advertisement");
    assertEquals(3, Read.body(s).size());
  }

  @Test
  void imagePlaceholdersAndFileNamesAreImagePlaceholders() {
    Structure s = page("16x9 Image\n\nlogo-full-black.svg", "Image 1 of 23");
    assertRemoved(s, Removal.Reason.IMAGE_PLACEHOLDER, "16x9 Image", "logo-full-black.svg", "Image 1 of 23");
  }

  @Test
  void altTextPrintedTwiceIsAnImagePlaceholder() {
    Structure s = page("Jane DoeJane Doe", "");
    assertRemoved(s, Removal.Reason.IMAGE_PLACEHOLDER, "Jane DoeJane Doe");
  }

  @Test
  void playerResidueAndTimecodesArePlayerResidue() {
    Structure s = page("please wait\n\nNo media source currently available\n\n0:00 0:02:31 0:00", "");
    assertRemoved(s, Removal.Reason.PLAYER_RESIDUE, "please wait", "No media source currently available",
        "0:00 0:02:31 0:00");
  }

  @Test
  void aCommentSectionIsNeverBody() {
    Structure s = page("", """
        12 Comments

        jsmith says:

        I have lived in this town for forty years and I have never seen the council spend so much on so little.
        """);
    assertRemoved(s, Removal.Reason.SITE_CHROME, "12 Comments");
    assertEquals(3, Read.body(s).size());
    assertFalse(Read.body(s).stream().anyMatch(p -> p.startsWith("I have lived")));
  }

  @Test
  void teasersForOtherStoriesAfterTheStoryAreNotBody() {
    Structure s = page("", """
        More stories

        Mayor opens the new bridge over the river
        The bridge took three years to build and cost more than twice what the city had planned for it.
        2 hours ago
        """);
    assertEquals(3, Read.body(s).size());
  }

  @Test
  void clickHereTailOfAPromoIsSiteChrome() {
    Structure s = Read.structure("Council Approves New Budget\n\n" + STORY.replace("schools.\n", """
        schools.

        Live Briefing: The Budget Fight

        Our Live Briefing gives you the latest on the budget fight in the city council. \
        For all of our coverage, click here.
        """));
    assertRemoved(s, Removal.Reason.SITE_CHROME, "For all of our coverage, click here.");
  }

  @Test
  void clickHereTailAfterANoBreakSpaceIsCutAtTheSentenceBreak() {
    Structure s = Read.structure("Council Approves New Budget\n\n" + STORY.replace("schools.\n", """
        schools.

        Live Briefing: The Budget Fight

        Our Live Briefing gives you the latest on the budget fight in the city council.\u00A0\
        For all of our coverage, click here.
        """));
    assertRemoved(s, Removal.Reason.SITE_CHROME, "For all of our coverage, click here.");
    assertEquals(null, Read.removal(s, "Our Live Briefing gives you the latest on the budget fight in the city council."
        + "\u00A0For all of our coverage, click here."));
  }
}
