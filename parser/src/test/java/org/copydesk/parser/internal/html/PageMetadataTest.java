package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The headline, date, language and authors a page's markup gives. */
class PageMetadataTest {

  private final HtmlRenderer renderer = new HtmlRenderer();

  private PageMetadata read(String html) {
    return renderer.render(html, "").metadata();
  }

  @Test
  void theFirstHeadingOfTheContentIsTheHeadlineRatherThanTheSiteTitle() {
    PageMetadata meta = read("<head><title>Storm Closes Schools | Daily Planet</title>"
        + "<meta property=og:title content=\"Opinion | Storm Closes Schools\"></head>"
        + "<body><h1>Storm Closes Schools</h1><p>Text.</p></body>");
    assertEquals(Optional.of("Storm Closes Schools"), meta.headline());
  }

  @Test
  void withoutAHeadingTheTitleThatStandsAsALineOfTheTextWins() {
    PageMetadata meta = read("<head><title>Storm Closes Schools - Daily Planet</title></head>"
        + "<body><div>Storm Closes Schools</div><p>Schools closed on Monday.</p></body>");
    assertEquals(Optional.of("Storm Closes Schools"), meta.headline());
  }

  @Test
  void aOneWordHeadingIsASectionLabelNotTheHeadline() {
    PageMetadata meta = read("<head><meta property=og:title content=\"Storm Closes Schools\"></head>"
        + "<body><h1>Weather</h1><p>Schools closed.</p></body>");
    assertEquals(Optional.of("Storm Closes Schools"), meta.headline());
  }

  @Test
  void jsonLdGivesTheDateAndTheAuthors() {
    PageMetadata meta = read("<head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Storm Closes Schools\",\"datePublished\":\"2024-01-08T07:00:00Z\",\"author\":"
        + "[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}]}]}</script>"
        + "</head><body><p>Schools closed.</p></body>");
    assertEquals(Optional.of("2024-01-08T07:00:00Z"), meta.published());
    assertEquals(List.of("Jane Doe", "John Roe"), meta.authors());
    assertEquals(Optional.of("Storm Closes Schools"), meta.headline());
  }

  @Test
  void brokenJsonLdIsIgnoredAndOtherMetadataStillCounts() {
    PageMetadata meta = read("<html lang=pt-BR><head><script type=\"application/ld+json\">{oops</script>"
        + "<meta property=article:published_time content=2024-02-01></head><body><p>x</p></body></html>");
    assertEquals(Optional.of("2024-02-01"), meta.published());
    assertEquals(Optional.of("pt-BR"), meta.language());
  }
}
