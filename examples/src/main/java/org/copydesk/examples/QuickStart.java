package org.copydesk.examples;

import org.copydesk.core.Article;
import org.copydesk.core.Paragraph;
import org.copydesk.parser.ArticleParser;

/** README "Quick start": parse a page's text and walk its paragraphs. */
public final class QuickStart {

  private QuickStart() {}

  /** Parses a short page and prints its paragraphs with their positions. */
  public static void main(String[] args) {
    String page = """
        Council Approves New Budget

        The council voted 7-2 on Tuesday to approve the budget.

        "This budget keeps our promises," said Mayor Ana Ruiz.
        """;
    ArticleParser parser = ArticleParser.create();   // immutable and thread-safe: share one
    Article article = parser.parseText(page);
    for (Paragraph p : article.bodyParagraphs()) {
      System.out.println(p.span() + " " + p.text());
    }
  }
}
