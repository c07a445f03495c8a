package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Measures the work code does on the current thread, never by the clock: CPU time, bytes allocated and bytes left
 * reachable. Thread CPU time counts only this thread's own running, so other processes on a busy machine slow it little;
 * comparisons take the best of several runs, and bounds are generous factors between sizes, never absolute times.
 *
 * <p>The management beans are read through reflection because the tests run inside the parser's module, which does not
 * read the management modules.
 */
final class Work {

  /**
   * How much more CPU time per unit of input a fourfold input may take: linear work takes the same, quadratic work four
   * times as much.
   */
  static final double MAX_CPU_SLOWDOWN_PER_UNIT = 2.5;

  private static final int RUNS = 3;

  private static final Object THREADS = invoke(method("java.lang.management.ManagementFactory", "getThreadMXBean"),
      null);
  private static final Object MEMORY = invoke(method("java.lang.management.ManagementFactory", "getMemoryMXBean"),
      null);
  private static final Method CPU_TIME = method("java.lang.management.ThreadMXBean", "getCurrentThreadCpuTime");
  private static final Method ALLOCATED = method("com.sun.management.ThreadMXBean", "getCurrentThreadAllocatedBytes");
  private static final Method HEAP = method("java.lang.management.MemoryMXBean", "getHeapMemoryUsage");
  private static final Method USED = method("java.lang.management.MemoryUsage", "getUsed");

  private Work() {}

  /** The CPU time, in nanoseconds, and the bytes allocated by one run of {@code work} on this thread. */
  record Cost(long cpuNanos, long allocatedBytes) {}

  static Cost of(Runnable work) {
    long cpu = (long) invoke(CPU_TIME, THREADS);
    long allocated = (long) invoke(ALLOCATED, THREADS);
    work.run();
    return new Cost((long) invoke(CPU_TIME, THREADS) - cpu, (long) invoke(ALLOCATED, THREADS) - allocated);
  }

  /** The least CPU time, in nanoseconds, of {@value #RUNS} runs of {@code work}. */
  static long bestCpuNanos(Runnable work) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      best = Math.min(best, of(work).cpuNanos());
    }
    return best;
  }

  /**
   * Asserts that {@code work} on the input of {@code size} units takes at most {@link #MAX_CPU_SLOWDOWN_PER_UNIT} times
   * the CPU time per unit it takes on a quarter of the size, comparing best runs: the quarter size's best of
   * {@value #RUNS}, and the full size's first run that stays in bounds, if any of {@value #RUNS} does (more runs could
   * only lower its time).
   */
  static <T> void assertLinearCpu(IntFunction<T> input, int size, Consumer<T> work) {
    T quarter = input.apply(size / 4);
    T full = input.apply(size);
    work.accept(quarter);
    long quarterNanos = bestCpuNanos(() -> work.accept(quarter));
    double bound = 4 * MAX_CPU_SLOWDOWN_PER_UNIT * quarterNanos;
    long best = Long.MAX_VALUE;
    for (int i = 0; i < RUNS && best > bound; i++) {
      best = Math.min(best, of(() -> work.accept(full)).cpuNanos());
    }
    long fullNanos = best;
    assertTrue(fullNanos <= bound, () -> String.format("4 times the input took %.1f times the CPU time (%,d against"
        + " %,d ns, best runs): more than %.0f times, so not linear", (double) fullNanos / quarterNanos, fullNanos,
        quarterNanos, 4 * MAX_CPU_SLOWDOWN_PER_UNIT));
  }

  /**
   * Returns how many bytes of heap {@code release} frees by dropping the last reference to a value, measured as the
   * heap in use after a full collection before and after it: the bytes the value kept reachable.
   */
  static long heapFreedBy(Runnable release) {
    long before = usedHeapAfterGc();
    release.run();
    return before - usedHeapAfterGc();
  }

  private static long usedHeapAfterGc() {
    System.gc();
    System.gc();
    return (long) invoke(USED, invoke(HEAP, MEMORY));
  }

  private static Method method(String type, String name) {
    try {
      return Class.forName(type).getMethod(name);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JVM cannot measure work: no " + type + "." + name, e);
    }
  }

  private static Object invoke(Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JVM cannot measure work: " + method, e);
    }
  }
}
