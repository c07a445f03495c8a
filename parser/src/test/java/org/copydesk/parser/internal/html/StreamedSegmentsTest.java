package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.core.Removal;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;

/**
 * A part of the page that the server streamed late, in a hidden {@code <div hidden id="S:n">} at the end of the body,
 * is read where the page's script puts it (its placeholder or boundary template), not as hidden chrome; hidden
 * elements that no placeholder waits for stay out.
 */
class StreamedSegmentsTest {

  private static final String OPENING = "<p>The ferry between the two harbours will run every hour from the first of "
      + "May, the operator said on Tuesday, after a winter in which it sailed only three times a day.</p>"
      + "<p>Two new boats, bought from a yard in the north, will carry the extra passengers, and the old one will "
      + "be kept in reserve for the busy weeks of the summer.</p>";

  private static final String CLOSING = "<p>The operator will review the timetable in the autumn, once it knows how "
      + "many people took the new sailings, and may add a late boat on Fridays.</p>";

  private static final String LATE = "<p>Fares will stay the same for residents, while visitors will pay a little "
      + "more at the weekend, when the queues at the slipway are longest.</p>";

  private final HtmlRenderer renderer = new HtmlRenderer();

  private static String page(String slot, String tail) {
    return "<body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Hourly Ferry From May</h1>"
        + OPENING + slot + CLOSING + "</article><footer>About us</footer>" + tail + "</body>";
  }

  /** The article's text as the text stage reads it: the stretch the content root was rendered to. */
  private String articleText(String html) {
    RenderedHtml rendered = renderer.render(html, "");
    Span content = rendered.content().orElseThrow();
    return rendered.text().substring(content.start(), content.end());
  }

  @Test
  void streamedPartIsReadWhereItsScriptPutsIt() {
    String text = articleText(page("<template id=\"P:1\"></template>",
        "<div hidden id=\"S:1\">" + LATE + "</div><script>$RS(\"S:1\",\"P:1\")</script>"));
    assertTrue(text.indexOf("queues at the slipway") > text.indexOf("busy weeks"), text);
    assertTrue(text.indexOf("queues at the slipway") < text.indexOf("late boat on Fridays"), text);
  }

  @Test
  void streamedPartReplacesWhatItsBoundaryShowedMeanwhile() {
    String html = page("<!--$?--><template id=\"B:0\"></template><div>Loading the story</div><!--/$-->",
        "<div hidden id=\"S:0\">" + LATE + "</div><script>$RC(\"B:0\",\"S:0\")</script>");
    String text = articleText(html);
    assertTrue(text.contains("queues at the slipway"), text);
    assertFalse(text.contains("Loading the story"), text);
    RenderedHtml rendered = renderer.render(html, "");
    assertTrue(rendered.removed().stream().anyMatch(r -> r.text().equals("Loading the story")
        && r.reason() == Removal.Reason.SITE_CHROME), "what the boundary showed is reported: " + rendered.removed());
  }

  @Test
  void pageSavedWithoutItsScriptsFillsThePlaceholderOfTheSameNumber() {
    String text = articleText(page("<template id=\"P:7\"></template>", "<div hidden id=\"S:7\">" + LATE + "</div>"));
    assertTrue(text.indexOf("queues at the slipway") < text.indexOf("late boat on Fridays"), text);
  }

  @Test
  void boundaryWithoutItsEndCommentKeepsWhatFollowsIt() {
    String text = articleText(page("<template id=\"B:0\"></template><div>Loading the story</div>"
        + "<p>A ticket bought online will be valid on any sailing of the day, the operator added, and children "
        + "under five will travel free.</p>", "<div hidden id=\"S:0\">" + LATE + "</div>"));
    assertTrue(text.contains("queues at the slipway"), text);
    assertTrue(text.contains("children under five will travel free"), text);
  }

  @Test
  void hiddenElementNoPlaceholderWaitsForStaysOut() {
    String html = page("<div hidden id=\"S:3\">" + LATE + "</div>", "<div hidden id=\"S:4\">" + LATE + "</div>"
        + "<script>$RS(\"S:4\",\"P:9\")</script>");
    assertFalse(renderer.render(html, "").text().contains("queues at the slipway"));
  }
}
