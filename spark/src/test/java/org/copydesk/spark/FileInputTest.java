package org.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FileInputTest {

  @Test
  void aFileIsOnePageWhosePathIsItsIdAndInput() {
    Page page = FileInput.page("file:/crawl/a.html", stream("<p>Hello</p>"));
    assertEquals("file:/crawl/a.html", page.id());
    assertEquals("file:/crawl/a.html", page.input());
    assertNull(page.url());
    assertArrayEquals(bytes("<p>Hello</p>"), page.bytes());
    assertNull(page.unreadable());
  }

  @Test
  void theFileNameSaysHtmlOrText() {
    assertTrue(FileInput.page("/c/a.HTM", stream("Plain words")).html());
    assertTrue(FileInput.page("/c/a.xhtml", stream("Plain words")).html());
    assertFalse(FileInput.page("/c/a.txt", stream("<b>not markup</b> in a text dump")).html());
    assertFalse(FileInput.page("/c/a.text", stream("<b>x</b>")).html());
  }

  @Test
  void aFileOfAnyOtherNameIsHtmlWhenItStartsWithAnAngleBracket() {
    assertTrue(FileInput.page("/c/page", stream("\uFEFF \n <!DOCTYPE html><p>x</p>")).html());
    assertFalse(FileInput.page("/c/page", stream("Headline\n\nBody text.")).html());
    assertFalse(FileInput.page("/c/empty", stream("")).html());
  }

  @Test
  void aGzipFileIsDecompressedAndNamedByWhatItHolds() throws IOException {
    Page page = FileInput.page("/c/a.html.gz", new ByteArrayInputStream(gzip("Plain words")));
    assertTrue(page.html(), "a .html.gz file is HTML");
    assertArrayEquals(bytes("Plain words"), page.bytes());
    assertFalse(FileInput.page("/c/a.txt.gz", new ByteArrayInputStream(gzip("<p>x</p>"))).html());
  }

  @Test
  void aGzipFileThatIsNotGzipIsUnreadable() {
    Page page = FileInput.page("/c/a.html.gz", stream("<p>plain</p>"));
    assertNull(page.bytes());
    assertEquals("/c/a.html.gz", page.id());
    assertTrue(page.unreadable().startsWith("gzip file unreadable: "), page.unreadable());
  }

  @Test
  void aFileOverTheSizeLimitIsUnreadableWithoutBeingHeldWhole() {
    InputStream huge = new InputStream() {
      private long left = Content.MAX_BYTES + 1;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }
    };
    Page page = FileInput.page("/c/huge.txt", huge);
    assertEquals("file unreadable: larger than " + Content.MAX_BYTES + " bytes, the most one page may have",
        page.unreadable());
  }

  static InputStream stream(String content) {
    return new ByteArrayInputStream(bytes(content));
  }

  static byte[] bytes(String content) {
    return content.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes(content));
    }
    return out.toByteArray();
  }
}
