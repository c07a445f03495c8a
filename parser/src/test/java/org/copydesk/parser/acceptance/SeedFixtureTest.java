package org.copydesk.parser.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fixture's line numbering and text comparison behave as the golden file describes. */
class SeedFixtureTest {

  @Test
  void lineNumbersAreOneBasedAndMatchTheGoldenOrientation() {
    assertEquals("Accessibility links", SeedFixture.lineText(1));
    assertEquals(SeedFixture.GOLDEN.get("headline").asText(), SeedFixture.lineText(5));
    assertTrue(SeedFixture.lineText(116).startsWith("Written by Andy Heil"));
    assertEquals(116, SeedFixture.lineAt(SeedFixture.line(116).start() + 3));
  }

  @Test
  void comparisonIgnoresEdgePunctuationQuoteMarksAndWhitespace() {
    assertTrue(SeedFixture.sameText("\u201cHe is my air,  the meaning of life,\u201d", "He is my air, the meaning of life"));
    assertEquals("Political Suicide", SeedFixture.normalize("'Political Suicide'"));
  }
}
