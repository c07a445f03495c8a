package org.copydesk.parser.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The text forms computed without regular expressions or needless copies ({@link Texts#words}, {@link Texts#plain},
 * {@link Texts#collapse}, {@link Texts#fold}, {@link Texts#keyHash}) give what their plain definitions give.
 */
class TextFormsTest {

  /** Characters that exercise every branch: spaces, other blanks, capitals, typographic marks, edge punctuation. */
  private static final String ALPHABET = "  aB\u00A0\u200B\t.-\u2019\u201CZ9\u0130\u03A3:é";

  private static Gen<String> texts() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 30)
        .map(indexes -> {
          StringBuilder sb = new StringBuilder();
          indexes.forEach(i -> sb.append(ALPHABET.charAt(i)));
          return sb.toString();
        });
  }

  @Test
  void wordsSplitOnRunsOfSpacesAsTheRegularExpressionDoes() {
    qt().withExamples(2000).forAll(texts()).checkAssert(t -> assertArrayEquals(t.split(" +"), Texts.words(t), t));
  }

  @Test
  void wordsKeepALeadingEmptyPartAndDropTrailingOnes() {
    assertArrayEquals(new String[] {"", "Jane", "Doe"}, Texts.words(" Jane  Doe  "));
    assertArrayEquals(new String[] {""}, Texts.words(""));
    assertArrayEquals(new String[0], Texts.words("   "));
  }

  @Test
  void plainMakesEveryBlankASpace() {
    qt().withExamples(2000).forAll(texts()).checkAssert(t -> assertEquals(reference(t), Texts.plain(t), t));
  }

  @Test
  void plainHandsBackATextWithoutOtherBlanksThanSpaces() {
    String text = "Jane Doe, Staff Writer";
    assertSame(text, Texts.plain(text));
  }

  @Test
  void collapseTrimsBlanksAndMakesEachRunOneSpace() {
    qt().withExamples(2000).forAll(texts()).checkAssert(t ->
        assertEquals(reference(t).replaceAll("^ +| +$", "").replaceAll(" +", " "), Texts.collapse(t), t));
  }

  @Test
  void foldIsTheCollapsedTextWithEachCharacterFolded() {
    qt().withExamples(2000).forAll(texts()).checkAssert(t -> {
      String collapsed = Texts.collapse(t);
      StringBuilder folded = new StringBuilder();
      for (char c : collapsed.toCharArray()) {
        folded.append(switch (c) {
          case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
          case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
          case '\u2013', '\u2014', '\u2012' -> '-';
          default -> Character.toLowerCase(c);
        });
      }
      assertEquals(folded.toString(), Texts.fold(t), t);
    });
  }

  @Test
  void keyHashIsTheHashOfTheKey() {
    qt().withExamples(2000).forAll(texts()).checkAssert(t -> {
      assertEquals(Texts.key(t).hashCode(), Texts.keyHash(t, 0, t.length()), t);
      int mid = t.length() / 2;
      assertEquals(Texts.key(t, mid, t.length()).hashCode(), Texts.keyHash(t, mid, t.length()), t);
    });
  }

  /** Every blank made a space, one character at a time. */
  private static String reference(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      sb.append(Characters.isBlank(c) ? ' ' : c);
    }
    return sb.toString();
  }
}
