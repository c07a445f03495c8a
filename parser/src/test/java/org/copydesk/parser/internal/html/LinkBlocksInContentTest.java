package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.core.Removal;
import org.junit.jupiter.api.Test;

/**
 * A block inside the article's container whose text is mostly link text (the related stories, the tags) is left out
 * as navigation; prose, paragraphs with links and pages without a container keep their text.
 */
class LinkBlocksInContentTest {

  private static final String STORY = "The harbour board agreed on Monday to dredge the eastern channel before the "
      + "spring, after two freighters ran aground there in as many months, its chairwoman said. Work starts in "
      + "January and will close the channel at night.";

  private static final String MORE = "Fishing crews welcomed the plan but asked for the night closures to be "
      + "announced a week ahead, so that they can land their catch at the western quay instead.";

  private final HtmlRenderer renderer = new HtmlRenderer();

  @Test
  void aListOfLinksInsideTheArticleIsLeftOutAsNavigation() {
    String html = "<body><article><p>" + STORY + "</p><p>" + MORE + "</p><ul>"
        + "<li><a href=/a>Ferry timetable changes for the winter</a></li>"
        + "<li><a href=/b>New lighthouse keeper appointed</a></li>"
        + "<li><a href=/c>Harbour dues to rise next year</a></li></ul></article></body>";
    RenderedHtml page = renderer.render(html, "");
    assertFalse(page.text().contains("Ferry timetable"), page.text());
    assertEquals(Removal.Reason.NAVIGATION, page.removed().stream()
        .filter(r -> r.text().startsWith("Ferry timetable")).findFirst().orElseThrow().reason());
  }

  @Test
  void aBlockOfTeasersWithBylinesIsLeftOutWhenLinksAreMostOfItsText() {
    String html = "<body><div class=post><p>" + STORY + "</p><p>" + MORE + "</p></div><div class=post>"
        + "<div><a href=/a>Ferry timetable changes for the winter season</a> By Staff</div>"
        + "<div><a href=/b>New lighthouse keeper appointed at the cape</a> By Staff</div></div></body>";
    assertFalse(renderer.render(html, "").text().contains("lighthouse"));
  }

  @Test
  void aParagraphWithLinksIsNeverALinkBlock() {
    String linked = "<a href=/a>The harbour board</a> <a href=/b>published the survey</a> today.";
    String html = "<body><article><p>" + STORY + "</p><p>" + linked + "</p></article></body>";
    assertTrue(renderer.render(html, "").text().contains("published the survey today."));
  }

  @Test
  void aListOfProseItemsWithLinksIsKept() {
    String item = "<li><a href=/a>The first dredger</a>, which arrives in January, works nights, weekends and "
        + "holidays, clearing silt, sand, rocks, and old moorings, while <a href=/b>divers</a> survey the rest, "
        + "two, three, or four at a time.</li>";
    String html = "<body><article><p>" + STORY + "</p><ul>" + item + "</ul></article></body>";
    assertTrue(renderer.render(html, "").text().contains("The first dredger"));
  }

  @Test
  void aPageWithoutAContainerKeepsItsLinkDenseWrapper() {
    String menu = "<a href=/1>Home</a> <a href=/2>Harbour news and weather</a> <a href=/3>Ferries and timetables</a>"
        + " <a href=/4>Fishing reports and prices</a> <a href=/5>Contact the newsroom</a>";
    String html = "<body><div><div>" + menu + "</div><div>Short note on the dredging.</div></div></body>";
    assertTrue(renderer.render(html, "").text().contains("Short note on the dredging."));
  }

  @Test
  void aShortLinkedBylineInsideTheArticleIsNoLinkBlock() {
    String html = "<body><article><div class=meta><span>By <a href=/staff/ann-roe>Ann Roe</a></span></div><p>"
        + STORY + "</p><p>" + MORE + "</p></article></body>";
    assertTrue(renderer.render(html, "").text().contains("By Ann Roe"));
  }

  @Test
  void aSectionWithAParagraphOfProseIsNoLinkBlockButItsListOfLinksIs() {
    String intro = "The board published the list of contracts it signed this year for the dredging work, "
        + "with the name of every firm.";
    String links = "<ul><li><a href=/a>Contract for the eastern channel survey</a></li>"
        + "<li><a href=/b>Contract for the night closures</a></li>"
        + "<li><a href=/c>Contract for the western quay repairs</a></li></ul>";
    String html = "<body><article><p>" + STORY + "</p><p>" + MORE + "</p><div class=section><h2>Contracts</h2><p>"
        + intro + "</p>" + links + "</div></article></body>";
    String text = renderer.render(html, "").text();
    assertTrue(text.contains(intro), text);
    assertFalse(text.contains("Contract for the night closures"), text);
  }

  @Test
  void aSectionWhoseOnlyParagraphIsShortStaysALinkBlock() {
    String links = "<ul><li><a href=/a>Contract for the eastern channel survey</a></li>"
        + "<li><a href=/b>Contract for the night closures</a></li>"
        + "<li><a href=/c>Contract for the western quay repairs</a></li></ul>";
    String html = "<body><article><p>" + STORY + "</p><p>" + MORE + "</p><div class=section><p>See also:</p>"
        + links + "</div></article></body>";
    assertFalse(renderer.render(html, "").text().contains("See also:"));
  }
}
