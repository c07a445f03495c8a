package org.copydesk.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's Spark accumulators: pages read, parsed and failed, quotes and sources found.
 *
 * <p>The job adds each outcome in a Spark action, so each counts once even when Spark reruns a task.
 */
final class JobCounters implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LongAccumulator read;
  private final LongAccumulator parsed;
  private final LongAccumulator failed;
  private final LongAccumulator quotes;
  private final LongAccumulator sources;

  private JobCounters(SparkContext spark) {
    read = spark.longAccumulator("copydesk.read");
    parsed = spark.longAccumulator("copydesk.parsed");
    failed = spark.longAccumulator("copydesk.failed");
    quotes = spark.longAccumulator("copydesk.quotes");
    sources = spark.longAccumulator("copydesk.sources");
  }

  /** Registers a new set of counters with {@code spark}. */
  static JobCounters register(SparkContext spark) {
    return new JobCounters(spark);
  }

  void add(Outcome outcome) {
    read.add(1);
    (outcome.parsed() ? parsed : failed).add(1);
    quotes.add(outcome.quotes().size());
    sources.add(outcome.sources());
  }

  ParseJob.Counts counts() {
    return new ParseJob.Counts(read.value(), parsed.value(), failed.value(), quotes.value(), sources.value());
  }
}
