package org.copydesk.examples;

import java.util.Map;
import java.util.TreeMap;
import org.copydesk.core.Article;
import org.copydesk.core.Removal;
import org.copydesk.parser.ArticleParser;

/** README "Parsing text": what the parser left out as page chrome, each removal with its reason and position. */
public final class RemovalsAndReasons {

  private RemovalsAndReasons() {}

  /** Parses a page with navigation, share and subscribe lines around the story and lists what was removed. */
  public static void main(String[] args) {
    String page = """
        Skip to content
        Home
        World
        Business

        Council Approves New Budget

        Share on Facebook
        Share on Twitter

        The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

        Supporters said the plan keeps the promises made to parents and teachers during the last campaign.

        Subscribe to our newsletter
        """;
    Article article = ArticleParser.create().parseText(page);
    Map<Removal.Reason, Integer> counts = new TreeMap<>();
    for (Removal removal : article.removed()) {
      System.out.println(removal.reason() + " " + removal.span() + " " + removal.text());
      counts.merge(removal.reason(), 1, Integer::sum);
    }
    System.out.println("kept " + article.bodyParagraphs().size() + " paragraphs; removed " + counts);
  }
}
