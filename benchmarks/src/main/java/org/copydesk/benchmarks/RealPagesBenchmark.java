package org.copydesk.benchmarks;

import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One pass over a set of real pages per operation, for each {@link Tool}: Copydesk's {@code parseHtml} beside jsoup's
 * parse and {@code text()}, Readability4J and boilerpipe on the same HTML; Copydesk's {@code parseText} beside the
 * line-and-word split of the same texts. {@link Ratios} turns the scores into time and bytes per input character
 * and ratios between the tools.
 *
 * <p>The pages are {@code -p pages=SPEC} (see {@link Pages}; default: the seed article).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class RealPagesBenchmark {

  /** The pages to run over (see {@link Pages}). */
  @Param(Pages.SEED)
  public String pages;

  private List<Page> read;

  /** Reads the pages. */
  @Setup
  public void read() {
    read = Pages.read(pages);
  }

  /** Copydesk {@code parseHtml} on every page. */
  @Benchmark
  public void copydeskHtml(Blackhole bh) {
    pass(Tool.COPYDESK_HTML, bh);
  }

  /** jsoup's parse and {@code text()} on every page. */
  @Benchmark
  public void jsoup(Blackhole bh) {
    pass(Tool.JSOUP, bh);
  }

  /** Readability4J on every page. */
  @Benchmark
  public void readability4j(Blackhole bh) {
    pass(Tool.READABILITY4J, bh);
  }

  /** boilerpipe's {@code ArticleExtractor} on every page. */
  @Benchmark
  public void boilerpipe(Blackhole bh) {
    pass(Tool.BOILERPIPE, bh);
  }

  /** Copydesk {@code parseText} on every page's text. */
  @Benchmark
  public void copydeskText(Blackhole bh) {
    pass(Tool.COPYDESK_TEXT, bh);
  }

  /** The line-and-word split of every page's text. */
  @Benchmark
  public void textReference(Blackhole bh) {
    pass(Tool.TEXT_REFERENCE, bh);
  }

  private void pass(Tool tool, Blackhole bh) {
    for (Page page : read) {
      try {
        bh.consume(tool.run(page));
      } catch (RuntimeException e) {
        bh.consume(e); // a tool that fails on a page has still done the work up to there; PageRatios counts failures
      }
    }
  }
}
