package org.copydesk.parser.internal.structure.lines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code structure/month-names.txt} from the running JDK's CLDR data. Run it when the JDK the project builds
 * on moves to a new feature release:
 * {@code java -cp parser/target/classes:parser/target/test-classes
 * org.copydesk.parser.internal.structure.lines.MonthNamesFile parser/src/main/resources/org/copydesk/parser/structure/month-names.txt}.
 */
final class MonthNamesFile {

  /** Names shorter than this are too often words of another kind ("ma", "de"). */
  private static final int MIN_NAME_LENGTH = 3;
  private static final List<TextStyle> STYLES =
      List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE);

  private MonthNamesFile() {}

  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[0]), text(), StandardCharsets.UTF_8);
  }

  /** The file's text: its header, then a line per language and month: the code, the number, the names. */
  static String text() {
    StringBuilder out = new StringBuilder()
        .append("# Month names and abbreviations of every language in the JDK's CLDR locale data (all regional forms of a\n")
        .append("# language together): lower case, dots removed, letters only, at least ").append(MIN_NAME_LENGTH)
        .append(" letters; narrow forms left out.\n")
        .append("# A line is: ISO 639 code (as Locale.getLanguage() gives it), month number, names, separated by spaces.\n")
        .append("# Generated from Java ").append(Runtime.version().feature())
        .append(" by MonthNamesFile in the parser's test sources; do not edit by hand.\n");
    byLanguage().forEach((language, months) -> months.forEach((month, names) -> {
      out.append(language).append(' ').append(month);
      names.forEach(name -> out.append(' ').append(name));
      out.append('\n');
    }));
    return out.toString();
  }

  /** Language, then month number, then its names, all sorted so that the file is stable. */
  static Map<String, Map<Integer, TreeSet<String>>> byLanguage() {
    Map<String, Map<Integer, TreeSet<String>>> all = new TreeMap<>();
    for (Locale locale : Locale.getAvailableLocales()) {
      if (locale.getLanguage().isEmpty()) {
        continue; // the root locale, whose names are English's
      }
      for (Month month : Month.values()) {
        for (TextStyle style : STYLES) {
          String name = month.getDisplayName(style, locale).toLowerCase(Locale.ROOT).replace(".", "").strip();
          if (name.length() >= MIN_NAME_LENGTH && name.codePoints().allMatch(Character::isLetter)) {
            all.computeIfAbsent(locale.getLanguage(), k -> new TreeMap<>())
                .computeIfAbsent(month.getValue(), k -> new TreeSet<>())
                .add(name);
          }
        }
      }
    }
    return all;
  }
}
