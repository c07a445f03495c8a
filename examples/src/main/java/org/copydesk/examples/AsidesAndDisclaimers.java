package org.copydesk.examples;

import org.copydesk.core.Article;
import org.copydesk.core.Aside;
import org.copydesk.core.Disclaimer;
import org.copydesk.parser.ArticleParser;

/** README "Parsing text", blocks: promos and related links as asides, corrections and notices as disclaimers. */
public final class AsidesAndDisclaimers {

  private AsidesAndDisclaimers() {}

  /** Parses a page with a promo, a "Read more" link and a correction, and prints the asides and disclaimers. */
  public static void main(String[] args) {
    String page = """
        Council Approves New Budget

        The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools, \
        the parks and the state of the roads, which residents have complained about for more than a decade now.

        The mayor, who had asked the council for a larger increase, said she would sign the budget on Friday.

        Read more: Council delays the vote on the school budget until next month

        Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.

        Correction: An earlier version of this article misstated the number of votes against the budget.
        """;
    Article article = ArticleParser.create().parseText(page);
    for (Aside aside : article.asides()) {
      System.out.println("aside " + aside.kind() + ": " + aside.text());
    }
    for (Disclaimer disclaimer : article.disclaimers()) {
      System.out.println("disclaimer " + disclaimer.kind() + ": " + disclaimer.text());
    }
  }
}
