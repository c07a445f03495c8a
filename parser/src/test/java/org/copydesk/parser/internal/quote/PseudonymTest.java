package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Block;
import org.copydesk.core.Disclaimer;
import org.junit.jupiter.api.Test;

/**
 * A notice that sources are given pseudonyms covers the people it applies to: those named by a single name, and of
 * the gender the notice names when it names one.
 */
class PseudonymTest {

  private static final String TEXT = """
      "I hid my son," Olena said. "He is only 19," she added.

      The station is using pseudonyms for all the women quoted in this story.

      "The draft is coming," said John Baker, a defence analyst.
      """;

  @Test
  void paragraphSayingSourcesArePseudonymousCoversFirstNameOnlySources() {
    Attributed a = Attributed.paragraphs(TEXT);
    assertTrue(a.source("Olena").pseudonymous());
    assertFalse(a.source("John Baker").pseudonymous());
  }

  @Test
  void pseudonymDisclaimerBlockCoversFirstNameOnlySources() {
    List<Block> blocks = Attributed.paragraphBlocks(TEXT);
    Block notice = blocks.get(1);
    blocks.set(1, Disclaimer.builder().text(notice.text()).span(notice.span()).kind(Disclaimer.Kind.PSEUDONYMS).build());
    Attributed a = Attributed.blocks(TEXT, blocks);
    assertTrue(a.source("Olena").pseudonymous());
  }

  @Test
  void noticeAboutWomenDoesNotCoverAMan() {
    Attributed a = Attributed.paragraphs("""
        "We stay," Olena said. "He left," she added.

        The station is using pseudonyms for all the women quoted in this story.

        "I will not go," said Mr. Petro. "Never," said Ivo, shaking his head. "Not me," he said.
        """);
    assertTrue(a.source("Olena").pseudonymous());
    assertFalse(a.source("Petro").pseudonymous());
    assertFalse(a.source("Ivo").pseudonymous());
  }

  @Test
  void withoutANoticeNobodyIsPseudonymous() {
    Attributed a = Attributed.paragraphs("""
        "I hid my son," Olena said.
        """);
    assertFalse(a.source("Olena").pseudonymous());
  }
}
