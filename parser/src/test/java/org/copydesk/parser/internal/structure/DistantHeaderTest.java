package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Byline;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;

/**
 * Credit and date lines a page prints far from the body the lines' shapes point to: above a long header, under an
 * author's portrait, beside a date line of their own.
 */
class DistantHeaderTest {

  private static final String STORY = """
      The harbour board agreed on Monday to dredge the old channel before the autumn storms reach the coast again.

      Fishing crews had asked for the work for three years, saying the silt made the evening tide hard to navigate.

      Engineers expect the dredging to take six weeks and to cost less than the repairs the board paid for last year.

      The board will publish the contractor's schedule at its next meeting, which is open to the public as usual.
      """;

  /** Twenty short lines of a site's header: none is a credit, a date or prose. */
  private static final String MASTHEAD = String.join("\n\n", List.of("Harbour", "Ferries", "Tides", "Weather",
      "Boats", "Piers", "Cargo", "Fishing", "Yachts", "Sailing", "Charts", "Buoys", "Docks", "Cranes", "Pilots",
      "Lights", "Locks", "Canals", "Rivers", "Bridges")) + "\n\n";

  private static Structure read(String text) {
    return Read.structure(text);
  }

  private static Optional<List<String>> authors(String text) {
    return read(text).byline().map(Byline::authors);
  }

  @Test
  void aDateLineOfItsOwnFarAboveTheHeaderIsTheDateWhenNoneStandsNearer() {
    String page = "May 2, 2024\n\n" + MASTHEAD + "Harbour Board Backs Dredging Plan\n\n" + STORY;
    assertEquals(Optional.of("2024-05-02"), read(page).published());
  }

  @Test
  void aDateInASentenceFarAboveTheHeaderIsNoDate() {
    String page = "The office closes on May 2, 2024 for the holiday.\n\n" + MASTHEAD
        + "Harbour Board Backs Dredging Plan\n\n" + STORY;
    assertEquals(Optional.empty(), read(page).published());
  }

  @Test
  void aDateFarFromAKnownBodyIsNoDate() {
    String page = "May 2, 2024\n\n" + MASTHEAD + "Harbour Board Backs Dredging Plan\n\n" + STORY;
    int start = page.indexOf("The harbour board");
    Structure s = new StructureReader().read(page, Optional.empty(), Optional.of(Span.of(start, page.length())));
    assertEquals(Optional.empty(), s.published());
  }

  @Test
  void aLoneNameUnderItsPortraitIsTheAuthor() {
    String page = "Harbour Board Backs Dredging Plan\n\n" + MASTHEAD + "[jane-do]\nJane Doe\n\n" + STORY;
    assertEquals(Optional.of(List.of("Jane Doe")), authors(page));
  }

  @Test
  void aLoneNameUnderAnotherImageIsNoAuthor() {
    String page = "Harbour Board Backs Dredging Plan\n\n" + MASTHEAD + "[harbour-map]\nJane Doe\n\n" + STORY;
    assertEquals(Optional.empty(), authors(page));
  }

  @Test
  void aLoneNameBesideADistantDateLineIsTheAuthor() {
    String page = "Jane Doe\nMay 2, 2024\n\n" + MASTHEAD + "Harbour Board Backs Dredging Plan\n\n" + STORY;
    assertEquals(Optional.of(List.of("Jane Doe")), authors(page));
  }

  @Test
  void aPossessiveHeadingBesideADateIsNoAuthor() {
    String page = "Today's Tides\nMay 2, 2024\n\n" + MASTHEAD + "Harbour Board Backs Dredging Plan\n\n" + STORY;
    assertEquals(Optional.empty(), authors(page));
  }

  @Test
  void aNamesLineOfWordsTheProseWritesInLowerCaseIsNoCredit() {
    String page = "Harbour Board Backs Dredging Plan\n\nBoard Storms, CNN\n\n" + STORY;
    assertEquals(Optional.empty(), authors(page));
    String credited = "Harbour Board Backs Dredging Plan\n\nPeter Rowe, CNN\n\n" + STORY;
    assertEquals(Optional.of(List.of("Peter Rowe")), authors(credited));
  }

  @Test
  void aCreditLineFarAboveTheHeaderCreditsThePersonItNamesInFull() {
    String far = "By Jane Doe | Updated May 2, 2024\n\n" + MASTHEAD + MASTHEAD + MASTHEAD + MASTHEAD;
    assertEquals(Optional.of(List.of("Jane Doe")), authors(far + "Harbour Board Backs Dredging Plan\n\n" + STORY));
    String menu = "Browse by Region\n\n" + MASTHEAD + MASTHEAD + MASTHEAD + MASTHEAD;
    assertEquals(Optional.empty(), authors(menu + "Harbour Board Backs Dredging Plan\n\n" + STORY));
  }
}
