package org.copydesk.parser.internal.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches an element's class and id against word patterns: the names are split into lower-case words at non-letters
 * and camelCase humps, and a pattern matches a word that starts with it, or, when it ends in {@code $}, equals it.
 *
 * <p>Every element of a page is matched, so the words are compared where they stand in the names, a character at a
 * time, without being copied out.
 */
final class ClassWords {

  /** Words beginning with an ASCII character are only compared with the patterns that can match them. */
  private static final int ASCII = 128;

  private final List<String> prefixes = new ArrayList<>();
  private final List<String> words = new ArrayList<>();
  /** By a word's first character: the patterns that may match it, in their order. */
  private final List<List<String>> prefixesByFirst = new ArrayList<>();
  private final List<List<String>> wordsByFirst = new ArrayList<>();

  ClassWords(List<String> patterns) {
    for (String p : patterns) {
      if (p.endsWith("$")) {
        words.add(p.substring(0, p.length() - 1));
      } else {
        prefixes.add(p);
      }
    }
    for (char c = 0; c < ASCII; c++) {
      prefixesByFirst.add(startingWith(prefixes, c));
      wordsByFirst.add(startingWith(words, c));
    }
  }

  /** The patterns that may match a word whose first character is {@code c}: those starting with it, or empty. */
  private static List<String> startingWith(List<String> patterns, char c) {
    return patterns.stream().filter(p -> p.isEmpty() || p.charAt(0) == c).toList();
  }

  /**
   * Returns the first pattern (without {@code $}) that matches a word of {@code classNames} or, failing that, of
   * {@code id}; {@code null} if none does.
   */
  String match(String classNames, String id) {
    String found = match(classNames);
    return found != null ? found : match(id);
  }

  /** Returns the first pattern (without {@code $}) that matches a word of {@code names}, or {@code null}. */
  String match(String names) {
    int start = -1;
    for (int i = 0; i <= names.length(); i++) {
      boolean letter = i < names.length() && isLetterOrDigit(names.charAt(i));
      boolean hump = i > 0 && i < names.length() && isUpperCase(names.charAt(i)) && isLowerCase(names.charAt(i - 1));
      if (start >= 0 && (!letter || hump)) {
        String found = matchWord(names, start, i);
        if (found != null) {
          return found;
        }
        start = -1;
      }
      if (letter && start < 0) {
        start = i;
      }
    }
    return null;
  }

  /** The first pattern that matches the word {@code names[from, to)}, compared in lower case. */
  private String matchWord(String names, int from, int to) {
    int length = to - from;
    char first = Character.toLowerCase(names.charAt(from));
    for (String w : first < ASCII ? wordsByFirst.get(first) : words) {
      if (w.length() == length && startsWith(names, from, w)) {
        return w;
      }
    }
    for (String p : first < ASCII ? prefixesByFirst.get(first) : prefixes) {
      if (p.length() <= length && startsWith(names, from, p)) {
        return p;
      }
    }
    return null;
  }

  /** {@link Character#isLetterOrDigit(char)}, answered without a table lookup for ASCII (nearly all class names). */
  private static boolean isLetterOrDigit(char c) {
    return c < ASCII ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        : Character.isLetterOrDigit(c);
  }

  private static boolean isUpperCase(char c) {
    return c < ASCII ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static boolean isLowerCase(char c) {
    return c < ASCII ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  private static boolean startsWith(String names, int from, String pattern) {
    for (int k = 0; k < pattern.length(); k++) {
      if (Character.toLowerCase(names.charAt(from + k)) != pattern.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
