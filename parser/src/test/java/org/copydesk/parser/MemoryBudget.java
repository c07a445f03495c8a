package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The memory budget the README states, in bytes per input character: what a parse may allocate in all (most of it
 * short-lived garbage), and what the article it returns may keep reachable.
 */
final class MemoryBudget {

  /** The most a parse may allocate, in bytes per input character. */
  static final long ALLOCATED_PER_CHAR = 1_000;

  /** The most the returned article may keep reachable, in bytes per input character. */
  static final long RETAINED_PER_CHAR = 64;

  private MemoryBudget() {}

  /** Asserts that a parse of {@code chars} characters that allocated and retained so many bytes kept the budget. */
  static void assertWithin(int chars, long allocated, long retained) {
    assertTrue(allocated <= ALLOCATED_PER_CHAR * chars, () -> String.format("the parse allocated %,d bytes, %.0f per"
        + " input character: over the budget of %,d", allocated, (double) allocated / chars, ALLOCATED_PER_CHAR));
    assertTrue(retained <= RETAINED_PER_CHAR * chars, () -> String.format("the article keeps %,d bytes reachable, %.1f"
        + " per input character: over the budget of %,d", retained, (double) retained / chars, RETAINED_PER_CHAR));
  }
}
