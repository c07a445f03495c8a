package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A page's marked-up {@code <main>} bounds the search for the article's container but is not taken whole when the
 * scores find the story in a container inside it beside other sections; it is taken whole when it adds little to that
 * container.
 */
class ContainerInsideMainTest {

  private static final String STORY = "<p>The library on Station Road will open on Sundays from next month, the "
      + "council said on Friday, after a survey found that most of its readers work during the week.</p>"
      + "<p>The longer hours will be paid for by closing the reading room on Monday mornings, when it is quietest, "
      + "and by moving two posts from the central branch.</p>"
      + "<p>Staff will run a homework club on Sunday afternoons, and the children's section will host readings "
      + "by local authors once a month, starting in the spring.</p>";

  /** Teaser cards: a linked title, a summary and a link on each. */
  private static final String CARDS = ("<div class=card><a href=/x>Another story about the town's services and its "
      + "plans</a><p>A summary of another story that the page offers to its readers next to this one, written to "
      + "draw them on to it.</p><a href=/x>Read the whole story</a></div>").repeat(4);

  private final HtmlRenderer renderer = new HtmlRenderer();

  @Test
  void theStoryContainerInsideMainIsTakenWithoutMainsOtherSections() {
    String html = "<body><main><h1>Library Opens on Sundays</h1><div class=story>" + STORY + "</div>"
        + "<section class=more>" + CARDS + "</section></main></body>";
    String text = renderer.render(html, "").text();
    assertTrue(text.contains("homework club"), text);
    assertFalse(text.contains("A summary of another story"), text);
  }

  @Test
  void mainIsTakenWholeWhenItAddsLittleToTheStoryContainer() {
    String html = "<body><main><h1>Library Opens on Sundays</h1><div class=dateline>Published on Friday by the "
        + "newsroom of the town paper</div><div class=story>" + STORY + "</div></main>"
        + "<div>" + CARDS + "</div></body>";
    String text = renderer.render(html, "").text();
    assertTrue(text.contains("homework club"), text);
    assertTrue(text.contains("Published on Friday"), text);
    assertFalse(text.contains("A summary of another story"), text);
  }
}
