package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Removal;
import org.junit.jupiter.api.Test;

/** A cookie or consent notice is site chrome however long it runs; a story's sentence about cookies is not. */
class ConsentNoticeTest {

  private static final String STORY = """
      The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

      Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.

      Critics said the budget leaves too little for the roads, which have not been repaired in more than a decade.
      """;

  private static final String BANNER = "We use cookies and similar technologies to remember your settings, to "
      + "measure how our pages are used, to show you offers that suit you and to let you share what you read with "
      + "your friends; you can change your choices at any time in the settings at the bottom of every page.";

  @Test
  void aLongCookieBannerIsSiteChrome() {
    Structure s = Read.structure(BANNER + "\n\nCouncil Approves New Budget\n\n" + STORY);
    assertEquals(Removal.Reason.SITE_CHROME, Read.removal(s, BANNER));
  }

  @Test
  void theDescriptionsOfACookiePanelAreSiteChrome() {
    String necessary = "Necessary cookies are needed for the pages to work at all and cannot be switched off in "
        + "our systems, as they only answer what you ask for, such as your privacy settings.";
    String analytics = "Analytics cookies let us count visits and see where visitors come from, so that we can "
        + "measure and improve how the pages of this site perform for you.";
    Structure s = Read.structure("Council Approves New Budget\n\n" + STORY + "\n" + necessary + "\n\n" + analytics);
    assertEquals(Removal.Reason.SITE_CHROME, Read.removal(s, necessary));
    assertEquals(Removal.Reason.SITE_CHROME, Read.removal(s, analytics));
  }

  @Test
  void aStorySentenceAboutCookiesStaysInTheBody() {
    String bakery = "The bakery on the corner said it would keep selling the oatmeal cookies that made it famous, "
        + "even though the price of butter has doubled since the spring.";
    String tracking = "Regulators said that many sites still set tracking cookies before a visitor has agreed to "
        + "them, which the law does not allow.";
    String page = "Council Approves New Budget\n\n" + STORY + "\n" + bakery + "\n\n" + tracking + "\n";
    List<String> body = Read.body(Read.structure(page));
    assertTrue(body.contains(bakery), body.toString());
    assertTrue(body.contains(tracking), body.toString());
  }
}
