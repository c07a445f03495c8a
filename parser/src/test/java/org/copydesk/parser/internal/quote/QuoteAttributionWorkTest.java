package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;

/**
 * The quote stage's work grows linearly with a paragraph's quotes and cues: measured as the thread's CPU time for one
 * paragraph and for one eight times longer, compared as a ratio (never against a clock), the best of several runs.
 * Linear work gives a ratio of at most 8 (3.6 measured); looking through the paragraph's whole cue list per quotation
 * gave 35.
 */
class QuoteAttributionWorkTest {

  private static final String UNIT = "\"We stay here,\" Ann Lee said. Bo Chan said: \"We go home.\" ";
  private static final int SMALL = 4_000;
  private static final int RUNS = 3;
  /** For eight times the input: half again the linear ratio. */
  private static final double MAX_RATIO = 12.0;

  @Test
  void cpuTimeOfOneParagraphGrowsLinearlyWithItsQuotes() {
    assumeTrue(threadCpuTime() >= 0, "thread CPU time is not measurable here");
    cpuTime(SMALL); // warm up the JIT before measuring
    long small = cpuTime(SMALL);
    long large = cpuTime(8 * SMALL);
    double ratio = (double) large / Math.max(1, small);
    assertTrue(ratio < MAX_RATIO, "8x the quotes took " + ratio + "x the CPU time");
  }

  @Test
  void everyQuoteOfTheLongParagraphIsAttributed() {
    String text = UNIT.repeat(200).strip();
    Attribution a = attribute(text);
    assertEquals(400, a.quotes().stream().filter(q -> q.speaker().isPresent()).count());
  }

  /** The least CPU time, in nanoseconds, of {@link #RUNS} attributions of one paragraph of {@code units} units. */
  private static long cpuTime(int units) {
    String text = UNIT.repeat(units).strip();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      long start = threadCpuTime();
      attribute(text);
      best = Math.min(best, threadCpuTime() - start);
    }
    return best;
  }

  /**
   * The current thread's CPU time in nanoseconds, or -1 where the JVM cannot tell. Read through reflection because
   * the tests run inside the parser's module, which does not read the management module.
   */
  private static long threadCpuTime() {
    try {
      Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
          .invoke(null);
      return (long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime")
          .invoke(threads);
    } catch (ReflectiveOperationException | UnsupportedOperationException e) {
      return -1;
    }
  }

  private static Attribution attribute(String text) {
    return new QuoteAttributor().attribute(text, List.of(Paragraph.of(text, Span.of(0, text.length()))), List.of());
  }
}
