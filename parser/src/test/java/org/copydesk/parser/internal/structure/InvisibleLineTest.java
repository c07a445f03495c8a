package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.core.Removal;
import org.junit.jupiter.api.Test;

/** A line that holds nothing a reader can see is dropped, and every dropped line is reported in {@code removed}. */
class InvisibleLineTest {

  private static final String HEAD = "Council Approves New Budget\n\n";
  private static final String PARAGRAPH =
      "The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.\n";

  @Test
  void aLineOfControlCharactersIsReportedAsRemoved() {
    String text = HEAD + "\u0001\u0002\u0007\n" + PARAGRAPH;
    Structure s = Read.structure(text);
    assertNotNull(Read.removal(s, "\u0001\u0002\u0007"), s.removed().toString());
  }

  @Test
  void aLineOfNulsIsReportedAsRemoved() {
    Structure s = Read.structure(HEAD + PARAGRAPH + "\u0000\u0000\n");
    assertEquals(Removal.Reason.OTHER, Read.removal(s, "\u0000\u0000"));
  }

  @Test
  void aLineOfInformationSeparatorsIsReportedAsRemoved() {
    Structure s = Read.structure(HEAD + "\u001F\u001E\n" + PARAGRAPH);
    assertEquals(Removal.Reason.OTHER, Read.removal(s, "\u001F\u001E"));
  }

  @Test
  void aLineOfZeroWidthSpacesBetweenSpacesIsReportedWithoutTheSpaces() {
    Structure s = Read.structure(HEAD + "  \u200B\u200B \u00A0\n" + PARAGRAPH);
    assertEquals(Removal.Reason.OTHER, Read.removal(s, "\u200B\u200B"));
  }

  @Test
  void aLineOfSpacesAndNoBreakSpacesIsNotReported() {
    Structure s = Read.structure(HEAD + " \u00A0\t\u202F\n" + PARAGRAPH);
    assertTrue(s.removed().isEmpty(), s.removed().toString());
  }

  @Test
  void invisibleLinesSeparateParagraphsLikeBlankLines() {
    Structure s = Read.structure(HEAD + PARAGRAPH + "\u0000\n"
        + "Supporters said the plan keeps the promises made to parents and teachers during the last campaign.\n");
    assertEquals(2, Read.body(s).size());
  }
}
