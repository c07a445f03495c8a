package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.copydesk.core.Article;
import org.copydesk.core.Byline;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/** Authors, dates, site name, canonical URL and language fused from a page's markup in their order of trust. */
class MetadataFusionTest {

  private static final String BODY = "<body><article><h1>Storm Closes Schools</h1>"
      + "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p>"
      + "<p>Classes resume on Wednesday, when the roads are expected to be clear again.</p></article></body>";

  private final ArticleParser parser = ArticleParser.create();

  private Article parse(String head) {
    return parser.parseHtml("<html><head>" + head + "</head>" + BODY + "</html>",
        URI.create("https://example.org/news/storm"));
  }

  /** Parses a page whose article holds {@code markup} between its headline and its paragraph. */
  private Article inArticle(String markup) {
    return parser.parseHtml("<html><body><article><h1>Storm Closes Schools</h1>" + markup
        + "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p></article>"
        + "</body></html>");
  }

  private static List<String> authors(Article a) {
    return a.byline().map(Byline::authors).orElse(List.of());
  }

  private static String jsonLd(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void jsonLdAuthorAsAStringIsAPerson() {
    Article a = parse(jsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Storm\",\"author\":\"Jane Doe\"}"));
    assertEquals(List.of("Jane Doe"), authors(a));
  }

  @Test
  void jsonLdAuthorsAsAnArrayOfPersonsKeepTheirOrder() {
    Article a = parse(jsonLd("{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
        + "{\"@type\":\"Person\",\"name\":\"John Roe\"}]}"));
    assertEquals(List.of("Jane Doe", "John Roe"), authors(a));
  }

  @Test
  void jsonLdAuthorReferencedByIdInAGraphResolvesToThePerson() {
    Article a = parse(jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebPage\",\"@id\":\"https://example.org/#page\",\"name\":\"Storm\"},"
        + "{\"@type\":\"Article\",\"headline\":\"Storm\",\"author\":{\"@id\":\"https://example.org/#/person/1\"},"
        + "\"datePublished\":\"2025-09-04T12:50:36+00:00\"},"
        + "{\"@type\":\"Person\",\"@id\":\"https://example.org/#/person/1\",\"name\":\"Ana Ruiz\"}]}"));
    assertEquals(List.of("Ana Ruiz"), authors(a));
    assertEquals(Optional.of("2025-09-04T12:50:36Z"), a.published());
  }

  @Test
  void postNominalLettersAreNotNames() {
    Article a = parse(jsonLd("{\"@type\":\"BlogPosting\",\"author\":{\"@type\":\"Person\","
        + "\"name\":\"Dylan Bailey, MS, RD\"}}"));
    assertEquals(List.of("Dylan Bailey"), authors(a));
  }

  @Test
  void aCreditNamingTwoPeopleGivesTwoAuthors() {
    Article a = parse("<meta name=\"author\" content=\"By Jane Doe and John Roe\">");
    assertEquals(List.of("Jane Doe", "John Roe"), authors(a));
  }

  @Test
  void metaAuthorTagsAreReadWhenJsonLdCreditsNobody() {
    assertEquals(List.of("Jane Doe"), authors(parse("<meta name=\"parsely-author\" content=\"Jane Doe\">")));
    assertEquals(List.of("Jane Doe"), authors(parse("<meta name=\"sailthru.author\" content=\"Jane Doe\">")));
    assertEquals(List.of("Jane Doe"), authors(parse("<meta name=\"dc.creator\" content=\"Jane Doe\">")));
  }

  @Test
  void everyCitationAuthorTagIsAnAuthorInReadingOrder() {
    Article a = parse("<meta name=\"citation_author\" content=\"Doe, Jane\">"
        + "<meta name=\"citation_author\" content=\"Roe, John\">");
    assertEquals(List.of("Jane Doe", "John Roe"), authors(a));
  }

  @Test
  void citationAuthorTagsCreditEachAuthorWhereTheAuthorMetaNamesOnlyTheFirst() {
    Article a = parse("<meta name=\"author\" content=\"Jane Doe\">"
        + "<meta name=\"citation_authors\" content=\"Jane Doe\"><meta name=\"citation_authors\" content=\"John Roe\">");
    assertEquals(List.of("Jane Doe", "John Roe"), authors(a));
  }

  @Test
  void aCitationNameWithLettersAfterItIsNotTurnedAround() {
    assertEquals("Jane Doe, PhD", Authors.fromCitation("Jane Doe, PhD"));
    assertEquals("Jane Doe, MD", Authors.fromCitation("Jane Doe, MD"));
    assertEquals("Jane Doe", Authors.fromCitation("Jane Doe"));
    assertEquals("Jane Q. Doe", Authors.fromCitation("Doe, Jane Q."));
  }

  @Test
  void aOneWordMarkupCreditYieldsToTheFullNameOfTheVisibleCredit() {
    Article a = parser.parseHtml("<html><head><meta name=\"author\" content=\"janed\"></head>"
        + "<body><article><h1>Storm Closes Schools</h1><p>By Jane Doe</p>"
        + "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p></article>"
        + "</body></html>");
    assertEquals(List.of("Jane Doe"), authors(a));
  }

  @Test
  void aOneWordMarkupCreditStandsWithoutAVisibleCreditInFull() {
    assertEquals(List.of("janed"), authors(parse("<meta name=\"author\" content=\"janed\">")));
    Article a = parser.parseHtml("<html><head><meta name=\"author\" content=\"Jane Doe\"></head>"
        + "<body><article><h1>Storm Closes Schools</h1><p>By John Roe</p>"
        + "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p></article>"
        + "</body></html>");
    assertEquals(List.of("Jane Doe"), authors(a));
  }

  @Test
  void anAuthorUrlIsNeverAName() {
    Article a = parse("<meta property=\"article:author\" content=\"https://www.facebook.com/janedoe\">"
        + "<meta name=\"author\" content=\"Jane Doe\">");
    assertEquals(List.of("Jane Doe"), authors(a));
  }

  @Test
  void relAuthorLinkTextIsTheAuthor() {
    Article a = inArticle("<p>By <a rel=\"author\" href=\"/staff/jane\">Jane Doe</a></p>");
    assertEquals(List.of("Jane Doe"), authors(a));
  }

  @Test
  void microdataAuthorNameIsTheAuthor() {
    Article a = inArticle("<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">"
        + "<span itemprop=\"name\">Jane Doe</span></span>");
    assertEquals(List.of("Jane Doe"), authors(a));
  }

  @Test
  void thePublisherIsNeverAnAuthorBesideAPerson() {
    Article a = parse("<meta property=\"og:site_name\" content=\"Daily Planet\">"
        + jsonLd("{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Organization\",\"name\":\"Daily Planet\"},"
        + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Planet\"}}"));
    assertEquals(List.of("Jane Doe"), authors(a));
    assertEquals(Optional.of("Daily Planet"), a.siteName());
  }

  @Test
  void theSiteNameAsTheAuthorMetaIsNoPerson() {
    Article a = parse("<meta property=\"og:site_name\" content=\"Daily Planet\">"
        + "<meta name=\"author\" content=\"Daily Planet\"><meta name=\"parsely-author\" content=\"Jane Doe\">");
    assertEquals(List.of("Jane Doe"), authors(a));
  }

  /** Parses a page with {@code head} whose article prints the line {@code printed} under its headline. */
  private Article printing(String head, String printed) {
    return parser.parseHtml("<html><head>" + head + "</head><body><article><h1>Storm Closes Schools</h1>"
        + "<div class=\"kicker\">" + printed + "</div>"
        + "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p>"
        + "<p>Classes resume on Wednesday, when the roads are expected to be clear again.</p></article></body></html>",
        URI.create("https://example.org/news/storm"));
  }

  @Test
  void anOrganisationIsTheAuthorOnlyWhenItIsTheOnlyCredit() {
    Article a = printing(jsonLd("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\","
        + "\"name\":\"Planet Media Group\"}}"), "Planet Media Group");
    assertEquals(List.of("Planet Media Group"), authors(a));
    assertEquals(List.of(), authors(printing("", "Planet Media Group")), "the printed line alone credits nobody");
  }

  @Test
  void anOrganisationOnlyTheJsonLdCreditsAndThePageNeverPrintsAloneIsNoAuthor() {
    String head = "<meta property=\"og:site_name\" content=\"Daily Planet\">"
        + jsonLd("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"Daily Planet\"}}");
    assertEquals(List.of(), authors(parse(head)));
    assertEquals(List.of(), authors(printing(head, "Read more from Daily Planet")));
  }

  @Test
  void anOrganisationTheAuthorMetaCreditsNeedNotBePrinted() {
    assertEquals(List.of("Daily Planet"), authors(parse("<meta name=\"author\" content=\"Daily Planet\">"
        + "<meta property=\"og:site_name\" content=\"Daily Planet\">")));
  }

  @Test
  void publishedKeepsTheTimeAndOffsetTheMarkupGives() {
    assertEquals(Optional.of("2024-03-05T09:30:00+01:00"),
        parse("<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+0100\">").published());
    assertEquals(Optional.of("2024-03-05"),
        parse(jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-05\"}")).published());
  }

  @Test
  void aTimeElementGivesTheDateWhenNothingElseDoes() {
    Article a = inArticle("<time datetime=\"2024-03-05T09:30:00Z\"></time>");
    assertEquals(Optional.of("2024-03-05T09:30:00Z"), a.published());
  }

  @Test
  void theCanonicalUrlIsAbsolute() {
    Article a = parse("<link rel=\"canonical\" href=\"/news/storm-closes-schools\">");
    assertEquals(Optional.of("https://example.org/news/storm-closes-schools"), a.canonicalUrl());
  }

  @Test
  void aLanguageThatIsNoBcp47TagIsDropped() {
    Article a = parser.parseHtml("<html lang='en\" onload=\"alert(1)'><body>" + BODY.substring(6));
    assertTrue(a.language().isEmpty() || !a.language().get().contains("\""), a.language().toString());
    assertEquals(Optional.empty(), PageMetadata.languageTag("en\" onload=\"alert(1)"));
    assertEquals(Optional.empty(), PageMetadata.languageTag("x"));
  }

  @Test
  void aWellFormedLanguageTagIsKeptInItsCanonicalForm() {
    assertEquals(Optional.of("pt-BR"), PageMetadata.languageTag("pt-br"));
    assertEquals(Optional.of("en-US"), PageMetadata.languageTag("en_US"));
  }

  @Test
  void theSiteIsTheAuthorWhenNobodyElseIsCredited() {
    Article a = printing("<meta property=\"og:site_name\" content=\"Daily Planet\">"
        + jsonLd("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"Daily Planet\"}}"),
        "Daily Planet");
    assertEquals(List.of("Daily Planet"), authors(a));
  }

  @Test
  void characterReferencesInJsonLdAreDecoded() {
    Article a = parse(jsonLd("{\"@type\":\"NewsArticle\",\"author\":\"Katerina &amp; Maria Lopez\"}"));
    assertEquals(List.of("Katerina", "Maria Lopez"), authors(a));
  }

  @Test
  void placeholdersAreNoNames() {
    assertEquals(List.of(), authors(parse("<meta name=\"author\" content=\"undefined\">")));
    assertEquals(List.of("Jane Doe"), authors(parse("<meta name=\"author\" content=\"Written by: Jane Doe\">")));
  }

  @Test
  void generationalSuffixesAndDoctoratesStayWithTheName() {
    assertEquals(List.of("Genevieve Carlton, Ph.D."),
        authors(parse("<meta name=\"author\" content=\"Genevieve Carlton, Ph.D.\">")));
  }

  @Test
  void anElementOfClassAuthorCreditsWhenNothingElseDoes() {
    Article a = inArticle("<div class=\"post-author\">Jane Doe</div>");
    assertEquals(List.of("Jane Doe"), authors(a));
  }

  /** Parses a page whose markup credits {@code marked} and whose article prints the line {@code credit}. */
  private Article creditedTwice(String marked, String credit) {
    return parser.parseHtml("<html><head><meta name=\"author\" content=\"" + marked + "\"></head><body><article>"
        + "<h1>Storm Closes Schools</h1><p>" + credit + "</p>"
        + "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p>"
        + "<p>Classes resume on Wednesday, when the roads are expected to be clear again.</p></article></body></html>");
  }

  @Test
  void aPrintedCreditThatNamesTheMarkupsAuthorAndMoreIsTheWholeCredit() {
    assertEquals(List.of("Jane Doe", "John Roe"), authors(creditedTwice("Jane Doe", "By Jane Doe and John Roe")));
    assertEquals(List.of("Dr Jane Doe", "John Roe"),
        authors(creditedTwice("Jane Doe", "Written by Dr Jane Doe and John Roe")));
  }

  @Test
  void aPrintedLineWithoutACreditWordOrWithoutTheMarkupsAuthorDoesNotWidenTheCredit() {
    assertEquals(List.of("Jane Doe"), authors(creditedTwice("Jane Doe", "Jane Doe, Weather Desk Editor")));
    assertEquals(List.of("Jane Doe"), authors(creditedTwice("Jane Doe", "By Mary Major and John Roe")));
    assertEquals(List.of("Jane Doe"), authors(creditedTwice("Jane Doe", "By Jane Doe, Planet Media Group")));
  }
}
