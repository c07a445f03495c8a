package org.copydesk.parser.internal.structure.lines;

import java.util.HashMap;
import java.util.Map;
import org.copydesk.parser.internal.lexicon.Lexicon;

/**
 * The month names and abbreviations of every language, read from {@code structure/month-names.txt}: CLDR's names as
 * the JDK ships them, captured once in a file because asking the JDK for them means loading the data of its thousand
 * locales, a second or more of CPU in every JVM that reads a date. Immutable.
 */
final class MonthNames {

  /** The resource, relative to {@code org/copydesk/parser/}. */
  static final String RESOURCE = "structure/month-names.txt";

  private static final Map<String, Map<String, Integer>> BY_LANGUAGE = load();

  private MonthNames() {}

  /** Every language's names, by ISO 639 language code ({@link java.util.Locale#getLanguage()}). */
  static Map<String, Map<String, Integer>> all() {
    return BY_LANGUAGE;
  }

  /** The names of {@code language} (lower case, without dots) with their month number, 1 to 12; none if unknown. */
  static Map<String, Integer> of(String language) {
    return BY_LANGUAGE.getOrDefault(language, Map.of());
  }

  private static Map<String, Map<String, Integer>> load() {
    Map<String, Map<String, Integer>> byLanguage = new HashMap<>();
    for (String entry : Lexicon.entries(RESOURCE)) {
      String[] fields = entry.split(" ");
      Map<String, Integer> names = byLanguage.computeIfAbsent(fields[0], k -> new HashMap<>());
      int month = Integer.parseInt(fields[1]);
      for (int i = 2; i < fields.length; i++) {
        names.put(fields[i], month);
      }
    }
    Map<String, Map<String, Integer>> frozen = new HashMap<>();
    byLanguage.forEach((language, names) -> frozen.put(language, Map.copyOf(names)));
    return Map.copyOf(frozen);
  }
}
