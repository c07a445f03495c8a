package org.copydesk.parser.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.core.Span;

/**
 * The seed article and its hand-written golden facts ({@code acceptance/000_98b2368917db27af.*}), with the helpers
 * the golden's "about" asks for: 1-based line numbers mapped to spans, and text comparison that normalises whitespace
 * and ignores leading and trailing punctuation and quote marks.
 */
public final class SeedFixture {

  /** The seed page as text. */
  public static final String TEXT = read("000_98b2368917db27af.txt");

  /** The golden facts. */
  public static final JsonNode GOLDEN = parse(read("000_98b2368917db27af.golden.json"));

  private static final List<Span> LINES = lines(TEXT);

  private SeedFixture() {}

  /** Returns the span of the 1-based line {@code number}, without its terminator. */
  public static Span line(int number) {
    return LINES.get(number - 1);
  }

  /** Returns the 1-based number of the line holding position {@code offset}. */
  public static int lineAt(int offset) {
    for (int i = 0; i < LINES.size(); i++) {
      if (offset <= LINES.get(i).end()) {
        return i + 1;
      }
    }
    return LINES.size();
  }

  /** Returns the text of the 1-based line {@code number}. */
  public static String lineText(int number) {
    return line(number).slice(TEXT);
  }

  /**
   * Returns {@code s} as the golden compares texts: whitespace collapsed, leading and trailing punctuation and quote
   * marks removed.
   */
  public static String normalize(String s) {
    String collapsed = s.replaceAll("[\\s\\u00A0]+", " ").strip();
    int start = 0;
    int end = collapsed.length();
    while (start < end && isEdge(collapsed.charAt(start))) {
      start++;
    }
    while (end > start && isEdge(collapsed.charAt(end - 1))) {
      end--;
    }
    return collapsed.substring(start, end);
  }

  /** Returns whether two texts are equal as the golden compares them. */
  public static boolean sameText(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  /** Returns whether {@code haystack} contains {@code needle} as the golden compares texts, ignoring case. */
  public static boolean containsText(String haystack, String needle) {
    return normalize(haystack).toLowerCase(Locale.ROOT).contains(normalize(needle).toLowerCase(Locale.ROOT));
  }

  private static boolean isEdge(char c) {
    return Character.isWhitespace(c) || ".,;:!?-\u2013\u2014\"'\u2018\u2019\u201c\u201d\u00ab\u00bb()[]".indexOf(c) >= 0;
  }

  private static List<Span> lines(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i < text.length() || start < i) {
          lines.add(Span.of(start, i));
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static String read(String name) {
    try (InputStream in = SeedFixture.class.getResourceAsStream("/acceptance/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /acceptance/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
