package org.copydesk.consumercheck;

import java.net.URI;
import org.copydesk.core.Article;
import org.copydesk.parser.ArticleParser;

/** The two small pages the consumer checks parse, written for this check. */
final class Pages {

  static final String TEXT = """
      Harbour Reopens After Storm

      The harbour reopened on Monday, three days after the storm.

      "We lost two boats, but nobody was hurt," said Maria Costa, the harbour master.

      She said repairs to the pier would take a month.
      """;

  static final String HTML = """
      <html lang="en"><head><title>Storm Closes Schools | Daily Planet</title>
      <meta name="author" content="Jane Doe"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Storm Closes Schools</h1>
      <p>Schools across the county closed on Monday as the storm arrived.</p>
      <p>"Safety comes first," said Tom Reed, the county's head of education.</p>
      <p>Classes resume on Wednesday, the county said.</p></article></body></html>""";

  static final URI BASE = URI.create("https://example.org/news/storm");

  private static final ArticleParser PARSER = ArticleParser.create();

  private Pages() {}

  static Article text() {
    return PARSER.parseText(TEXT);
  }

  static Article html() {
    return PARSER.parseHtml(HTML, BASE);
  }
}
