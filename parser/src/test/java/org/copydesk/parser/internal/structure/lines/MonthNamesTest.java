package org.copydesk.parser.internal.structure.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.parser.internal.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/** Month names come from the captured CLDR file, which must hold what the JDK it was captured from says. */
class MonthNamesTest {

  private static final String PATH = "/org/copydesk/parser/" + MonthNames.RESOURCE;

  @Test
  void theFileHoldsTheMonthNamesOfTheJdkItWasGeneratedFrom() throws Exception {
    String file;
    try (var in = MonthNamesTest.class.getResourceAsStream(PATH)) {
      file = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Matcher version = Pattern.compile("Generated from Java (\\d+)").matcher(file);
    assertTrue(version.find(), "the header names the Java release the file was generated from");
    assumeTrue(Runtime.version().feature() == Integer.parseInt(version.group(1)),
        "another Java release ships other CLDR data");
    assertEquals(MonthNamesFile.text(), file);
  }

  @Test
  void englishNamesAndAbbreviationsNameTheirMonth() {
    Map<String, Integer> english = MonthNames.of("en");
    assertEquals(9, english.get("september"));
    assertEquals(9, english.get("sept"));
    assertEquals(9, english.get("sep"));
    assertEquals(5, english.get("may"));
  }

  @Test
  void everyLanguagesNamesAreReadInTheirScript() {
    assertEquals(10, MonthNames.of("pt").get("outubro"));
    assertEquals(9, MonthNames.of("ru").get("сентября"));
    assertEquals(3, MonthNames.of("de").get("märz"));
  }

  @Test
  void namesOfTwoLettersAndUnknownLanguagesGiveNoMonth() {
    assertTrue(MonthNames.all().values().stream().flatMap(m -> m.keySet().stream()).allMatch(n -> n.length() >= 3));
    assertTrue(MonthNames.of("xx").isEmpty());
  }

  @Test
  void aNameThatMeansDifferentMonthsInTwoLanguagesIsReadOnlyInThePagesLanguage() {
    Map.Entry<String, String> clash = clash(); // a name and a language that read it as a month
    String line = "3 " + clash.getKey() + " 2020";
    assertFalse(Dates.of(Optional.empty(), Dates.Order.DAY_FIRST).find(line).isPresent());
    int month = MonthNames.of(clash.getValue()).get(clash.getKey());
    assertEquals(String.format("2020-%02d-03", month),
        Dates.of(Optional.of(clash.getValue()), Dates.Order.DAY_FIRST).find(line).orElseThrow().iso());
  }

  /** A name, not English, that two languages give to different months, with one of the two languages. */
  private static Map.Entry<String, String> clash() {
    Map<String, Map<String, Integer>> all = MonthNames.all();
    for (var language : all.entrySet()) {
      for (var name : language.getValue().entrySet()) {
        boolean clashes = all.values().stream().anyMatch(other -> other.containsKey(name.getKey())
            && !other.get(name.getKey()).equals(name.getValue()));
        if (clashes && !MonthNames.of("en").containsKey(name.getKey())) {
          return Map.entry(name.getKey(), language.getKey());
        }
      }
    }
    throw new AssertionError("CLDR has names that two languages give to different months");
  }

  @Test
  void everyLineIsALanguageAMonthAndAtLeastOneName() {
    List<String> lines = Lexicon.entries(MonthNames.RESOURCE);
    assertFalse(lines.isEmpty());
    for (String line : lines) {
      String[] fields = line.split(" ");
      assertTrue(fields.length >= 3 && fields[0].matches("[a-z]{2,3}") && fields[1].matches("[1-9]|1[0-2]"), line);
    }
  }
}
