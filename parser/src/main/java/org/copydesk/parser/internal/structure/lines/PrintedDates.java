package org.copydesk.parser.internal.structure.lines;

import java.util.List;
import java.util.Optional;

/**
 * Reads the first printed calendar date of a short text ("Published on Oct 31, 2025", "19 Dec, 2025") with the
 * same {@link Dates} the text stages use, for callers outside this package (the HTML metadata reader).
 */
public final class PrintedDates {

  private PrintedDates() {}

  /**
   * The first date {@code text} prints, as an ISO-8601 day ({@code 2025-10-31}); an ambiguous numeric date is read
   * in the order of {@code language}'s short date format.
   */
  public static Optional<String> first(String text, Optional<String> language) {
    return Dates.of(language, Dates.orderOf(language, List.of(text))).find(text)
        .map(Dates.Found::iso);
  }
}
