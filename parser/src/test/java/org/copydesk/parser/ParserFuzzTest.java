package org.copydesk.parser;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the parse methods: whatever the input, they return an article that keeps every {@link ArticleInvariants
 * invariant} and throw nothing (an {@link InternalParserException} is a finding too).
 *
 * <p>Each target reads its input twice: as bytes through the bytes API (decoding, with its replacement policy), and as
 * a string decoded leniently so that any {@code char} sequence can arise, unpaired surrogates included. The default
 * build replays the saved inputs under {@code ParserFuzzTestInputs/<target>} in the test resources as regression
 * tests; the README's "Robustness and limits" section shows how to fuzz.
 */
@Tag("slow")
class ParserFuzzTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final URI BASE = URI.create("https://example.org/news/2024/article.html");

  @FuzzTest
  @DictionaryEntries({"  \u2022 ", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb",
      "\u201e", "\u300c", "\u300d", "\"", "'", "By ", "said", "told", "according to", "Share", "Advertisement",
      "Image: ", "0:45", "Read more", "Updated ", "\u00a0", "\u200b", "\ufeff", "\u202e"})
  void parseText(byte[] input) {
    String text = lenientUtf8(input);
    ArticleInvariants.assertHoldForText(text, PARSER.parseText(text));
    ArticleInvariants.assertHoldForText(PARSER.decodeText(input), PARSER.parseText(input));
  }

  @FuzzTest
  @DictionaryEntries({"<p>", "</p>", "<div>", "</div>", "<li>", "<ul>", "<table>", "<tr>", "<td>", "<h1>", "<br>",
      "<b>", "<i>", "<script>", "</script>", "<style>", "<!--", "-->", "<figure>", "<figcaption>", "<nav>",
      "<meta charset=\"", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=", "<?xml encoding=\"",
      "windows-1251", "iso-8859-1", "utf-16", "shift_jis", "<time datetime=\"", "<html lang=\"",
      "<meta property=\"og:title\" content=\"", "<title>", "&amp;", "&#", "&nbsp;", "<template>", "<svg>",
      "<math>", "<select>", "<frameset>", "<plaintext>", "<textarea>", "\u201c", "\u201d"})
  void parseHtml(byte[] input) {
    String html = lenientUtf8(input);
    ArticleInvariants.assertHoldForHtml(html, PARSER.parseHtml(html, BASE));
    ArticleInvariants.assertHoldForHtml(PARSER.decodeHtml(input), PARSER.parseHtml(input, BASE));
  }

  /**
   * Decodes UTF-8 leniently: well-formed sequences as UTF-8, encoded surrogates (which strict UTF-8 forbids) as the
   * surrogate {@code char}, so that unpaired ones arise, and any other byte as the Latin-1 character of that value.
   */
  static String lenientUtf8(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length = b >= 0xF5 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
      int codePoint = length == 1 ? b : b & (0x3F >> (length - 1));
      for (int k = 1; k < length && codePoint >= 0; k++) {
        int next = i + k < bytes.length ? bytes[i + k] & 0xFF : -1;
        codePoint = (next & 0xC0) == 0x80 ? codePoint << 6 | (next & 0x3F) : -1;
      }
      if (length > 1 && (codePoint < 0 || codePoint > Character.MAX_CODE_POINT)) {
        out.append((char) b);
        i++;
      } else {
        out.appendCodePoint(codePoint);
        i += length;
      }
    }
    return out.toString();
  }
}
