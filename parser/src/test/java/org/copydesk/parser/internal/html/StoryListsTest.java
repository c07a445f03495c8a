package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A list of links inside the article's container is the story's own list, kept, when it carries no class or id (the
 * story's editor wrote it, not the site's template) and is numbered or introduced by a line ending in a colon; any
 * other block of links is left out as navigation.
 */
class StoryListsTest {

  private static final String STORY = "<p>The harbour board agreed on Monday to dredge the eastern channel before "
      + "the spring, after two freighters ran aground there in as many months, its chairwoman said.</p>"
      + "<p>Fishing crews welcomed the plan but asked for the night closures to be announced a week ahead, so "
      + "that they can land their catch at the western quay instead.</p>";

  private static final String LINKS = "<li><a href=/a>Tide tables for the eastern channel</a></li>"
      + "<li><a href=/b>Notice to mariners, winter edition</a></li>"
      + "<li><a href=/c>Dredging permit of the port authority</a></li>";

  private final HtmlRenderer renderer = new HtmlRenderer();

  private String rendered(String inside) {
    return renderer.render("<body><article>" + STORY + inside + "</article></body>", "").text();
  }

  @Test
  void aClassLessListOfLinksIntroducedByAColonIsKept() {
    assertTrue(rendered("<p>The board published three documents:</p><ul>" + LINKS + "</ul>")
        .contains("Notice to mariners"));
  }

  @Test
  void aClassLessNumberedListOfLinksIsKept() {
    assertTrue(rendered("<ol>" + LINKS + "</ol>").contains("Notice to mariners"));
  }

  @Test
  void aClassLessBulletedListOfLinksWithoutAnIntroIsLeftOut() {
    assertFalse(rendered("<ul>" + LINKS + "</ul>").contains("Notice to mariners"));
  }

  @Test
  void aTemplateListOfLinksIsLeftOutEvenAfterAColon() {
    assertFalse(rendered("<p>Read more:</p><ul class=related-links>" + LINKS + "</ul>")
        .contains("Notice to mariners"));
    assertFalse(rendered("<ol id=popular>" + LINKS + "</ol>").contains("Notice to mariners"));
  }
}
