package org.copydesk.core.render;

import java.util.Objects;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Heading;
import org.copydesk.core.Paragraph;

/**
 * Renders an article as plain text for NLP pipelines and diffing: the headline, then the section headings and body
 * paragraphs in reading order.
 *
 * <pre>{@code
 * String text = PlainTextRenderer.render(article);
 * Files.writeString(Path.of("article.txt"), text);
 * }</pre>
 *
 * <p>Each block is one line, its whitespace collapsed, and blocks are separated by a blank line, so a line diff of
 * two renderings is a block diff. Paragraphs that repeat another block, media, asides, disclaimers, author profiles,
 * the byline and removed chrome are left out; the paragraphs read exactly as {@link Article#bodyText()}. Nothing is
 * escaped: the output is text, not markup.
 */
public final class PlainTextRenderer {

  private PlainTextRenderer() {}

  /** Returns the article as plain text, ending with a line break; empty when the article has no text. */
  public static String render(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    StringBuilder out = new StringBuilder();
    article.headline().ifPresent(h -> line(out, h));
    for (Block block : article.blocks()) {
      if (block instanceof Heading || block instanceof Paragraph p && !p.isDuplicate()) {
        line(out, block.text());
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String text) {
    String line = Texts.collapse(text);
    if (line.isEmpty()) {
      return;
    }
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(line).append('\n');
  }
}
