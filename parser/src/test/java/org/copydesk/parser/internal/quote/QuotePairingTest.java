package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.junit.jupiter.api.Test;

/** Quotation marks of every common style pair up, nest, continue across paragraphs and never run away. */
class QuotePairingTest {

  private static List<String> parts(String text) {
    return Attributed.paragraphs(text).quotes().stream().filter(q -> q.kind() != Quote.Kind.INDIRECT)
        .flatMap(q -> q.parts().stream()).map(Excerpt::text).toList();
  }

  @Test
  void straightAndCurlyDoubleQuotesPair() {
    assertEquals(List.of("We will rebuild.", "It will take years."), parts("""
        "We will rebuild." The mayor said it twice. \u201cIt will take years.\u201d"""));
  }

  @Test
  void guillemetsLowNinePairsAndCornerBracketsPair() {
    assertEquals(List.of("Nous restons.", "Wir bleiben.", "\u79c1\u305f\u3061\u306f\u6b8b\u308b\u3002",
        "Ostaemsya."), parts("""
        \u00abNous restons.\u00bb Then \u201eWir bleiben.\u201c Then \u300c\u79c1\u305f\u3061\u306f\u6b8b\u308b\u3002\u300d \
        Then \u2039Ostaemsya.\u203a"""));
  }

  @Test
  void guillemetsWithSpacesInsidePair() {
    assertEquals(List.of("Nous restons.", "Wir bleiben."), parts(
        "Le maire a dit : \u00ab Nous restons. \u00bb Puis : \u00ab\u00a0Wir bleiben.\u00a0\u00bb Fin."));
  }

  @Test
  void narrowNoBreakSpaceInsideGuillemetsIsNoPartOfTheWords() {
    assertEquals(List.of("On verra."), parts("Il a dit \u00ab\u202fOn verra.\u202f\u00bb et il est parti."));
  }

  @Test
  void curlyQuotesWithNoBreakSpaceInsidePair() {
    assertEquals(List.of("We stay."), parts("She said: \u201c\u00a0We stay.\u00a0\u201d Then she left."));
  }

  @Test
  void straightQuotesWithNoBreakSpaceInsidePair() {
    assertEquals(List.of("We stay."), parts("She said: \"\u00a0We stay.\u00a0\" Then she left."));
  }

  @Test
  void lonelySpacedGuillemetsStillPairNothingAcrossTheParagraph() {
    assertEquals(List.of(), parts("Prices fell \u00bb sharply and rose \u00ab later."));
  }

  @Test
  void doubledApostrophesPairAsDoubleQuotes() {
    assertEquals(List.of("We should throw every obstacle in the way,"), parts("""
        ''We should throw every obstacle in the way,'' the former minister said."""));
  }

  @Test
  void quotationMarksExcludedFromPartsAndInsertionsKept() {
    Quote q = Attributed.paragraphs("""
        "They pay [but] they wait...," she said.""").quotes().get(0);
    assertEquals("They pay [but] they wait...,", q.parts().get(0).text());
  }

  @Test
  void nestedQuoteStaysInsideItsOuterQuote() {
    assertEquals(List.of("He told me 'never again' and left.", "Fine."), parts("""
        "He told me 'never again' and left." She added: \u201cFine.\u201d"""));
  }

  @Test
  void unclosedMarkDoesNotSwallowTheQuotesAfterIt() {
    assertEquals(List.of("Go home.", "Stay."), parts("""
        The sign read 5" tall. "Go home." Later: "Stay.\""""));
  }

  @Test
  void quoteLeftOpenContinuesIntoNextParagraphThatOpensWithAMark() {
    Attributed a = Attributed.paragraphs("""
        The senator said: "We have waited long enough.

        "Now we act."
        """);
    assertEquals(1, a.quotes().size());
    assertEquals(List.of("We have waited long enough.", "Now we act."),
        a.quotes().get(0).parts().stream().map(Excerpt::text).toList());
  }

  @Test
  void quoteLeftOpenBeforeAParagraphWithoutAMarkIsDropped() {
    assertEquals(List.of(), parts("""
        The ruler was 12" long and "heavy

        Nothing else was said.
        """));
  }

  @Test
  void hundredThousandUnclosedMarksGiveNoQuote() {
    assertEquals(List.of(), parts("\u201c".repeat(100_000)));
    assertEquals(List.of(), parts("\"a ".repeat(100_000)));
    assertEquals(List.of(), parts("'tis ".repeat(100_000)));
  }

  @Test
  void aNicknameBetweenGivenNameAndSurnameIsNoQuotation() {
    Attributed a = Attributed.paragraphs("""
        "We will win!" Her aunt, Mary "Red" Price, shouted to the crowd.
        """);
    assertEquals(1, a.quotes().size());
    assertEquals(Quote.Kind.DIRECT, a.quotes().get(0).kind());
    assertEquals("shouted", a.quotes().get(0).cue().orElseThrow().text());
  }

  @Test
  void aQuotedNameInATitleCaseLineIsStillAQuotation() {
    Attributed a = Attributed.paragraphs("""
        How The Crowd Reacted During The "Big Song" Scene In The Film
        """);
    assertEquals(1, a.quotes().size());
    assertEquals("Big Song", a.quotes().get(0).parts().get(0).text());
  }

  @Test
  void aQuotedTitleAfterALowerCaseWordIsStillAQuotation() {
    Attributed a = Attributed.paragraphs("""
        The band played "Blue Moon" Tuesday night.
        """);
    assertEquals(1, a.quotes().size());
    assertEquals("Blue Moon", a.quotes().get(0).parts().get(0).text());
  }
}
