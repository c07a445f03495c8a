package org.copydesk.examples;

import java.net.URI;
import org.copydesk.core.Article;
import org.copydesk.parser.ArticleParser;

/** README "HTML input": parse a page's HTML; spans point into the HTML. */
public final class ParseHtml {

  private ParseHtml() {}

  /** Parses a small HTML page and prints each paragraph with the HTML it came from. */
  public static void main(String[] args) {
    String html = """
        <html lang="en"><head><title>Storm Closes Schools</title></head>
        <body><article><p>Schools closed on Monday as the storm arrived.</p>
        <p>Classes resume on Wednesday.</p></article></body></html>""";
    Article article = ArticleParser.create().parseHtml(html, URI.create("https://example.org/storm"));
    System.out.println("language: " + article.language().orElse("?"));
    article.bodyParagraphs().forEach(p -> System.out.println(p.text() + "  <-  " + p.span().slice(html)));
  }
}
