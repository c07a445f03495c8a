package org.copydesk.parser.internal.html;

import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Heading;
import org.copydesk.core.Paragraph;

/** Picks out of a parsed article the texts the HTML tests look at. */
final class ArticleTexts {

  private ArticleTexts() {}

  /** The texts of the article's paragraphs, in order. */
  static List<String> paragraphs(Article a) {
    return texts(a, Paragraph.class);
  }

  /** The texts of the article's headings, in order. */
  static List<String> headings(Article a) {
    return texts(a, Heading.class);
  }

  /** The texts of the article's paragraphs and headings, in order: its running text. */
  static List<String> body(Article a) {
    return a.blocks().stream().filter(b -> b instanceof Paragraph || b instanceof Heading).map(Block::text).toList();
  }

  private static List<String> texts(Article a, Class<? extends Block> kind) {
    return a.blocks().stream().filter(kind::isInstance).map(Block::text).toList();
  }
}
