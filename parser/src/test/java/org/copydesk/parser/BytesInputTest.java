package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.copydesk.core.Article;
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

  /** The headline and the blocks' texts: what the parser read, whatever it made of so short a page. */
  private static List<String> texts(Article article) {
    List<String> texts = new ArrayList<>();
    article.headline().ifPresent(texts::add);
    article.blocks().forEach(b -> texts.add(b.text()));
    return texts;
  }

  private static List<Removal> undecodable(Article article) {
    return article.removed().stream().filter(r -> r.reason() == Removal.Reason.UNDECODABLE).toList();
  }

  @Test
  void utf8BytesParseLikeTheTextTheyEncode() {
    String page = "Bridge Reopens\n\n“It is safe,” the engineer said.\n";
    assertEquals(parser.parseText(page), parser.parseText(page.getBytes(StandardCharsets.UTF_8)));
    assertEquals(page, parser.decodeText(page.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void undecodableBytesBecomeReplacementCharactersReportedAsUndecodable() {
    byte[] input = bytes("Le caf", 0xE9, " est chaud.\n\nLe prix est de 3 ", 0x80, 0x80, " par tasse.\n");

    assertEquals("Le caf\uFFFD est chaud.\n\nLe prix est de 3 \uFFFD\uFFFD par tasse.\n", parser.decodeText(input));
    Article article = parser.parseText(input);
    assertEquals(List.of("Le caf\uFFFD est chaud.", "Le prix est de 3 \uFFFD\uFFFD par tasse."), texts(article));
    assertEquals(List.of(
        Removal.of("\uFFFD", Removal.Reason.UNDECODABLE, Span.of(6, 7)),
        Removal.of("\uFFFD\uFFFD", Removal.Reason.UNDECODABLE, Span.of(37, 39))), undecodable(article));
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
    assertEquals(List.of("Мост открыт", "«Мы не знали», — сказал он."), texts(parser.parseText(input,
        WINDOWS_1251)));
  }

  @Test
  void aByteOrderMarkChoosesTheCharsetAndIsNotPartOfTheText() {
    String page = "Bridge Reopens After Two Years of Work\n\nThe bridge reopened on Monday after two years of work.\n";
    byte[] utf16 = bytes(0xFF, 0xFE, page.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(page, parser.decodeText(utf16));
    assertEquals(page, parser.decodeText(utf16, WINDOWS_1251));
    assertEquals(List.of("Bridge Reopens After Two Years of Work",
        "The bridge reopened on Monday after two years of work."), texts(parser.parseText(utf16)));
    assertEquals("Body.\n", parser.decodeText(bytes(0xEF, 0xBB, 0xBF, "Body.\n")));
  }

  @Test
  void htmlIsDecodedWithTheCharsetItsMetaTagDeclares() {
    byte[] page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Мост открыт</p></body></html>"
        .getBytes(WINDOWS_1251);
    assertEquals(List.of("Мост открыт"), texts(parser.parseHtml(page, BASE)));
  }

  @Test
  void htmlIsDecodedWithTheCharsetOfItsContentTypeDeclaration() {
    byte[] page = ("<meta http-equiv=\"content-type\" content=\"text/html; charset='KOI8-R'\"><p>Мост открыт</p>")
        .getBytes(Charset.forName("KOI8-R"));
    assertEquals(List.of("Мост открыт"), texts(parser.parseHtml(page)));
  }

  @Test
  void htmlIsDecodedWithTheEncodingOfItsXmlDeclaration() {
    byte[] page = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><html><body><p>駅が開業</p></body></html>"
        .getBytes(Charset.forName("Shift_JIS"));
    assertEquals(List.of("駅が開業"), texts(parser.parseHtml(page)));
  }

  @Test
  void htmlDeclaringIso88591IsReadAsWindows1252LikeBrowsersDo() {
    byte[] page = bytes("<meta charset=\"ISO-8859-1\"><p>", 0x93, "Caf", 0xE9, ",", 0x94, " she said.</p>");
    assertEquals(List.of("“Café,” she said."), texts(parser.parseHtml(page)));
  }

  @Test
  void htmlWithoutAKnownDeclarationIsReadAsUtf8() {
    String cafe = "<p>Le café ouvre tous les jours à sept heures.</p>";
    List<String> expected = List.of("Le café ouvre tous les jours à sept heures.");
    assertEquals(expected, texts(parser.parseHtml(bytes(cafe))));
    assertEquals(expected, texts(parser.parseHtml(bytes("<meta charset=\"x-nonsense\">" + cafe))));
    assertEquals(expected, texts(parser.parseHtml(bytes("<meta charset=\"utf-16\">" + cafe))));
  }

  @Test
  void undecodableBytesInHtmlAreReportedWithSpansIntoTheDecodedHtml() {
    byte[] page = bytes("<p>Café ", 0xFF, " menu</p>");
    String html = parser.decodeHtml(page);
    assertEquals("<p>Café \uFFFD menu</p>", html);
    Article article = parser.parseHtml(page, BASE);
    assertEquals(List.of(Removal.of("\uFFFD", Removal.Reason.UNDECODABLE, Span.of(8, 9))), undecodable(article));
    assertEquals(List.of("Café \uFFFD menu"), texts(article));
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
