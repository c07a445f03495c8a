package org.copydesk.parser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.copydesk.core.Article;
import org.copydesk.core.Removal;
import org.copydesk.core.Source;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.TextPipeline;
import org.copydesk.parser.internal.decode.DecodedText;
import org.copydesk.parser.internal.decode.Decoder;
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
 * <p><b>Bytes input</b> ({@link #parseText(byte[], Charset)}, {@link #parseHtml(byte[], URI)}) is decoded first: a
 * byte order mark (UTF-8, UTF-16BE, UTF-16LE) at the start chooses the charset and is not part of the text; otherwise
 * text is decoded with the charset given (UTF-8 by default) and HTML with the charset the page declares in its first
 * 8 KB ({@code <meta charset>}, {@code <meta http-equiv="Content-Type">}, an XML declaration; only the WHATWG Encoding
 * Standard's labels count, read as browsers read them, so ISO-8859-1 means windows-1252), or UTF-8 when it declares
 * none; text that reads as UTF-16 without a byte order mark is decoded as UTF-16. Each malformed or
 * unmappable byte sequence is replaced by one U+FFFD, and each run of replacements is reported in
 * {@link Article#removed()} with the reason {@link Removal.Reason#UNDECODABLE UNDECODABLE}; the replacement characters
 * stay in the text where the bytes stood (so such a removal may lie inside a block), keeping words apart. Spans then
 * point into the decoded text, which {@link #decodeText(byte[], Charset)} and {@link #decodeHtml(byte[])} return:
 * {@code parseText(bytes)} is {@code parseText(decodeText(bytes))} plus those removals.
 *
 * <p><b>Files and streams</b> ({@link #parseText(Path)}, {@link #parseHtml(Path, URI)}, {@link #parseText(InputStream)},
 * {@link #parseHtml(InputStream, URI)}, …) are read as bytes and decoded as above; reading stops as soon as the input
 * is longer than the size limit can hold (at most {@link #MAX_BYTES_PER_CHAR} bytes per allowed character, 3 for text
 * in UTF-8), so a file of gigabytes is refused after a few megabytes with an {@link InputTooLargeException}, and a byte
 * array that long is refused before it is decoded. Streams are read but not closed.
 *
 * <p><b>Exceptions.</b> Any {@code String} is accepted: unpaired surrogates, NULs and other control characters,
 * right-to-left text, one line of tens of megabytes (with a raised {@linkplain Builder#maxInputChars(int) limit}). The
 * parse and decode methods throw {@link NullPointerException} for a {@code null} argument (naming it),
 * {@link InputTooLargeException} for an input longer than {@link #maxInputChars()} (for bytes, once decoded), and
 * nothing else but, should the parser have a bug, an {@link InternalParserException} naming the stage that failed;
 * every exception the parser throws on purpose is a {@link CopydeskException}. The file and stream forms also throw
 * {@link IOException} when reading fails.
 */
public final class ArticleParser {

  /** The default {@link Builder#maxInputChars(int) size limit}: 5,000,000 characters (about 10 MB of UTF-16). */
  public static final int DEFAULT_MAX_INPUT_CHARS = 5_000_000;

  /**
   * The most bytes one character of HTML input may take (UTF-8 takes up to 3 for a {@code char}, UTF-16 2, GB18030
   * 4): HTML bytes longer than {@code MAX_BYTES_PER_CHAR * maxInputChars()} are refused without decoding.
   */
  public static final int MAX_BYTES_PER_CHAR = 4;

  /** The longest byte array the JVM allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

  private final int maxInputChars;
  private final boolean guessGender;
  private final TextPipeline text;
  private final HtmlPipeline html;

  private ArticleParser(Builder builder) {
    this.maxInputChars = builder.maxInputChars;
    this.guessGender = builder.guessGender;
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

  /** Whether the sources of the articles this parser returns carry a {@link Source#gender() gender}. */
  public boolean guessesGender() {
    return guessGender;
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
    return guarded(() -> this.text.parse(text));
  }

  /**
   * Parses the text of an article page given as UTF-8 bytes; spans point into {@link #decodeText(byte[])
   * decodeText(text)}. See the class description for how bytes are decoded.
   *
   * @throws NullPointerException if {@code text} is {@code null}
   * @throws InputTooLargeException if the decoded text is longer than {@link #maxInputChars()}
   */
  public Article parseText(byte[] text) {
    return parseText(text, StandardCharsets.UTF_8);
  }

  /**
   * Parses the text of an article page given as bytes in {@code charset}; spans point into
   * {@link #decodeText(byte[], Charset) decodeText(text, charset)}. See the class description for how bytes are
   * decoded.
   *
   * @throws NullPointerException if {@code text} or {@code charset} is {@code null}
   * @throws InputTooLargeException if the decoded text is longer than {@link #maxInputChars()}
   */
  public Article parseText(byte[] text, Charset charset) {
    DecodedText decoded = decodedText(text, charset);
    return guarded(() -> withUndecodable(this.text.parse(decoded.text()), decoded));
  }

  /**
   * Parses the text of an article page stored as UTF-8 in a file; spans point into the file's decoded text, as for
   * {@link #parseText(byte[])}. Reading stops at the size limit.
   *
   * @throws NullPointerException if {@code file} is {@code null}
   * @throws InputTooLargeException if the file's text is longer than {@link #maxInputChars()}
   * @throws IOException if the file cannot be read
   */
  public Article parseText(Path file) throws IOException {
    return parseText(file, StandardCharsets.UTF_8);
  }

  /**
   * Parses the text of an article page stored in {@code charset} in a file; spans point into the file's decoded text,
   * as for {@link #parseText(byte[], Charset)}. Reading stops at the size limit.
   *
   * @throws NullPointerException if {@code file} or {@code charset} is {@code null}
   * @throws InputTooLargeException if the file's text is longer than {@link #maxInputChars()}
   * @throws IOException if the file cannot be read
   */
  public Article parseText(Path file, Charset charset) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(charset, "charset must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return parseText(in, charset);
    }
  }

  /**
   * Parses the text of an article page read as UTF-8 from {@code in} to its end; spans point into the decoded text, as
   * for {@link #parseText(byte[])}. Reading stops at the size limit; the stream is not closed.
   *
   * @throws NullPointerException if {@code in} is {@code null}
   * @throws InputTooLargeException if the text is longer than {@link #maxInputChars()}
   * @throws IOException if reading fails
   */
  public Article parseText(InputStream in) throws IOException {
    return parseText(in, StandardCharsets.UTF_8);
  }

  /**
   * Parses the text of an article page read in {@code charset} from {@code in} to its end; spans point into the decoded
   * text, as for {@link #parseText(byte[], Charset)}. Reading stops at the size limit; the stream is not closed.
   *
   * @throws NullPointerException if {@code in} or {@code charset} is {@code null}
   * @throws InputTooLargeException if the text is longer than {@link #maxInputChars()}
   * @throws IOException if reading fails
   */
  public Article parseText(InputStream in, Charset charset) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(charset, "charset must not be null");
    return parseText(read(in, "text", textBytesPerChar(charset)), charset);
  }

  /**
   * Returns the text {@link #parseText(byte[])} reads from UTF-8 bytes: the string its spans point into.
   *
   * @throws NullPointerException if {@code text} is {@code null}
   * @throws InputTooLargeException if the decoded text is longer than {@link #maxInputChars()}
   */
  public String decodeText(byte[] text) {
    return decodeText(text, StandardCharsets.UTF_8);
  }

  /**
   * Returns the text {@link #parseText(byte[], Charset)} reads from bytes in {@code charset}: the string its spans
   * point into.
   *
   * @throws NullPointerException if {@code text} or {@code charset} is {@code null}
   * @throws InputTooLargeException if the decoded text is longer than {@link #maxInputChars()}
   */
  public String decodeText(byte[] text, Charset charset) {
    return decodedText(text, charset).text();
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
    return guarded(() -> this.html.parse(html, ""));
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
    return guarded(() -> this.html.parse(html, baseUri.toString()));
  }

  /**
   * Parses the HTML of an article page given as bytes, in the charset it declares; spans point into
   * {@link #decodeHtml(byte[]) decodeHtml(html)}. See the class description for how bytes are decoded.
   *
   * @throws NullPointerException if {@code html} is {@code null}
   * @throws InputTooLargeException if the decoded HTML is longer than {@link #maxInputChars()}
   */
  public Article parseHtml(byte[] html) {
    DecodedText decoded = decodedHtml(html);
    return guarded(() -> withUndecodable(this.html.parse(decoded.text(), ""), decoded));
  }

  /**
   * Parses the HTML of an article page found at {@code baseUri}, given as bytes in the charset it declares; spans
   * point into {@link #decodeHtml(byte[]) decodeHtml(html)}. See the class description for how bytes are decoded.
   *
   * @throws NullPointerException if {@code html} or {@code baseUri} is {@code null}
   * @throws InputTooLargeException if the decoded HTML is longer than {@link #maxInputChars()}
   */
  public Article parseHtml(byte[] html, URI baseUri) {
    Objects.requireNonNull(html, "html must not be null");
    Objects.requireNonNull(baseUri, "baseUri must not be null");
    DecodedText decoded = decodedHtml(html);
    return guarded(() -> withUndecodable(this.html.parse(decoded.text(), baseUri.toString()), decoded));
  }

  /**
   * Parses the HTML of an article page stored in a file, in the charset it declares; spans point into the decoded HTML,
   * as for {@link #parseHtml(byte[])}. Reading stops at the size limit.
   *
   * @throws NullPointerException if {@code file} is {@code null}
   * @throws InputTooLargeException if the decoded HTML is longer than {@link #maxInputChars()}
   * @throws IOException if the file cannot be read
   */
  public Article parseHtml(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return parseHtml(in);
    }
  }

  /**
   * Parses the HTML of an article page found at {@code baseUri}, stored in a file in the charset it declares; spans
   * point into the decoded HTML, as for {@link #parseHtml(byte[], URI)}. Reading stops at the size limit.
   *
   * @throws NullPointerException if {@code file} or {@code baseUri} is {@code null}
   * @throws InputTooLargeException if the decoded HTML is longer than {@link #maxInputChars()}
   * @throws IOException if the file cannot be read
   */
  public Article parseHtml(Path file, URI baseUri) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(baseUri, "baseUri must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return parseHtml(in, baseUri);
    }
  }

  /**
   * Parses the HTML of an article page read from {@code in} to its end, in the charset it declares; spans point into
   * the decoded HTML, as for {@link #parseHtml(byte[])}. Reading stops at the size limit; the stream is not closed.
   *
   * @throws NullPointerException if {@code in} is {@code null}
   * @throws InputTooLargeException if the decoded HTML is longer than {@link #maxInputChars()}
   * @throws IOException if reading fails
   */
  public Article parseHtml(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return parseHtml(read(in, "html", MAX_BYTES_PER_CHAR));
  }

  /**
   * Parses the HTML of an article page found at {@code baseUri}, read from {@code in} to its end in the charset it
   * declares; spans point into the decoded HTML, as for {@link #parseHtml(byte[], URI)}. Reading stops at the size
   * limit; the stream is not closed.
   *
   * @throws NullPointerException if {@code in} or {@code baseUri} is {@code null}
   * @throws InputTooLargeException if the decoded HTML is longer than {@link #maxInputChars()}
   * @throws IOException if reading fails
   */
  public Article parseHtml(InputStream in, URI baseUri) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(baseUri, "baseUri must not be null");
    return parseHtml(read(in, "html", MAX_BYTES_PER_CHAR), baseUri);
  }

  /**
   * Returns the HTML {@link #parseHtml(byte[], URI)} reads from bytes: the string its spans point into.
   *
   * @throws NullPointerException if {@code html} is {@code null}
   * @throws InputTooLargeException if the decoded HTML is longer than {@link #maxInputChars()}
   */
  public String decodeHtml(byte[] html) {
    return decodedHtml(html).text();
  }

  /**
   * The most bytes a character of text in {@code charset} may take; at least 3, as a UTF-8 byte order mark overrides
   * the charset given.
   */
  private static int textBytesPerChar(Charset charset) {
    int perChar = charset.canEncode() ? (int) Math.ceil(charset.newEncoder().maxBytesPerChar()) : MAX_BYTES_PER_CHAR;
    return Math.max(3, perChar);
  }

  /** The most bytes an input of {@code maxInputChars} characters may take, a byte order mark included. */
  private long maxBytes(int bytesPerChar) {
    return Math.min((long) maxInputChars * bytesPerChar + 4, MAX_ARRAY);
  }

  /** Reads {@code in} to its end, or refuses it as soon as it has more bytes than the size limit can need. */
  private byte[] read(InputStream in, String what, int bytesPerChar) throws IOException {
    long max = maxBytes(bytesPerChar);
    byte[] bytes = in.readNBytes((int) Math.min(max + 1, MAX_ARRAY));
    checkBytes(what, bytes.length, bytesPerChar);
    return bytes;
  }

  private void checkBytes(String what, long length, int bytesPerChar) {
    long max = maxBytes(bytesPerChar);
    if (length > max) {
      throw InputTooLargeException.ofBytes(what, max, bytesPerChar, maxInputChars);
    }
  }

  private DecodedText decodedText(byte[] text, Charset charset) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(charset, "charset must not be null");
    checkBytes("text", text.length, textBytesPerChar(charset));
    return decoded("text", () -> Decoder.decode(text, charset, maxInputChars));
  }

  private DecodedText decodedHtml(byte[] html) {
    Objects.requireNonNull(html, "html must not be null");
    checkBytes("html", html.length, MAX_BYTES_PER_CHAR);
    return decoded("html", () -> Decoder.decodeHtml(html, maxInputChars));
  }

  /** A decoding that may find the text too long. */
  private interface Decoding {
    DecodedText run() throws Decoder.TooLong;
  }

  private DecodedText decoded(String what, Decoding decoding) {
    try {
      return decoding.run();
    } catch (Decoder.TooLong e) {
      throw new InputTooLargeException(what + " decoded as " + e.charset().name(), e.length(), maxInputChars);
    } catch (RuntimeException | StackOverflowError e) {
      throw new InternalParserException(e);
    }
  }

  /** Runs a parse, turning an exception that escapes a stage into an {@link InternalParserException}. */
  private Article guarded(Supplier<Article> parse) {
    try {
      return guessGender ? parse.get() : withoutGender(parse.get());
    } catch (CopydeskException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new InternalParserException(e);
    }
  }

  /** Adds a removal for each run of replacement characters decoding put in, keeping the removals in input order. */
  private static Article withUndecodable(Article article, DecodedText decoded) {
    if (decoded.replaced().isEmpty()) {
      return article;
    }
    List<Removal> removed = new ArrayList<>(article.removed());
    for (Span run : decoded.replaced()) {
      removed.add(Removal.of(run.slice(decoded.text()), Removal.Reason.UNDECODABLE, run));
    }
    removed.sort(Comparator.comparingInt(r -> r.span().start()));
    return Article.builder().from(article).removed(removed).build();
  }

  /** Leaves the guessed gender out of every source. */
  private static Article withoutGender(Article article) {
    if (article.sources().stream().noneMatch(s -> s.gender().isPresent())) {
      return article;
    }
    List<Source> sources = article.sources().stream()
        .map(s -> s.gender().isEmpty() ? s : Source.builder().from(s).gender(Optional.empty()).build())
        .toList();
    return Article.builder().from(article).sources(sources).build();
  }

  private void checkSize(String what, int length) {
    if (length > maxInputChars) {
      throw new InputTooLargeException(what, length, maxInputChars);
    }
  }

  /** Configures an {@link ArticleParser}. Not thread-safe; the parsers it builds are. */
  public static final class Builder {

    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private boolean guessGender = true;

    private Builder() {}

    /**
     * Sets whether sources carry a {@link Source#gender() gender}. The parser infers it from what the article says
     * about a person (pronouns that refer to them, honorifics such as "Mrs", gendered titles) and, failing those, from
     * lists of given names, which is a guess. With {@code false} no source has a gender (pronouns are still resolved
     * to speakers). Default: {@code true}.
     */
    public Builder guessGender(boolean guessGender) {
      this.guessGender = guessGender;
      return this;
    }

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
