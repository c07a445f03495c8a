package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Bytes input: how charsets are chosen, what happens to undecodable bytes, and where spans then point. */
class BytesInputTest {

  private static final URI BASE = URI.create("https://example.org/a");
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private final ArticleParser parser = ArticleParser.create();

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else if (part instanceof byte[] b) {
        out.writeBytes(b);
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  private static List<String> paragraphs(Article article) {
    return article.paragraphs().stream().map(Paragraph::text).toList();
  }

  @Test
  void utf8BytesParseLikeTheTextTheyEncode() {
    String page = "Bridge Reopens\n\n“It is safe,” the engineer said.\n";
    assertEquals(parser.parseText(page), parser.parseText(page.getBytes(StandardCharsets.UTF_8)));
    assertEquals(page, parser.decodeText(page.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void undecodableBytesBecomeReplacementCharactersReportedAsUndecodable() {
    byte[] input = bytes("Le caf", 0xE9, " est chaud.\n\nPrix : 3 ", 0x80, 0x80, "\n");

    assertEquals("Le caf\uFFFD est chaud.\n\nPrix : 3 \uFFFD\uFFFD\n", parser.decodeText(input));
    Article article = parser.parseText(input);
    assertEquals(List.of("Le caf\uFFFD est chaud.", "Prix : 3 \uFFFD\uFFFD"), paragraphs(article));
    assertEquals(List.of(
        Removal.of("\uFFFD", Removal.Reason.UNDECODABLE, Span.of(6, 7)),
        Removal.of("\uFFFD\uFFFD", Removal.Reason.UNDECODABLE, Span.of(29, 31))), article.removed());
  }

  @Test
  void parsingBytesIsParsingTheirDecodedTextPlusTheUndecodableRemovals() {
    qt().withExamples(300).forAll(SourceDSL.lists().of(Generate.pick(List.of(
        bytes("Headline\n\n"), bytes("A paragraph of text. "), bytes("\n"), bytes(0xC3), bytes(0xA9), bytes(0xFF),
        bytes(0xED, 0xA0, 0x80), bytes(0xF0, 0x9F), bytes(0x98, 0x80), bytes("“q”"), bytes(0xE2, 0x80))))
        .ofSizeBetween(0, 40)).checkAssert(pieces -> {
          byte[] input = bytes(pieces.toArray());
          String text = parser.decodeText(input);
          Article fromBytes = parser.parseText(input);
          List<Removal> undecodable = fromBytes.removed().stream()
              .filter(r -> r.reason() == Removal.Reason.UNDECODABLE).toList();
          Article fromText = parser.parseText(text);
          assertEquals(fromText.blocks(), fromBytes.blocks());
          assertEquals(fromText.removed().size() + undecodable.size(), fromBytes.removed().size());
          assertEquals(new String(input, StandardCharsets.UTF_8), text);
          assertEquals(replacementCharacters(text), covered(undecodable));
          ArticleInvariants.assertHoldForText(text, fromBytes);
        });
  }

  private static BitSet replacementCharacters(String text) {
    BitSet positions = new BitSet();
    for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
      positions.set(i);
    }
    return positions;
  }

  private static BitSet covered(List<Removal> removals) {
    BitSet positions = new BitSet();
    for (int i = 0; i < removals.size(); i++) {
      Span span = removals.get(i).span();
      assertTrue(i == 0 || removals.get(i - 1).span().end() < span.start(), "runs are in order and apart");
      positions.set(span.start(), span.end());
    }
    return positions;
  }

  @Test
  void textInTheCharsetGivenIsDecodedWithIt() {
    byte[] input = "Мост открыт\n\n«Мы не знали», — сказал он.\n".getBytes(WINDOWS_1251);
    assertEquals(List.of("Мост открыт", "«Мы не знали», — сказал он."), paragraphs(parser.parseText(input,
        WINDOWS_1251)));
  }

  @Test
  void aByteOrderMarkChoosesTheCharsetAndIsNotPartOfTheText() {
    byte[] utf16 = bytes(0xFF, 0xFE, "Headline\n\nBody.\n".getBytes(StandardCharsets.UTF_16LE));
    assertEquals("Headline\n\nBody.\n", parser.decodeText(utf16));
    assertEquals("Headline\n\nBody.\n", parser.decodeText(utf16, WINDOWS_1251));
    assertEquals(List.of("Headline", "Body."), paragraphs(parser.parseText(utf16)));
    assertEquals("Body.\n", parser.decodeText(bytes(0xEF, 0xBB, 0xBF, "Body.\n")));
  }

  @Test
  void htmlIsDecodedWithTheCharsetItsMetaTagDeclares() {
    byte[] page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Мост открыт</p></body></html>"
        .getBytes(WINDOWS_1251);
    assertEquals(List.of("Мост открыт"), paragraphs(parser.parseHtml(page, BASE)));
  }

  @Test
  void htmlIsDecodedWithTheCharsetOfItsContentTypeDeclaration() {
    byte[] page = ("<meta http-equiv=\"content-type\" content=\"text/html; charset='KOI8-R'\"><p>Мост открыт</p>")
        .getBytes(Charset.forName("KOI8-R"));
    assertEquals(List.of("Мост открыт"), paragraphs(parser.parseHtml(page)));
  }

  @Test
  void htmlIsDecodedWithTheEncodingOfItsXmlDeclaration() {
    byte[] page = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><html><body><p>駅が開業</p></body></html>"
        .getBytes(Charset.forName("Shift_JIS"));
    assertEquals(List.of("駅が開業"), paragraphs(parser.parseHtml(page)));
  }

  @Test
  void htmlDeclaringIso88591IsReadAsWindows1252LikeBrowsersDo() {
    byte[] page = bytes("<meta charset=\"ISO-8859-1\"><p>", 0x93, "Caf", 0xE9, ",", 0x94, " she said.</p>");
    assertEquals(List.of("“Café,” she said."), paragraphs(parser.parseHtml(page)));
  }

  @Test
  void htmlWithoutAKnownDeclarationIsReadAsUtf8() {
    assertEquals(List.of("Café"), paragraphs(parser.parseHtml(bytes("<p>Café</p>"))));
    assertEquals(List.of("Café"), paragraphs(parser.parseHtml(bytes("<meta charset=\"x-nonsense\"><p>Café</p>"))));
    assertEquals(List.of("Café"), paragraphs(parser.parseHtml(bytes("<meta charset=\"utf-16\"><p>Café</p>"))));
  }

  @Test
  void undecodableBytesInHtmlAreReportedWithSpansIntoTheDecodedHtml() {
    byte[] page = bytes("<p>Café ", 0xFF, " menu</p>");
    String html = parser.decodeHtml(page);
    assertEquals("<p>Café \uFFFD menu</p>", html);
    Article article = parser.parseHtml(page, BASE);
    assertEquals(List.of(Removal.of("\uFFFD", Removal.Reason.UNDECODABLE, Span.of(8, 9))), article.removed());
    assertEquals("Café \uFFFD menu", article.paragraphs().get(0).span().slice(html));
  }

  @Test
  void theSizeLimitAppliesToTheDecodedText() {
    ArticleParser small = ArticleParser.builder().maxInputChars(10).build();
    assertEquals("éééééééééé", small.decodeText("éééééééééé".getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, small.parseText("Ten chars.".getBytes(StandardCharsets.UTF_16)).blocks().size());

    InputTooLargeException e = assertThrows(InputTooLargeException.class,
        () -> small.parseText("Eleven char".getBytes(StandardCharsets.UTF_8)));
    assertEquals(11, e.length());
    assertTrue(e.getMessage().contains("maxInputChars = 10"), e.getMessage());
    assertThrows(InputTooLargeException.class, () -> small.decodeHtml(bytes("<p>", 0xFF, "1234567</p>")));
  }

  @Test
  void nullBytesOrCharsetAreRejectedNamingTheArgument() {
    assertEquals("text must not be null",
        assertThrows(NullPointerException.class, () -> parser.parseText((byte[]) null)).getMessage());
    assertEquals("charset must not be null",
        assertThrows(NullPointerException.class, () -> parser.parseText(new byte[0], null)).getMessage());
    assertEquals("html must not be null",
        assertThrows(NullPointerException.class, () -> parser.parseHtml((byte[]) null, BASE)).getMessage());
    assertEquals("baseUri must not be null",
        assertThrows(NullPointerException.class, () -> parser.parseHtml(new byte[0], null)).getMessage());
  }
}
