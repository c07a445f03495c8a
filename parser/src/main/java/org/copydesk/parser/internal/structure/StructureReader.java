package org.copydesk.parser.internal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.core.Block;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.segment.Line;
import org.copydesk.parser.internal.segment.Lines;

/** Reads the {@link Structure} of an article page's text. Stateless and thread-safe. */
public final class StructureReader {

  /** Reads the structure of {@code input}. */
  public Structure read(String input) {
    List<Block> blocks = new ArrayList<>();
    int runStart = -1;
    int runEnd = -1;
    for (Line line : Lines.split(input)) {
      if (line.isBlank()) {
        if (runStart >= 0) {
          blocks.add(paragraph(input, runStart, runEnd));
          runStart = -1;
        }
        continue;
      }
      if (runStart < 0) {
        runStart = line.contentStart();
      }
      runEnd = line.contentEnd();
    }
    if (runStart >= 0) {
      blocks.add(paragraph(input, runStart, runEnd));
    }
    return new Structure(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        blocks, List.of());
  }

  private static Paragraph paragraph(String input, int start, int end) {
    return Paragraph.of(input.substring(start, end), Span.of(start, end));
  }
}
