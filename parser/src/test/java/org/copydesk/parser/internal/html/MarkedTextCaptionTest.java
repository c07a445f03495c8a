package org.copydesk.parser.internal.html;

import static org.copydesk.parser.internal.html.ArticleTexts.headings;
import static org.copydesk.parser.internal.html.ArticleTexts.paragraphs;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.MediaEmbed;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * A line an HTML page's markup made one of the story's paragraphs or headings is no picture caption: a subhead whose
 * paragraph opens with its words reads like a caption printed twice, and a pull quote inside a figure that also shows
 * the speaker's portrait is not the figure's caption. What lies inside a {@code <figcaption>} or a caption-class
 * element is not marked, and a picture credit set as a paragraph stays with its picture; plain text keeps the caption
 * rule.
 */
class MarkedTextCaptionTest {

  private static final String STORY = "<p>The bakery on Mill Lane has shared the plan its staff follow on market "
      + "days, when the ovens run from four in the morning, and it is simpler than most people expect.</p>"
      + "<p>Each batch is baked in the order given, so that the oven never cools between batches, the owners "
      + "said on Monday.</p>";

  private static final String MORE = "<p>Customers queue from seven, and the last loaves are usually gone an hour "
      + "before the market closes, the owners added.</p>";

  private static final String SUBHEAD = "Seed rolls for the market stall";

  private static final String SECTION = "Seed rolls for the market stall are shaped the evening before and rest "
      + "in the cold room overnight, so that they rise slowly and keep their shape.";

  private final ArticleParser parser = ArticleParser.builder().build();

  private static List<MediaEmbed> media(Article a) {
    return a.blocks().stream().filter(b -> b instanceof MediaEmbed).map(b -> (MediaEmbed) b).toList();
  }

  private Article html(String inside) {
    return parser.parseHtml("<html><body><article><h1>Market Day Baking</h1>" + STORY + inside + MORE
        + "</article></body></html>");
  }

  @Test
  void aSubheadWhoseParagraphOpensWithItsWordsIsNoCaption() {
    Article a = html("<h2>" + SUBHEAD + "</h2><p>" + SECTION + "</p>");
    assertTrue(headings(a).contains(SUBHEAD), a.blocks().toString());
    assertTrue(paragraphs(a).contains(SECTION), a.blocks().toString());
    assertTrue(media(a).isEmpty(), a.blocks().toString());
  }

  @Test
  void inPlainTextTheSameLinesAreACaptionPrintedTwice() {
    Article a = parser.parseText("Market Day Baking\n\nThe bakery on Mill Lane has shared the plan its staff follow "
        + "on market days, when the ovens run from four in the morning, and it is simpler than most people expect."
        + "\n\n" + SUBHEAD + "\n\n" + SECTION + "\n\nEach batch is baked in the order given, so that the oven "
        + "never cools between batches, the owners said on Monday.\n");
    assertFalse(paragraphs(a).contains(SECTION), a.blocks().toString());
    assertTrue(media(a).stream().anyMatch(m -> m.text().contains(SECTION)), a.blocks().toString());
  }

  @Test
  void paragraphsInsideAFigureCaptionAreNoParagraphsOfTheStory() {
    Article a = html("<figure><img src=/ovens.jpg alt=''><figcaption><p>The ovens before dawn</p>"
        + "<p>Trays wait on the rack by the door</p></figcaption></figure>");
    assertFalse(paragraphs(a).contains("The ovens before dawn"), a.blocks().toString());
    assertFalse(paragraphs(a).contains("Trays wait on the rack by the door"), a.blocks().toString());
  }

  @Test
  void aParagraphOfACaptionClassElementIsNoParagraphOfTheStory() {
    Article a = html("<div class=image-caption><p>Trays wait on the rack by the door</p></div>");
    assertFalse(paragraphs(a).contains("Trays wait on the rack by the door"), a.blocks().toString());
  }

  @Test
  void aPictureCreditSetAsAParagraphStaysWithThePicture() {
    Article a = html("<p><img src=/loaves.jpg alt=''></p><p>Photo: Jane Roe</p>");
    assertFalse(paragraphs(a).contains("Photo: Jane Roe"), a.blocks().toString());
  }

  @Test
  void aPullQuoteInAFigureWithThePortraitOfItsSpeakerStaysAParagraph() {
    String quote = "We bake what sells by noon, and the rest goes to the shelter on Dock Street before we close.";
    Article a = html("<figure><img src=/owner.jpg alt=''><blockquote><p>" + quote + "</p></blockquote>"
        + "<figcaption>Jane Roe, owner</figcaption></figure>");
    assertTrue(paragraphs(a).contains(quote), a.blocks().toString());
  }

  @Test
  void aCaptionInAFigureIsTheFiguresEmbed() {
    Article a = html("<figure><img src=/ovens.jpg alt=''><figcaption>The ovens before dawn on a market day, "
        + "when the first batch goes in</figcaption></figure>");
    assertFalse(paragraphs(a).stream().anyMatch(p -> p.contains("The ovens before dawn")), a.blocks().toString());
    assertTrue(media(a).stream().anyMatch(m -> m.caption().filter(c -> c.contains("The ovens before dawn"))
        .isPresent()), a.blocks().toString());
  }
}
