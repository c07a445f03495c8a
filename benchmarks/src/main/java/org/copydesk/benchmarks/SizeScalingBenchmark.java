package org.copydesk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.copydesk.benchmarks.Pages.Page;
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
 * Copydesk's two parse methods, and their references, on a {@link SyntheticArticle} of {@code size} characters
 * (10 KB to 4.9 MB, just under the parser's default input limit of 5,000,000). {@link Ratios} divides by the input
 * length: a linear parser costs the same per character at every size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SizeScalingBenchmark {

  /** The length of the article, text or HTML, in chars. */
  @Param({"10000", "100000", "1000000", "4900000"})
  public int size;

  private Page page;

  /** Builds the article. */
  @Setup
  public void build() {
    page = new Page("synthetic-" + size, SyntheticArticle.text(size), SyntheticArticle.html(size));
  }

  /** Copydesk {@code parseText} on the article's text. */
  @Benchmark
  public Object copydeskText() {
    return Tool.COPYDESK_TEXT.run(page);
  }

  /** The line-and-word split of the article's text. */
  @Benchmark
  public Object textReference() {
    return Tool.TEXT_REFERENCE.run(page);
  }

  /** Copydesk {@code parseHtml} on the article's HTML. */
  @Benchmark
  public Object copydeskHtml() {
    return Tool.COPYDESK_HTML.run(page);
  }

  /** jsoup's parse and {@code text()} of the article's HTML. */
  @Benchmark
  public Object jsoup() {
    return Tool.JSOUP.run(page);
  }
}
