package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.junit.jupiter.api.Test;

/** Where the words a cue reports without quotation marks begin and end. */
class ReportedClauseBoundaryTest {

  private static Attributed assertReported(String text, String... parts) {
    Attributed a = Attributed.paragraphs(text);
    assertEquals(List.of(parts), a.quotes().stream().filter(q -> q.kind() == Quote.Kind.INDIRECT)
        .map(q -> q.parts().get(0)).map(Excerpt::text).toList());
    return a;
  }

  @Test
  void aCommaOpeningARelativeClauseEndsTheReport() {
    assertReported("Tom Reed said the harbour would reopen in May, which pleased the fishing crews.",
        "the harbour would reopen in May");
  }

  @Test
  void aCommaOpeningAContrastEndsTheReport() {
    assertReported("Anna Berg claimed the ferry had been sold to a rival firm, but offered no proof.",
        "the ferry had been sold to a rival firm");
  }

  @Test
  void aCommaBeforeAnAndKeepsTheReportWhole() {
    assertReported("Tom Reed said the harbour would reopen in May, and the ferries would run again.",
        "the harbour would reopen in May, and the ferries would run again");
  }

  @Test
  void theReportAfterWhatEndsAtItsFirstJoint() {
    assertReported("The gap between what Tom Reed says the bridge would cost, and what it will cost, is wide.",
        "the bridge would cost");
  }

  @Test
  void aReportInASentenceOpeningSubordinateClauseEndsAtItsComma() {
    assertReported("While Anna Berg praised the new harbour plan, the council voted against it.",
        "the new harbour plan");
  }

  @Test
  void aParentheticalCueMayBeFollowedByAFewWordsBeforeItsComma() {
    Attributed a = assertReported("The real problem, Tom Reed told me on Friday, is the cost of the bridge.",
        "is the cost of the bridge");
    assertEquals("The real problem, Tom Reed told me on Friday, is the cost of the bridge",
        a.quote("is the cost of the bridge").content().orElseThrow().text());
  }

  @Test
  void aParentheticalCueAfterAJoiningWordReportsOnlyTheWordsAfterIt() {
    Attributed a = assertReported("The ferry stops near the old pier, which, Tom Reed said, is closed in winter.",
        "is closed in winter");
    assertEquals("is closed in winter", a.quote("is closed in winter").content().orElseThrow().text());
  }

  @Test
  void aShortObjectIsReported() {
    assertReported("Anna Berg noted the bridge's cost.", "the bridge's cost");
  }

  @Test
  void twoWordsAfterTheCueAreNoReport() {
    assertReported("Anna Berg noted the cost.");
  }
}
