package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.AuthorProfile;
import org.junit.jupiter.api.Test;

/** Author cards after the story are profiles with a name and a biography, separated from the body. */
class AuthorProfileTest {

  private static final String STORY = """
      Council Approves New Budget

      The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

      Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.

      """;

  @Test
  void aNameAndABioThatStartsWithItAreAProfile() {
    Structure s = Read.structure(STORY + """
          • 16x9 Image

            Jane Doe

            Jane Doe is a city hall reporter who has covered the council's budgets for ten years.
        """);
    List<AuthorProfile> profiles = Read.blocks(s, AuthorProfile.class);
    assertEquals(1, profiles.size());
    assertEquals("Jane Doe", profiles.get(0).name());
    assertEquals("Jane Doe is a city hall reporter who has covered the council's budgets for ten years.",
        profiles.get(0).bio());
    assertEquals(2, Read.body(s).size());
  }

  @Test
  void aNameUnderAnAboutHeaderIsAProfile() {
    Structure s = Read.structure(STORY + """
        About Jane Doe

        A city hall reporter, she has covered the council's budgets for ten years and lives in the old town.
        """);
    List<AuthorProfile> profiles = Read.blocks(s, AuthorProfile.class);
    assertEquals(1, profiles.size());
    assertEquals("Jane Doe", profiles.get(0).name());
  }

  @Test
  void aSectionTitleAndAParagraphThatStartsWithItAreNotAProfile() {
    Structure s = Read.structure(STORY + """
        Roads

        Roads in the old town get new surfaces in the spring, and the bridges are inspected before the summer.

        The council will review the plan again in the autumn, when the first repairs have been finished.
        """);
    assertEquals(List.of(), Read.blocks(s, AuthorProfile.class));
    assertEquals(5, Read.body(s).size() + 1, Read.body(s).toString());
  }

  @Test
  void aTwoWordTitleAndAParagraphThatStartsWithItWithMoreStoryAfterThemAreASection() {
    Structure s = Read.structure(STORY + """
        Drip Irrigation

        Drip irrigation waters the roots of each plant directly and saves much of the water a sprinkler loses.

        The council will pay for the first pipes in the parks, and the gardeners will lay them over the winter.
        """);
    assertEquals(List.of(), Read.blocks(s, AuthorProfile.class));
    assertTrue(Read.body(s).stream().anyMatch(p -> p.startsWith("Drip irrigation waters")), Read.body(s).toString());
  }

  @Test
  void cardsOneAfterAnotherAreAllProfiles() {
    Structure s = Read.structure(STORY + """
        Jane Doe

        Jane Doe is a city hall reporter who has covered the council's budgets for ten years.

        John Roe

        John Roe is an editor on the city desk who joined the paper from a radio station in 2015.
        """);
    assertEquals(List.of("Jane Doe", "John Roe"),
        Read.blocks(s, AuthorProfile.class).stream().map(AuthorProfile::name).toList());
  }
}
