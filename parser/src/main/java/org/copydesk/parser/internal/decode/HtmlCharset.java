package org.copydesk.parser.internal.decode;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Finds the encoding an HTML page declares in its first {@value #PRESCAN_BYTES} bytes: an XML declaration's
 * {@code encoding}, else the first {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="…;
 * charset=…">} whose label names an encoding. Labels are read as browsers read them: only the WHATWG Encoding
 * Standard's labels count ({@link EncodingLabels}; so ISO-8859-1 and US-ASCII mean windows-1252, and a JVM name such as
 * {@code IBM1047} or {@code x-UTF-16LE-BOM} is passed over like any unknown label), a UTF-16 label, which a page whose
 * head reads as ASCII cannot truly have, means UTF-8, and x-user-defined means windows-1252 (the HTML standard's
 * prescan rules).
 */
final class HtmlCharset {

  /** How far into the page a declaration is looked for; pages put it in their head, often after scripts. */
  static final int PRESCAN_BYTES = 8192;

  private static final Pattern CONTENT_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\\s;\"']+)");

  private HtmlCharset() {}

  /** Returns the name of the Encoding Standard encoding {@code html} declares, if it declares one. */
  static Optional<String> declared(byte[] html) {
    String head = new String(html, 0, Math.min(html.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Document doc = Parser.htmlParser().parseInput(head, "");
    for (Node node : doc.childNodes()) {
      if (node instanceof Comment c && c.isXmlDeclaration() && c.asXmlDeclaration() != null) {
        String encoding = c.asXmlDeclaration().attr("encoding");
        Optional<String> declared = forLabel(encoding);
        if (declared.isPresent()) {
          return declared;
        }
      }
    }
    for (Element meta : doc.select("meta")) {
      Optional<String> declared = Optional.empty();
      if (meta.hasAttr("charset")) {
        declared = forLabel(meta.attr("charset"));
      } else if (meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
        Matcher m = CONTENT_CHARSET.matcher(meta.attr("content"));
        if (m.find()) {
          declared = forLabel(m.group(1));
        }
      }
      if (declared.isPresent()) {
        return declared;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> forLabel(String label) {
    return EncodingLabels.encoding(label).map(encoding -> switch (encoding) {
      case "UTF-16BE", "UTF-16LE" -> "UTF-8";
      case "x-user-defined" -> "windows-1252";
      default -> encoding;
    });
  }
}
