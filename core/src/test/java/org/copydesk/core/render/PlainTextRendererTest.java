package org.copydesk.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.copydesk.core.Article;
import org.copydesk.core.Heading;
import org.copydesk.core.Paragraph;
import org.copydesk.core.SampleArticles;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;

/** {@link PlainTextRenderer} gives the clean article, one line per block. */
class PlainTextRendererTest {

  @Test
  void eachBlockIsOneLineAndBlocksAreSeparatedByABlankLine() {
    Article article = Article.builder()
        .headline("  Storm\nHits   Coast ")
        .addBlock(Paragraph.of("Rain fell\nall night.\r\n\r\nRoads closed.", Span.of(0, 1)))
        .addBlock(Heading.of("What next", Span.of(1, 2)))
        .addBlock(Paragraph.of("Schools\topen on Monday.", Span.of(2, 3)))
        .build();
    assertEquals("""
        Storm Hits Coast

        Rain fell all night. Roads closed.

        What next

        Schools open on Monday.
        """, PlainTextRenderer.render(article));
  }

  @Test
  void theParagraphsReadAsTheBodyTextWithoutRepeatsOrBoxes() {
    Article article = SampleArticles.allKinds();
    String text = PlainTextRenderer.render(article);
    String paragraphs = text.substring(text.indexOf("\n\n") + 2).replace("\n\nWhat Comes Next", "");
    assertEquals(article.bodyText() + "\n", paragraphs);
  }

  @Test
  void anArticleWithoutTextRendersAsNothing() {
    assertEquals("", PlainTextRenderer.render(Article.builder().build()));
  }

  @Test
  void textIsNeverEscaped() {
    String rendered = PlainTextRenderer.render(HostileArticle.ARTICLE);
    assertEquals(HostileArticle.PAYLOAD, rendered.lines().findFirst().orElseThrow());
  }
}
