package org.copydesk.parser.internal.structure.lines;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.parser.internal.lexicon.Lexicon;
import org.copydesk.parser.internal.text.Texts;

/**
 * Tells a line that names a person ("Jane Doe", "MARTA OLSEN") from other short capitalised lines ("Key Points",
 * "Email Newsletter", "Get Started"): a name's words are not words the page's own prose writes in lower case.
 * One instance serves one page ({@link Page#names()}) and collects the page's lower-case words on its first question,
 * as most pages never ask one; like the page, it is read by one thread.
 */
public final class PersonNames {

  private static final List<String> PORTRAIT_OPENERS = Lexicon.entries("structure/portrait-openers.txt").stream()
      .map(e -> e.toLowerCase(Locale.ROOT) + " ").toList();
  private static final List<String> PORTRAIT_CLOSERS = Lexicon.entries("structure/portrait-closers.txt").stream()
      .map(e -> e.toLowerCase(Locale.ROOT)).toList();
  /** Images a page dump prints as their file name or alternative text in brackets ("[jane-doe]"). */
  private static final Pattern IMAGE_PLACEHOLDERS = Pattern.compile("^(?:\\[[^\\]\\s][^\\]]*\\]\\s*)+");

  /** An image placeholder spells at least this many letters of a name to be its portrait ("[jane-d]"). */
  private static final int MIN_PORTRAIT_LETTERS = 4;

  private final List<PageLine> lines;
  private Set<String> lowerCaseWords;

  /** Returns the names test for the page of {@code lines}, which knows the words its prose lines use in lower case. */
  PersonNames(List<PageLine> lines) {
    this.lines = lines;
  }

  private Set<String> lowerCaseWords() {
    if (lowerCaseWords == null) {
      Set<String> words = new HashSet<>();
      for (PageLine line : lines) {
        if (line.facts().prose()) {
          for (String w : Texts.words(Texts.plain(line.text()))) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
              words.add(Texts.word(w, 0, w.length()));
            }
          }
        }
      }
      lowerCaseWords = words;
    }
    return lowerCaseWords;
  }

  /**
   * Returns whether {@code text} (a list bullet before it aside) reads as a person's name: two to four words, each
   * capitalised like a name, or all of them written in capitals ("PDF Version" is not a name), none of them a
   * possessive ("Today's Hours"), a word the page's prose uses in lower case ("Key Points" is not a name) nor one of an
   * organisation.
   */
  public boolean isName(String text) {
    String name = withoutPortrait(text);
    String[] words = Texts.words(Texts.plain(name));
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    boolean capitals = name.chars().noneMatch(Character::isLowerCase);
    for (String w : words) {
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || isPossessive(w)
          || !capitals && !Character.isLowerCase(w.charAt(w.length() - 1))
          || lowerCaseWords().contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return Credits.isPersonName(name) && !Credits.isOrganisationName(name);
  }

  /** Returns whether {@code word} is a possessive ("Today's"), which a name's words are not. */
  private static boolean isPossessive(String word) {
    return word.endsWith("'s") || word.endsWith("\u2019s");
  }

  /**
   * Returns {@code text} without a list bullet, image placeholders and the wording of an author's portrait around the
   * name ("• [jane] Picture of Jane Doe Jane Doe" and "Jane Doe's avatar" give "Jane Doe").
   */
  public static String withoutPortrait(String text) {
    String t = withoutPlaceholders(text);
    String lower = t.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    int from = 0;
    for (String opener : PORTRAIT_OPENERS) {
      int at = lower.lastIndexOf(opener);
      if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
        from = Math.max(from, at + opener.length());
      }
    }
    int to = t.length();
    for (String closer : PORTRAIT_CLOSERS) {
      boolean word = closer.startsWith("'") || lower.endsWith(" " + closer);
      if (lower.endsWith(closer) && word && to - closer.length() > from) {
        to -= closer.length();
        break;
      }
    }
    return Credits.undouble(t.substring(from, to).strip());
  }

  /** Returns whether {@code text} is the alternative text of an author's portrait ("Headshot of Jane Doe, …"). */
  public static boolean isPortrait(String text) {
    String lower = withoutPlaceholders(text).toLowerCase(Locale.ROOT);
    return PORTRAIT_OPENERS.stream().anyMatch(lower::startsWith);
  }

  /** Returns whether {@code text} (a list bullet aside) is nothing but image placeholders ("[jane-do]"). */
  public static boolean isImagePlaceholder(String text) {
    return withoutPlaceholders(text).isEmpty();
  }

  /**
   * Returns whether the image placeholder {@code image} is the portrait of the person {@code name} names: its file
   * name spells at least {@value #MIN_PORTRAIT_LETTERS} letters of the name's start ("[jane-do]" over "Jane Doe").
   */
  public static boolean isPortraitOf(String image, String name) {
    String letters = letters(image);
    return isImagePlaceholder(image) && letters.length() >= MIN_PORTRAIT_LETTERS
        && letters(withoutPortrait(name)).startsWith(letters);
  }

  private static String letters(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().filter(Character::isLetter).map(Character::toLowerCase).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Returns {@code text} without a list bullet and the image placeholders it opens with. */
  private static String withoutPlaceholders(String text) {
    return IMAGE_PLACEHOLDERS.matcher(text.substring(LineShape.bulletEnd(text, 0, 0)).strip()).replaceFirst("");
  }

  /** Returns whether {@code line} is nothing but a person's name (an author line without "By"). */
  static boolean isLoneName(PageLine line) {
    // every line is asked: the cheap tests come first, the portrait's wording is stripped only from the few left (a
    // name of two words or more keeps a space of the line)
    if (line.sentenceEnd() || line.text().indexOf(' ') < 0
        || line.stopwords() != 0 && !PersonNames.isPortrait(line.text())) {
      return false;
    }
    String name = PersonNames.withoutPortrait(line.text());
    int words = Texts.words(name).length;
    return words >= 2 && words <= 4 && Credits.isPersonName(name);
  }
}
