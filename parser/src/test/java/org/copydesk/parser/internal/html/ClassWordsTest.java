package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How class and id names are split into words and matched against the chrome and content patterns. */
class ClassWordsTest {

  private final ClassWords patterns = new ClassWords(List.of("ad$", "share", "nav"));

  @Test
  void aPatternMatchesTheStartOfAWord() {
    assertEquals("share", patterns.match("post-sharebar"));
    assertNull(patterns.match("reshare"));
  }

  @Test
  void aPatternEndingInDollarMatchesOnlyTheWholeWord() {
    assertEquals("ad", patterns.match("top ad"));
    assertNull(patterns.match("header leaderboard"));
    assertNull(patterns.match("adjacent"));
  }

  @Test
  void camelCaseHumpsAndNonLettersSplitWords() {
    assertEquals("share", patterns.match("postShareButtons"));
    assertEquals("nav", patterns.match("main_Nav2"));
    assertNull(patterns.match("postshare"));
  }

  @Test
  void wordsAreComparedInLowerCase() {
    assertEquals("ad", patterns.match("TOP AD"));
  }

  @Test
  void wordsBeginningOutsideAsciiAreComparedToo() {
    ClassWords accented = new ClassWords(List.of("\u00e9dito", "pub$"));
    assertEquals("\u00e9dito", accented.match("bloc-\u00c9ditorial"));
    assertEquals("pub", accented.match("Pub"));
    assertNull(accented.match("\u00e9t\u00e9"));
  }

  @Test
  void theFirstMatchingWordWinsAndClassNamesComeBeforeTheId() {
    assertEquals("nav", patterns.match("nav-share"));
    assertEquals("share", patterns.match("share-tools", "nav"));
    assertEquals("nav", patterns.match("story", "nav"));
    assertNull(patterns.match("", ""));
  }
}
