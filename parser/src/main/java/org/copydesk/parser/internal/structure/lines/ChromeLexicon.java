package org.copydesk.parser.internal.structure.lines;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.copydesk.core.Removal;
import org.copydesk.parser.internal.lexicon.PhraseList;
import org.copydesk.parser.internal.text.Characters;

/**
 * Recognises lines that are page chrome whatever their context, from the phrase lists under
 * {@code structure/chrome/} (short lines only, but for cookie and consent notices, which are chrome at any length) and
 * a few shapes (player timecodes, image placeholders, lines without words). Immutable
 * and thread-safe.
 */
public final class ChromeLexicon {

  /** Shapes are only tried on keys up to this long; the regexes below then cannot take long. */
  private static final int SHAPE_LIMIT = 80;

  /** Longer lines are prose that happens to start like chrome ("Copyright law says …"), not chrome. */
  private static final int LONGEST_CHROME_WORDS = 25;

  private static final Pattern TIMECODES =
      Pattern.compile("(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?: (?:\\d{1,2}:)?\\d{1,2}:\\d{2})*");
  private static final Pattern IMAGE_SHAPES = Pattern.compile(
      "\\d{1,4} ?[x\u00D7:] ?\\d{1,4} (?:image|photo|picture|video)"
          + "|(?:image|photo|picture|slide) \\d{1,4} (?:of|/) ?\\d{1,4}"
          + "|\\d{1,4} ?(?:/|of) ?\\d{1,4}"
          + "|[\\w.-]{1,120}\\.(?:jpe?g|png|gif|webp|svg|avif)");
  /** How long ago something was posted: "32M ago", "updated 2 hours ago". */
  private static final Pattern TIME_AGO = Pattern.compile(
      "(?:updated |posted |published )?\\d{1,3} ?(?:s|m|h|d|w|y|sec|secs|min|mins|minutes?|hrs?|hours?|days?|weeks?"
          + "|months?|years?) ago");

  private static final List<PhraseList.Family<Removal.Reason>> FAMILIES = List.of(
      PhraseList.Family.of(Removal.Reason.PLAYER_RESIDUE, "structure/chrome/player.txt"),
      PhraseList.Family.of(Removal.Reason.IMAGE_PLACEHOLDER, "structure/chrome/image.txt"),
      PhraseList.Family.of(Removal.Reason.ADVERTISEMENT, "structure/chrome/advertising.txt"),
      PhraseList.Family.of(Removal.Reason.NAVIGATION, "structure/chrome/navigation.txt"),
      PhraseList.Family.of(Removal.Reason.SITE_CHROME, "structure/chrome/site.txt"));

  /** Shorter doubled keys ("haha", "1212") are words, not alt text written twice. */
  private static final int MIN_DOUBLED = 10;
  /** A "click here" tail may run on a few words ("click here to subscribe."). */
  private static final int CLICK_HERE_RUN_ON = 40;

  private static final PhraseList COMMENTS = PhraseList.load("structure/chrome/comments.txt");
  /** Cookie and consent notices, chrome at any length. */
  private static final PhraseList CONSENT = PhraseList.load("structure/chrome/consent.txt");
  private static final PhraseList LINK_LISTS = PhraseList.load("structure/chrome/link-lists.txt");

  private ChromeLexicon() {}

  /** Returns whether {@code line} opens a comment section. */
  public static boolean opensComments(PageLine line) {
    return line.words() <= LONGEST_CHROME_WORDS && COMMENTS.matches(line.phraseKey());
  }

  /** Returns whether {@code line} heads a list of links to other stories ("Related stories", "Most read"). */
  public static boolean headsLinkList(PageLine line) {
    return line.words() <= LONGEST_CHROME_WORDS && LINK_LISTS.matches(line.phraseKey());
  }

  /**
   * Returns where the "click here" sentence that ends {@code text} starts ("… For all of our coverage, click here."),
   * or -1 when the text does not end with one.
   */
  public static int clickHereTail(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    int at = lower.lastIndexOf("click here");
    if (at < 0 || text.length() - (at + "click here".length()) > CLICK_HERE_RUN_ON) {
      return -1;
    }
    int start = 0;
    for (int i = at - 1; i > 0; i--) {
      if (".!?".indexOf(text.charAt(i - 1)) >= 0 && Characters.isBlank(text.charAt(i))) {
        start = i;
        break;
      }
    }
    while (start < at && Characters.isBlank(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /**
   * Returns whether {@code line} is a copyright notice, which closes an article or a page: "© 2019 …", "(c) …",
   * "Copyright 2019 …", "… All rights reserved." A title that starts with the word ("Copyright law in Europe") has no
   * year and no sign; a picture's caption that reserves its rights on the way ("…, 1960. All rights reserved, DACS
   * 2024.") goes on after them.
   */
  public static boolean isCopyright(PageLine line) {
    String key = line.key();
    return line.words() <= LONGEST_CHROME_WORDS && (key.startsWith("\u00A9") || key.startsWith("(c) ")
        || key.startsWith("copyright ") && (key.indexOf('\u00A9') >= 0 || key.chars().anyMatch(Character::isDigit))
        || key.endsWith("all rights reserved"));
  }

  /** Returns why {@code line} is chrome, or empty when nothing about the line alone says so. */
  static Optional<Removal.Reason> reason(PageLine line) {
    String key = line.key();
    if (!hasWordCharacter(key)) {
      return Optional.of(line.bullet() ? Removal.Reason.NAVIGATION : Removal.Reason.SITE_CHROME);
    }
    if (isDoubled(key)) {
      return Optional.of(Removal.Reason.IMAGE_PLACEHOLDER);
    }
    if (key.length() <= SHAPE_LIMIT && mayHaveShape(key)) {
      if (TIMECODES.matcher(key).matches()) {
        return Optional.of(Removal.Reason.PLAYER_RESIDUE);
      }
      if (IMAGE_SHAPES.matcher(key).matches()) {
        return Optional.of(Removal.Reason.IMAGE_PLACEHOLDER);
      }
      if (TIME_AGO.matcher(key).matches()) {
        return Optional.of(Removal.Reason.SITE_CHROME);
      }
    }
    if (CONSENT.matches(line.phraseKey())) {
      return Optional.of(Removal.Reason.SITE_CHROME);
    }
    if (line.words() > LONGEST_CHROME_WORDS) {
      return Optional.empty();
    }
    Optional<Removal.Reason> reason = PhraseList.Family.firstMatch(FAMILIES, line.phraseKey());
    if (reason.isPresent()) {
      return reason;
    }
    return opensComments(line) || headsLinkList(line) || isCopyright(line) ? Optional.of(Removal.Reason.SITE_CHROME)
        : Optional.empty();
  }

  /**
   * Returns whether {@code key} is one text written twice without a break ("Jane DoeJane Doe"), as a dump prints an
   * image's alt text next to its title.
   */
  static boolean isDoubled(String key) {
    int n = key.length();
    if (n < MIN_DOUBLED || n % 2 != 0) {
      return false;
    }
    return key.regionMatches(0, key, n / 2, n / 2);
  }

  /** Returns whether {@code key} says how long ago something was posted ("32M ago", "1 day ago"). */
  public static boolean isTimeAgo(String key) {
    return key.length() <= SHAPE_LIMIT && TIME_AGO.matcher(key).matches();
  }

  /** Returns whether {@code key} has what every shape needs: a digit, or the dot of a file name. */
  private static boolean mayHaveShape(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= '0' && c <= '9' || c == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasWordCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
