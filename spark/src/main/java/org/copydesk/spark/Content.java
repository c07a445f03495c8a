package org.copydesk.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.copydesk.parser.ArticleParser;

/** Reading a page's bytes with a bound, and telling HTML from page text by its first bytes. */
final class Content {

  private Content() {}

  /**
   * The most bytes read for one page: four per character of the parser's default input limit, more than any page the
   * parser accepts takes in any charset, so that a larger page fails here without being held in memory.
   */
  static final long MAX_BYTES = 4L * ArticleParser.DEFAULT_MAX_INPUT_CHARS;

  /**
   * Reads {@code in} to its end.
   *
   * @throws TooLargeException if it holds more than {@link #MAX_BYTES}
   */
  static byte[] read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new TooLargeException("larger than " + MAX_BYTES + " bytes, the most one page may have");
    }
    return bytes;
  }

  /** Whether content is HTML by its first character, past a byte order mark and white space: {@code <}. */
  static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    int i = head.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
    while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
      i++;
    }
    return i < head.length() && head.charAt(i) == '<';
  }

  /** Content over the size limit. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String message) {
      super(message);
    }
  }
}
