package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases of words found at a token, looked up by their first word. */
class PhraseTableTest {

  private final PhraseTable table = new PhraseTable(List.of(
      List.of("according", "to"),
      List.of("spoke", "out", "against"),
      List.of("spoke", "out"),
      List.of("in", "the", "words", "of")));

  /** Word tokens for the words of {@code text}, a comma standing alone as punctuation. */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      Token.Type type = w.equals(",") ? Token.Type.PUNCT : Token.Type.WORD;
      tokens.add(new Token(type, at, at + w.length(), w, -1));
      at += w.length() + 1;
    }
    return tokens;
  }

  @Test
  void aPhraseIsFoundAtTheTokenItStartsAtInAnyCase() {
    List<Token> tokens = tokens("She said , According to Smith");
    assertEquals(2, table.matchLength(tokens, 3));
  }

  @Test
  void theFirstPhraseInTheListsOrderWinsAmongThoseWithTheSameFirstWord() {
    assertEquals(3, table.matchLength(tokens("he spoke out against it"), 1));
    assertEquals(2, table.matchLength(tokens("he spoke out for it"), 1));
  }

  @Test
  void aPhraseCutShortByTheEndOfTheParagraphOrByPunctuationIsNoMatch() {
    assertEquals(0, table.matchLength(tokens("as reported according"), 2));
    assertEquals(0, table.matchLength(tokens("according , to"), 0));
  }

  @Test
  void aTokenThatStartsNoPhraseIsNoMatch() {
    assertEquals(0, table.matchLength(tokens("to according"), 0));
    assertEquals(0, table.matchLength(tokens("the words of"), 0));
  }
}
