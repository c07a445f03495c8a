package org.copydesk.parser.internal.structure.lines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.parser.internal.lexicon.Lexicon;
import org.copydesk.parser.internal.lexicon.PhraseList;
import org.copydesk.parser.internal.text.Texts;

/**
 * Reads credit lines ("By A and B", "Written by A based on reporting by B", "A, Reuters", "Reuters November 18,
 * 2019") into authors and contributors. Stateless and thread-safe.
 *
 * <p>Names after a contribution phrase ({@code structure/contributions.txt}) are contributors. News agencies
 * ({@code structure/agencies.txt}) and organisations (parts holding a word of {@code structure/publisher-words.txt})
 * are contributors beside a named author and authors only when nobody else is credited. Job titles
 * ({@code structure/credit-titles.txt}) and dates are dropped.
 */
public final class Credits {

  /** Word separators, compiled once (a {@code String.split} with a pattern compiles it on every call). */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern WHITESPACE_OR_DOTS = Pattern.compile("[\\s.]+");
  private static final Pattern WHITESPACE_OR_COMMAS = Pattern.compile("[\\s,]+");

  private static final PhraseList OPENERS = PhraseList.load("structure/credits.txt");
  /** Any contribution phrase as whole words, longest first ("additional reporting by" before "reporting by"). */
  private static final Pattern CONTRIBUTION = Pattern.compile("(?iu)(?<!\\p{L})(?:" + String.join("|",
      Lexicon.entries("structure/contributions.txt").stream()
          .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")(?!\\p{L})");
  private static final Set<String> AGENCIES = Lexicon.lowerCaseSet("structure/agencies.txt");
  private static final Set<String> TITLES = Lexicon.lowerCaseSet("structure/credit-titles.txt");
  private static final Set<String> DATE_LABELS = Lexicon.lowerCaseSet("structure/date-labels.txt");
  private static final Set<String> ORGANISATION_WORDS = Lexicon.lowerCaseSet("structure/publisher-words.txt");
  private static final Set<String> NAME_PARTICLES = Lexicon.lowerCaseSet("lexicon/name-particles.txt");
  private static final Set<String> GROUP_WORDS = Lexicon.lowerCaseSet("structure/group-credits.txt");
  private static final Set<String> POST_NOMINALS = Lexicon.lowerCaseSet("structure/post-nominals.txt");
  /** Credit lines are short; longer lines are prose that mentions a credit word. */
  private static final int MAX_WORDS = 30;
  private static final int MAX_CHARS = 300;
  /** A line of names without a credit word names a few people at most. */
  private static final int MAX_PEOPLE_WITHOUT_OPENER = 3;
  /** Words in a credit that are neither names nor titles (a location, "on") stay few. */
  private static final int MAX_UNKNOWN_WORDS = 6;
  /** A credit run on after the last sentence of a standfirst is short ("By Jane Doe on Dec. 19, 2025"). */
  private static final int MAX_CREDIT_AFTER_SENTENCE = 80;
  /** E-mail addresses and social handles a credit line prints beside the name ("jdoe@example.org", "@jdoe"). */
  private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|@\\w+");
  /** Images a page dump prints in a credit line as their file name or alternative text in brackets. */
  private static final Pattern IMAGE_PLACEHOLDER = Pattern.compile("\\[[^\\]\\s][^\\]]*\\]");
  /**
   * Where a credit's names part: punctuation, dashes and dots between blanks, a gap of three blanks or more (a page
   * dump's columns), a blank before a number and the date labels leading up to it (a reading time or a date run on after
   * the name: "Jane Doe 5 min read", "Jane Doe on 5/2/24"), and the joining words of its languages.
   */
  private static final Pattern SEPARATORS = Pattern.compile("(?iu)[,;|()]| +[-\u2013\u2014\u2022\u00B7\u22C5] +| {3,}"
      + "| +(?:(?:" + String.join("|", DATE_LABELS.stream().map(Pattern::quote).toList()) + ") +)*(?=\\d)| +(?:"
      + String.join("|", Lexicon.entries("structure/name-joiners.txt").stream().map(Pattern::quote).toList()) + ") +");
  private static final int MAX_NAME_WORDS = 5;
  /** A colon that labels what follows ("Filed under: …"), not one inside a time of day ("10:19am"). */
  private static final Pattern LABEL_COLON = Pattern.compile("(?<!\\d):|:(?!\\d)");
  /** "by" written twice or run into the name after it ("Written byby Jane Doe", "Written byJane Doe"). */
  private static final Pattern GLUED_BY = Pattern.compile("(?<![\\p{L}])(?:[Bb]y)(?:by\\b ?|(?=\\p{Lu}))");

  private Credits() {}

  /** Authors and contributors read from a credit line. */
  public record Credit(List<String> authors, List<String> contributors) {}

  /** Returns whether {@code word} (lower case) labels a date ("published", "updated", a weekday). */
  public static boolean isDateLabel(String word) {
    return DATE_LABELS.contains(word);
  }

  /** Returns whether {@code line} is nothing but a credit word ("By"), the names following on the next line. */
  static boolean isOpenerOnly(PageLine line) {
    return line.words() <= 3 && OPENERS.matches(line.phraseKey());
  }

  /**
   * Returns whether {@code line} opens with a credit word ("By", "Written by", "Por", …), glued to the name or not
   * ("ByJane Doe").
   */
  static boolean opensCredit(PageLine line) {
    return line.words() <= MAX_WORDS && openerLength(GLUED_BY.matcher(Texts.plain(line.text())).replaceAll("by ")) > 0;
  }

  /**
   * Reads {@code text} as a credit line. With {@code needOpener} only lines that open with a credit word are read;
   * without, a line of names (with agencies, titles and dates beside them) is read too. Dates are read with
   * {@code dates}.
   */
  public static Optional<Credit> read(String text, boolean needOpener, Dates dates) {
    if (text.length() > MAX_CHARS) {
      return Optional.empty();
    }
    String plain = ADDRESS.matcher(IMAGE_PLACEHOLDER.matcher(Texts.plain(text)).replaceAll(" ")).replaceAll(" ");
    String rest = unglue(stripBullet(plain.strip()));
    int opener = openerLength(rest);
    if (opener == 0) {
      int late = lateOpener(rest, dates);
      if (late > 0) {
        rest = rest.substring(late);
        opener = openerLength(rest);
      }
    }
    rest = rest.substring(opener);
    Optional<Dates.Found> date = dates.find(rest);
    if (date.isPresent()) {
      String before = beforeDateLabels(rest.substring(0, date.get().start()));
      rest = opener == 0 && !hasLetter(before) ? afterDates(rest.substring(date.get().end()), dates) : before;
    }
    Matcher contribution = CONTRIBUTION.matcher(rest);
    int cut = contribution.find() ? contribution.start() : rest.length();
    boolean contributionsOnly = cut == 0;
    if (opener == 0 && needOpener && !contributionsOnly) {
      return Optional.empty();
    }
    Names authors = new Names();
    Names contributors = new Names();
    String authorPart = rest.substring(0, cut);
    if (cut < rest.length()) {
      if (rest.regionMatches(true, cut, "contributed", 0, "contributed".length())) {
        contributors.read(authorPart);
        authorPart = "";
      } else {
        contributors.read(CONTRIBUTION.matcher(rest.substring(cut)).replaceAll(","));
      }
    }
    authors.read(authorPart);
    authors.dropAffiliations();
    if (contributionsOnly ? !contributors.isCredit()
        : opener == 0 ? LABEL_COLON.matcher(rest).find() || !authors.isStrictCredit(date.isPresent())
        : !authors.isCredit()) {
      return Optional.empty();
    }
    List<String> authorNames = new ArrayList<>(authors.people);
    List<String> contributorNames = new ArrayList<>();
    if (authorNames.isEmpty() && !authors.organisations.isEmpty()) {
      authorNames.add(authors.organisations.remove(0));
    }
    contributorNames.addAll(authors.organisations);
    contributorNames.addAll(contributors.people);
    contributorNames.addAll(contributors.organisations);
    if (authorNames.isEmpty() && contributorNames.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Credit(List.copyOf(authorNames), dedupe(contributorNames)));
  }

  /** The names in one part of a credit line, sorted into people and organisations. */
  private static final class Names {
    final List<String> people = new ArrayList<>();
    final List<String> organisations = new ArrayList<>();
    int agencies;
    int titles;
    int unknown;
    int unknownWords;

    void read(String part) {
      for (String piece : SEPARATORS.split(part)) {
        String name = undouble(trim(piece));
        if (name.isEmpty() || hasDigit(name)) {
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!people.isEmpty() && isPostNominal(name)) {
          titles++;
          continue;
        }
        if (isGroup(name)) {
          people.add(name);
          continue;
        }
        int agency = suffix(name, tail -> AGENCIES.contains(tail.toLowerCase(Locale.ROOT)));
        if (agency > 0) {
          people.add(name.substring(0, agency).strip());
          organisations.add(name.substring(agency).strip());
          agencies++;
          continue;
        }
        int title = suffix(name, tail -> isTitle(tail.toLowerCase(Locale.ROOT)));
        if (title > 0) {
          people.add(name.substring(0, title).strip());
          titles++;
          continue;
        }
        if (AGENCIES.contains(lower)) {
          agencies++;
          organisations.add(name);
        } else if (isTitle(lower) || DATE_LABELS.contains(lower)) {
          titles++;
        } else if (isOrganisation(name, lower)) {
          organisations.add(name);
        } else if (isPersonName(name)) {
          people.add(name);
        } else {
          unknown++;
          unknownWords += name.split(" ").length;
        }
      }
    }

    /**
     * Drops the one-word parts read as people beside a person named in full: after a full name they are a desk, a
     * place or the rest of a title ("Jane Doe, Co-Founder", "Jane Doe, Content &amp; Marketing"), not co-authors.
     */
    void dropAffiliations() {
      if (people.stream().anyMatch(p -> p.indexOf(' ') > 0)) {
        people.removeIf(p -> p.indexOf(' ') < 0);
      }
    }

    /**
     * Returns whether these names, after a credit word, make a credit: names rather than a sentence ("By Tuesday,
     * the company had …" is not a credit).
     */
    boolean isCredit() {
      return unknown <= Math.max(1, people.size() + organisations.size()) && unknownWords <= MAX_UNKNOWN_WORDS;
    }

    /**
     * Returns whether these names make a credit line without a credit word: nothing but full names, with an agency, a
     * title or a date beside a person ("Jane Doe, Staff Writer"), or an agency alone ("Reuters").
     */
    boolean isStrictCredit(boolean dated) {
      if (unknown > 0 || people.size() > MAX_PEOPLE_WITHOUT_OPENER || organisations.size() > agencies + 1) {
        return false;
      }
      for (String person : people) {
        if (person.split(" ").length < 2 || person.equals(person.toUpperCase(Locale.ROOT))) {
          return false;
        }
      }
      if (people.isEmpty()) {
        return agencies > 0 && organisations.size() == agencies;
      }
      return dated || agencies > 0 || titles > 0 || !organisations.isEmpty();
    }
  }

  /** Returns whether {@code part} is a degree or suffix written after a name ("PhD", "Ph.D.", "MD", "Jr."). */
  private static boolean isPostNominal(String part) {
    return Character.isUpperCase(part.codePointAt(0))
        && POST_NOMINALS.contains(part.replace(".", "").toLowerCase(Locale.ROOT));
  }

  /**
   * Returns whether {@code name} names a group of writers ("The Example Team", "Example Editors"): capitalised words
   * ending in a group word ({@code structure/group-credits.txt}).
   */
  public static boolean isGroup(String name) {
    String[] words = name.split(" ");
    return words.length >= 2 && words.length <= MAX_NAME_WORDS
        && GROUP_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
        && Character.isUpperCase(words[words.length - 1].codePointAt(0)) && mostlyCapitalised(name);
  }

  /** Returns whether {@code name} looks like a person's name: a few capitalised words, no digits. */
  public static boolean isPersonName(String name) {
    String[] words = Texts.words(Texts.plain(name).strip());
    if (words.length < 1 || words.length > MAX_NAME_WORDS || name.length() > 60) {
      return false;
    }
    int capitalised = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isDigit(c) || "@/:#|".indexOf(c) >= 0) {
          return false;
        }
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (Character.isUpperCase(w.codePointAt(0))) {
        capitalised++;
      } else if (!NAME_PARTICLES.contains(lower)) {
        return false;
      }
    }
    return capitalised >= 1;
  }

  /** Returns {@code name} once when a page wrote it twice ("Sean Martin Sean Martin"). */
  static String undouble(String name) {
    String[] words = Texts.words(name);
    int half = words.length / 2;
    if (words.length % 2 == 0 && half > 0
        && String.join(" ", Arrays.copyOfRange(words, 0, half)).equals(String.join(" ",
            Arrays.copyOfRange(words, half, words.length)))) {
      return String.join(" ", Arrays.copyOfRange(words, 0, half));
    }
    return name;
  }

  /**
   * Returns where a part that {@code matches} (a news agency, a job title) runs on after a person's name of two words
   * or more ("Tom Doe Associated Press" at 8, "Tom Doe Staff Writer" at 8), or -1.
   */
  private static int suffix(String name, Predicate<String> matches) {
    String[] words = name.split(" ");
    int at = 0;
    for (int k = 1; k < words.length; k++) {
      at += words[k - 1].length() + 1;
      String head = String.join(" ", Arrays.copyOfRange(words, 0, k));
      if (k >= 2 && matches.test(name.substring(at)) && isPersonName(head) && !isOrganisationName(head)
          && !isTitle(head.toLowerCase(Locale.ROOT))) {
        return at;
      }
    }
    return -1;
  }

  private static boolean isTitle(String lower) {
    for (String w : WHITESPACE.split(lower)) {
      if (TITLES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether most words of {@code name} start with a capital, as a name's do ("the City Desk"). */
  private static boolean mostlyCapitalised(String name) {
    int words = 0;
    int capitalised = 0;
    for (String w : name.split(" ")) {
      if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
        words++;
        capitalised += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
      }
    }
    return capitalised * 2 > words;
  }

  private static boolean hasOrganisationWord(String lower) {
    for (String w : WHITESPACE_OR_DOTS.split(lower)) {
      if (ORGANISATION_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether {@code name} names an organisation (an agency, or with a publisher word such as "News"). */
  public static boolean isOrganisationName(String name) {
    String lower = Texts.plain(name).strip().toLowerCase(Locale.ROOT);
    return AGENCIES.contains(lower) || isOrganisation(name, lower);
  }

  private static boolean isOrganisation(String name, String lower) {
    if (lower.contains(".com") || lower.contains("/")) {
      return true;
    }
    if (hasOrganisationWord(lower)) {
      return mostlyCapitalised(name);
    }
    return name.length() >= 2 && name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT))
        && name.chars().allMatch(Character::isLetter);
  }

  private static int openerLength(String text) {
    String t = stripBullet(text);
    int offset = text.length() - t.length();
    String lower = lowerCaseHead(t);
    int end = 0;
    int words = 0;
    int best = 0;
    while (end < lower.length() && words < 4) {
      while (end < lower.length() && lower.charAt(end) != ' ' && lower.charAt(end) != ':') {
        end++;
      }
      words++;
      if (OPENERS.matchesKeyOf(lower, 0, end)) {
        best = end;
      }
      while (end < lower.length() && (lower.charAt(end) == ' ' || lower.charAt(end) == ':')) {
        end++;
      }
    }
    if (best == 0) {
      return 0;
    }
    while (best < t.length() && (t.charAt(best) == ' ' || t.charAt(best) == ':')) {
      best++;
    }
    return best == t.length() ? 0 : offset + best;
  }

  /**
   * Returns {@code text} lower-cased as far as {@link #openerLength} reads it, its first four words and the spaces and
   * colons after them, or all of it. Only an ASCII head is cut: there lower-casing maps each character to one, with no
   * regard to the characters after it, so the head reads the same as the whole text lower-cased would. (Credit lines
   * are asked at every space, and lower-casing each rest of the line whole made that quadratic.)
   */
  private static String lowerCaseHead(String text) {
    int end = 0;
    int words = 0;
    while (end < text.length() && words < 4) {
      while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != ':') {
        if (text.charAt(end) >= 0x80) {
          return text.toLowerCase(Locale.ROOT);
        }
        end++;
      }
      words++;
      while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == ':')) {
        end++;
      }
    }
    return text.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /**
   * Returns where a credit word stands in {@code text} after a date, a separator, a sentence or the name it credits
   * written before it ("Published August 7, 2023 by Jane Doe", "March 15, 2022 · 3 min read · By Jane Doe", "A
   * standfirst. By Jane Doe on May 2, 2024", "Picture of Jane Doe By Jane Doe"), or 0: what comes before it is no
   * name.
   */
  private static int lateOpener(String text, Dates dates) {
    Optional<Dates.Found> date = dates.find(text);
    for (int at = text.indexOf(' '); at > 0 && at + 1 < text.length(); at = text.indexOf(' ', at + 1)) {
      // only a word that opens a credit is looked at further: the line is asked at every space
      int opener = openerLength(text.substring(at + 1));
      if (opener == 0) {
        continue;
      }
      String before = text.substring(0, at).strip();
      boolean afterDate = date.isPresent() && date.get().end() <= at
          && isTimeOfDay(text.substring(date.get().end(), at));
      boolean afterSeparator = !before.isEmpty() && "\u00B7\u2022|/\u2013\u2014-".indexOf(
          before.charAt(before.length() - 1)) >= 0;
      boolean afterSentence = !before.isEmpty() && LineShape.endsSentence(before)
          && text.length() - at <= MAX_CREDIT_AFTER_SENTENCE;
      if (afterDate || afterSeparator || afterSentence) {
        return at + 1;
      }
      String name = PersonNames.withoutPortrait(before);
      if (name.contains(" ") && text.startsWith(name, at + 1 + opener)) {
        return at + 1;
      }
    }
    return 0;
  }

  /**
   * Returns {@code text}, which followed a date a line opens with, without the further dates, times and separators
   * with their labels, that lead up to the name ("December 15, 2025 · 30 min · Jane Doe", "May 21, 2025 - Updated May
   * 24, 2025 Jane Doe").
   */
  private static String afterDates(String text, Dates dates) {
    String rest = text;
    for (Optional<Dates.Found> next = dates.find(rest); next.isPresent()
        && !hasLetter(beforeDateLabels(rest.substring(0, next.get().start()))); next = dates.find(rest)) {
      rest = rest.substring(next.get().end());
    }
    return rest;
  }

  private static boolean hasLetter(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  /** Returns whether {@code text}, after a date, is at most a time of day (", 4:28 PM EST", "at 10:01 am"). */
  private static boolean isTimeOfDay(String text) {
    for (String w : WHITESPACE_OR_COMMAS.split(text.strip())) {
      boolean time = w.isEmpty() || w.chars().allMatch(c -> Character.isDigit(c) || c == ':' || c == '.')
          || w.equalsIgnoreCase("at") || w.equalsIgnoreCase("am") || w.equalsIgnoreCase("pm")
          || w.length() <= 4 && w.chars().allMatch(Character::isUpperCase);
      if (!time) {
        return false;
      }
    }
    return true;
  }

  /** Returns {@code text}, which stood before a date, without the labels that led up to it ("on", "Updated:"). */
  private static String beforeDateLabels(String text) {
    int end = text.length();
    while (true) {
      int stop = end;
      while (stop > 0 && !Character.isLetterOrDigit(text.charAt(stop - 1))) {
        stop--;
      }
      int start = stop;
      while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
        start--;
      }
      if (start == stop || !DATE_LABELS.contains(text.substring(start, stop).toLowerCase(Locale.ROOT))) {
        return text.substring(0, end);
      }
      end = start;
    }
  }

  /**
   * Returns {@code text} with words a page glued together taken apart: a credit word or title run into a name
   * ("Eric SongBy Eric Song", "Meg JamesStaff Writer", "Jane DoePublished: …", "Written byby Jane Doe"). Text before
   * a glued credit word is dropped (it repeats the name, as an avatar's alt text does); a glued title or date label is
   * set off by a comma.
   */
  private static String unglue(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) {
        int end = i + 1;
        while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
          end++;
        }
        String word = text.substring(i, end).toLowerCase(Locale.ROOT);
        if (word.equals("by") || openerLength(text.substring(i)) > 0) {
          sb.setLength(0);
        } else if (TITLES.contains(word) || DATE_LABELS.contains(word)) {
          sb.append(", ");
        }
      }
      sb.append(c);
    }
    return GLUED_BY.matcher(sb).replaceAll("by ");
  }

  private static String stripBullet(String text) {
    return text.substring(LineShape.bulletEnd(text, 0, 0));
  }

  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '.') {
      end--;
    }
    String t = Texts.collapse(s.substring(start, end));
    if (t.endsWith(".") && !isInitialEnding(t)) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** Returns whether {@code s} ends with an initial or an abbreviation ("Jr.", "Troy L."), whose dot belongs to it. */
  private static boolean isInitialEnding(String s) {
    int space = s.lastIndexOf(' ');
    String last = s.substring(space + 1);
    return last.length() <= 3 && Character.isUpperCase(last.charAt(0));
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> dedupe(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (!out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }
}
