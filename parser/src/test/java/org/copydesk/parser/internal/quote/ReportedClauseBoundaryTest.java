package org.copydesk.parser.internal.quote;

import static org.copydesk.parser.internal.quote.Attributed.assertIndirect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the words a cue reports without quotation marks begin and end. */
class ReportedClauseBoundaryTest {

  @Test
  void aCommaOpeningARelativeClauseEndsTheReport() {
    assertIndirect("Tom Reed said the harbour would reopen in May, which pleased the fishing crews.",
        "the harbour would reopen in May");
  }

  @Test
  void aCommaOpeningAContrastEndsTheReport() {
    assertIndirect("Anna Berg claimed the ferry had been sold to a rival firm, but offered no proof.",
        "the ferry had been sold to a rival firm");
  }

  @Test
  void aCommaBeforeAnAndKeepsTheReportWhole() {
    assertIndirect("Tom Reed said the harbour would reopen in May, and the ferries would run again.",
        "the harbour would reopen in May, and the ferries would run again");
  }

  @Test
  void theReportAfterWhatEndsAtItsFirstJoint() {
    assertIndirect("The gap between what Tom Reed says the bridge would cost, and what it will cost, is wide.",
        "the bridge would cost");
  }

  @Test
  void aReportInASentenceOpeningSubordinateClauseEndsAtItsComma() {
    assertIndirect("While Anna Berg praised the new harbour plan, the council voted against it.",
        "the new harbour plan");
  }

  @Test
  void aParentheticalCueMayBeFollowedByAFewWordsBeforeItsComma() {
    Attributed a = assertIndirect("The real problem, Tom Reed told me on Friday, is the cost of the bridge.",
        "is the cost of the bridge");
    assertEquals("The real problem, Tom Reed told me on Friday, is the cost of the bridge",
        a.quote("is the cost of the bridge").content().orElseThrow().text());
  }

  @Test
  void aParentheticalCueAfterAJoiningWordReportsOnlyTheWordsAfterIt() {
    Attributed a = assertIndirect("The ferry stops near the old pier, which, Tom Reed said, is closed in winter.",
        "is closed in winter");
    assertEquals("is closed in winter", a.quote("is closed in winter").content().orElseThrow().text());
  }

  @Test
  void aShortObjectIsReported() {
    assertIndirect("Anna Berg noted the bridge's cost.", "the bridge's cost");
  }

  @Test
  void twoWordsAfterTheCueAreNoReport() {
    assertIndirect("Anna Berg noted the cost.");
  }
}
