package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.core.Article;
import org.copydesk.core.Source;
import org.junit.jupiter.api.Test;

/** The builder's {@code guessGender} option: on by default, and off leaves every source without a gender. */
class GenderGuessingOptionTest {

  private static final String PAGE = """
      Council Approves New Budget

      The council voted 7-2 on Tuesday to approve the budget.

      “This budget keeps our promises,” said Mayor Ana Ruiz. “And it balances,” she added.
      """;

  @Test
  void sourcesCarryAGenderByDefault() {
    Article article = ArticleParser.create().parseText(PAGE);
    assertTrue(ArticleParser.create().guessesGender());
    assertTrue(article.sources().stream().anyMatch(s -> s.gender().isPresent()), article.sources().toString());
  }

  @Test
  void withGuessingOffNoSourceHasAGenderAndTheRestIsUnchanged() {
    ArticleParser parser = ArticleParser.builder().guessGender(false).build();
    Article article = parser.parseText(PAGE);
    Article guessed = ArticleParser.create().parseText(PAGE);
    assertFalse(parser.guessesGender());
    assertTrue(article.sources().stream().allMatch(s -> s.gender().isEmpty()));
    assertEquals(guessed.quotes(), article.quotes());
    assertEquals(guessed.sources().stream().map(Source::name).toList(),
        article.sources().stream().map(Source::name).toList());
  }
}
