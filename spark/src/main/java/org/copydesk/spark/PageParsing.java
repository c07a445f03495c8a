package org.copydesk.spark;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.copydesk.core.Article;
import org.copydesk.parser.ArticleParser;

/**
 * Parses a page with the JVM's {@link SharedParser shared parser} into its {@link Outcome}.
 *
 * <p>An articles line is {@code {"id":…,"input":…,"url":…,"article":{…}}}, the article in the JSON contract of
 * {@code ArticleJson}; a failures line is {@code {"id":…,"input":…,"url":…,"stage":"read"|"parse","error":…}},
 * the error saying why. Absent values ({@code url}, the {@code id} of an unreadable line) are left out. Whatever a page
 * holds, this returns an outcome: the parser's exceptions, and any other it might throw, become failures.
 */
final class PageParsing {

  private PageParsing() {}

  static Outcome parse(Page page) {
    if (page.unreadable() != null) {
      return Outcome.failure(json(new FailureLine(page.id(), page.input(), page.url(), "read", page.unreadable())));
    }
    try {
      Article article = parseContent(SharedParser.parser(), page);
      return new Outcome(true, json(new ArticleLine(page.id(), page.input(), page.url(), article)),
          QuoteTable.rows(page, article), article.sources().size());
    } catch (RuntimeException | StackOverflowError e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      return Outcome.failure(json(new FailureLine(page.id(), page.input(), page.url(), "parse", error)));
    }
  }

  private static Article parseContent(ArticleParser parser, Page page) {
    Optional<URI> base = baseUri(page.url());
    if (!page.html()) {
      return page.text() != null ? parser.parseText(page.text()) : parser.parseText(page.bytes());
    }
    if (page.text() != null) {
      return base.isPresent() ? parser.parseHtml(page.text(), base.get()) : parser.parseHtml(page.text());
    }
    return base.isPresent() ? parser.parseHtml(page.bytes(), base.get()) : parser.parseHtml(page.bytes());
  }

  /** The page's URL as a base for links, if it is an absolute URI (a crawl's target URIs need not all be). */
  private static Optional<URI> baseUri(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url);
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String json(Object line) {
    try {
      return SharedParser.mapper().writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write a line of JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A line of the articles output. */
  @JsonPropertyOrder({"id", "input", "url", "article"})
  record ArticleLine(String id, String input, String url, Article article) {}

  /** A line of the failures output. */
  @JsonPropertyOrder({"id", "input", "url", "stage", "error"})
  record FailureLine(String id, String input, String url, String stage, String error) {}
}
