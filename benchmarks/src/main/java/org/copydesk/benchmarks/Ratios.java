package org.copydesk.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH's allocation profiler ({@code -prof gc}) and prints tables of what carries over between
 * machines: time and bytes allocated per input character, and ratios between work measured in the same run. JMH
 * options given on the command line pass through (e.g. {@code -f 1 -wi 2 -i 3 -p pages=...}); without a benchmark
 * pattern it runs {@link RealPagesBenchmark} and {@link SizeScalingBenchmark}.
 */
public final class Ratios {

  /** The order of the rows of the real-pages table: HTML tools first, then text. */
  private static final List<String> REAL_PAGES_ORDER =
      List.of("copydeskHtml", "jsoup", "readability4j", "boilerpipe", "copydeskText", "textReference");

  private Ratios() {}

  /** Runs the benchmarks and prints the tables. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cli).addProfiler(GCProfiler.class);
    if (cli.getIncludes().isEmpty()) {
      options.include(RealPagesBenchmark.class.getSimpleName()).include(SizeScalingBenchmark.class.getSimpleName());
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    List<Score> scores = new ArrayList<>();
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      String pages = r.getParams().getParam("pages");
      String size = r.getParams().getParam("size");
      scores.add(new Score(benchmark.substring(0, benchmark.lastIndexOf('.')).replaceAll(".*\\.", ""),
          benchmark.replaceAll(".*\\.", ""), pages != null ? pages : size,
          r.getPrimaryResult().getScore() * r.getParams().getTimeUnit().toNanos(1), alloc == null ? Double.NaN : alloc.getScore()));
    }
    System.out.println();
    realPages(scores);
    sizeScaling(scores);
  }

  /** One benchmark's result: nanoseconds and bytes allocated per operation. */
  private record Score(String benchmarkClass, String method, String param, double nanos, double bytes) {}

  private static void realPages(List<Score> scores) {
    Map<String, Map<String, Score>> byPages = group(scores, RealPagesBenchmark.class);
    byPages.forEach((spec, byMethod) -> {
      List<Pages.Page> pages = Pages.read(spec);
      System.out.printf(Locale.ROOT, "Real pages %s: %d pages, %d HTML chars, %d text chars%n", spec, pages.size(),
          Pages.htmlChars(pages), Pages.textChars(pages));
      System.out.println("| benchmark | ms per page (mean) | M chars/s | ns per char | bytes per char"
          + " | time ratio | allocation ratio |");
      System.out.println("|---|---|---|---|---|---|---|");
      for (String method : REAL_PAGES_ORDER) {
        Score s = byMethod.get(method);
        if (s == null) {
          continue;
        }
        boolean text = s.method().equals("copydeskText") || s.method().equals("textReference");
        long chars = text ? Pages.textChars(pages) : Pages.htmlChars(pages);
        Score reference = byMethod.get(text ? "textReference" : "jsoup");
        row(s.method() + (reference == null ? "" : " / " + reference.method()), s.nanos() / pages.size() / 1e6, s,
            chars, reference);
      }
      System.out.println();
    });
  }

  private static void sizeScaling(List<Score> scores) {
    Map<String, Map<String, Score>> bySize = group(scores, SizeScalingBenchmark.class);
    if (bySize.isEmpty()) {
      return;
    }
    System.out.println("Size scaling: synthetic articles; ratios to the same benchmark at size 100000");
    System.out.println("| benchmark @ size | ms per op | M chars/s | ns per char | bytes per char"
        + " | cost per char vs 100 KB | allocation per char vs 100 KB |");
    System.out.println("|---|---|---|---|---|---|---|");
    Map<String, Score> at100k = bySize.getOrDefault("100000", Map.of());
    for (String method : List.of("copydeskText", "textReference", "copydeskHtml", "jsoup")) {
      for (Map.Entry<String, Map<String, Score>> e : bySize.entrySet()) {
        Score s = e.getValue().get(method);
        if (s == null) {
          continue;
        }
        boolean text = method.equals("copydeskText") || method.equals("textReference");
        long chars = syntheticChars(text, Integer.parseInt(e.getKey()));
        Score base = at100k.get(method);
        long baseChars = syntheticChars(text, 100_000);
        Score perCharBase = base == null ? null
            : new Score(base.benchmarkClass(), base.method(), base.param(), base.nanos() * chars / baseChars,
                base.bytes() * chars / baseChars);
        row(method + " @ " + e.getKey(), s.nanos() / 1e6, s, chars, perCharBase);
      }
    }
    System.out.println();
  }

  private static long syntheticChars(boolean text, int size) {
    return text ? SyntheticArticle.text(size).length() : SyntheticArticle.html(size).length();
  }

  private static void row(String name, double msPerPage, Score s, long chars, Score reference) {
    System.out.printf(Locale.ROOT, "| %s | %.3f | %.2f | %.1f | %.1f | %s | %s |%n", name, msPerPage,
        chars / s.nanos() * 1e3, s.nanos() / chars, s.bytes() / chars,
        reference == null ? "" : String.format(Locale.ROOT, "%.2f", s.nanos() / reference.nanos()),
        reference == null ? "" : String.format(Locale.ROOT, "%.2f", s.bytes() / reference.bytes()));
  }

  private static Map<String, Map<String, Score>> group(List<Score> scores, Class<?> benchmarkClass) {
    Map<String, Map<String, Score>> grouped = new LinkedHashMap<>();
    for (Score s : scores) {
      if (s.benchmarkClass().equals(benchmarkClass.getSimpleName())) {
        grouped.computeIfAbsent(s.param(), k -> new HashMap<>()).put(s.method(), s);
      }
    }
    return grouped;
  }
}
