package org.copydesk.benchmarks;

import java.util.Collection;
import java.util.HashMap;
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
 * Runs {@link ParseBenchmark} with JMH's allocation profiler and prints each parser benchmark as a ratio to its
 * reference from the same run: time per operation and bytes allocated per operation. JMH options given on the command
 * line (e.g. {@code -f 1 -wi 3 -i 5}) pass through.
 */
public final class Ratios {

  private Ratios() {}

  /** Runs the benchmarks and prints the ratios. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions cli = new CommandLineOptions(args);
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .parent(cli)
        .include(ParseBenchmark.class.getName())
        .addProfiler(GCProfiler.class)
        .build()).run();
    Map<String, Double> time = new HashMap<>();
    Map<String, Double> bytes = new HashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
      time.put(name, r.getPrimaryResult().getScore());
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      if (alloc != null) {
        bytes.put(name, alloc.getScore());
      }
    }
    System.out.println();
    print("parseText", "textReference", time, bytes);
    print("parseHtml", "htmlReference", time, bytes);
  }

  private static void print(String subject, String reference, Map<String, Double> time, Map<String, Double> bytes) {
    if (!time.containsKey(subject) || !time.containsKey(reference)) {
      return;
    }
    System.out.printf(Locale.ROOT, "%-10s time %.1fx %s (%.1f us vs %.1f us)%n", subject,
        time.get(subject) / time.get(reference), reference, time.get(subject), time.get(reference));
    if (bytes.containsKey(subject) && bytes.containsKey(reference)) {
      System.out.printf(Locale.ROOT, "%-10s allocation %.1fx %s (%.0f B vs %.0f B per operation)%n", subject,
          bytes.get(subject) / bytes.get(reference), reference, bytes.get(subject), bytes.get(reference));
    }
  }
}
