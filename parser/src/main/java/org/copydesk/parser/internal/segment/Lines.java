package org.copydesk.parser.internal.segment;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.parser.internal.text.Characters;

/** Splits text into {@link Line}s at {@code \n}, {@code \r\n} and {@code \r}, keeping exact positions. */
public final class Lines {

  private Lines() {}

  /** Returns the lines of {@code input}; an input that ends with a terminator has no empty last line. */
  public static List<Line> split(String input) {
    List<Line> lines = new ArrayList<>();
    int n = input.length();
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && input.charAt(end) != '\n' && input.charAt(end) != '\r') {
        end++;
      }
      lines.add(line(input, lines.size(), start, end));
      if (end < n && input.charAt(end) == '\r' && end + 1 < n && input.charAt(end + 1) == '\n') {
        end++;
      }
      start = end + 1;
    }
    return lines;
  }

  private static Line line(String input, int index, int start, int end) {
    int cs = start;
    while (cs < end && Characters.isBlank(input.charAt(cs))) {
      cs++;
    }
    int ce = end;
    while (ce > cs && Characters.isBlank(input.charAt(ce - 1))) {
      ce--;
    }
    return new Line(index, start, end, cs, ce);
  }
}
