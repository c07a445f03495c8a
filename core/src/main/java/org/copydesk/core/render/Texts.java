package org.copydesk.core.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Text helpers shared by the renderers. */
final class Texts {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** A blank line, which separates the paragraphs of a block's text. */
  static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");

  private Texts() {}

  /** Returns {@code s} stripped, with each run of whitespace made one space (as {@code Article.bodyText()} does). */
  static String collapse(String s) {
    return WHITESPACE.matcher(s.strip()).replaceAll(" ");
  }

  /** Returns the paragraphs of a block's text, which are separated by blank lines, each collapsed; none is empty. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : BLANK_LINE.split(text)) {
      String collapsed = collapse(p);
      if (!collapsed.isEmpty()) {
        out.add(collapsed);
      }
    }
    return out;
  }

  /** Returns where {@code text} goes on after its leading {@code title}, or 0 when it does not start with it. */
  static int titleEnd(String text, Optional<String> title) {
    String t = title.map(String::strip).orElse("");
    int lead = 0;
    while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
      lead++;
    }
    return !t.isEmpty() && text.startsWith(t, lead) ? lead + t.length() : 0;
  }

  /**
   * Returns {@code url} when it is an absolute {@code http} or {@code https} address with a host, the only kind the
   * renderers turn into links; anything else ({@code javascript:}, {@code data:}, relative or malformed) is empty.
   * A web address is a valid URI, so it holds no whitespace, {@code <}, {@code >}, quote or backslash.
   */
  static Optional<String> webUrl(Optional<String> url) {
    if (url.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.get());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // not an address: shown as text only
    }
    return Optional.empty();
  }

  /** Returns a running time as a clock reads it: {@code 2:31}, {@code 1:02:03}. */
  static String clock(int seconds) {
    int h = seconds / 3600;
    int m = seconds / 60 % 60;
    int s = seconds % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
  }

  /** Returns a running time as an ISO-8601 duration: {@code PT2M31S}, {@code PT1H}, {@code PT0S}. */
  static String isoDuration(int seconds) {
    return Duration.ofSeconds(seconds).toString();
  }
}
