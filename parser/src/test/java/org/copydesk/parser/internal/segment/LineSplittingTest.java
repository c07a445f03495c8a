package org.copydesk.parser.internal.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines keep exact positions whatever the line terminators and edge blanks. */
class LineSplittingTest {

  @Test
  void everyKindOfLineBreakEndsALine() {
    String input = "a\nb\r\nc\rd";
    assertEquals(List.of("a", "b", "c", "d"), Lines.split(input).stream().map(l -> l.content(input)).toList());
  }

  @Test
  void contentExcludesNoBreakSpacesByteOrderMarksAndZeroWidthCharacters() {
    String input = "\uFEFF\u00A0 Title\u200B\t\r\n";
    Line line = Lines.split(input).get(0);
    assertEquals("Title", line.content(input));
    assertEquals(3, line.contentStart());
  }

  @Test
  void aTrailingTerminatorAddsNoEmptyLine() {
    assertEquals(1, Lines.split("only\n").size());
    assertTrue(Lines.split("").isEmpty());
  }

  @Test
  void blankLinesAreRecognised() {
    String input = "x\n \u00A0\t\ny";
    assertEquals(List.of(false, true, false), Lines.split(input).stream().map(Line::isBlank).toList());
  }
}
