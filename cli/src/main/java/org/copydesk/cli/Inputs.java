package org.copydesk.cli;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.copydesk.core.Article;
import org.copydesk.parser.ArticleParser;
import org.copydesk.parser.CopydeskException;

/**
 * The tool's inputs: files, the files of a directory and standard input, each read as a stream (gunzipped when it is
 * gzip data), parsed as HTML or text, and turned into an article or an error message.
 */
final class Inputs {

  /** Opens a file for reading. */
  @FunctionalInterface
  interface Opener {
    InputStream open(Path path) throws IOException;
  }

  /** One input's outcome: an article, or the error that stopped it. */
  record Result(String input, Article article, String error, boolean outOfMemory) {

    static Result failed(String input, String error) {
      return new Result(input, null, error, false);
    }
  }

  /** One input, parsed on demand; {@link #parse()} never throws. */
  @FunctionalInterface
  interface Item {
    Result parse();
  }

  /** How many bytes at the start of an input are looked at to tell HTML from text. */
  private static final int SNIFF = 512;

  private final ArticleParser parser;
  private final Options options;
  private final InputStream stdin;
  private final Opener files;

  Inputs(ArticleParser parser, Options options, InputStream stdin, Opener files) {
    this.parser = parser;
    this.options = options;
    this.stdin = stdin;
    this.files = files;
  }

  /** The file (or, for "-", standard input) named by {@code input}. */
  Item file(String input) {
    return () -> parse(input);
  }

  /** The regular files of a directory, hidden ones left out, in name order. */
  List<Item> directory(String dir) {
    try (Stream<Path> listing = Files.list(Path.of(dir))) {
      return listing
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .map(p -> file(p.toString()))
          .toList();
    } catch (IOException | RuntimeException e) {
      return List.of(() -> Result.failed(dir, "cannot read the directory: " + message(e)));
    }
  }

  private Result parse(String input) {
    try {
      return new Result(input, read(input), null, false);
    } catch (CopydeskException | InputException e) {
      return Result.failed(input, e.getMessage());
    } catch (NoSuchFileException e) {
      return Result.failed(input, "no such file");
    } catch (AccessDeniedException e) {
      return Result.failed(input, "cannot read the file: permission denied");
    } catch (ZipException e) {
      return Result.failed(input, "cannot read the file: broken gzip data (" + e.getMessage() + ")");
    } catch (IOException e) {
      return Result.failed(input, "cannot read the file: " + message(e));
    } catch (OutOfMemoryError e) {
      return new Result(input, null, Main.OUT_OF_MEMORY_MESSAGE, true);
    } catch (Throwable e) { // no failure of one input may end the batch, not even an Error
      return Result.failed(input, "internal error: " + e);
    }
  }

  private Article read(String input) throws IOException {
    if (input.equals("-")) {
      return read(new BufferedInputStream(new Unclosed(stdin)));
    }
    try (InputStream in = new BufferedInputStream(files.open(Path.of(input)))) {
      return read(in);
    }
  }

  private Article read(InputStream raw) throws IOException {
    InputStream in = isGzip(raw) ? new BufferedInputStream(new GZIPInputStream(raw)) : raw;
    in.mark(SNIFF);
    byte[] start = in.readNBytes(SNIFF);
    in.reset();
    if (start.length == 0) {
      throw new InputException("the file is empty: there is nothing to parse");
    }
    boolean html = switch (options.mode()) {
      case HTML -> true;
      case TEXT -> false;
      case SNIFF -> startsLikeHtml(start);
    };
    if (!html) {
      return parser.parseText(in);
    }
    return options.baseUri().isPresent() ? parser.parseHtml(in, options.baseUri().get()) : parser.parseHtml(in);
  }

  private static boolean isGzip(InputStream in) throws IOException {
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    return b0 == 0x1F && b1 == 0x8B;
  }

  /** The tags that open an HTML document (after a doctype, comment or XML declaration, which count too). */
  private static final List<String> DOCUMENT_TAGS =
      List.of("html", "head", "body", "meta", "title", "link", "base", "script", "style");

  /**
   * Whether bytes start like an HTML page: after a UTF-8 byte order mark and white space, a doctype, a comment, an XML
   * declaration or a tag that opens a document ({@code <html>}, {@code <head>}, {@code <meta>}, …), or any other tag
   * when a closing tag follows within the bytes given. A page dumped to text that starts with a stray tag copied from
   * the page (a tracking pixel's {@code <img>}) has no closing tag and stays text.
   */
  static boolean startsLikeHtml(byte[] start) {
    String head = new String(start, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    head = head.replaceFirst("^\uFEFF", "").stripLeading();
    if (head.startsWith("<!") || head.startsWith("<?")) {
      return true;
    }
    int end = 1;
    while (end < head.length() && head.charAt(end) >= 'a' && head.charAt(end) <= 'z') {
      end++;
    }
    if (!head.startsWith("<") || end == 1) {
      return false;
    }
    return DOCUMENT_TAGS.contains(head.substring(1, end)) || head.contains("</");
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** An input that cannot be parsed: an empty one. */
  private static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  /** Standard input, which reading one input must not close. */
  private static final class Unclosed extends FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // standard input stays open
    }
  }
}
