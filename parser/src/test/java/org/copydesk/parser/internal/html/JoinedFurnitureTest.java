package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.core.Removal;
import org.junit.jupiter.api.Test;

/**
 * When the content moves up to an ancestor because the story continues there in another section, the other blocks
 * that move joins are judged one by one: teaser cards (linked titles with a line of summary each) and forms are left
 * out, sections of the story stay, even when their titles are links or they hold a field.
 */
class JoinedFurnitureTest {

  private static final String FIRST_PART = "<div class=part-one>"
      + "<p>The ferry between the two harbours will run every hour from the first of May, the operator said on "
      + "Tuesday, after a winter in which it sailed only three times a day.</p>"
      + "<p>Two new boats, bought from a yard in the north, will carry the extra passengers, and the old one will "
      + "be kept in reserve for the busy weeks of the summer.</p>"
      + "<p>Fares will stay the same for residents, while visitors will pay a little more at the weekend, when the "
      + "queues at the slipway are longest.</p>"
      + "<p>The harbour master said the quay would be widened, so that cars can wait off the road, and that work "
      + "would start before the end of the month.</p></div>";

  private static final String SECOND_PART = "<div class=part-two>"
      + "<p>Shop owners on the island welcomed the plan, saying that day visitors had stayed away since the "
      + "timetable was cut, and that some had closed early for the season.</p>"
      + "<p>The operator will review the timetable in the autumn, once it knows how many people took the new "
      + "sailings, and may add a late boat on Fridays.</p></div>";

  /** A card: a linked title and a short summary, no prose. */
  private static final String CARD = "<div class=card><h3><a href=/elsewhere>A story from another page</a></h3>"
      + "<p>A short summary that draws the reader on to that other story.</p></div>";

  private final HtmlRenderer renderer = new HtmlRenderer();

  private String render(String joined) {
    return rendered(joined).text();
  }

  private RenderedHtml rendered(String joined) {
    String html = "<body><div class=page><h1>Hourly Ferry From May</h1>" + FIRST_PART + SECOND_PART + joined
        + "</div></body>";
    RenderedHtml page = renderer.render(html, "");
    assertTrue(page.text().contains("late boat on Fridays"), "the story's second part is joined: " + page.text());
    return page;
  }

  /** Why the block holding {@code text} was left out. */
  private static Removal.Reason reasonFor(RenderedHtml page, String text) {
    return page.removed().stream().filter(r -> r.text().contains(text)).map(Removal::reason).findFirst()
        .orElseThrow(() -> new AssertionError("no removal holds " + text + ": " + page.removed()));
  }

  @Test
  void teaserCardsJoinedWithTheStorysNextSectionAreLeftOutAsNavigation() {
    RenderedHtml page = rendered("<section class=more>" + CARD.repeat(4) + "</section>");
    assertFalse(page.text().contains("draws the reader on"), page.text());
    assertEquals(Removal.Reason.NAVIGATION, reasonFor(page, "draws the reader on"));
  }

  @Test
  void fewerThanThreeLinkedTitlesAreNoTeaserCards() {
    String text = render("<section class=more>" + CARD.repeat(2) + "</section>");
    assertTrue(text.contains("draws the reader on"), text);
  }

  @Test
  void sectionsUnderLinkedTitlesWithProseStay() {
    String section = "<div class=chapter><h3><a href=/chapter>The chapter with a linked title</a></h3>"
        + "<p>Each chapter under a linked title tells part of the story in full sentences, long enough to read as "
        + "prose of the article rather than as the summary of another page.</p></div>";
    String text = render("<section class=chapters>" + section.repeat(4) + "</section>");
    assertTrue(text.contains("Each chapter under a linked title"), text);
  }

  @Test
  void aSignUpFormJoinedWithTheStorysNextSectionIsLeftOutAsSiteChrome() {
    RenderedHtml page = rendered("<div class=signup><p>Get the weekly letter from the harbour in your inbox.</p>"
        + "<form><input type=email name=address><input type=text name=town><input type=submit value=Go>"
        + "</form></div>");
    assertFalse(page.text().contains("weekly letter"), page.text());
    assertEquals(Removal.Reason.SITE_CHROME, reasonFor(page, "weekly letter"));
  }

  @Test
  void aSectionOfProseWithOneFieldStays() {
    String text = render("<div class=timetable><p>The full timetable for the summer is printed at both slipways "
        + "and on the boats, and it can be searched by date below.</p>"
        + "<p>Passengers with bicycles should arrive ten minutes early, as space on the car deck is shared.</p>"
        + "<p>Dogs on a lead travel free, and the cafe on board will open on the longer crossings.</p>"
        + "<p>Season tickets go on sale in April at the harbour office.</p>"
        + "<input type=date name=day></div>");
    assertTrue(text.contains("Season tickets go on sale"), text);
  }
}
