package org.copydesk.parser.internal.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/** An HTML page's charset declaration is read as browsers read it: only the WHATWG Encoding Standard's labels count. */
class BrowserCharsetLabelsTest {

  private static final int LIMIT = 1_000_000;

  /** Returns the page with a {@code <meta charset>} declaring {@code label} and a body in {@code bodyCharset}. */
  private static byte[] page(String label, String body, Charset bodyCharset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("<html><head><meta charset=\"" + label + "\"></head><body><p>").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body.getBytes(bodyCharset));
    out.writeBytes("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static String decoded(byte[] page) throws Decoder.TooLong {
    return Decoder.decodeHtml(page, LIMIT).text();
  }

  private static String body(String decodedPage) {
    return decodedPage.substring(decodedPage.indexOf("<p>") + 3, decodedPage.indexOf("</p>"));
  }

  @Test
  void aJvmCharsetNameThatIsNoEncodingStandardLabelIsIgnored() throws Decoder.TooLong {
    // IBM1047 is EBCDIC: decoding the page with it would turn every ASCII byte into something else.
    for (String jvmOnly : List.of("IBM1047", "x-UTF-16LE-BOM", "X-UTF-32BE-BOM", "UTF-32", "cp037", "x-nonsense")) {
      assertEquals("Café", body(decoded(page(jvmOnly, "Café", StandardCharsets.UTF_8))), jvmOnly);
    }
  }

  @Test
  void labelsMatchInAnyAsciiCaseWithAsciiWhitespaceAround() throws Decoder.TooLong {
    assertEquals("Мост", body(decoded(page(" \tWINDOWS-1251\n", "Мост", Charset.forName("windows-1251")))));
    assertEquals("Мост", body(decoded(page("Cp1251", "Мост", Charset.forName("windows-1251")))));
  }

  @Test
  void aLabelMatchesOnlyWhenItsLettersAreAscii() {
    // U+212A KELVIN SIGN lower-cases to "k" in Java, but not in ASCII lower-casing.
    assertEquals(Optional.empty(), EncodingLabels.encoding("\u212Aoi8-r"));
    assertEquals(Optional.of("KOI8-R"), EncodingLabels.encoding("Koi8-R"));
  }

  @Test
  void latin1AndAsciiLabelsMeanWindows1252() throws Decoder.TooLong {
    for (String label : List.of("iso-8859-1", "latin1", "us-ascii", "ascii")) {
      assertEquals("“Café”", body(decoded(page(label, "“Café”", Charset.forName("windows-1252")))), label);
    }
  }

  @Test
  void legacyEncodingsAreTheStandardsSupersets() {
    assertEquals(Charset.forName("windows-31j"), EncodingLabels.charset(EncodingLabels.encoding("sjis").orElseThrow())
        .orElseThrow());
    assertEquals(Charset.forName("x-windows-949"), EncodingLabels.charset(
        EncodingLabels.encoding("euc-kr").orElseThrow()).orElseThrow());
    assertEquals(Charset.forName("Big5-HKSCS"), EncodingLabels.charset(EncodingLabels.encoding("big5").orElseThrow())
        .orElseThrow());
  }

  @Test
  void aUtf16LabelInAPageWhoseHeadReadsAsAsciiMeansUtf8() throws Decoder.TooLong {
    for (String label : List.of("utf-16", "UTF-16LE", "utf-16be", "unicode")) {
      assertEquals("Café", body(decoded(page(label, "Café", StandardCharsets.UTF_8))), label);
    }
  }

  @Test
  void xUserDefinedMeansWindows1252() throws Decoder.TooLong {
    assertEquals("“Café”", body(decoded(page("x-user-defined", "“Café”", Charset.forName("windows-1252")))));
  }

  @Test
  void anEncodingTheStandardReplacesDecodesTheWholePageToOneReportedReplacementCharacter() throws Decoder.TooLong {
    for (String label : List.of("iso-2022-kr", "hz-gb-2312", "iso-2022-cn", "replacement")) {
      DecodedText decoded = Decoder.decodeHtml(page(label, "text", StandardCharsets.US_ASCII), LIMIT);
      assertEquals("\uFFFD", decoded.text(), label);
      assertEquals(List.of(Span.of(0, 1)), decoded.replaced(), label);
    }
  }

  @Test
  void anUnknownLabelDoesNotEndTheSearchForALaterDeclaration() throws Decoder.TooLong {
    byte[] page = ("<meta charset=\"IBM1047\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
        + "<p>").getBytes(StandardCharsets.US_ASCII);
    byte[] body = "Мост".getBytes(Charset.forName("KOI8-R"));
    byte[] all = new byte[page.length + body.length];
    System.arraycopy(page, 0, all, 0, page.length);
    System.arraycopy(body, 0, all, page.length, body.length);
    String text = decoded(all);
    assertEquals("Мост", text.substring(text.indexOf("<p>") + 3));
  }

  @Test
  void aPageWithoutAUsableDeclarationIsReadAsUtf8AndItsBadBytesAreReported() throws Decoder.TooLong {
    DecodedText decoded = Decoder.decodeHtml(page("IBM1047", "Caf\u00e9", StandardCharsets.ISO_8859_1), LIMIT);
    assertEquals("Caf\uFFFD", body(decoded.text()));
    assertEquals(1, decoded.replaced().size());
  }

  @Test
  void everyLabelOfTheTableNamesAnEncodingAndTheCommonOnesDecodeInThisJvm() {
    List<String> entries = Lexicon.entries("decode/encoding-labels.txt");
    assertTrue(entries.size() > 200, "the table has " + entries.size() + " labels");
    for (String entry : entries) {
      String label = entry.split(" ")[0];
      String encoding = EncodingLabels.encoding(label).orElseThrow(() -> new AssertionError(label));
      assertEquals(entry.split(" ")[1], encoding);
      // Two rare ones (ISO-8859-10, ISO-8859-14) are missing from some JVMs; replacement and x-user-defined have none.
      if (!List.of("replacement", "x-user-defined", "ISO-8859-10", "ISO-8859-14").contains(encoding)) {
        assertTrue(EncodingLabels.charset(encoding).isPresent(), encoding);
      }
    }
  }
}
