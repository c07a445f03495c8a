package org.copydesk.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.json.ArticleJson;
import org.copydesk.core.render.HtmlReportRenderer;
import org.copydesk.core.render.JsonLdRenderer;
import org.copydesk.core.render.MarkdownRenderer;
import org.copydesk.core.render.PlainTextRenderer;
import org.copydesk.parser.ArticleParser;
import org.copydesk.parser.CopydeskException;

/**
 * The {@code copydesk} command-line tool.
 *
 * <pre>
 * copydesk parse [--html] [--format json|jsonld|markdown|text|html] FILE…     (FILE "-" reads standard input)
 * </pre>
 *
 * <p>{@code --format} picks the output: the article's JSON (the default), schema.org JSON-LD, Markdown, plain text or
 * the HTML report (see {@link org.copydesk.core.render}); formats other than {@code json} take one file.
 * One file prints one JSON object. Several files print JSON Lines, one object per file:
 * {@code {"input":"<path as given>","article":{…}}} or {@code {"input":…,"error":"<message>"}}; a file that fails
 * never stops the batch. Exit codes: 0 when every file parsed, 1 when some failed, 2 for bad usage.
 */
public final class Main {

  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  static final String USAGE_TEXT = """
      usage: copydesk parse [--html] [--format FORMAT] FILE...
        FILE      a page dumped to text (or its HTML with --html); "-" reads standard input
        --html    the files are HTML pages
        --format  json (default), jsonld (schema.org), markdown, text or html (a report);
                  formats other than json take one FILE
      One file prints one JSON object; several print JSON Lines,
      {"input":FILE,"article":{...}} or {"input":FILE,"error":"..."} per file.
      Exit status: 0 all parsed, 1 some failed, 2 bad usage.""";

  private final ObjectMapper mapper = ArticleJson.newMapper();
  private final ArticleParser parser = ArticleParser.create();
  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final FileReader files;

  /** Reads a file's bytes; the tool's tests substitute it to reproduce failures a test machine cannot cause. */
  @FunctionalInterface
  interface FileReader {
    byte[] readAllBytes(Path path) throws IOException;
  }

  Main(InputStream stdin, PrintStream out, PrintStream err) {
    this(stdin, out, err, Files::readAllBytes);
  }

  Main(InputStream stdin, PrintStream out, PrintStream err, FileReader files) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.files = files;
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int status = new Main(System.in, out, System.err).run(args);
    out.flush();
    System.exit(status);
  }

  /** Runs the tool with {@code args} and returns its exit status. */
  int run(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("copydesk: " + e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    }
    if (options.help()) {
      out.println(USAGE_TEXT);
      return OK;
    }
    boolean batch = options.files().size() > 1;
    int failed = 0;
    for (String file : options.files()) {
      try {
        Article article = parse(file, options.html());
        out.print(batch ? batchLine(file, article) + "\n" : document(article, options.format()));
      } catch (InputException | CopydeskException e) {
        failed++;
        if (batch) {
          out.println(errorLine(file, e.getMessage()));
        } else {
          err.println("copydesk: " + file + ": " + e.getMessage());
        }
      }
      out.flush();
    }
    return failed == 0 ? OK : SOME_FAILED;
  }

  private Article parse(String file, boolean html) {
    byte[] bytes = read(file);
    if (bytes.length == 0) {
      throw new InputException("the file is empty: there is nothing to parse");
    }
    return html ? parser.parseHtml(bytes) : parser.parseText(bytes);
  }

  /** Reads the file's bytes; the parser decodes them (UTF-8 text, HTML in the charset it declares). */
  private byte[] read(String file) {
    byte[] bytes;
    try {
      if (file.equals("-")) {
        bytes = stdin.readAllBytes();
      } else {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          throw new InputException("is a directory, not a file");
        }
        bytes = files.readAllBytes(path);
      }
    } catch (NoSuchFileException e) {
      throw new InputException("no such file");
    } catch (AccessDeniedException e) {
      throw new InputException("cannot read the file: permission denied");
    } catch (IOException e) {
      throw new InputException("cannot read the file: " + e.getMessage());
    }
    return bytes;
  }

  private String pretty(Article article) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String document(Article article, String format) {
    return switch (format) {
      case "jsonld" -> JsonLdRenderer.render(article);
      case "markdown" -> MarkdownRenderer.render(article);
      case "text" -> PlainTextRenderer.render(article);
      case "html" -> HtmlReportRenderer.render(article);
      default -> pretty(article) + "\n";
    };
  }

  private String batchLine(String file, Article article) {
    ObjectNode line = mapper.createObjectNode();
    line.put("input", file);
    line.set("article", mapper.valueToTree(article));
    return line.toString();
  }

  private String errorLine(String file, String message) {
    ObjectNode line = mapper.createObjectNode();
    line.put("input", file);
    line.put("error", message);
    return line.toString();
  }

  /** A file that cannot be parsed: missing, unreadable, empty. */
  private static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  /** The parsed command line. */
  record Options(boolean help, boolean html, String format, List<String> files) {

    static final List<String> FORMATS = List.of("json", "jsonld", "markdown", "text", "html");

    static Options parse(String[] args) {
      if (args.length == 0) {
        throw new IllegalArgumentException("no command given");
      }
      if (args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
        return new Options(true, false, "json", List.of());
      }
      if (!args[0].equals("parse")) {
        throw new IllegalArgumentException("unknown command \"" + args[0] + "\"");
      }
      boolean html = false;
      String format = "json";
      List<String> files = new ArrayList<>();
      boolean onlyFiles = false;
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        if (onlyFiles || a.equals("-") || !a.startsWith("-")) {
          files.add(a);
        } else if (a.equals("--")) {
          onlyFiles = true;
        } else if (a.equals("--html")) {
          html = true;
        } else if (a.equals("--format") || a.startsWith("--format=")) {
          if (a.equals("--format")) {
            if (++i == args.length) {
              throw new IllegalArgumentException("--format needs a value");
            }
            format = args[i];
          } else {
            format = a.substring("--format=".length());
          }
          if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("unknown format \"" + format + "\": expected one of "
                + String.join(", ", FORMATS));
          }
        } else if (a.equals("-h") || a.equals("--help")) {
          return new Options(true, false, "json", List.of());
        } else {
          throw new IllegalArgumentException("unknown option \"" + a + "\"");
        }
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no file given");
      }
      if (files.size() > 1 && !format.equals("json")) {
        throw new IllegalArgumentException("--format " + format + " prints one document: give one FILE");
      }
      return new Options(false, html, format, List.copyOf(files));
    }
  }
}
