package org.copydesk.parser.internal.structure.lines;

import java.util.List;
import java.util.Optional;

/**
 * Reads the authors of a short credit text that opens with a credit word ("By Jane Doe", "Written by A and B on
 * Oct 31, 2025") with the same {@link Credits} the text stages use, for callers outside this package (the HTML
 * metadata reader).
 */
public final class PrintedCredits {

  private PrintedCredits() {}

  /** The authors {@code text} credits, when it opens with a credit word and names at least one. */
  public static List<String> authors(String text, Optional<String> language) {
    return Credits.read(text, true, Dates.of(language, Dates.orderOf(language, List.of(text))))
        .map(Credits.Credit::authors).orElse(List.of());
  }
}
