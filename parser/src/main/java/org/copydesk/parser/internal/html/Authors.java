package org.copydesk.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.parser.internal.lexicon.Lexicon;

/**
 * Turns the author credits a page's markup gives into people's names: one name per credit, split where a credit
 * names several people ("A and B", "A, B"), without a leading "By", post-nominal letters ("MS, RD") or e-mail
 * addresses, and never a URL, a handle or a sentence.
 */
final class Authors {

  private static final Pattern LEADING_BY = Pattern.compile(
      "(?i)^(?:(?:written|posted|text|words|recipe|authored|reported|story)\\s+)?by[\\s:]+|^author[\\s:]+");

  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:;|\\||\\s&\\s|\\sand\\s|\\sund\\s|\\set\\s|\\sy\\s)\\s*");

  /** A part after a comma that is letters after a name, not another name: "MS", "RD", "CEPF®". */
  private static final Pattern POST_NOMINAL = Pattern.compile("(?:[A-Z][A-Za-z]?\\.?){1,4}[®™]?");

  /** Letters after a name that belong to it: generational suffixes and doctorates ("Jr.", "III", "PhD", "MD"). */
  private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)(?:jr|sr|ii|iii|iv|ph\\.?d|m\\.?d)\\.?");

  /**
   * Values that are no credit: placeholders templates and forms leave ("Name *"), and the accounts of a site's
   * administration, alone or after a word ("Site Admin").
   */
  private static final Pattern PLACEHOLDER = Pattern.compile("(?i)undefined|null|none|name|your name|author|the author|"
      + "written by|posted by|by|(?:\\S+ )?(?:admin|administrator|webmaster)");

  /**
   * A template's key or a login ("page.author.name", "jane.doe", "jane_doe", "jane-doe"): one token joined by dots or
   * underscores, or by hyphens in lower case (a name joined by a hyphen is capitalised: "Mary-Jane").
   */
  private static final Pattern KEY = Pattern.compile("[\\p{L}\\d]+(?:[._][\\p{L}\\d]+)+|[\\p{Ll}\\d]+(?:-[\\p{Ll}\\d]+)+");

  /** Lower-case words that stand inside a name ("van", "de"). */
  private static final Set<String> NAME_PARTICLES = Lexicon.lowerCaseSet("lexicon/name-particles.txt");

  /** The most words a person's name has. */
  private static final int MAX_WORDS = 5;

  private Authors() {}

  /** Adds the names of {@code credit} that are not in {@code names} yet. */
  static void add(String credit, List<String> names) {
    for (String name : split(credit)) {
      if (names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
        names.add(name);
      }
    }
  }

  /** The people's names one credit gives. */
  static List<String> split(String credit) {
    Optional<String> c = Texts.collapse(credit);
    if (c.isEmpty() || isNotAName(c.get())) {
      return List.of();
    }
    String s = LEADING_BY.matcher(c.get()).replaceFirst("");
    List<String> out = new ArrayList<>();
    for (String part : SEPARATORS.split(s)) {
      String[] commas = part.split("\\s*,\\s*");
      boolean eachAName = commas.length > 1;
      for (int i = 1; i < commas.length; i++) {
        eachAName &= commas[i].indexOf(' ') > 0;
      }
      if (eachAName) {
        for (String x : commas) {
          keep(x, out);
        }
      } else {
        boolean postNominals = true;
        StringBuilder name = new StringBuilder(commas[0]);
        for (int i = 1; i < commas.length; i++) {
          if (NAME_SUFFIX.matcher(commas[i]).matches()) {
            name.append(", ").append(commas[i]);
          } else {
            postNominals &= POST_NOMINAL.matcher(commas[i]).matches();
          }
        }
        keep(postNominals ? name.toString() : part, out);
      }
    }
    return out;
  }

  private static void keep(String name, List<String> out) {
    String n = name.strip();
    int at = n.indexOf('@');
    if (at >= 0 || n.isEmpty()) {
      return;
    }
    n = n.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.)]]+$", "");
    if (n.isEmpty() || n.split(" ").length > MAX_WORDS || !Character.isLetter(n.charAt(0))
        || n.chars().anyMatch(Character::isDigit) || PLACEHOLDER.matcher(n).matches() || KEY.matcher(n).matches()
        || n.endsWith(" says")) {
      return;
    }
    out.add(n);
  }

  /**
   * The name a scholarly citation tag gives ({@code citation_author}, one author a tag), in reading order: "Doe, Jane"
   * is "Jane Doe"; a name written in reading order, or with letters after it ("Jane Doe, PhD"), is kept as it is.
   */
  static String fromCitation(String value) {
    String[] parts = value.split(",");
    if (parts.length != 2 || value.indexOf(';') >= 0) {
      return value;
    }
    String family = parts[0].strip();
    String given = parts[1].strip();
    boolean lettersAfter = NAME_SUFFIX.matcher(given).matches() || POST_NOMINAL.matcher(given).matches()
        && given.chars().filter(Character::isLowerCase).count() <= 1;
    return family.isEmpty() || given.isEmpty() || lettersAfter ? value : given + " " + family;
  }

  /**
   * The people's names the blocks of an author element give: those of the first block after any label ("Written
   * by"), each of two words or more and not of mixed case ("Personal finance" and "Platform for teams" are a topic's or
   * a role's words: see {@link #isMixedCase}); none when that block is no name (a date, a reading
   * time, another label such as "Updated:"). The blocks after it are left: they hold a role, a date or a bio as often
   * as another name.
   */
  static List<String> fromBlocks(List<String> blocks) {
    for (String block : blocks) {
      if (!isCreditLabel(block)) {
        return block.endsWith(":") ? List.of()
            : split(block).stream().filter(n -> n.indexOf(' ') > 0 && !isMixedCase(n)).toList();
      }
    }
    return List.of();
  }

  /**
   * Whether {@code name} mixes capitalised words with lower-case ones other than a name's particles ("de", "van"), as
   * a topic or a role does ("Personal finance") and a name does not; a name written all in lower case is not mixed.
   */
  static boolean isMixedCase(String name) {
    boolean upper = false;
    boolean lower = false;
    for (String w : name.split("\\s+")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        if (Character.isUpperCase(w.charAt(0))) {
          upper = true;
        } else if (!NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
          lower = true;
        }
      }
    }
    return upper && lower;
  }

  /** Whether {@code line} opens with a word that introduces a credit ("By Jane Doe", "Written by Jane Doe"). */
  static boolean opensWithCreditWord(String line) {
    return Texts.collapse(line).filter(l -> LEADING_BY.matcher(l).lookingAt()).isPresent();
  }

  /** Whether {@code label} introduces a credit, as "Written by" and "Author" do: a label, not a name. */
  static boolean isCreditLabel(String label) {
    return Texts.collapse(label).filter(l -> LEADING_BY.matcher(l + " x").replaceFirst("").equals("x")).isPresent();
  }

  /** Whether {@code s} is plainly no name: a URL, a path, a handle. */
  static boolean isNotAName(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.contains("://") || l.startsWith("www.") || l.startsWith("/") || l.startsWith("@")
        || l.contains(".com") || l.contains(".org");
  }
}
