package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.copydesk.core.Article;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * The publication date of an HTML page, read from its sources in their order of trust: machine dates of the
 * metadata, the visible date, {@code <time datetime>}, dates the metadata print, an element whose class says date.
 */
class PublishedDateOrderTest {

  private static final String PARAGRAPHS =
      "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p>"
      + "<p>Classes resume on Wednesday, when the roads are expected to be clear again.</p>";

  private final ArticleParser parser = ArticleParser.create();

  private Optional<String> published(String head, String header) {
    Article a = parser.parseHtml("<html><head>" + head + "</head><body><article><h1>Storm Closes Schools</h1>"
        + header + PARAGRAPHS + "</article></body></html>");
    return a.published().map(d -> d.substring(0, 10));
  }

  private static String jsonLd(String datePublished) {
    return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"" + datePublished
        + "\"}</script>";
  }

  @Test
  void aMetaNamedForThePublicationDateGivesTheDate() {
    assertEquals(Optional.of("2021-02-16"), published("<meta name=\"published-date\" content=\"2021-02-16\">", ""));
  }

  @Test
  void aMetaNamedForThePublisherIsNoDate() {
    assertEquals(Optional.empty(),
        published("<meta property=\"article:publisher\" content=\"https://example.org/storm-desk\">", ""));
  }

  @Test
  void aMachineDateOfTheMetadataWinsOverAVisibleDateOfTheSameDay() {
    assertEquals(Optional.of("2025-09-04T12:50:36Z"), parser.parseHtml("<html><head>"
        + jsonLd("2025-09-04T12:50:36+00:00") + "</head><body><article><h1>Storm Closes Schools</h1><p>September 4, 2025"
        + "</p>" + PARAGRAPHS + "</article></body></html>").published());
  }

  @Test
  void aVisibleDateMoreThanADayFromTheMachineDateIsThePublishedDate() {
    assertEquals(Optional.of("2024-03-03"), published(jsonLd("2025-09-04T12:50:36+00:00"), "<p>March 3, 2024</p>"));
  }

  @Test
  void aVisibleDateADayFromTheMachineDateIsTheSameMomentInAnotherZone() {
    assertEquals(Optional.of("2025-09-05"), published(jsonLd("2025-09-05T02:50:36+00:00"), "<p>September 4, 2025</p>"));
  }

  @Test
  void aVisibleDateLabelledAsAnUpdateYieldsToTheMachineDate() {
    assertEquals(Optional.of("2025-09-04"), published(jsonLd("2025-09-04T12:50:36+00:00"),
        "<p>Last updated: March 3, 2026</p>"));
  }

  @Test
  void aVisibleDateThatIsTheMarkupsModifiedDateYieldsToThePublishedDate() {
    assertEquals(Optional.of("2025-09-04"), published(jsonLd("2025-09-04T12:50:36+00:00")
        + "<meta property=\"article:modified_time\" content=\"2026-03-03T08:00:00+00:00\">", "<p>March 3, 2026</p>"));
  }

  @Test
  void aNumericVisibleDateReadWithDayAndMonthSwappedYieldsToTheMachineDate() {
    assertEquals(Optional.of("2024-09-10"), published(jsonLd("2024-09-10T16:07:00+00:00"), "<p>09.10.2024</p>"));
  }

  @Test
  void aDateTheMetadataPrintsYieldsToTheVisibleDate() {
    assertEquals(Optional.of("2024-03-03"), published(jsonLd("Aug 21, 2025"), "<p>March 3, 2024</p>"));
  }

  @Test
  void aDateTheMetadataPrintsIsReadWhenNothingElseDatesThePage() {
    assertEquals(Optional.of("2025-10-31"), published(jsonLd("Oct 31, 2025"), ""));
  }

  @Test
  void anElementOfClassDateGivesTheDateWhenNothingElseDoes() {
    assertEquals(Optional.of("2025-07-08"),
        published("", "<div class=\"post-meta\"><span class=\"post-date\">Published July 8, 2025</span></div>"));
  }

  @Test
  void anElementWhoseIdSaysTimeGivesTheDate() {
    assertEquals(Optional.of("2025-12-19"),
        published("", "<div class=\"details\">Posted by <span id=\"fhtime-1804\">Friday December 19, 2025</span></div>"));
  }

  @Test
  void aDateElementThatShowsNoDateIsSkipped() {
    assertEquals(Optional.of("2025-12-19"), published("", "<span class=\"date\">3 weeks ago</span>"
        + "<span class=\"entry-date\">19 Dec, 2025</span>"));
  }

  @Test
  void aTimeElementIsTrustedOverADateElement() {
    Article a = parser.parseHtml("<html><body><article><h1>Storm Closes Schools</h1>"
        + "<time datetime=\"2025-05-01\">Thursday</time>" + PARAGRAPHS + "</article>"
        + "<footer><span class=\"entry-date\">Page built 19 Dec, 2025</span></footer></body></html>");
    assertEquals(Optional.of("2025-05-01"), a.published());
  }
}
