package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The content scoring counts a text node's visible characters without building its text: the count is the length
 * jsoup's {@code TextNode.text()} gives once stripped, for every mix of whitespace, invisible and surrogate characters.
 */
class VisibleTextLengthTest {

  /** Characters whose treatment differs between jsoup's whitespace, Java's whitespace and plain text. */
  private static final String TRICKY = " \t\n\f\r\u00a0\u000b\u001c\u2003\u3000\u200b\u00ad\u2028,a\u00e9";

  private static int jsoupLength(String whole) {
    return new TextNode(whole).text().strip().length();
  }

  @Test
  void collapsedRunsOfHtmlWhitespaceCountOnce() {
    assertEquals(jsoupLength("a \t\n b"), ContentRoot.visibleLength("a \t\n b"));
    assertEquals(3, ContentRoot.visibleLength("a \t\n b"));
  }

  @Test
  void whitespaceAtEitherEndIsNotCounted() {
    assertEquals(1, ContentRoot.visibleLength("\u2003\n a \u00a0\u3000"));
    assertEquals(0, ContentRoot.visibleLength(" \u00a0\u2003\u200b "));
  }

  @Test
  void zeroWidthSpacesAndSoftHyphensAreNotCounted() {
    assertEquals(2, ContentRoot.visibleLength("a\u200b\u00adb"));
  }

  @Test
  void aCharacterOutsideTheBasicPlaneCountsItsTwoChars() {
    assertEquals("\ud83d\ude00".length(), ContentRoot.visibleLength(" \ud83d\ude00 "));
  }

  @Test
  void theCountIsTheLengthOfJsoupsStrippedText() {
    Gen<String> chars = SourceDSL.integers().between(0, TRICKY.length() + 1).map(i -> i < TRICKY.length()
        ? String.valueOf(TRICKY.charAt(i)) : i == TRICKY.length() ? "\ud83d\ude00" : "\ud83d");
    Gen<String> texts = SourceDSL.lists().of(chars).ofSizeBetween(0, 12).map(l -> String.join("", l));
    qt().withExamples(5000).forAll(texts)
        .checkAssert(text -> assertEquals(jsoupLength(text), ContentRoot.visibleLength(text), text));
  }
}
