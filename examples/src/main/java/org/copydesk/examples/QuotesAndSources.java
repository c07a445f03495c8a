package org.copydesk.examples;

import org.copydesk.core.Article;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.copydesk.parser.ArticleParser;

/** README "Quotes and sources": who said what, and the sources an article cites. */
public final class QuotesAndSources {

  private QuotesAndSources() {}

  /** Parses a short page and prints each quote with its speaker, then each source with its quote count. */
  public static void main(String[] args) {
    String page = """
        Harbour Reopens After Storm

        The harbour reopened on Monday, three days after the storm.

        "We lost two boats, but nobody was hurt," said Maria Costa, the harbour master. "We were lucky."

        She said repairs to the pier would take a month.
        """;
    Article article = ArticleParser.create().parseText(page);
    for (Quote quote : article.quotes()) {
      String who = article.speakerOf(quote).map(Source::name).orElse("(nobody)");
      System.out.println(quote.kind().name().toLowerCase() + " " + who + ": " + quote.text());
    }
    for (Source source : article.sources()) {
      System.out.println(source.name() + " (" + source.kind().name().toLowerCase() + ", "
          + source.description().orElse("no description") + "): " + article.quotesBy(source).size() + " quotes");
    }
  }
}
