package org.copydesk.parser.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.parser.internal.text.Texts;
import org.junit.jupiter.api.Test;

/** A phrase list matches a line's key, prepared once, or a slice of a line, without building a string per probe. */
class PhraseListTest {

  private static final PhraseList WHOLE = PhraseList.load("structure/credits.txt");

  @Test
  void aSliceMatchesAWholePhraseWhateverItsCaseSpacesAndEdgePunctuation() {
    String line = "Written\u00A0 BY: Jane Doe";
    assertTrue(WHOLE.matchesKeyOf(line, 0, line.indexOf(':') + 1));
    assertTrue(WHOLE.matchesKeyOf(line, 0, line.indexOf(':')));
  }

  @Test
  void aSliceLongerOrShorterThanThePhraseDoesNotMatch() {
    String line = "Written by Jane Doe";
    assertFalse(WHOLE.matchesKeyOf(line, 0, line.length()));
    assertFalse(WHOLE.matchesKeyOf(line, 0, "Written".length()));
    assertFalse(WHOLE.matchesKeyOf(line, 0, 0));
  }

  @Test
  void aSliceAnswersAsItsKeyDoes() {
    List<String> lines = List.of("By", "by Jane", " By ", "Words by", "Report: by", "Por", "Escrito  por", "3 by",
        "\u201CBy\u201D", "Byline", "author", "Authors:", "Text");
    for (String line : lines) {
      for (int end = 0; end <= line.length(); end++) {
        assertEquals(WHOLE.matches(Texts.key(line, 0, end)), WHOLE.matchesKeyOf(line, 0, end), line + " to " + end);
      }
    }
  }

  private static final PhraseList FORMS = PhraseList.of(List.of("share on *", "0 comments", "*all rights reserved*",
      "click here*", "subscribe"));

  private static int matchLength(String line) {
    return FORMS.matchLength(PhraseKey.of(Texts.key(line)));
  }

  @Test
  void aWordPrefixMatchesWholeWordsOnly() {
    assertEquals("share on".length(), matchLength("Share on Facebook"));
    assertEquals("share on".length(), matchLength("Share on"));
    assertEquals(-1, matchLength("Share onward"));
  }

  @Test
  void aZeroStandsForAnyNumber() {
    assertEquals("0 comments".length(), matchLength("34 Comments")); // the length in the marked key
    assertEquals("0 comments".length(), matchLength("1,000 comments"));
    assertEquals(-1, matchLength("Many comments"));
  }

  @Test
  void aContainedPhraseMatchesOutsideWords() {
    String key = Texts.key("\u00A9 2024 Example Media. All rights reserved.");
    assertEquals(key.length(), matchLength("\u00A9 2024 Example Media. All rights reserved."));
    assertEquals(-1, matchLength("Tall rights reservedly"));
  }

  @Test
  void aPrefixMatchesInsideAWordAndAWholePhraseOnlyWhole() {
    assertEquals("click here".length(), matchLength("Click hereafter"));
    assertEquals("subscribe".length(), matchLength("Subscribe!"));
    assertEquals(-1, matchLength("Subscribe now"));
  }

  @Test
  void entriesOfOneCharacterMatchThoughKeysAreFirstToldByTheirFirstTwo() {
    PhraseList short1 = PhraseList.of(List.of("x *", "q", "*zz*"));
    assertTrue(short1.matches(PhraseKey.of("x files")));
    assertTrue(short1.matches(PhraseKey.of("q")));
    assertTrue(short1.matches(PhraseKey.of("a zz b")));
    assertFalse(short1.matches(PhraseKey.of("xy files")));
    assertFalse(short1.matches(PhraseKey.of("qu")));
  }
}
