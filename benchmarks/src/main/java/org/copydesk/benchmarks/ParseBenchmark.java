package org.copydesk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Article;
import org.copydesk.parser.ArticleParser;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing an article page, as text and as HTML, beside reference work over the same input.
 *
 * <ul>
 *   <li>{@code textReference}: split the text into lines and each line into word tokens with a regular expression,
 *       the least work any text pipeline does;
 *   <li>{@code htmlReference}: jsoup parses the HTML and extracts its text, the least work any HTML pipeline does.
 * </ul>
 *
 * <p>The input is the page at {@code -p page=PATH} (default: the seed article), and an HTML page built from it with
 * one {@code <p>} per block.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ParseBenchmark {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** The page to parse, as a path from the directory the benchmark runs in. */
  @Param("parser/src/test/resources/acceptance/000_98b2368917db27af.txt")
  public String page;

  private final ArticleParser parser = ArticleParser.create();
  private String text;
  private String html;

  /** Reads the page and builds its HTML form. */
  @Setup
  public void read() throws IOException {
    text = Files.readString(Path.of(page));
    StringBuilder sb = new StringBuilder("<html lang=\"en\"><head><title>Benchmark page</title></head><body>");
    for (String block : text.split("\n\\s*\n")) {
      sb.append("<p>").append(block.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
    }
    html = sb.append("</body></html>").toString();
  }

  /** Parses the page's text. */
  @Benchmark
  public Article parseText() {
    return parser.parseText(text);
  }

  /** Splits the page's text into lines and word tokens. */
  @Benchmark
  public int textReference() {
    int tokens = 0;
    for (String line : text.split("\n")) {
      Matcher m = WORD.matcher(line);
      while (m.find()) {
        tokens++;
      }
    }
    return tokens;
  }

  /** Parses the page's HTML. */
  @Benchmark
  public Article parseHtml() {
    return parser.parseHtml(html);
  }

  /** Parses the page's HTML with jsoup and extracts its text. */
  @Benchmark
  public String htmlReference() {
    return Jsoup.parse(html).text();
  }
}
