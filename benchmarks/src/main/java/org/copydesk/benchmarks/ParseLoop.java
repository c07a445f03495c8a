package org.copydesk.benchmarks;

import java.util.List;
import java.util.Locale;
import org.copydesk.benchmarks.Pages.Page;

/**
 * Runs one {@link Tool} over a set of pages again and again for a given time: the workload to record with a profiler
 * such as Java Flight Recorder (see {@code benchmarks/README.md}, "Profile").
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.copydesk.benchmarks.ParseLoop TOOL PAGES SECONDS},
 * e.g. {@code COPYDESK_TEXT ../shared/corpus/zyte-dev 60}.
 */
public final class ParseLoop {

  /** Where results go, so that the JIT cannot drop the work that made them. */
  private static volatile Object sink;

  private ParseLoop() {}

  /** Runs the loop and prints how many pages it parsed. */
  public static void main(String[] args) {
    Tool tool = Tool.valueOf(args[0]);
    List<Page> pages = Pages.read(args.length > 1 ? args[1] : Pages.SEED);
    long seconds = args.length > 2 ? Long.parseLong(args[2]) : 60;
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long parsed = 0;
    while (System.nanoTime() < end) {
      for (Page page : pages) {
        sink = tool.run(page);
        parsed++;
      }
    }
    System.out.printf(Locale.ROOT, "%s parsed %d pages in %d s%n", tool, parsed, seconds);
  }
}
