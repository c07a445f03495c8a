package org.copydesk.parser.internal.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Finds the charset an HTML page declares in its first {@value #PRESCAN_BYTES} bytes: {@code <meta charset>},
 * {@code <meta http-equiv="Content-Type" content="…; charset=…">} or an XML declaration's {@code encoding}, whichever
 * comes first. Labels are read as browsers read them (the WHATWG Encoding Standard): ISO-8859-1 and US-ASCII mean
 * windows-1252, and a UTF-16 or UTF-32 label, which a page readable as ASCII cannot truly have, means UTF-8.
 */
final class HtmlCharset {

  /** How far into the page a declaration is looked for; pages put it in their head, often after scripts. */
  static final int PRESCAN_BYTES = 8192;

  private static final Pattern CONTENT_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\\s;\"']+)");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlCharset() {}

  /** Returns the charset {@code html} declares, if it declares one this JVM supports. */
  static Optional<Charset> declared(byte[] html) {
    String head = new String(html, 0, Math.min(html.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Document doc = Parser.htmlParser().parseInput(head, "");
    for (Node node : doc.childNodes()) {
      if (node instanceof Comment c && c.isXmlDeclaration() && c.asXmlDeclaration() != null) {
        String encoding = c.asXmlDeclaration().attr("encoding");
        if (!encoding.isBlank()) {
          return forLabel(encoding);
        }
      }
    }
    for (Element meta : doc.select("meta")) {
      if (meta.hasAttr("charset")) {
        return forLabel(meta.attr("charset"));
      }
      if (meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
        Matcher m = CONTENT_CHARSET.matcher(meta.attr("content"));
        if (m.find()) {
          return forLabel(m.group(1));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Charset> forLabel(String label) {
    Charset charset;
    try {
      charset = Charset.forName(label.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException unknownOrIllegalName) {
      return Optional.empty();
    }
    if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
      return Optional.of(WINDOWS_1252);
    }
    if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    return Optional.of(charset);
  }
}
