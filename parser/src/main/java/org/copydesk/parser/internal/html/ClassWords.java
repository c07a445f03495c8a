package org.copydesk.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Matches an element's class and id against word patterns: the names are split into lower-case words at non-letters
 * and camelCase humps, and a pattern matches a word that starts with it, or, when it ends in {@code $}, equals it.
 */
final class ClassWords {

  private final List<String> prefixes = new ArrayList<>();
  private final List<String> words = new ArrayList<>();

  ClassWords(List<String> patterns) {
    for (String p : patterns) {
      if (p.endsWith("$")) {
        words.add(p.substring(0, p.length() - 1));
      } else {
        prefixes.add(p);
      }
    }
  }

  /** Returns the first pattern (without {@code $}) that matches a word of {@code names}, or {@code null}. */
  String match(String names) {
    for (String word : split(names)) {
      for (String w : words) {
        if (word.equals(w)) {
          return w;
        }
      }
      for (String p : prefixes) {
        if (word.startsWith(p)) {
          return p;
        }
      }
    }
    return null;
  }

  static List<String> split(String names) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      boolean hump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(names.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || hump) {
        flush(word, out);
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      }
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
