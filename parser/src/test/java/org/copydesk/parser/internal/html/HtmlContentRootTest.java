package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.core.Removal;
import org.junit.jupiter.api.Test;

/** Only the element holding the article is rendered; the page around it is reported as removed. */
class HtmlContentRootTest {

  private static final String STORY = "The council voted on Tuesday to approve a budget that raises spending on "
      + "schools and roads while keeping property taxes flat for the third year in a row, officials said. The "
      + "mayor is expected to sign it next week.";

  private final HtmlRenderer renderer = new HtmlRenderer();

  @Test
  void textOutsideTheArticleElementIsLeftOutAndReported() {
    String html = "<body><div class=masthead>Daily Planet Home Sports Weather</div>"
        + "<article><h1>Council Approves Budget</h1><p>" + STORY + "</p></article>"
        + "<div class=trailer>More stories you may like</div></body>";
    RenderedHtml page = renderer.render(html, "");
    assertEquals("Council Approves Budget\n\n" + STORY + "\n\n", page.text());
    assertTrue(page.removed().stream().anyMatch(r -> r.text().equals("Daily Planet Home Sports Weather")));
    assertTrue(page.removed().stream().anyMatch(r -> r.text().equals("More stories you may like")));
  }

  @Test
  void aHeadlineOutsideTheArticleElementIsKept() {
    String html = "<body><header><nav>Home News</nav><h1>Council Approves Budget</h1></header>"
        + "<main><p>" + STORY + "</p></main></body>";
    RenderedHtml page = renderer.render(html, "");
    assertTrue(page.text().startsWith("Council Approves Budget\n\n" + STORY), page.text());
    assertFalse(page.text().contains("Home News"));
  }

  @Test
  void aCommentMarkedUpAsAnArticleIsNotTheContentRoot() {
    String comment = "I disagree with this decision entirely and I think the council should have listened to the "
        + "residents who came to the meeting.";
    String html = "<body><div class=post><p>" + STORY + "</p></div><ol class=comment-list>"
        + "<li><article class=comment-body><p>" + comment + "</p></article></li></ol></body>";
    RenderedHtml page = renderer.render(html, "");
    assertTrue(page.text().contains(STORY));
    assertFalse(page.text().contains(comment));
  }

  @Test
  void aTeaserMarkedUpAsAnArticleYieldsToAContainerWithThreeTimesItsText() {
    String teaser = "Read our guide to the harbour works next spring, with the dates of every closure and the "
        + "detours for drivers and cyclists around the site.";
    String html = "<body><div class=entry-content>" + ("<p>" + STORY + "</p>").repeat(5) + "</div>"
        + "<div class=cards><article class=card><p>" + teaser + teaser + "</p></article></div></body>";
    RenderedHtml page = renderer.render(html, "");
    assertTrue(page.text().startsWith(STORY), page.text());
    assertFalse(page.text().contains(teaser), page.text());
  }

  @Test
  void aMarkedUpArticleStaysTheContentBesideAContainerWithLessThanThreeTimesItsText() {
    String other = "Residents who spoke at the meeting asked for more crossings near the schools, and the council "
        + "said it would study the request over the summer before the next budget.";
    String html = "<body><div class=entry><p>" + other + "</p><p>" + other + "</p></div>"
        + "<article><p>" + STORY + "</p></article></body>";
    RenderedHtml page = renderer.render(html, "");
    assertEquals(STORY + "\n\n", page.text());
  }

  @Test
  void chromeInsideTheArticleIsLeftOutWithItsReason() {
    String html = "<article><p>" + STORY + "</p><div class=\"share-buttons\">Share on Facebook</div>"
        + "<nav>Previous story</nav><div class=ad-slot>Advertisement</div></article>";
    RenderedHtml page = renderer.render(html, "");
    assertEquals(STORY + "\n\n", page.text());
    assertEquals(Removal.Reason.SITE_CHROME, reasonOf(page, "Share on Facebook"));
    assertEquals(Removal.Reason.NAVIGATION, reasonOf(page, "Previous story"));
    assertEquals(Removal.Reason.ADVERTISEMENT, reasonOf(page, "Advertisement"));
  }

  @Test
  void aClassWordIsMatchedAtWordStartsSoPageRowIsNotAPager() {
    String html = "<body><div class=\"PageBuilder-pageRow\"><p>" + STORY + "</p></div></body>";
    assertEquals(STORY + "\n\n", renderer.render(html, "").text());
  }

  @Test
  void anElementHoldingMostOfTheTextIsNeverChrome() {
    String html = "<body><div class=sidebar-layout><p>" + STORY + "</p><p>" + STORY + "</p></div></body>";
    assertTrue(renderer.render(html, "").text().contains(STORY));
  }

  @Test
  void aListOfTeaserLinksAsLongAsTheStoryIsStillChrome() {
    StringBuilder teasers = new StringBuilder("<div class=most-popular><ul>");
    for (int i = 1; i <= 6; i++) {
      teasers.append("<li><h5><a href=/s").append(i).append(">Harbour dredging update number ").append(i)
          .append(" from the council</a></h5></li>");
    }
    String html = "<body><article><div class=story><p>" + STORY + "</p></div>" + teasers + "</ul></div></article>"
        + "</body>";
    RenderedHtml page = renderer.render(html, "");
    assertTrue(page.text().contains(STORY), page.text());
    assertFalse(page.text().contains("Harbour dredging update"), page.text());
  }

  @Test
  void textWrittenStraightIntoAContainerBetweenItsBlocksScoresAsItsParagraphs() {
    String loose = STORY + "<br><br>" + STORY.replace("council", "board") + "<div class=photo>Photo</div>"
        + STORY.replace("council", "assembly");
    String other = "<div class=note><p>A shorter note on the weather that stays mild through the week.</p></div>";
    String html = "<body>" + other + "<div class=item>" + loose + "</div></body>";
    RenderedHtml page = renderer.render(html, "");
    assertTrue(page.text().contains(STORY.replace("council", "assembly")), page.text());
    assertFalse(page.text().contains("shorter note"), page.text());
  }

  @Test
  void aCommentInsideTheCommentsSectionLosesToTheStoryUnlessItScoresThreeTimesAsHigh() {
    String comment = "<div class=comment-text><p>I agree, and I would add that the roads, the schools, the parks, "
        + "the libraries, the pools, the clinics, and the buses all need money, too, and soon, before winter, "
        + "when costs rise, as they always do, every year, without fail.</p></div>";
    String html = "<body><div class=story><p>" + STORY + "</p></div><div id=comments>" + comment + "</div></body>";
    RenderedHtml page = renderer.render(html, "");
    assertTrue(page.text().contains(STORY), page.text());
    assertFalse(page.text().contains("I agree"), page.text());
  }

  @Test
  void everyRenderedCharacterMapsBackToTheHtmlItCameFrom() {
    String html = "<article><p>" + STORY + "</p></article>";
    RenderedHtml page = renderer.render(html, "");
    int at = page.text().indexOf("budget");
    assertEquals("budget", html.substring(page.sourceStart()[at], page.sourceStart()[at] + 6));
  }

  private static Removal.Reason reasonOf(RenderedHtml page, String text) {
    return page.removed().stream().filter(r -> r.text().equals(text)).findFirst().orElseThrow().reason();
  }
}
