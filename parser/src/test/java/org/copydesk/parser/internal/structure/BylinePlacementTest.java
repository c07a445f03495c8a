package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Byline;
import org.junit.jupiter.api.Test;

/** Where on a page the credit line is looked for, and which line wins when several could be one. */
class BylinePlacementTest {

  private static final String LEAD = """
      The harbour board agreed on Monday to dredge the old channel before the autumn storms reach the coast again.

      Fishing crews had asked for the work for three years, saying the silt made the evening tide hard to navigate.
      """;
  private static final String STORY = """
      Engineers expect the dredging to take six weeks and to cost less than the repairs the board paid for last year.

      The board will publish the contractor's schedule at its next meeting, which is open to the public as usual.
      """;

  private static Optional<List<String>> authors(String text) {
    return Read.structure(text).byline().map(Byline::authors);
  }

  @Test
  void aLineOpeningWithACreditWordWinsOverANamesOnlyLineAboveIt() {
    String page = "Harbour Board Backs Dredging Plan\n\nPeter Rowe, Staff Writer\n\nBy Jane Doe\n\n" + LEAD + "\n"
        + STORY;
    assertEquals(Optional.of(List.of("Jane Doe")), authors(page));
  }

  @Test
  void aNamesOnlyLineIsTheCreditWhenNoLineOpensWithACreditWord() {
    String page = "Harbour Board Backs Dredging Plan\n\nPeter Rowe, Staff Writer\n\n" + LEAD + "\n" + STORY;
    assertEquals(Optional.of(List.of("Peter Rowe")), authors(page));
  }

  @Test
  void aCreditLinePrintedAfterTheLeadParagraphsIsFound() {
    String page = "Harbour Board Backs Dredging Plan\n\n" + LEAD + "\nBy Jane Doe | Updated May 2, 2024\n\n" + STORY;
    Optional<List<String>> authors = authors(page);
    assertEquals(Optional.of(List.of("Jane Doe")), authors);
  }

  @Test
  void aCreditLineThatOpensWithItsDateIsFoundAfterTheLead() {
    String page = "Harbour Board Backs Dredging Plan\n\n" + LEAD + "\nPosted on May 2, 2024 by Jane Doe\n\n" + STORY;
    assertEquals(Optional.of(List.of("Jane Doe")), authors(page));
  }

  @Test
  void aCreditInAListAfterTheLeadIsATeasersNotTheArticles() {
    String page = "Harbour Board Backs Dredging Plan\n\n" + LEAD + "\n" + STORY
        + "\nMore from the coast\n\n  • Ferry timetable changes for winter\n  • Lighthouse opens to visitors\n"
        + "  • New pier lights\n  • Storm season outlook\n  • Harbour fees rise\n  • By Jane Doe\n";
    assertTrue(authors(page).isEmpty(), "a list item's credit is not the article's: " + authors(page));
  }
}
