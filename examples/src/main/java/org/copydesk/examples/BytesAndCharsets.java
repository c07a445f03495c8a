package org.copydesk.examples;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.copydesk.core.Article;
import org.copydesk.core.Removal;
import org.copydesk.parser.ArticleParser;

/**
 * README "Robustness and limits", bytes: text in a charset you name, HTML in the charset it declares, and bytes that
 * cannot be decoded reported as removed.
 */
public final class BytesAndCharsets {

  private BytesAndCharsets() {}

  /** Parses the same story from windows-1252 text, from HTML that declares its charset, and from broken UTF-8. */
  public static void main(String[] args) {
    ArticleParser parser = ArticleParser.create();
    Charset windows1252 = Charset.forName("windows-1252");

    byte[] text = "Caf\u00e9 Reopens\n\nThe caf\u00e9 on the square opened again on Monday.\n".getBytes(windows1252);
    Article fromText = parser.parseText(text, windows1252);
    System.out.println("text: " + fromText.bodyText());

    byte[] html = ("<html><head><meta charset=\"windows-1252\"></head><body><h1>Caf\u00e9 Reopens</h1>"
        + "<p>The caf\u00e9 on the square opened again on Monday.</p></body></html>").getBytes(windows1252);
    Article fromHtml = parser.parseHtml(html, URI.create("https://example.org/cafe"));
    System.out.println("html: " + fromHtml.bodyText());

    byte[] broken = "Caf\u00e9 Reopens\n\nThe caf\u00e9 opened again.\n".getBytes(windows1252); // not UTF-8
    Article fromBroken = parser.parseText(broken, StandardCharsets.UTF_8);
    for (Removal r : fromBroken.removed()) {
      System.out.println("removed " + r.reason() + " at " + r.span() + ": " + r.text());
    }
  }
}
