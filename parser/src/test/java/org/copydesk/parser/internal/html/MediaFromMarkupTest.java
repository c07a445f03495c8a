package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.copydesk.core.Article;
import org.copydesk.core.MediaEmbed;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/** Images, figures, videos, audio and players read from the article's markup. */
class MediaFromMarkupTest {

  private static final String BEFORE = "<p>Schools across the county closed on Monday as the storm arrived, officials"
      + " said on Monday morning.</p>";
  private static final String AFTER = "<p>Classes resume on Wednesday, when the roads are expected to be clear again,"
      + " the county said.</p>";

  private final ArticleParser parser = ArticleParser.create();

  private List<MediaEmbed> media(String head, String content) {
    Article a = parser.parseHtml("<html><head>" + head + "</head><body><article><h1>Storm Closes Schools</h1>"
        + BEFORE + content + AFTER + "</article></body></html>", URI.create("https://example.org/news/storm"));
    return a.media();
  }

  private MediaEmbed only(String head, String content) {
    List<MediaEmbed> media = media(head, content);
    assertEquals(1, media.size(), media.toString());
    return media.get(0);
  }

  @Test
  void anImageUrlIsMadeAbsoluteAgainstTheBaseUri() {
    MediaEmbed m = only("", "<img src=\"/img/storm.jpg\" alt=\"A flooded road\">");
    assertEquals(MediaEmbed.Kind.IMAGE, m.kind());
    assertEquals(Optional.of("https://example.org/img/storm.jpg"), m.url());
    assertEquals(Optional.of("A flooded road"), m.title());
  }

  @Test
  void aBaseHrefElementSetsTheBaseOfRelativeUrls() {
    MediaEmbed m = only("<base href=\"https://cdn.example.net/media/\">", "<img src=\"storm.jpg\" alt=\"Road\">");
    assertEquals(Optional.of("https://cdn.example.net/media/storm.jpg"), m.url());
  }

  @Test
  void aLazyImageTakesItsRealAddressNotThePlaceholder() {
    MediaEmbed m = only("", "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"/img/storm.jpg\">");
    assertEquals(Optional.of("https://example.org/img/storm.jpg"), m.url());
  }

  @Test
  void theLargestSrcsetCandidateWins() {
    MediaEmbed m = only("", "<img srcset=\"/a-320.jpg 320w, /a-1280.jpg 1280w, /a-640.jpg 640w\" src=\"/a-320.jpg\">");
    assertEquals(Optional.of("https://example.org/a-1280.jpg"), m.url());
    MediaEmbed lazy = only("", "<picture><source data-srcset=\"/b.jpg 1x, /b@2x.jpg 2x\"><img src=\"/b.jpg\"></picture>");
    assertEquals(Optional.of("https://example.org/b@2x.jpg"), lazy.url());
  }

  @Test
  void aFigureCaptionIsTheCaptionAndItsCreditStaysInTheText() {
    MediaEmbed m = only("", "<figure><img src=\"/img/storm.jpg\" alt=\"Road\"><figcaption>A flooded road in the"
        + " county. <span class=\"photo-credit\">Jane Doe / Daily Planet</span></figcaption></figure>");
    assertEquals(Optional.of("https://example.org/img/storm.jpg"), m.url());
    assertTrue(m.text().contains("Jane Doe / Daily Planet"), m.text());
    assertTrue(m.caption().orElseThrow().startsWith("A flooded road in the county."), m.caption().toString());
  }

  @Test
  void aFigureCaptionIsNotABodyParagraph() {
    Article a = parser.parseHtml("<html><body><article><h1>Storm Closes Schools</h1>" + BEFORE
        + "<figure><img src=\"/s.jpg\"><figcaption>Water covered the main road through the village on Monday."
        + "</figcaption></figure>" + AFTER + "</article></body></html>");
    assertTrue(a.bodyParagraphs().stream().noneMatch(p -> p.text().contains("Water covered")), a.toString());
  }

  @Test
  void iconsAndTrackingPixelsAreNoMedia() {
    assertEquals(List.of(), media("", "<img src=\"/pixel.gif\" width=\"1\" height=\"1\">"
        + "<img src=\"/avatar.png\" width=\"48\">"));
  }

  @Test
  void aYouTubePlayerIsAVideoWithTheTitleAndDurationOfItsVideoObject() {
    MediaEmbed m = only("<script type=\"application/ld+json\">{\"@type\":\"VideoObject\",\"name\":\"Storm footage\","
        + "\"embedUrl\":\"https://www.youtube.com/embed/abc123\",\"duration\":\"PT2M31S\"}</script>",
        "<iframe src=\"https://www.youtube.com/embed/abc123?rel=0\"></iframe>");
    assertEquals(MediaEmbed.Kind.VIDEO, m.kind());
    assertEquals(Optional.of("https://www.youtube.com/embed/abc123?rel=0"), m.url());
    assertEquals(Optional.of("Storm footage"), m.title());
    assertEquals(OptionalInt.of(151), m.durationSeconds());
  }

  @Test
  void aVimeoPlayerIsAVideo() {
    assertEquals(MediaEmbed.Kind.VIDEO,
        only("", "<iframe src=\"https://player.vimeo.com/video/42\" title=\"Flood\"></iframe>").kind());
  }

  @Test
  void audioElementsAndPodcastPlayersAreAudio() {
    MediaEmbed audio = only("", "<audio controls><source src=\"/audio/briefing.mp3\"></audio>");
    assertEquals(MediaEmbed.Kind.AUDIO, audio.kind());
    assertEquals(Optional.of("https://example.org/audio/briefing.mp3"), audio.url());
    assertEquals(MediaEmbed.Kind.AUDIO,
        only("", "<iframe src=\"https://open.spotify.com/embed/episode/xyz\"></iframe>").kind());
  }

  @Test
  void aVideoElementIsAVideo() {
    MediaEmbed m = only("", "<video src=\"/v/storm.mp4\" title=\"Storm\"></video>");
    assertEquals(MediaEmbed.Kind.VIDEO, m.kind());
    assertEquals(Optional.of("https://example.org/v/storm.mp4"), m.url());
  }

  @Test
  void anyOtherPlayerIsAnEmbed() {
    assertEquals(MediaEmbed.Kind.EMBED,
        only("", "<iframe src=\"https://www.google.com/maps/embed?pb=1\"></iframe>").kind());
  }

  @Test
  void mediaStandInDocumentOrderAndQuotesKeepTheirBlocks() {
    Article a = parser.parseHtml("<html><body><article><h1>Storm Closes Schools</h1>" + BEFORE
        + "<img src=\"/s.jpg\" alt=\"Road\"><p>\u201cWe will reopen soon,\u201d said Mayor Ana Ruiz.</p>"
        + "</article></body></html>");
    assertTrue(a.blocks().get(1) instanceof MediaEmbed, a.blocks().toString());
    assertTrue(a.quotes().stream().allMatch(q -> a.blocks().get(q.block()).text().contains(q.text())),
        a.quotes().toString());
  }
}
