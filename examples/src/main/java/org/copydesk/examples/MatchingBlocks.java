package org.copydesk.examples;

import org.copydesk.core.Article;
import org.copydesk.core.Aside;
import org.copydesk.core.AuthorProfile;
import org.copydesk.core.Block;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.Heading;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Paragraph;
import org.copydesk.parser.ArticleParser;

/**
 * README "What it extracts", the body: going over the sealed {@link Block} kinds, with a {@link Block.Visitor} (Java 17)
 * or pattern matching ({@code instanceof} here; a {@code switch} over the kinds in Java 21).
 */
public final class MatchingBlocks {

  private MatchingBlocks() {}

  /** Renders each block of a parsed page as one line, once with a visitor and once with pattern matching. */
  public static void main(String[] args) {
    String page = """
        Council Approves New Budget

        The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

        What Happens Next

        The mayor said she would sign the budget on Friday, and the first payments would follow in the spring.
        """;
    Article article = ArticleParser.create().parseText(page);

    Block.Visitor<String> outline = new Block.Visitor<>() {
      @Override public String visit(Paragraph p) {
        return "  " + p.text();
      }

      @Override public String visit(Heading h) {
        return "# " + h.text();
      }

      @Override public String visit(MediaEmbed m) {
        return "[" + m.kind() + "]";
      }

      @Override public String visit(Aside a) {
        return "(aside) " + a.text();
      }

      @Override public String visit(Disclaimer d) {
        return "(note) " + d.text();
      }

      @Override public String visit(AuthorProfile a) {
        return "(author) " + a.text();
      }
    };
    article.blocks().forEach(b -> System.out.println(b.accept(outline)));

    for (Block block : article.blocks()) {
      if (block instanceof Heading heading) {
        System.out.println("heading: " + heading.text());
      } else if (block instanceof Paragraph paragraph && !paragraph.isDuplicate()) {
        System.out.println("paragraph of " + paragraph.text().split("\\s+").length + " words");
      }
    }
  }
}
