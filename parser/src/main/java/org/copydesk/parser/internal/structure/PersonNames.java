package org.copydesk.parser.internal.structure;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.copydesk.parser.internal.text.Texts;

/**
 * Tells a line that names a person ("Jane Doe", "LEONARDO GARCIA") from other short capitalised lines ("Key Points",
 * "Email Newsletter", "Get Started"): a name's words are not words the page's own prose writes in lower case.
 * Immutable and thread-safe; one instance holds the words of one page.
 */
final class PersonNames {

  private final Set<String> lowerCaseWords;

  private PersonNames(Set<String> lowerCaseWords) {
    this.lowerCaseWords = lowerCaseWords;
  }

  /** Returns the names test for {@code page}, which knows the words its prose lines use in lower case. */
  static PersonNames of(Page page) {
    Set<String> words = new HashSet<>();
    for (PageLine line : page.lines()) {
      if (line.facts().prose()) {
        for (String w : Texts.plain(line.text()).split(" +")) {
          if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
            words.add(Texts.word(w, 0, w.length()));
          }
        }
      }
    }
    return new PersonNames(words);
  }

  /**
   * Returns whether {@code text} (a list bullet before it aside) reads as a person's name: two to four words, each
   * capitalised like a name or written in capitals, none of them a word the page's prose uses in lower case ("Key
   * Points" is not a name) nor one of an organisation.
   */
  boolean isName(String text) {
    String name = text.substring(Page.bulletEnd(text, 0, 0)).strip();
    String[] words = Texts.plain(name).split(" +");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String w : words) {
      boolean capitals = w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))
          || !capitals && !Character.isLowerCase(w.charAt(w.length() - 1))
          || lowerCaseWords.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return CreditReader.isPersonName(name) && !CreditReader.isOrganisationName(name);
  }
}
