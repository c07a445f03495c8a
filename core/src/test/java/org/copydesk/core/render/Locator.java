package org.copydesk.core.render;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Span;

/** Finds texts in a fixture's input to give them spans, failing loudly when a text is not where it is expected. */
final class Locator {

  private final String input;
  private final List<Span> lines = new ArrayList<>();

  Locator(String input) {
    this.input = input;
    int start = 0;
    for (int i = 0; i <= input.length(); i++) {
      if (i == input.length() || input.charAt(i) == '\n') {
        lines.add(Span.of(start, i));
        start = i + 1;
      }
    }
  }

  /** Returns the span of the 1-based line {@code number}, without its line break and surrounding whitespace. */
  Span line(int number) {
    Span line = lines.get(number - 1);
    String text = line.slice(input);
    int lead = text.length() - text.stripLeading().length();
    return Span.of(line.start() + lead, line.start() + lead + text.strip().length());
  }

  /** Returns the stripped text of the 1-based line {@code number}. */
  String lineText(int number) {
    return line(number).slice(input);
  }

  /** Returns the span from the start of line {@code first} to the end of line {@code last}. */
  Span lines(int first, int last) {
    return Span.of(line(first).start(), line(last).end());
  }

  /** Returns the span of the one occurrence of {@code text} in the input. */
  Span find(String text) {
    int at = input.indexOf(text);
    if (at < 0 || input.indexOf(text, at + 1) >= 0) {
      throw new IllegalArgumentException((at < 0 ? "not found: " : "found more than once: ") + text);
    }
    return Span.of(at, at + text.length());
  }

  /** Returns the {@code nth} (1-based) occurrence of {@code text} inside {@code within}. */
  Excerpt find(String text, Span within, int nth) {
    int at = within.start() - 1;
    for (int i = 0; i < nth; i++) {
      at = input.indexOf(text, at + 1);
      if (at < 0 || at + text.length() > within.end()) {
        throw new IllegalArgumentException("occurrence " + nth + " of \"" + text + "\" not found in " + within);
      }
    }
    return Excerpt.of(at, at + text.length(), text);
  }

  /** Returns the text at {@code span}. */
  String text(Span span) {
    return span.slice(input);
  }
}
