package org.copydesk.parser.internal.structure;

import java.util.Arrays;
import java.util.List;
import org.copydesk.core.AuthorProfile;
import org.copydesk.parser.internal.lexicon.PhraseList;
import org.copydesk.parser.internal.structure.lines.Credits;
import org.copydesk.parser.internal.structure.lines.Page;
import org.copydesk.parser.internal.structure.lines.PageLine;
import org.copydesk.parser.internal.text.Texts;

/**
 * Finds author profile cards: a name line and a biography that starts with that name ("Jane Doe / Jane Doe is a
 * Prague-based correspondent …"), or a name under an "About" header ({@code structure/profile-headers.txt}). A name
 * and a paragraph that starts with it with more of the story's prose after them are a section title and its first
 * paragraph ("Drip Irrigation / Drip irrigation waters the roots …"): a card closes the story or stands beside it.
 * Stateless.
 */
final class ProfileReader {

  /** Word separators, compiled once (a {@code String.split} with a pattern compiles it on every call). */

  private static final PhraseList HEADERS = PhraseList.load("structure/profile-headers.txt");
  /** A name line is short. */
  private static final int MAX_NAME_WORDS = 8;
  /**
   * A card's name has this many words at least ("Jane Doe", "City Desk"): a single word and a paragraph that starts
   * with it ("Python / Python is a language …") are a section title and its first paragraph.
   */
  private static final int MIN_NAME_WORDS = 2;
  /** A biography is a sentence or more. */
  private static final int MIN_BIO_WORDS = 6;

  private ProfileReader() {}

  /**
   * Claims the author profiles among lines {@code from..to} (inclusive) that are still free, where the story's body
   * ends at line {@code bodyLast}.
   */
  static void read(Page page, Layout layout, int from, int to, int bodyLast) {
    List<PageLine> lines = page.lines();
    int[] proseAfter = proseAfter(page, layout, bodyLast);
    for (int i = Math.max(0, from); i < to && i + 1 < lines.size(); i++) {
      if (!mayBeCard(lines, layout, i)) {
        continue;
      }
      PageLine name = lines.get(i);
      PageLine bio = lines.get(i + 1);
      boolean namedBio = namedBio(lines, i) && (i + 2 >= proseAfter.length || proseAfter[i + 2] == 0);
      boolean headed = i > 0 && isHeaderFor(lines.get(i - 1), name);
      String named = nameInHeader(name);
      if (!namedBio && !headed && named == null) {
        continue;
      }
      int first = headed && layout.isFree(i - 1) ? i - 1 : i;
      String nameText = named != null && !headed ? named : name.text();
      String bioText = bio.text();
      layout.claim(first, i + 1, (text, span) -> AuthorProfile.builder().text(text).span(span).name(nameText)
          .bio(bioText).build());
      i++;
    }
  }

  /** Returns whether lines {@code i} and {@code i + 1} may be a card's name and biography by their shape. */
  private static boolean mayBeCard(List<PageLine> lines, Layout layout, int i) {
    PageLine name = lines.get(i);
    PageLine bio = lines.get(i + 1);
    return layout.isFree(i) && layout.isFree(i + 1) && !name.isChrome() && !bio.isChrome() && name.words() > 0
        && name.words() <= MAX_NAME_WORDS && !name.sentenceEnd() && bio.words() >= MIN_BIO_WORDS;
  }

  /** Returns whether line {@code i + 1} starts with the name of two words or more on line {@code i}. */
  private static boolean namedBio(List<PageLine> lines, int i) {
    return lines.get(i).words() >= MIN_NAME_WORDS && lines.get(i + 1).key().startsWith(lines.get(i).key() + " ");
  }

  /**
   * Returns, for each line up to {@code bodyLast}, how many free prose lines of the body start there or after it,
   * leaving out the biographies of the cards that follow (a page lists its writers' cards one after another).
   */
  private static int[] proseAfter(Page page, Layout layout, int bodyLast) {
    List<PageLine> lines = page.lines();
    int[] count = new int[Math.max(0, Math.min(bodyLast + 1, lines.size()) + 1)];
    for (int i = count.length - 2; i >= 0; i--) {
      PageLine line = lines.get(i);
      boolean bio = i > 0 && mayBeCard(lines, layout, i - 1) && namedBio(lines, i - 1);
      boolean prose = layout.isFree(i) && !line.isChrome() && !line.copy() && line.facts().prose() && !bio;
      count[i] = count[i + 1] + (prose ? 1 : 0);
    }
    return count;
  }

  /** Returns the name in an "About Jane Doe" header line, or null when {@code line} is not one. */
  private static String nameInHeader(PageLine line) {
    int length = HEADERS.matchLength(line.phraseKey());
    if (length <= 0 || length >= line.key().length()) {
      return null;
    }
    int headerWords = line.key().substring(0, length).split(" ").length;
    String[] words = Texts.words(Texts.plain(line.text()).strip());
    if (words.length < headerWords + 2) {
      return null;
    }
    String name = String.join(" ", Arrays.copyOfRange(words, headerWords, words.length));
    return Credits.isPersonName(name) ? name : null;
  }

  /** Returns whether {@code header} is "About Jane Doe" (or "About the author") above the name line {@code name}. */
  private static boolean isHeaderFor(PageLine header, PageLine name) {
    int length = HEADERS.matchLength(header.phraseKey());
    if (length <= 0) {
      return false;
    }
    String rest = header.key().substring(length).strip();
    return rest.isEmpty() || rest.equals(name.key());
  }
}
