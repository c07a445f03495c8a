package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and streams: they parse like their bytes, and reading stops at the size limit. */
class FileAndStreamInputTest {

  private static final String PAGE = "Bridge Reopens\n\n“It is safe,” the engineer said.\n";
  private static final String HTML = "<html><head><meta charset=\"windows-1252\"><title>Bridge Reopens</title></head>"
      + "<body><h1>Bridge Reopens</h1><p>“It is safe,” the engineer said on Monday.</p></body></html>";
  private static final URI BASE = URI.create("https://example.org/a");

  private final ArticleParser parser = ArticleParser.create();

  @TempDir
  Path dir;

  /** An endless stream of "y\n", as {@code yes} writes, counting what was read from it. */
  private static final class Endless extends InputStream {
    long read;

    @Override
    public int read() {
      return read++ % 2 == 0 ? 'y' : '\n';
    }
  }

  @Test
  void aTextFileParsesLikeItsBytes() throws IOException {
    Path file = Files.writeString(dir.resolve("page.txt"), PAGE);
    assertEquals(parser.parseText(PAGE.getBytes(StandardCharsets.UTF_8)), parser.parseText(file));
    Charset latin = Charset.forName("windows-1252");
    Files.write(file, "Caf\u00e9 Reopens\n\nThe caf\u00e9 opened again.\n".getBytes(latin));
    assertEquals(parser.parseText(Files.readAllBytes(file), latin), parser.parseText(file, latin));
  }

  @Test
  void anHtmlFileParsesLikeItsBytesInTheCharsetItDeclares() throws IOException {
    byte[] bytes = HTML.getBytes(Charset.forName("windows-1252"));
    Path file = Files.write(dir.resolve("page.html"), bytes);
    assertEquals(parser.parseHtml(bytes, BASE), parser.parseHtml(file, BASE));
    assertEquals(parser.parseHtml(bytes), parser.parseHtml(file));
  }

  @Test
  void aStreamParsesLikeItsBytesAndStaysOpen() throws IOException {
    byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    assertEquals(parser.parseText(bytes), parser.parseText(in));
    assertEquals(-1, in.read());
    assertEquals(parser.parseHtml(HTML.getBytes(StandardCharsets.UTF_8), BASE),
        parser.parseHtml(new ByteArrayInputStream(HTML.getBytes(StandardCharsets.UTF_8)), BASE));
  }

  @Test
  void readingAnEndlessStreamStopsAtTheSizeLimit() {
    ArticleParser small = ArticleParser.builder().maxInputChars(1000).build();
    Endless text = new Endless();
    InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> small.parseText(text));
    assertTrue(text.read <= 3 * 1000 + 4 + 1, "read " + text.read + " bytes");
    assertTrue(e.getMessage().contains("maxInputChars = 1000"), e.getMessage());
    assertEquals(1000, e.limit());
    assertTrue(e.length() > e.limit());

    Endless html = new Endless();
    assertThrows(InputTooLargeException.class, () -> small.parseHtml(html, BASE));
    assertTrue(html.read <= ArticleParser.MAX_BYTES_PER_CHAR * 1000 + 4 + 1, "read " + html.read + " bytes");
  }

  @Test
  void inputThatFitsTheLimitInCharactersButNotInSingleBytesIsRead() throws IOException {
    String cjk = "橋が再開\n\n技師は安全だと述べた。\n".repeat(20);
    ArticleParser fitting = ArticleParser.builder().maxInputChars(cjk.length()).build();
    byte[] bytes = cjk.getBytes(StandardCharsets.UTF_8);
    assertTrue(bytes.length > cjk.length());
    assertEquals(fitting.parseText(bytes), fitting.parseText(new ByteArrayInputStream(bytes)));
  }

  @Test
  void aByteArrayTooLongForTheLimitIsRefusedNamingTheLimit() {
    ArticleParser small = ArticleParser.builder().maxInputChars(10).build();
    InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> small.parseText(new byte[100]));
    assertTrue(e.getMessage().contains("maxInputChars = 10"), e.getMessage());
    assertThrows(InputTooLargeException.class, () -> small.parseHtml(new byte[100]));
  }

  @Test
  void aMissingFileIsAnIoExceptionAndNullArgumentsAreNamed() {
    assertThrows(NoSuchFileException.class, () -> parser.parseText(dir.resolve("missing.txt")));
    NullPointerException e = assertThrows(NullPointerException.class, () -> parser.parseText((Path) null));
    assertEquals("file must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> parser.parseHtml((InputStream) null, BASE));
    assertEquals("in must not be null", e.getMessage());
  }
}
