package org.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcInputTest {

  private static final String FILE = "file:/crawl/a.warc.gz";

  @Test
  void eachSuccessfulHtmlResponseIsAPageAtItsTargetUri() throws IOException {
    WarcResponse article = response("https://example.org/a", 200, MediaType.HTML_UTF8, "<p>A</p>");
    WarcResponse xhtml = response("https://example.org/b", 200, MediaType.parse("application/xhtml+xml"), "<p>B</p>");
    List<Page> pages = pages(warc(WarcCompression.GZIP, article, xhtml));
    assertEquals(2, pages.size());
    Page page = pages.get(0);
    assertEquals(article.id().toString(), page.id());
    assertEquals(FILE, page.input());
    assertEquals("https://example.org/a", page.url());
    assertTrue(page.html());
    assertEquals("<p>A</p>", new String(page.bytes(), StandardCharsets.UTF_8));
    assertEquals("https://example.org/b", pages.get(1).url());
  }

  @Test
  void recordsThatAreNotSuccessfulHtmlResponsesAreNotPages() throws IOException {
    List<Page> pages = pages(warc(WarcCompression.NONE,
        new WarcRequest.Builder(URI.create("https://example.org/a"))
            .body(new HttpRequest.Builder("GET", "/a").addHeader("Host", "example.org").build()).build(),
        response("https://example.org/logo.png", 200, MediaType.parse("image/png"), "PNG"),
        response("https://example.org/gone", 404, MediaType.HTML, "<p>Not found</p>"),
        response("https://example.org/moved", 301, MediaType.HTML, ""),
        new WarcResource.Builder(URI.create("https://example.org/r")).body(MediaType.HTML, bytes("<p>r</p>")).build(),
        response("https://example.org/a", 200, MediaType.HTML, "<p>A</p>")));
    assertEquals(List.of("https://example.org/a"), pages.stream().map(Page::url).toList());
  }

  @Test
  void aChunkedGzipEncodedBodyIsDecoded() throws IOException {
    byte[] gzipped = FileInputTest.gzip("<p>Zipped</p>");
    String hex = Integer.toHexString(gzipped.length);
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    chunked.write(bytes(hex + "\r\n"));
    chunked.write(gzipped);
    chunked.write(bytes("\r\n0\r\n\r\n"));
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Type", "text/html")
        .addHeader("Content-Encoding", "gzip")
        .addHeader("Transfer-Encoding", "chunked")
        .body(null, chunked.toByteArray())
        .build();
    WarcResponse record = new WarcResponse.Builder(URI.create("https://example.org/z")).body(http).build();
    List<Page> pages = pages(warc(WarcCompression.NONE, record));
    assertEquals("<p>Zipped</p>", new String(pages.get(0).bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aFileCutShortGivesThePagesBeforeTheCutAndOneFailure() throws IOException {
    byte[] whole = warc(WarcCompression.NONE,
        response("https://example.org/a", 200, MediaType.HTML, "<p>A</p>"),
        response("https://example.org/b", 200, MediaType.HTML, "<p>B</p>".repeat(200)));
    byte[] cut = Arrays.copyOf(whole, whole.length - 300);
    List<Page> pages = pages(cut);
    assertEquals("https://example.org/a", pages.get(0).url());
    assertNull(pages.get(0).unreadable());
    assertEquals(2, pages.size());
    Page failure = pages.get(1);
    assertNull(failure.bytes());
    assertEquals(FILE, failure.input());
    assertTrue(failure.id().startsWith("urn:uuid:"), "the record cut short: " + failure.id());
    assertTrue(failure.unreadable().startsWith("WARC file unreadable inside the record at byte "),
        failure.unreadable());
  }

  @Test
  void aFileThatIsNotWarcIsOneFailure() {
    List<Page> pages = pages(bytes("<html>not a WARC file</html>"));
    assertEquals(1, pages.size());
    assertTrue(pages.get(0).unreadable().startsWith("WARC file unreadable from byte 0: "), pages.get(0).unreadable());
  }

  private static List<Page> pages(byte[] warc) {
    List<Page> pages = new ArrayList<>();
    WarcInput.pages(FILE, new ByteArrayInputStream(warc)).forEachRemaining(pages::add);
    return pages;
  }

  private static WarcResponse response(String target, int status, MediaType type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, "Status").body(type, bytes(body)).build();
    return new WarcResponse.Builder(URI.create(target)).body(http).build();
  }

  private static byte[] warc(WarcCompression compression, WarcRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
      for (WarcRecord record : records) {
        writer.write(record);
      }
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
