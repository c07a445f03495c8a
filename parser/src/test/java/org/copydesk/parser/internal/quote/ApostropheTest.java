package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.junit.jupiter.api.Test;

/** Apostrophes (contractions, possessives, elisions, decades) are never taken for single quotation marks. */
class ApostropheTest {

  private static List<String> parts(String text) {
    return Attributed.paragraphs(text).quotes().stream().filter(q -> q.kind() != Quote.Kind.INDIRECT)
        .flatMap(q -> q.parts().stream()).map(Excerpt::text).toList();
  }

  @Test
  void contractionsAndPossessivesInsideWordsAreApostrophes() {
    assertEquals(List.of(), parts("""
        The minister's aide didn't say it wasn't the government\u2019s plan."""));
  }

  @Test
  void pluralPossessiveBeforeASpaceIsAnApostrophe() {
    assertEquals(List.of(), parts("""
        The workers' union met the farmers\u2019 group on Monday."""));
  }

  @Test
  void leadingApostropheOfDecadeOrElisionIsNotAnOpeningMark() {
    assertEquals(List.of(), parts("""
        In the '90s they danced 'cause the \u201990s were kind, and they'd call 'em friends."""));
  }

  @Test
  void singleQuotesAroundWordsPairDespiteApostrophesInside() {
    assertEquals(List.of("We won't stop, it's ours."), parts("""
        She said: 'We won't stop, it's ours.' The crowd's cheer rose."""));
  }

  @Test
  void curlySingleQuotesPairAroundATerm() {
    assertEquals(List.of("Political Suicide"), parts("""
        The headline read \u2018Political Suicide\u2019 in the editors\u2019 version."""));
  }
}
