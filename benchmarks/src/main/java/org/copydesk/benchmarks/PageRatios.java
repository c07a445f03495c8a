package org.copydesk.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.copydesk.benchmarks.Pages.Page;

/**
 * Per-page ratios: every {@link Tool} on every page, interleaved in one loop in one JVM, each run timed in thread CPU
 * time (what the thread used, so that other work on a busy machine counts less) and in bytes allocated by the thread.
 * A page's time for a tool is the median of its rounds; the report is the median over pages of each tool's ratio to
 * the reference (jsoup for HTML, the line-and-word split for text), with the quartiles, for each set of pages (the
 * directory a page came from) and for all together; pages a tool failed on are listed at the end. Thread CPU time
 * leaves out the garbage collector's own threads: on the corpus, JMH's {@code -prof gc} puts them at a few
 * milliseconds per pass over all pages, well under one per cent.
 *
 * <p>JMH measures one operation at a time; timing each of several hundred pages for each tool as separate JMH
 * benchmarks would take hours, so this loop does what JMH cannot do cheaply. {@link RealPagesBenchmark} measures the
 * same tools on the same pages with JMH, whole passes at a time.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.copydesk.benchmarks.PageRatios [PAGES [ROUNDS
 * [WARMUP]]]}, PAGES as in {@link Pages} (default: the seed), 5 measured rounds and 2 warm-up rounds by default.
 */
public final class PageRatios {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Where results go, so that the JIT cannot drop the work that made them. */
  private static volatile Object sink;

  private PageRatios() {}

  /** Runs the loop and prints the ratios. */
  public static void main(String[] args) {
    String spec = args.length > 0 ? args[0] : Pages.SEED;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<Page> pages = Pages.read(spec);
    Tool[] tools = Tool.values();
    // cpu[tool][page][round], bytes[tool][page]
    Map<Tool, long[][]> cpu = new EnumMap<>(Tool.class);
    Map<Tool, long[]> bytes = new EnumMap<>(Tool.class);
    Map<Tool, List<String>> failures = new EnumMap<>(Tool.class);
    for (Tool tool : tools) {
      cpu.put(tool, new long[pages.size()][rounds]);
      bytes.put(tool, new long[pages.size()]);
      failures.put(tool, new ArrayList<>());
    }
    System.out.printf(Locale.ROOT, "%d pages (%d text chars, %d HTML chars), %d warm-up and %d measured rounds%n",
        pages.size(), Pages.textChars(pages), Pages.htmlChars(pages), warmup, rounds);
    for (int round = -warmup; round < rounds; round++) {
      for (int p = 0; p < pages.size(); p++) {
        for (int t = 0; t < tools.length; t++) {
          Tool tool = tools[(t + p + Math.max(round, 0)) % tools.length]; // rotate the order: no tool always first
          long allocated = THREADS.getCurrentThreadAllocatedBytes();
          long start = THREADS.getCurrentThreadCpuTime();
          try {
            sink = tool.run(pages.get(p));
          } catch (RuntimeException e) {
            sink = e;
            if (round == -warmup) {
              failures.get(tool).add(pages.get(p).name());
            }
          }
          long used = THREADS.getCurrentThreadCpuTime() - start;
          if (round >= 0) {
            cpu.get(tool)[p][round] = used;
            bytes.get(tool)[p] = THREADS.getCurrentThreadAllocatedBytes() - allocated;
          }
        }
      }
      System.out.printf(Locale.ROOT, "round %d done%n", round);
    }
    Map<String, List<Integer>> sets = new TreeMap<>();
    for (int p = 0; p < pages.size(); p++) {
      String name = pages.get(p).name();
      sets.computeIfAbsent(name.contains("/") ? name.substring(0, name.indexOf('/')) : "pages", k -> new ArrayList<>())
          .add(p);
    }
    if (sets.size() > 1) {
      sets.forEach((set, indices) -> report(set, indices, pages, tools, cpu, bytes));
    }
    report("all", IntStream.range(0, pages.size()).boxed().toList(), pages, tools, cpu, bytes);
    failures.forEach((tool, names) -> {
      if (!names.isEmpty()) {
        System.out.println(tool + " failed on " + names);
      }
    });
  }

  private static void report(String set, List<Integer> indices, List<Page> pages, Tool[] tools,
      Map<Tool, long[][]> cpu, Map<Tool, long[]> bytes) {
    System.out.printf(Locale.ROOT, "%n%s: %d pages%n", set, indices.size());
    System.out.println("| tool | median ratio to reference (q1-q3) | allocation ratio, median (q1-q3)"
        + " | ms CPU per page, median | M chars/s of input (all pages) | bytes per input char (all pages)"
        + " |");
    System.out.println("|---|---|---|---|---|---|");
    for (Tool tool : tools) {
      Tool reference = tool.readsHtml() ? Tool.JSOUP : Tool.TEXT_REFERENCE;
      int n = indices.size();
      double[] timeRatios = new double[n];
      double[] allocRatios = new double[n];
      double[] ms = new double[n];
      long totalNanos = 0;
      long totalBytes = 0;
      long totalChars = 0;
      for (int k = 0; k < n; k++) {
        int p = indices.get(k);
        long time = median(cpu.get(tool)[p]);
        timeRatios[k] = (double) time / Math.max(1, median(cpu.get(reference)[p]));
        allocRatios[k] = (double) bytes.get(tool)[p] / Math.max(1, bytes.get(reference)[p]);
        ms[k] = time / 1e6;
        totalNanos += time;
        totalBytes += bytes.get(tool)[p];
        totalChars += tool.inputChars(pages.get(p));
      }
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %.1f | %.1f |%n", tool, quartiles(timeRatios),
          quartiles(allocRatios), quantile(ms, 0.5), totalChars / (totalNanos / 1e9) / 1e6,
          (double) totalBytes / totalChars);
    }
  }

  private static String quartiles(double[] values) {
    return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", quantile(values, 0.5), quantile(values, 0.25),
        quantile(values, 0.75));
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  }
}
