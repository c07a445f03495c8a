package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Byline;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/** Authors read from an element whose class says author or byline, when nothing else credits anyone. */
class BylineClassElementTest {

  private final ArticleParser parser = ArticleParser.create();

  private List<String> authors(String credit) {
    return parser.parseHtml("<html><body><article><h1>Storm Closes Schools</h1>"
        + "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p>"
        + "<p>Classes resume on Wednesday, when the roads are expected to be clear again.</p></article>"
        + "<aside>" + credit + "</aside></body></html>").byline().map(Byline::authors).orElse(List.of());
  }

  @Test
  void theInnermostAuthorElementGivesTheNameWithoutTheRoleBesideIt() {
    assertEquals(List.of("Jane Doe"), authors("<div class=\"author-box\"><span class=\"author-name\">Jane Doe</span>"
        + "<span class=\"author-role\">Senior Weather Writer</span></div>"));
  }

  @Test
  void anAuthorElementWithoutInnerAuthorElementsIsReadWhole() {
    assertEquals(List.of("Jane Doe", "John Roe"), authors("<div class=\"byline\">Jane Doe and John Roe</div>"));
  }

  @Test
  void anAuthorElementOfOneWordCreditsNobody() {
    assertEquals(List.of(), authors("<div class=\"author\">Newsdesk</div>"));
  }

  @Test
  void aRoleInTheBlockBelowTheNameIsNotPartOfTheName() {
    assertEquals(List.of("Jane Doe"), authors("<div class=\"author-info\"><div class=\"name\">Jane Doe</div>"
        + "<div class=\"post\">Weather Writer</div></div>"));
  }

  @Test
  void anAuthorCardsRoleOrDescriptionCreditsNobody() {
    assertEquals(List.of(), authors("<div class=\"author-description\">Licensed Weather Observer</div>"));
    assertEquals(List.of(), authors("<div class=\"video-author-role\">Storm Chasing Team</div>"));
  }

  @Test
  void aCommentFormsAuthorFieldCreditsNobody() {
    assertEquals(List.of(), authors("<p class=\"comment-form-author\"><label for=\"author\">Name "
        + "<span class=\"required\">*</span></label><input id=\"author\" name=\"author\"></p>"));
  }

  @Test
  void anAuthorElementThatShowsADateAndReadingTimeCreditsNobody() {
    assertEquals(List.of(), authors("<div class=\"author_date-wrap\"><div>March 3, 2024</div><div>•</div>"
        + "<div>Ten minutes read</div></div>"));
  }

  @Test
  void anAuthorElementSetsTheNameApartFromTheRoleTheVisibleCreditRunsOn() {
    Article a = parser.parseHtml("<html><body><article><h1>Storm Closes Schools</h1>"
        + "<p class=\"byline\">By <span class=\"author-name\">Jane Doe</span> Potter &amp; Painter"
        + "<span> · Updated March 2, 2025 · a short read for the whole family</span></p>"
        + "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p>"
        + "<p>Classes resume on Wednesday, when the roads are expected to be clear again.</p></article></body></html>");
    assertEquals(List.of("Jane Doe"), a.byline().map(Byline::authors).orElse(List.of()));
  }

  @Test
  void theAuthorElementsNamesNarrowTheVisibleCreditOnlyWhenTheyAreAmongItsAuthors() {
    assertTrue(HtmlPipeline.narrowedBy(List.of("Jane Doe", "John Roe", "Tax Adviser"), List.of("Jane Doe")));
    assertTrue(HtmlPipeline.narrowedBy(List.of("Jane Doe Potter"), List.of("Jane Doe")));
    assertFalse(HtmlPipeline.narrowedBy(List.of("Jane Doe", "John Roe"), List.of("Jane Doe", "John Roe")));
    assertFalse(HtmlPipeline.narrowedBy(List.of("Jane Doe"), List.of("Mary Major")));
    assertFalse(HtmlPipeline.narrowedBy(List.of("Jane Doe"), List.of("Jane Doe View Profile")));
    assertFalse(HtmlPipeline.narrowedBy(List.of("Jane Doe"), List.of()));
  }

  @Test
  void anAuthorElementsTopicOrRoleInMixedCaseCreditsNobody() {
    assertEquals(List.of(), authors("<div class=\"post-byline\"><a class=\"link\" href=\"/topics/savings\">"
        + "Household savings</a></div>"));
    assertEquals(List.of(), authors("<div class=\"author-caption\">Platform for weather data</div>"));
  }

  @Test
  void aNameWithParticlesOrAllInLowerCaseIsNotMixedCase() {
    assertEquals(List.of("Ana de la Cruz"), authors("<div class=\"byline\">Ana de la Cruz</div>"));
    assertEquals(List.of("jane doe"), authors("<div class=\"byline\">jane doe</div>"));
    assertTrue(Authors.isMixedCase("Household savings"));
    assertFalse(Authors.isMixedCase("Ludwig van Beethoven"));
  }
}
