package org.copydesk.parser.internal.structure.lines;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads calendar dates in the forms pages print them: {@code November 19, 2019}, {@code Nov. 19, 2019},
 * {@code 19 November 2019}, {@code 22 de outubro de 2010}, {@code 2019-11-19}, {@code 19.11.2019},
 * {@code 11/19/2019}. Immutable and thread-safe.
 *
 * <p>Month names come from CLDR locale data, not from hand lists ({@link MonthNames}): every name and abbreviation
 * of the page's language (in all its regional forms), English's, and those of every other language that name one
 * month only (a name that means May in one language and October in another is left to the page's language). A
 * numeric date whose first two parts could both be the month ({@code 03/04/2019}) is read in the
 * {@linkplain Order order} the page's other dates show, else in the order the page language's short date format
 * uses ({@code M/d/yy} in English, {@code dd/MM/y} in French).
 */
public final class Dates {

  /** Which part of an ambiguous numeric date is the month. */
  public enum Order { MONTH_FIRST, DAY_FIRST }

  /** Month names of every locale that name one month only, and every English one. */
  private static final Map<String, Integer> COMMON = commonMonths();
  private static final Map<String, Map<String, Integer>> BY_LANGUAGE = new ConcurrentHashMap<>();
  /** A year and the hour or minutes run into it have at most this many digits. */
  private static final int MAX_GLUED_YEAR_DIGITS = 6;

  private final Map<String, Integer> months;
  private final Order order;

  private Dates(Map<String, Integer> months, Order order) {
    this.months = months;
    this.order = order;
  }

  /** A reader for pages of {@code language} (a BCP 47 tag, if known) whose ambiguous numeric dates read in {@code order}. */
  public static Dates of(Optional<String> language, Order order) {
    return new Dates(language.map(Dates::monthsOf).orElse(COMMON), order);
  }

  /**
   * Returns the order the numeric dates of {@code texts} show (a first part above 12 is a day, a second part above
   * 12 makes the first the month), the more frequent one winning; without such a date, the order of
   * {@code language}'s short date format; English's without a language.
   */
  public static Order orderOf(Optional<String> language, Iterable<String> texts) {
    int dayFirst = 0;
    int monthFirst = 0;
    for (String text : texts) {
      if (!hasDigit(text)) {
        continue;
      }
      for (Token t : tokens(text, false)) {
        String[] parts = t.kind() == Kind.COMPOUND ? t.text().split("[-./]") : null;
        if (parts == null || parts.length != 3 || parts[2].length() != 4 || parts[0].length() > 2) {
          continue;
        }
        int a = parse(parts[0]);
        int b = parse(parts[1]);
        if (a > 12 && b >= 1 && b <= 12) {
          dayFirst++;
        } else if (b > 12 && b <= 31 && a >= 1 && a <= 12) {
          monthFirst++;
        }
      }
    }
    if (dayFirst != monthFirst) {
      return dayFirst > monthFirst ? Order.DAY_FIRST : Order.MONTH_FIRST;
    }
    Locale locale = Locale.forLanguageTag(language.orElse("en"));
    String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
        IsoChronology.INSTANCE, locale);
    int d = pattern.indexOf('d');
    int m = pattern.indexOf('M');
    return d >= 0 && m >= 0 && d < m ? Order.DAY_FIRST : Order.MONTH_FIRST;
  }

  private static Map<String, Integer> monthsOf(String language) {
    return BY_LANGUAGE.computeIfAbsent(language, tag -> {
      Map<String, Integer> months = new HashMap<>(COMMON);
      MonthNames.of(tag).forEach(months::put);
      return Map.copyOf(months);
    });
  }

  private static Map<String, Integer> commonMonths() {
    Map<String, Set<Integer>> all = new HashMap<>();
    MonthNames.all().forEach((language, names) ->
        names.forEach((name, month) -> all.computeIfAbsent(name, k -> new HashSet<>()).add(month)));
    Map<String, Integer> months = new HashMap<>();
    all.forEach((name, numbers) -> {
      if (numbers.size() == 1) {
        months.put(name, numbers.iterator().next());
      }
    });
    months.putAll(MonthNames.of("en"));
    return Map.copyOf(months);
  }

  /** A date found in a text: where it stands ({@code [start, end)} in the text) and its ISO-8601 form. */
  public record Found(int start, int end, String iso) {}

  private enum Kind { WORD, NUMBER, COMPOUND }

  private record Token(int start, int end, Kind kind, String text) {}

  /** Returns the first date in {@code text}, if there is one. */
  public Optional<Found> find(String text) {
    if (!hasDigit(text)) {
      return Optional.empty(); // every date has a number in it; most lines have none
    }
    List<Token> tokens = tokens(text, true);
    for (int i = 0; i < tokens.size(); i++) {
      Optional<Found> found = at(tokens, i);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Found> at(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.kind() == Kind.COMPOUND) {
      return numeric(t);
    }
    if (t.kind() == Kind.WORD && months.containsKey(t.text())) {
      // Month Day Year
      int d = skipConnectors(tokens, i + 1);
      int y = skipConnectors(tokens, d + 1);
      if (isDay(tokens, d) && isYear(tokens, y)) {
        return date(tokens.get(i).start(), yearEnd(tokens, y), year(tokens, y), months.get(t.text()),
            day(tokens, d));
      }
      return Optional.empty();
    }
    if (isDay(tokens, i)) {
      // Day [de|of|.] Month [de|,] Year
      int m = skipConnectors(tokens, i + 1);
      if (m < tokens.size() && tokens.get(m).kind() == Kind.WORD && months.containsKey(tokens.get(m).text())) {
        int y = skipConnectors(tokens, m + 1);
        if (isYear(tokens, y)) {
          return date(t.start(), yearEnd(tokens, y), year(tokens, y), months.get(tokens.get(m).text()),
              day(tokens, i));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Reads {@code 2019-11-19}, {@code 19.11.2019}, {@code 11/19/2019}: year first, else in this reader's order unless
   * a part above 12 shows which is the day.
   */
  private Optional<Found> numeric(Token t) {
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
    if (a <= 12 && (b > 12 || b <= 12 && order == Order.MONTH_FIRST && separator != '.')) {
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

  /**
   * Returns whether token {@code i} is a year: four digits, or four digits a page dump ran into the time or reading
   * time after them ("October 17, 20236:01 PM", "Jun 14, 20244 mins").
   */
  private static boolean isYear(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).kind() == Kind.NUMBER && tokens.get(i).text().length() >= 4
        && tokens.get(i).text().length() <= MAX_GLUED_YEAR_DIGITS;
  }

  private static int year(List<Token> tokens, int i) {
    return parse(tokens.get(i).text().substring(0, 4));
  }

  private static int yearEnd(List<Token> tokens, int i) {
    return tokens.get(i).start() + 4;
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
   * and compounds (digit groups joined by {@code - . /}); without {@code all}, only the compounds, which is all the
   * order of numeric dates needs.
   */
  private static List<Token> tokens(String text, boolean all) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int start = i;
        // a word glued to the next ("calendarApr") ends where a capital follows a small letter
        while (i < n && Character.isLetter(text.charAt(i))
            && !(i > start && Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1)))) {
          i++;
        }
        if (all) {
          tokens.add(new Token(start, i, Kind.WORD, text.substring(start, i).toLowerCase(Locale.ROOT)));
        }
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
          if (all) {
            tokens.add(new Token(start, end, Kind.NUMBER, text.substring(start, end)));
          }
          i = skipOrdinal(text, i);
        }
      } else {
        i++;
      }
    }
    return tokens;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
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
