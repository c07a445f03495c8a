package org.copydesk.parser;

import java.net.URI;
import java.util.Objects;
import org.copydesk.core.Article;
import org.copydesk.parser.internal.TextPipeline;
import org.copydesk.parser.internal.html.HtmlPipeline;

/**
 * Parses a news article, given as the text of its page or as its HTML, into an {@link Article}.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.builder().maxInputChars(5_000_000).build();
 * Article article = parser.parseText(pageText);
 * Article fromHtml = parser.parseHtml(html, URI.create("https://example.org/a"));
 * String json = ArticleJson.toJson(article);
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: build one and share it. Parsing is deterministic: the same input always
 * gives an equal article.
 *
 * <p><b>Text input</b> is what a browser or a text-mode browser shows when a page is dumped to text: one block per line,
 * blank lines between blocks, the page's chrome left in. The parser removes the chrome and reports each removal in
 * {@link Article#removed()}. Every span in the result is a {@code String} index into the text passed in; nothing of it
 * is normalised away (line breaks of any kind, no-break spaces, a byte order mark and zero-width characters are
 * handled where they stand).
 *
 * <p><b>HTML input</b> is rendered to text the same way and parsed; spans then point into the HTML, from the first to
 * the last source character an element was rendered from, while texts are the rendered text. The page's metadata
 * fills in the headline, date and language when the text does not give them.
 *
 * <p>The parse methods throw {@link NullPointerException} for a {@code null} argument and
 * {@link InputTooLargeException} for an input longer than {@link #maxInputChars()}; nothing else.
 */
public final class ArticleParser {

  /** The default {@link Builder#maxInputChars(int) size limit}: 5,000,000 characters (about 10 MB of UTF-16). */
  public static final int DEFAULT_MAX_INPUT_CHARS = 5_000_000;

  private final int maxInputChars;
  private final TextPipeline text;
  private final HtmlPipeline html;

  private ArticleParser(Builder builder) {
    this.maxInputChars = builder.maxInputChars;
    this.text = new TextPipeline();
    this.html = new HtmlPipeline(text);
  }

  /** Returns a builder with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a parser with every option at its default. */
  public static ArticleParser create() {
    return builder().build();
  }

  /** The longest input, in characters, this parser accepts. */
  public int maxInputChars() {
    return maxInputChars;
  }

  /**
   * Parses the text of an article page.
   *
   * @throws NullPointerException if {@code text} is {@code null}
   * @throws InputTooLargeException if {@code text} is longer than {@link #maxInputChars()}
   */
  public Article parseText(String text) {
    Objects.requireNonNull(text, "text must not be null");
    checkSize("text", text.length());
    return this.text.parse(text);
  }

  /**
   * Parses the HTML of an article page.
   *
   * @throws NullPointerException if {@code html} is {@code null}
   * @throws InputTooLargeException if {@code html} is longer than {@link #maxInputChars()}
   */
  public Article parseHtml(String html) {
    Objects.requireNonNull(html, "html must not be null");
    checkSize("html", html.length());
    return this.html.parse(html, "");
  }

  /**
   * Parses the HTML of an article page found at {@code baseUri}, against which relative links resolve.
   *
   * @throws NullPointerException if {@code html} or {@code baseUri} is {@code null}
   * @throws InputTooLargeException if {@code html} is longer than {@link #maxInputChars()}
   */
  public Article parseHtml(String html, URI baseUri) {
    Objects.requireNonNull(html, "html must not be null");
    Objects.requireNonNull(baseUri, "baseUri must not be null");
    checkSize("html", html.length());
    return this.html.parse(html, baseUri.toString());
  }

  private void checkSize(String what, int length) {
    if (length > maxInputChars) {
      throw new InputTooLargeException(what, length, maxInputChars);
    }
  }

  /** Configures an {@link ArticleParser}. Not thread-safe; the parsers it builds are. */
  public static final class Builder {

    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;

    private Builder() {}

    /**
     * Sets the longest input, in characters, the parser accepts; longer inputs are refused with an
     * {@link InputTooLargeException}. Default: {@value ArticleParser#DEFAULT_MAX_INPUT_CHARS}.
     */
    public Builder maxInputChars(int maxInputChars) {
      this.maxInputChars = maxInputChars;
      return this;
    }

    /**
     * Builds the parser.
     *
     * @throws IllegalArgumentException if a setting is out of range (the message names it)
     */
    public ArticleParser build() {
      if (maxInputChars < 1) {
        throw new IllegalArgumentException("maxInputChars must be at least 1, was " + maxInputChars);
      }
      return new ArticleParser(this);
    }
  }
}
