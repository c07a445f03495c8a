package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.copydesk.core.Article;
import org.copydesk.core.Source;
import org.copydesk.parser.ArticleParser;
import org.copydesk.core.Block;
import org.copydesk.core.Disclaimer;
import org.junit.jupiter.api.Test;

/**
 * A notice that sources are given pseudonyms covers the people it applies to: those named by a single name, and of
 * the gender the notice names when it names one. Which blocks are notices is the structure stage's decision
 * ({@code DisclaimerTest}); here they are given.
 */
class PseudonymTest {

  private static final String TEXT = """
      "I hid my son," Olena said. "He is only 19," she added.

      The station is using pseudonyms for all the women quoted in this story.

      "The draft is coming," said John Baker, a defence analyst.
      """;

  @Test
  void paragraphSayingSourcesArePseudonymousCoversFirstNameOnlySources() {
    Attributed a = Attributed.blocks(TEXT, Attributed.paragraphBlocks(TEXT), List.of(1));
    assertTrue(a.source("Olena").pseudonymous());
    assertFalse(a.source("John Baker").pseudonymous());
  }

  @Test
  void pseudonymDisclaimerBlockCoversFirstNameOnlySources() {
    List<Block> blocks = Attributed.paragraphBlocks(TEXT);
    Block notice = blocks.get(1);
    blocks.set(1, Disclaimer.builder().text(notice.text()).span(notice.span()).kind(Disclaimer.Kind.PSEUDONYMS).build());
    Attributed a = Attributed.blocks(TEXT, blocks, List.of(1));
    assertTrue(a.source("Olena").pseudonymous());
  }

  @Test
  void noticeAboutWomenDoesNotCoverAMan() {
    String text = """
        "We stay," Olena said. "He left," she added.

        The station is using pseudonyms for all the women quoted in this story.

        "I will not go," said Mr. Petro. "Never," said Ivo, shaking his head. "Not me," he said.
        """;
    Attributed a = Attributed.blocks(text, Attributed.paragraphBlocks(text), List.of(1));
    assertTrue(a.source("Olena").pseudonymous());
    assertFalse(a.source("Petro").pseudonymous());
    assertFalse(a.source("Ivo").pseudonymous());
  }

  @Test
  void theWholeParserMarksTheSourcesANoticeParagraphCovers() {
    Article article = ArticleParser.create().parseText("""
        Mothers Hide Their Sons From the Draft

        By Ann Lee

        """ + TEXT);
    Map<String, Boolean> pseudonymous = article.sources().stream()
        .collect(Collectors.toMap(Source::name, Source::pseudonymous));
    assertEquals(Map.of("Olena", true, "John Baker", false), pseudonymous);
  }

  @Test
  void withoutANoticeNobodyIsPseudonymous() {
    Attributed a = Attributed.paragraphs(TEXT);
    assertFalse(a.source("Olena").pseudonymous());
  }
}
