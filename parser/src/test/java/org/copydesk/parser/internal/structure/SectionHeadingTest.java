package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Block;
import org.copydesk.core.Heading;
import org.junit.jupiter.api.Test;

/** Short title lines between paragraphs are section headings. */
class SectionHeadingTest {

  private static List<String> headings(String middle) {
    Structure s = Read.structure("""
        Council Approves New Budget

        The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

        """ + middle + """

        Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.
        """);
    return Read.blocks(s, Heading.class).stream().map(Block::text).toList();
  }

  @Test
  void aShortTitleBetweenParagraphsIsAHeading() {
    assertEquals(List.of("More Than Money"), headings("More Than Money\n"));
  }

  @Test
  void aQuotedTitleIsAHeading() {
    assertEquals(List.of("'A Broken Promise'"), headings("'A Broken Promise'\n"));
  }

  @Test
  void aQuestionTitleIsAHeading() {
    assertEquals(List.of("Out Of Money?"), headings("Out Of Money?\n"));
  }

  @Test
  void aShortSentenceIsNotAHeading() {
    assertEquals(List.of(), headings("Nobody was surprised.\n"));
  }
}
