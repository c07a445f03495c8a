package org.copydesk.parser.internal.html;

import static org.copydesk.parser.internal.html.ArticleTexts.headings;
import static org.copydesk.parser.internal.html.ArticleTexts.paragraphs;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.core.Article;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * The known-body rule: inside the article's container, a line the page wrote as a {@code <p>}, a list item, a table
 * row of one line or an {@code <h2>} to {@code <h6>} is a paragraph or heading however short (a one-line answer, a
 * label, a row of data, a subhead before a list), while short lines of other markup, paragraphs that are mostly links,
 * list items that show a picture (cards), a layout table's rows and anything outside the container stay out.
 */
class MarkedParagraphsTest {

  private static final String STORY = "<p>The bakery on Mill Lane has shared the plan its staff follow on market "
      + "days, when the ovens run from four in the morning, and it is simpler than most people expect.</p>"
      + "<p>Each batch is baked in the order given, so that the oven never cools between batches, the owners "
      + "said on Monday.</p>";

  private final ArticleParser parser = ArticleParser.builder().build();

  @Test
  void aShortParagraphElementInsideTheContainerIsAParagraph() {
    Article a = parser.parseHtml("<html><body><article><h1>Market Day Baking</h1>" + STORY
        + "<p>Rye loaves</p><p>Four trays, forty minutes</p></article></body></html>");
    assertTrue(paragraphs(a).contains("Rye loaves"), paragraphs(a).toString());
    assertTrue(paragraphs(a).contains("Four trays, forty minutes"), paragraphs(a).toString());
  }

  @Test
  void aHeadingElementWithoutProseAfterItIsAHeading() {
    Article a = parser.parseHtml("<html><body><article><h1>Market Day Baking</h1>" + STORY
        + "<h2>Opening hours</h2><p>Daily 7-12</p></article></body></html>");
    assertTrue(headings(a).contains("Opening hours"), a.blocks().toString());
  }

  @Test
  void aShortLineOfOtherMarkupInsideTheContainerStaysOut() {
    Article a = parser.parseHtml("<html><body><article><h1>Market Day Baking</h1>" + STORY
        + "<div>Rye loaves</div></article></body></html>");
    assertFalse(paragraphs(a).contains("Rye loaves"), paragraphs(a).toString());
  }

  @Test
  void aParagraphElementThatIsMostlyALinkStaysOut() {
    Article a = parser.parseHtml("<html><body><article><h1>Market Day Baking</h1>" + STORY
        + "<p><a href=/rye>Rye loaves</a></p></article></body></html>");
    assertFalse(paragraphs(a).contains("Rye loaves"), paragraphs(a).toString());
  }

  @Test
  void aShortParagraphElementOfPlainTextIsNoParagraph() {
    Article a = parser.parseText("Market Day Baking\n\nThe bakery on Mill Lane has shared the plan its staff follow "
        + "on market days, when the ovens run from four in the morning, and it is simpler than most people expect."
        + "\n\nRye loaves\n\nEach batch is baked in the order given, so that the oven never cools between batches, "
        + "the owners said on Monday.\n");
    assertFalse(paragraphs(a).contains("Rye loaves"), paragraphs(a).toString());
  }

  @Test
  void aShortListItemInsideTheContainerIsAParagraph() {
    Article a = parser.parseHtml("<html><body><article><h1>Market Day Baking</h1>" + STORY
        + "<ul><li>Rye loaves</li><li>Seed rolls</li></ul></article></body></html>");
    assertTrue(paragraphs(a).stream().anyMatch(p -> p.endsWith("Rye loaves")), paragraphs(a).toString());
    assertTrue(paragraphs(a).stream().anyMatch(p -> p.endsWith("Seed rolls")), paragraphs(a).toString());
  }

  @Test
  void aListItemThatShowsAPictureIsACardAndStaysOut() {
    Article a = parser.parseHtml("<html><body><article><h1>Market Day Baking</h1>" + STORY
        + "<ul><li><img src=/rye.jpg alt=''>Rye loaves</li><li><img src=/seed.jpg alt=''>Seed rolls</li></ul>"
        + "</article></body></html>");
    assertFalse(paragraphs(a).stream().anyMatch(p -> p.endsWith("Rye loaves")), paragraphs(a).toString());
  }

  @Test
  void aTableRowOfOneLineIsAParagraphWithItsCellsApart() {
    Article a = parser.parseHtml("<html><body><article><h1>Market Day Baking</h1>" + STORY
        + "<table><tr><th>Loaf</th><th>Minutes</th></tr><tr><td>Rye</td><td>40</td></tr></table>"
        + "</article></body></html>");
    assertTrue(paragraphs(a).contains("Loaf Minutes"), paragraphs(a).toString());
    assertTrue(paragraphs(a).contains("Rye 40"), paragraphs(a).toString());
  }

  @Test
  void aLayoutTableRowOfManyLinesIsNoParagraphButItsParagraphsAre() {
    Article a = parser.parseHtml("<html><body><article><h1>Market Day Baking</h1><table><tr><td>" + STORY
        + "<p>Rye loaves</p><div>Seed rolls</div></td></tr></table></article></body></html>");
    assertTrue(paragraphs(a).contains("Rye loaves"), paragraphs(a).toString());
    assertFalse(paragraphs(a).contains("Seed rolls"), paragraphs(a).toString());
  }

  @Test
  void aHeadingWithChromeClassWordsInsideTheContainerIsKept() {
    Article a = parser.parseHtml("<html><body><article><h1>Market Day Baking</h1>" + STORY
        + "<h2 class='header-anchor' id='h-shared-ovens'>Shared ovens</h2>" + STORY.replace("bakery", "mill")
        + "</article></body></html>");
    assertTrue(headings(a).contains("Shared ovens"), a.blocks().toString());
  }

  @Test
  void aHeadingInsideChromeMarkupInsideTheContainerStaysOut() {
    Article a = parser.parseHtml("<html><body><article><h1>Market Day Baking</h1>" + STORY
        + "<h2 role='navigation'>Shared ovens</h2>" + STORY.replace("bakery", "mill")
        + "</article></body></html>");
    assertFalse(headings(a).contains("Shared ovens"), a.blocks().toString());
  }

  @Test
  void aRowOfADataTableInsideALayoutTableIsAParagraph() {
    Article a = parser.parseHtml("<html><body><article><h1>Market Day Baking</h1><table><tr><td>" + STORY
        + "<table><tr><td>Rye</td><td>40</td></tr></table></td></tr></table></article></body></html>");
    assertTrue(paragraphs(a).contains("Rye 40"), paragraphs(a).toString());
  }
}
