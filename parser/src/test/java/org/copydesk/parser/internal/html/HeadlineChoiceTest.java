package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/** The headline of an HTML page, chosen among its {@code <h1>} and its metadata titles. */
class HeadlineChoiceTest {

  private static final String PARAGRAPHS =
      "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p>"
      + "<p>Classes resume on Wednesday, when the roads are expected to be clear again.</p>";

  private final ArticleParser parser = ArticleParser.create();

  private Optional<String> headline(String head, String body) {
    return parser.parseHtml("<html><head>" + head + "</head><body>" + body + "</body></html>").headline();
  }

  private static String ogTitle(String title) {
    return "<meta property=\"og:title\" content=\"" + title + "\">";
  }

  private static String siteName(String name) {
    return "<meta property=\"og:site_name\" content=\"" + name + "\">";
  }

  @Test
  void theH1IsTheHeadlineOverADifferentMetadataTitle() {
    assertEquals(Optional.of("Storm Closes Schools Across the County"), headline(ogTitle("Storm: schools shut"),
        "<article><h1>Storm Closes Schools Across the County</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void anH1SharingAlmostNoWordWithTheMetadataTitlesIsNoHeadline() {
    assertEquals(Optional.of("How to Keep Your Car Safe on Icy Roads This Winter"),
        headline(ogTitle("How to Keep Your Car Safe on Icy Roads This Winter"),
            "<article><h1>Winter Driving Tips</h1><p>How to Keep Your Car Safe on Icy Roads This Winter</p>"
                + PARAGRAPHS + "</article>"));
  }

  @Test
  void aRewordedH1SharingSomeWordsWithTheMetadataTitleStaysTheHeadline() {
    assertEquals(Optional.of("Storm Shuts Every School in the County"),
        headline(ogTitle("County Schools Closed as Winter Storm Hits"),
            "<article><h1>Storm Shuts Every School in the County</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void anH1IsTheHeadlineWhenThePageHasNoMetadataTitle() {
    assertEquals(Optional.of("Winter Driving Tips"),
        headline("", "<article><h1>Winter Driving Tips</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void anH1ThatNamesTheSiteIsNoHeadline() {
    assertEquals(Optional.of("Storm Closes Schools"), headline(siteName("Daily Planet") + ogTitle("Storm Closes Schools"),
        "<header><h1>Daily Planet</h1></header><article>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aTwoWordH1IsALabelWhenAMetadataTitleSaysMore() {
    assertEquals(Optional.of("Index Funds: How to Invest"), headline(ogTitle("Index Funds: How to Invest"),
        "<article><h1>Index funds</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aTwoWordH1IsTheHeadlineWhenTheMetadataSaysNoMore() {
    assertEquals(Optional.of("Storm Warning"), headline(ogTitle("Storm Warning"),
        "<article><h1>Storm Warning</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void anH1OfProseIsNoHeadline() {
    assertEquals(Optional.of("Ten Travel Hacks"), headline(ogTitle("Ten Travel Hacks"),
        "<article><h1>Make the most of your stay with these ten travel hacks.</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aTitleCaseH1EndingWithAFullStopIsStillAHeadline() {
    assertEquals(Optional.of("Things to Pack Before Hiking in Norway for the First Time."),
        headline(ogTitle("Hiking in Norway: What to Pack"), "<article><h1>Things to Pack Before Hiking in Norway for the First Time."
            + "</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aLabelAfterAPipeInTheH1IsNotPartOfTheHeadline() {
    assertEquals(Optional.of("Best Movers in Town 2025"), headline("",
        "<article><h1>Best Movers in Town 2025 | Top 19 Companies</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aShortSectionLabelBeforeAPipeIsNotPartOfTheHeadline() {
    assertEquals(Optional.of("Storm Closes Schools"), headline("",
        "<article><h1>Opinion | Storm Closes Schools</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void theSiteNameIsCutFromAMetadataTitle() {
    assertEquals(Optional.of("Storm Closes Schools"), headline(siteName("Daily Planet")
        + ogTitle("Storm Closes Schools - Daily Planet"), "<article>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aHostNameIsCutFromAMetadataTitle() {
    assertEquals(Optional.of("Storm Closes Schools"), headline("<title>Storm Closes Schools | planet.example</title>",
        "<article>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aDashedSubtitleOfAnUnknownSiteStaysInTheTitle() {
    assertEquals(Optional.of("Zero Waste - A Beginner's Guide"), headline(ogTitle("Zero Waste - A Beginner's Guide"),
        "<article>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void anH1EndingWithAColonIntroducesTextAndIsNoHeadline() {
    assertEquals(Optional.of("Storm Closes Schools"), headline(ogTitle("Storm Closes Schools"),
        "<article><h1>A message from the editor of the weather desk:</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aMetadataTitleCutShortYieldsToTheWholeTitle() {
    String whole = "Storm Closes Schools Across the County as Rivers Rise (Including the Two Academies)";
    assertEquals(Optional.of(whole), headline("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Storm Closes Schools Across the County as Rivers Rise (Including\"}</script>"
        + ogTitle(whole), "<article>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aMetadataTitleEndingAtASeparatorOfALongerOneIsNotCutShort() {
    assertEquals(Optional.of("River Walks"), headline(ogTitle("River Walks")
        + "<title>River Walks - Canoe Hire of the Delta</title>", "<article>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void theMarkupHeadlineKeepsItsTextWithoutTheListMarkerOfItsLine() {
    assertEquals(Optional.of("Storm Closes Schools Across the County"), headline("",
        "<ul><li><h1>Storm Closes Schools Across the County</h1></li></ul>" + PARAGRAPHS));
  }

  @Test
  void anH1InCapitalsYieldsToAMetadataTitleInOrdinaryCase() {
    assertEquals(Optional.of("Storm Closes Schools in the County"), headline(ogTitle("Storm Closes Schools in the County"),
        "<article><h1>STORM CLOSES SCHOOLS ACROSS THE COUNTY</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void anH1InCapitalsIsTheHeadlineWhenTheMetadataTitleIsInCapitalsToo() {
    assertEquals(Optional.of("STORM CLOSES SCHOOLS ACROSS THE COUNTY"), headline(ogTitle("STORM: SCHOOLS SHUT"),
        "<article><h1>STORM CLOSES SCHOOLS ACROSS THE COUNTY</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aDatePrintedIntoTheH1BeforeAMetadataTitleIsLeftOut() {
    assertEquals(Optional.of("Storm Closes Schools"), headline(ogTitle("Storm Closes Schools"),
        "<article><h1><small>Dec 18 2025</small> Storm Closes Schools</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aOneWordLabelPrintedIntoTheH1BeforeAMetadataTitleIsLeftOut() {
    assertEquals(Optional.of("Storm Closes Schools"), headline(ogTitle("Storm Closes Schools"),
        "<article><h1>Blog: Storm Closes Schools</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void wordsBeforeAMetadataTitleThatAreNeitherDateNorLabelStayInTheHeadline() {
    assertEquals(Optional.of("2025 Storm Closes Schools"), headline(ogTitle("Storm Closes Schools"),
        "<article><h1>2025 Storm Closes Schools</h1>" + PARAGRAPHS + "</article>"));
    assertEquals(Optional.of("Winter Weather Guide: Storm Closes Schools"), headline(ogTitle("Storm Closes Schools"),
        "<article><h1>Winter Weather Guide: Storm Closes Schools</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void anH1InAMenuADialogOrAFooterIsNoHeadline() {
    assertEquals(Optional.of("Storm Closes Schools Across the County"),
        headline(ogTitle("Storm Closes Schools Across the County"),
            "<nav><h1>Open Menu Close Menu</h1></nav><article>" + PARAGRAPHS + "</article>"));
    assertEquals(Optional.of("Storm Closes Schools Across the County"),
        headline(ogTitle("Storm Closes Schools Across the County"),
            "<dialog><h1>Choose a branch</h1></dialog><article>" + PARAGRAPHS + "</article>"));
    assertEquals(Optional.of("Storm Closes Schools Across the County"),
        headline(ogTitle("Storm Closes Schools Across the County"),
            "<article>" + PARAGRAPHS + "</article><footer><h1>Sign up for our newsletter</h1></footer>"));
  }

  @Test
  void anH1BesideTheMenuIsStillTheHeadline() {
    assertEquals(Optional.of("Snow Days Are Back This Winter"), headline(ogTitle("Snow Days: Storm Closes Schools"),
        "<nav><a href=\"/\">Home</a></nav><article><h1>Snow Days Are Back This Winter</h1>" + PARAGRAPHS
            + "</article>"));
  }

  @Test
  void whatTheTitleJoinsToAnotherMetadataTitleNamesTheSite() {
    assertEquals(Optional.of("Storm Closes Schools Across the County"),
        headline("<title>Valley Notes: Storm Closes Schools Across the County</title>"
            + ogTitle("Storm Closes Schools Across the County"),
            "<header><h1>Valley Notes</h1></header><article>" + PARAGRAPHS + "</article>"));
    assertEquals(Optional.of("Storm Closes Schools Across the County"),
        headline("<title>Storm Closes Schools Across the County | Valley Notes</title>"
            + ogTitle("Storm Closes Schools Across the County"),
            "<header><h1>Valley Notes</h1></header><article>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void anH1ThatMatchesNoPartOfTheTitleIsNotTakenForTheSite() {
    assertEquals(Optional.of("Valley Notes From the Storm"),
        headline("<title>Valley Notes: Storm Closes Schools Across the County</title>"
            + ogTitle("Storm Closes Schools Across the County"),
            "<article><h1>Valley Notes From the Storm</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void theSiteNameIsCutFromTheH1() {
    assertEquals(Optional.of("Storm Closes Schools"), headline(siteName("Daily Planet"),
        "<article><h1>Storm Closes Schools \u2013 Daily Planet</h1>" + PARAGRAPHS + "</article>"));
  }

  @Test
  void aPartOfTheH1AfterADashThatIsNoSiteNameStays() {
    assertEquals(Optional.of("Storm Closes Schools \u2013 What Parents Need to Know"), headline(siteName("Daily Planet"),
        "<article><h1>Storm Closes Schools \u2013 What Parents Need to Know</h1>" + PARAGRAPHS + "</article>"));
  }
}
