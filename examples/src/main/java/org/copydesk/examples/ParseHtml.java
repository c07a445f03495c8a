package org.copydesk.examples;

import java.net.URI;
import org.copydesk.core.Article;
import org.copydesk.parser.ArticleParser;

/** README "Parsing HTML": parse a page's HTML; metadata comes from the markup, spans point into the HTML. */
public final class ParseHtml {

  private ParseHtml() {}

  /** Parses a small HTML page and prints its headline, metadata and each paragraph with the HTML it came from. */
  public static void main(String[] args) {
    String html = """
        <html lang="en"><head><title>Storm Closes Schools | Daily Planet</title>
        <meta property="og:site_name" content="Daily Planet">
        <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
        <meta name="author" content="Jane Doe">
        <link rel="canonical" href="/news/storm-closes-schools"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Storm Closes Schools</h1>
        <p>Schools across the county closed on Monday as the storm arrived.</p>
        <figure><img src="/img/flood.jpg" alt="A flooded road"><figcaption>A flooded road near the school.</figcaption>
        </figure>
        <p>Classes resume on Wednesday, the county said.</p></article></body></html>""";
    Article article = ArticleParser.create().parseHtml(html, URI.create("https://example.org/news/storm"));
    System.out.println("headline: " + article.headline().orElse("?"));
    System.out.println("authors: " + article.byline().map(b -> String.join(", ", b.authors())).orElse("?"));
    System.out.println("published: " + article.published().orElse("?"));
    System.out.println("site: " + article.siteName().orElse("?") + ", " + article.canonicalUrl().orElse("?"));
    System.out.println("language: " + article.language().orElse("?"));
    article.media().forEach(m -> System.out.println("media: " + m.kind() + " " + m.url().orElse("?")));
    article.bodyParagraphs().forEach(p -> System.out.println(p.text() + "  <-  " + p.span().slice(html)));
  }
}
