package org.copydesk.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a Java Flight Recorder file of {@link ParseLoop}: where the CPU samples ({@code jdk.ExecutionSample})
 * and the sampled allocation ({@code jdk.ObjectAllocationSample}, by weight) go. Printed as Markdown tables:
 *
 * <ul>
 *   <li>by stage step: each sample charged to the stage the pipeline called (the outermost internal class below the
 *       pipeline) and the step of that stage below it;
 *   <li>top frames: the method running when sampled (self time), with the innermost Copydesk method that called it,
 *       so time in the JDK, jsoup or Immutables is charged to the parser code that asked for it;
 *   <li>by Copydesk method: each sample charged to the innermost Copydesk method on its stack;
 *   <li>inclusive: Copydesk methods by the share of samples with the method anywhere on the stack;
 *   <li>allocation by stage step, by Copydesk method and by allocated type.
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.copydesk.benchmarks.JfrSummary FILE.jfr [ROWS]}.
 */
public final class JfrSummary {

  private static final String COPYDESK = "org.copydesk.";
  private static final String BENCHMARKS = "org.copydesk.benchmarks.";
  private static final String INTERNAL = "org.copydesk.parser.internal.";

  private JfrSummary() {}

  /** Reads the recording and prints the tables. */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Long> byStep = new HashMap<>();
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> byMethod = new HashMap<>();
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> allocByStep = new HashMap<>();
    Map<String, Long> allocByMethod = new HashMap<>();
    Map<String, Long> allocByType = new HashMap<>();
    long samples = 0;
    long allocated = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      List<RecordedFrame> frames = stack.getFrames();
      String type = event.getEventType().getName();
      if (type.equals("jdk.ExecutionSample")) {
        samples++;
        byStep.merge(stageStep(frames), 1L, Long::sum);
        self.merge(method(frames.get(0)) + " ← " + innermostCopydeskMethod(frames), 1L, Long::sum);
        byMethod.merge(innermostCopydeskMethod(frames), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
          String m = method(f);
          if (m.startsWith(COPYDESK) && !m.startsWith(BENCHMARKS) && seen.add(m)) {
            inclusive.merge(m, 1L, Long::sum);
          }
        }
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long weight = event.getLong("weight");
        allocated += weight;
        allocByStep.merge(stageStep(frames), weight, Long::sum);
        allocByMethod.merge(innermostCopydeskMethod(frames), weight, Long::sum);
        allocByType.merge(event.getClass("objectClass").getName(), weight, Long::sum);
      }
    }
    print("CPU by stage step, of " + samples + " CPU samples", byStep, samples, rows);
    print("Top frames (self) ← innermost Copydesk caller", self, samples, rows);
    print("CPU by innermost Copydesk method on the stack", byMethod, samples, rows);
    print("CPU inclusive, Copydesk methods", inclusive, samples, rows);
    print("Allocation by stage step (sampled weight " + allocated / (1 << 20) + " MiB)", allocByStep, allocated,
        rows);
    print("Allocation by innermost Copydesk method", allocByMethod, allocated, rows);
    print("Allocation by type", allocByType, allocated, rows);
  }

  private static String method(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static String innermostCopydeskMethod(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      if (isParser(f)) {
        return method(f);
      }
    }
    return "(outside Copydesk)";
  }

  /**
   * The stage and step a sample belongs to: the outermost frame of an internal class other than the pipelines'
   * {@code parse} (the stage the pipeline called), then the first frame below it of another Copydesk class or of
   * jsoup (the step of that stage; "own code" when the sample is in the stage's class or in the JDK below it).
   */
  private static String stageStep(List<RecordedFrame> frames) {
    String stage = null;
    String stageClass = null;
    for (int i = frames.size() - 1; i >= 0; i--) {
      RecordedFrame f = frames.get(i);
      String type = f.getMethod().getType().getName().replaceAll("\\$.*", "");
      if (stage == null) {
        if (type.startsWith(INTERNAL) && !(type.endsWith("Pipeline") && f.getMethod().getName().equals("parse"))) {
          stage = method(f);
          stageClass = type;
        }
      } else if (isParser(f) && !type.equals(stageClass) || type.startsWith("org.jsoup.")) {
        return stage + " > " + method(f);
      }
    }
    return stage == null ? "(outside the stages)" : stage + " > (own code)";
  }

  private static boolean isParser(RecordedFrame f) {
    String type = f.getMethod().getType().getName();
    return type.startsWith(COPYDESK) && !type.startsWith(BENCHMARKS);
  }

  private static void print(String title, Map<String, Long> counts, long total, int rows) {
    System.out.println("### " + title);
    System.out.println("| share | frame |");
    System.out.println("|---|---|");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(rows)
        .forEach(e -> System.out.printf(Locale.ROOT, "| %.1f%% | `%s` |%n", 100.0 * e.getValue() / total,
            e.getKey().replace("org.copydesk.parser.internal.", "…")));
    System.out.println();
  }
}
