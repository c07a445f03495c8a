package org.copydesk.parser.internal.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copydesk.parser.internal.lexicon.Lexicon;

/**
 * Reads calendar dates in the forms pages print them: {@code November 19, 2019}, {@code Nov. 19, 2019},
 * {@code 19 November 2019}, {@code 22 de outubro de 2010}, {@code 2019-11-19}, {@code 19.11.2019},
 * {@code 11/19/2019}, with month names in the languages of {@code structure/months.txt}. Stateless and thread-safe.
 */
final class DateReader {

  private static final Map<String, Integer> MONTHS = loadMonths();

  private DateReader() {}

  /** A date found in a text: where it stands ({@code [start, end)} in the text) and its ISO-8601 form. */
  record Found(int start, int end, String iso) {}

  private static Map<String, Integer> loadMonths() {
    Map<String, Integer> months = new HashMap<>();
    for (String entry : Lexicon.entries("structure/months.txt")) {
      String[] parts = entry.split("\\s+");
      int number = Integer.parseInt(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        months.putIfAbsent(parts[i].toLowerCase(Locale.ROOT), number);
      }
    }
    return Map.copyOf(months);
  }

  private enum Kind { WORD, NUMBER, COMPOUND }

  private record Token(int start, int end, Kind kind, String text) {}

  /** Returns the first date in {@code text}, if there is one. */
  static Optional<Found> find(String text) {
    List<Token> tokens = tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      Optional<Found> found = at(tokens, i);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> at(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.kind() == Kind.COMPOUND) {
      return numeric(t);
    }
    if (t.kind() == Kind.WORD && MONTHS.containsKey(t.text())) {
      // Month Day Year
      int d = skipConnectors(tokens, i + 1);
      int y = skipConnectors(tokens, d + 1);
      if (isDay(tokens, d) && isYear(tokens, y)) {
        return date(tokens.get(i).start(), tokens.get(y).end(), year(tokens, y), MONTHS.get(t.text()),
            day(tokens, d));
      }
      return Optional.empty();
    }
    if (isDay(tokens, i)) {
      // Day [de|of|.] Month [de|,] Year
      int m = skipConnectors(tokens, i + 1);
      if (m < tokens.size() && tokens.get(m).kind() == Kind.WORD && MONTHS.containsKey(tokens.get(m).text())) {
        int y = skipConnectors(tokens, m + 1);
        if (isYear(tokens, y)) {
          return date(t.start(), tokens.get(y).end(), year(tokens, y), MONTHS.get(tokens.get(m).text()),
              day(tokens, i));
        }
      }
    }
    return Optional.empty();
  }

  /** Reads {@code 2019-11-19}, {@code 19.11.2019}, {@code 11/19/2019} (month first unless the first part is > 12). */
  private static Optional<Found> numeric(Token t) {
    String[] parts = t.text().split("[-./]");
    if (parts.length < 3) {
      return Optional.empty();
    }
    char separator = t.text().charAt(parts[0].length());
    int a = parse(parts[0]);
    int b = parse(parts[1]);
    int c = parse(parts[2]);
    int end = t.start() + parts[0].length() + parts[1].length() + parts[2].length() + 2;
    if (parts[0].length() == 4) {
      return date(t.start(), end, a, b, c);
    }
    if (parts[2].length() != 4 || parts.length > 3) {
      return Optional.empty();
    }
    if (separator == '/' && a <= 12 && b > 12) {
      return date(t.start(), end, c, a, b);
    }
    if (separator == '/' && a <= 12 && b <= 12) {
      return date(t.start(), end, c, a, b);
    }
    return date(t.start(), end, c, b, a);
  }

  private static Optional<Found> date(int start, int end, int year, int month, int day) {
    if (year < 1900 || year > 2100) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Found(start, end, LocalDate.of(year, month, day).toString()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int skipConnectors(List<Token> tokens, int i) {
    while (i < tokens.size() && tokens.get(i).kind() == Kind.WORD
        && (tokens.get(i).text().equals("de") || tokens.get(i).text().equals("of"))) {
      i++;
    }
    return i;
  }

  private static boolean isDay(List<Token> tokens, int i) {
    if (i >= tokens.size() || tokens.get(i).kind() != Kind.NUMBER) {
      return false;
    }
    int d = day(tokens, i);
    return d >= 1 && d <= 31;
  }

  private static int day(List<Token> tokens, int i) {
    return parse(tokens.get(i).text());
  }

  private static boolean isYear(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).kind() == Kind.NUMBER && tokens.get(i).text().length() == 4;
  }

  private static int year(List<Token> tokens, int i) {
    return parse(tokens.get(i).text());
  }

  private static int parse(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length() && i < 6; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Cuts {@code text} into words (letters), numbers (digits, with an ordinal suffix such as {@code 19th} dropped)
   * and compounds (digit groups joined by {@code - . /}).
   */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int start = i;
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(start, i, Kind.WORD, text.substring(start, i).toLowerCase(Locale.ROOT)));
      } else if (isDigit(c)) {
        int start = i;
        int groups = 1;
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        while (i + 1 < n && "-./".indexOf(text.charAt(i)) >= 0 && isDigit(text.charAt(i + 1))) {
          i++;
          groups++;
          while (i < n && isDigit(text.charAt(i))) {
            i++;
          }
        }
        if (groups >= 3) {
          tokens.add(new Token(start, i, Kind.COMPOUND, text.substring(start, i)));
        } else if (groups == 1) {
          int end = i;
          tokens.add(new Token(start, end, Kind.NUMBER, text.substring(start, end)));
          i = skipOrdinal(text, i);
        }
      } else {
        i++;
      }
    }
    return tokens;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int skipOrdinal(String text, int i) {
    if (i + 1 < text.length()) {
      String two = text.substring(i, i + 2).toLowerCase(Locale.ROOT);
      boolean ordinal = two.equals("st") || two.equals("nd") || two.equals("rd") || two.equals("th");
      if (ordinal && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)))) {
        return i + 2;
      }
    }
    return i;
  }
}
