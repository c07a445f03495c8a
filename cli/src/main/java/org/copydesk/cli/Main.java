package org.copydesk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.copydesk.core.Article;
import org.copydesk.core.json.ArticleJson;
import org.copydesk.core.json.ArticleJsonModule;
import org.copydesk.core.render.HtmlReportRenderer;
import org.copydesk.core.render.JsonLdRenderer;
import org.copydesk.core.render.MarkdownRenderer;
import org.copydesk.core.render.PlainTextRenderer;
import org.copydesk.parser.ArticleParser;

/**
 * The {@code copydesk} command-line tool: parses article pages (text or HTML, plain or gzipped, files, directories or
 * standard input) and prints each as JSON, JSON Lines for a batch, or another format. {@link Options#USAGE} lists
 * every option and the exit codes.
 *
 * <p>A batch never stops at a failing file, whatever the failure (unreadable, too large, out of memory, a parser
 * bug): the file gets its error record and the next one is parsed. Articles are streamed to the output, and a failed
 * write ends the run with a message and exit code {@value #OUTPUT_FAILED}.
 */
public final class Main {

  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;
  static final int OUTPUT_FAILED = 3;
  static final int OUT_OF_MEMORY = 4;

  static final String OUT_OF_MEMORY_MESSAGE =
      "out of memory: give java more (-Xmx) or refuse large inputs sooner (--max-chars)";

  private final ObjectMapper mapper = ArticleJson.newMapper();
  private final InputStream stdin;
  private final OutputStream out;
  private final PrintStream err;
  private final Inputs.Opener files;

  /**
   * Creates the tool over the given streams; {@code files} opens a file (the tests substitute it to reproduce
   * failures a test machine cannot cause).
   */
  Main(InputStream stdin, OutputStream out, PrintStream err, Inputs.Opener files) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.files = files;
  }

  Main(InputStream stdin, OutputStream out, PrintStream err) {
    this(stdin, out, err, Files::newInputStream);
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status;
    try {
      OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
      status = new Main(System.in, out, err).run(args);
    } catch (OutOfMemoryError e) {
      err.println("copydesk: " + OUT_OF_MEMORY_MESSAGE);
      status = OUT_OF_MEMORY;
    }
    System.exit(status);
  }

  /** Runs the tool with {@code args} and returns its exit status. */
  int run(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("copydesk: " + e.getMessage());
      err.println(Options.USAGE);
      return USAGE;
    }
    try {
      return switch (options.command()) {
        case HELP -> print(Options.USAGE + "\n");
        case VERSION -> print("copydesk " + new ArticleJsonModule().version() + " (Java "
            + Runtime.version() + ")\n");
        case PARSE -> parseAll(options);
      };
    } catch (UncheckedIOException e) {
      err.println("copydesk: cannot write the output: " + e.getCause().getMessage());
      return OUTPUT_FAILED;
    } catch (OutOfMemoryError e) {
      err.println("copydesk: " + OUT_OF_MEMORY_MESSAGE);
      return OUT_OF_MEMORY;
    }
  }

  private int print(String text) {
    write(o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    return OK;
  }

  private int parseAll(Options options) {
    ArticleParser parser = ArticleParser.builder().maxInputChars(options.maxChars()).build();
    Inputs inputs = new Inputs(parser, options, stdin, files);
    List<Inputs.Item> items = new ArrayList<>();
    boolean batch = options.inputs().size() > 1;
    for (String input : options.inputs()) {
      if (!input.equals("-") && Files.isDirectory(Path.of(input))) {
        batch = true;
        items.addAll(inputs.directory(input));
      } else {
        items.add(inputs.file(input));
      }
    }
    ExecutorService pool = options.jobs() > 1 ? Executors.newFixedThreadPool(options.jobs(), daemon()) : null;
    try {
      return report(items, pool, batch, options);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** Parses the items (up to twice the pool's size ahead of the output) and writes each result in input order. */
  private int report(List<Inputs.Item> items, ExecutorService pool, boolean batch, Options options) {
    Deque<Future<Inputs.Result>> pending = new ArrayDeque<>();
    int failed = 0;
    boolean outOfMemory = false;
    int ahead = pool == null ? 1 : 2 * options.jobs();
    int next = 0;
    while (next < items.size() || !pending.isEmpty()) {
      while (next < items.size() && pending.size() < ahead) {
        Inputs.Item item = items.get(next++);
        pending.add(pool == null ? CompletableFuture.completedFuture(item.parse()) : pool.submit(item::parse));
      }
      Inputs.Result result = await(pending.poll());
      if (result.error() != null) {
        failed++;
        outOfMemory |= result.outOfMemory();
      }
      if (batch) {
        write(o -> jsonLine(o, result));
      } else if (result.error() != null) {
        err.println("copydesk: " + result.input() + ": " + result.error());
      } else {
        write(o -> document(o, result.article(), options.format()));
      }
    }
    return outOfMemory ? OUT_OF_MEMORY : failed > 0 ? SOME_FAILED : OK;
  }

  private static Inputs.Result await(Future<Inputs.Result> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing", e);
    } catch (ExecutionException e) {
      // Item.parse catches every Throwable, so this cannot happen; keep the cause if it does.
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Writes to the output and flushes, turning a failed write into an {@link UncheckedIOException}. */
  private void write(Writing writing) {
    try {
      writing.to(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface Writing {
    void to(OutputStream out) throws IOException;
  }

  private void jsonLine(OutputStream o, Inputs.Result result) throws IOException {
    try (JsonGenerator g = generator(o)) {
      g.writeStartObject();
      g.writeStringField("input", result.input());
      if (result.error() != null) {
        g.writeStringField("error", result.error());
      } else {
        g.writeFieldName("article");
        mapper.writeValue(g, result.article());
      }
      g.writeEndObject();
    }
    o.write('\n');
  }

  private void document(OutputStream o, Article article, String format) throws IOException {
    String rendered = switch (format) {
      case "jsonld" -> JsonLdRenderer.render(article);
      case "markdown" -> MarkdownRenderer.render(article);
      case "text" -> PlainTextRenderer.render(article);
      case "html" -> HtmlReportRenderer.render(article);
      default -> null;
    };
    if (rendered != null) {
      o.write(rendered.getBytes(StandardCharsets.UTF_8));
      return;
    }
    try (JsonGenerator g = generator(o)) {
      g.useDefaultPrettyPrinter();
      mapper.writeValue(g, article);
    }
    o.write('\n');
  }

  /** A generator over the output that leaves the output open when it is closed. */
  private JsonGenerator generator(OutputStream o) throws IOException {
    return mapper.getFactory().createGenerator(o).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  private static ThreadFactory daemon() {
    return runnable -> {
      Thread t = new Thread(runnable, "copydesk-parse");
      t.setDaemon(true);
      return t;
    };
  }
}
