package org.copydesk.parser.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One definition of space, blank, fold, key and whitespace collapsing, shared by every stage. */
class CharactersTest {

  @Test
  void noBreakSpacesAreSpaces() {
    for (char c : new char[] {'\u00A0', '\u2007', '\u202F', ' ', '\t', '\u2003'}) {
      assertTrue(Characters.isSpace(c), Integer.toHexString(c));
      assertTrue(Characters.isBlank(c), Integer.toHexString(c));
    }
  }

  @Test
  void spacesAreTheSpaceSeparatorsAndTheControlsOfSpacing() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      boolean expected = Character.isSpaceChar(c) || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      assertEquals(expected, Characters.isSpace((char) c), Integer.toHexString(c));
    }
  }

  @Test
  void nulSeparatorsAndZeroWidthCharactersAreBlankButNotSpaces() {
    for (char c : new char[] {'\u0000', '\u001F', '\u200B', '\uFEFF', '\u00AD'}) {
      assertFalse(Characters.isSpace(c), Integer.toHexString(c));
      assertTrue(Characters.isBlank(c), Integer.toHexString(c));
    }
  }

  @Test
  void lettersPunctuationAndOtherControlCharactersAreNotBlank() {
    for (char c : new char[] {'a', '.', '\u00AB', '\u2014', '0', '\u0001', '\u0007', '\u007F'}) {
      assertFalse(Characters.isBlank(c), Integer.toHexString(c));
    }
  }

  @Test
  void collapseMakesEveryRunOfBlanksOneSpace() {
    assertEquals("Jane Doe and John", Texts.collapse("\u00A0 Jane\u00A0\u00A0Doe \u200B and\tJohn \n"));
  }

  @Test
  void foldLowersAndMakesTypographicQuotesAndDashesPlain() {
    assertEquals("editor's note - \"a\"", Texts.fold("Editor\u2019s\u00A0Note \u2014 \u201CA\u201D"));
  }

  @Test
  void keyDropsEdgePunctuation() {
    assertEquals("related stories", Texts.key("\u00BB Related\u00A0Stories:"));
  }

  @Test
  void wordDropsEdgePunctuationAndLowers() {
    assertEquals("don't", Texts.word("\u201CDon\u2019t,", 0, 6));
  }
}
