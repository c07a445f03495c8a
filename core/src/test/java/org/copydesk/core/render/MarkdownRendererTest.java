package org.copydesk.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Byline;
import org.copydesk.core.Heading;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link MarkdownRenderer} writes CommonMark that reads back as exactly the article's text, which makes rendering
 * idempotent: Markdown read back into an article and rendered again is the same Markdown.
 */
class MarkdownRendererTest {

  /** Characters that mean something in Markdown somewhere, with letters, digits and whitespace between them. */
  private static final String ALPHABET = "ab1 9.)-+=#>*_`~[]()!<&;\\|:/\"' \t\nxy";

  private static final Parser COMMONMARK = Parser.builder().build();

  private static Gen<String> texts() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 30)
        .map(indices -> {
          StringBuilder sb = new StringBuilder();
          indices.forEach(i -> sb.append(ALPHABET.charAt(i)));
          return sb.toString();
        });
  }

  /**
   * Reads Markdown back into an article: the level-1 heading is the headline, an emphasised paragraph right after it
   * the byline, other headings headings and other paragraphs paragraphs.
   */
  private static Article read(String markdown) {
    Article.Builder article = Article.builder();
    int position = 0;
    for (Node node = COMMONMARK.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
      String text = text(node);
      Span span = Span.of(position, ++position);
      if (node instanceof org.commonmark.node.Heading h && h.getLevel() == 1) {
        article.headline(text);
      } else if (node instanceof org.commonmark.node.Heading h) {
        article.addBlock(Heading.builder().text(text).span(span).level(h.getLevel()).build());
      } else if (node.getFirstChild() instanceof Emphasis && node.getFirstChild().getNext() == null
          && node.getPrevious() instanceof org.commonmark.node.Heading) {
        article.byline(Byline.builder().text(text).span(span).build());
      } else {
        article.addBlock(Paragraph.of(text, span));
      }
    }
    return article.build();
  }

  private static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        sb.append(text.getLiteral());
      }
    });
    return sb.toString();
  }

  private static Article article(String headline, String byline, String heading, String paragraph) {
    return Article.builder()
        .headline("H " + headline)
        .byline(Byline.builder().text("By " + byline).span(Span.of(0, 0)).build())
        .addBlock(Paragraph.of(paragraph, Span.of(0, 0)))
        .addBlock(Heading.builder().text(heading).span(Span.of(0, 0)).level(3).build())
        .addBlock(Paragraph.of(paragraph + heading, Span.of(0, 0)))
        .build();
  }

  @Test
  void markdownReadBackAndRenderedAgainIsTheSameMarkdown() {
    qt().withExamples(500).forAll(texts(), texts(), texts(), texts()).checkAssert((h, b, t, p) -> {
      String markdown = MarkdownRenderer.render(article(h, b, t, p));
      assertEquals(markdown, MarkdownRenderer.render(read(markdown)));
    });
  }

  @Test
  void aCommonMarkReaderGetsBackExactlyTheTextWithWhitespaceCollapsed() {
    qt().withExamples(500).forAll(texts(), texts(), texts(), texts()).checkAssert((h, b, t, p) -> {
      Article article = article(h, b, t, p);
      Article back = read(MarkdownRenderer.render(article));
      assertEquals(Texts.collapse(article.headline().orElseThrow()), back.headline().orElseThrow());
      assertEquals(Texts.collapse(article.byline().orElseThrow().text()), back.byline().orElseThrow().text());
      List<String> expected = new ArrayList<>();
      article.blocks().stream().map(Block::text).map(Texts::collapse).filter(s -> !s.isEmpty()).forEach(expected::add);
      assertEquals(expected, back.blocks().stream().map(Block::text).toList());
    });
  }

  @Test
  void theSeedReadsBackAsItsHeadlineHeadingsAndParagraphsInOrder() {
    Article seed = SeedArticle.ARTICLE;
    List<Node> nodes = new ArrayList<>();
    for (Node n = COMMONMARK.parse(MarkdownRenderer.render(seed)).getFirstChild(); n != null; n = n.getNext()) {
      nodes.add(n);
    }
    List<String> texts = nodes.stream().map(MarkdownRendererTest::text).toList();
    assertEquals(seed.headline().orElseThrow(), texts.get(0));
    int at = 0;
    for (Block block : seed.blocks()) {
      if (block instanceof Heading || block instanceof Paragraph p && !p.isDuplicate()) {
        at = texts.subList(at, texts.size()).indexOf(Texts.collapse(block.text())) + at;
        assertTrue(at >= 0, block.text());
      }
    }
  }

  @Test
  void markupInTheTextIsEscaped() {
    assertEquals("\\# not a heading \\*not emphasis\\* \\[not\\](a link) \\<b> AT&T \\&amp; \\`code\\`",
        MarkdownRenderer.escape("# not a heading *not emphasis* [not](a link) <b> AT&T &amp; `code`"));
    assertEquals("1986\\. was a year", MarkdownRenderer.escape("1986. was a year"));
    assertEquals("\\- not a list, 3.5 million", MarkdownRenderer.escape("- not a list, 3.5 million"));
    assertEquals("\\> not a quote", MarkdownRenderer.escape("> not a quote"));
  }

  @Test
  void mediaAreLabelledWithTheirKindAndLinkOnlyToWebAddresses() {
    Article article = Article.builder()
        .addBlock(MediaEmbed.builder().text("x").span(Span.of(0, 1)).kind(MediaEmbed.Kind.VIDEO)
            .title("Flood [live]").durationSeconds(3725).url("https://example.org/v?id=1&t=2").build())
        .addBlock(MediaEmbed.builder().text("x").span(Span.of(0, 1)).kind(MediaEmbed.Kind.IMAGE)
            .caption("A boat").url("javascript:alert(1)").build())
        .build();
    assertEquals("""
        **Video:** [Flood \\[live\\]](<https://example.org/v?id=1&t=2>) (1:02:05)

        **Image:** A boat
        """, MarkdownRenderer.render(article));
  }
}
