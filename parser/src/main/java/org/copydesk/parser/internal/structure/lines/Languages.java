package org.copydesk.parser.internal.structure.lines;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copydesk.parser.internal.lexicon.Lexicon;
import org.copydesk.parser.internal.text.Texts;
import org.copydesk.parser.internal.text.WordTable;

/**
 * Stop-word profiles of common languages, used to tell prose from chrome and to guess a page's language. Immutable
 * and thread-safe.
 *
 * <p>A page's language is the profile whose stop words occur most often in its longer lines, when they occur often
 * enough to be sure; pages in scripts without such a profile are recognised by their script (Korean, Japanese,
 * Chinese).
 */
public final class Languages {

  /** The languages with a stop-word list, as BCP 47 tags; files {@code structure/stopwords/<tag>.txt}. */
  private static final List<String> TAGS = List.of("en", "de", "fr", "es", "it", "pt", "nl", "ru", "id");

  /** Fewer stop words than this in a page's prose and its language is left unknown. */
  private static final int MIN_EVIDENCE = 8;

  /** For each stop word, the bit set of the languages (indices into {@link #TAGS}) that list it. */
  private static final WordTable STOPWORDS = new WordTable(load());

  private Languages() {}

  private static Map<String, Integer> load() {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < TAGS.size(); i++) {
      for (String word : Lexicon.lowerCaseSet("structure/stopwords/" + TAGS.get(i) + ".txt")) {
        map.merge(word, 1 << i, (a, b) -> a | b);
      }
    }
    return Map.copyOf(map);
  }

  /** A page's language: its tag when known, and the index of its stop-word list (or -1). */
  public record Guess(Optional<String> tag, int profile) {

    static final Guess UNKNOWN = new Guess(Optional.empty(), -1);

    /** Returns whether stop words can be counted for this language. */
    boolean hasStopwords() {
      return profile >= 0;
    }
  }

  /**
   * Counts evidence for a page's language, word by word and character by character: one line's, or a page's summed
   * from its lines.
   */
  static final class Evidence {
    /** Hangul is the first of the scripts counted here: letters below it are of none of them. */
    private static final int FIRST_COUNTED_SCRIPT = 0x1100;

    private final int[] stopwords = new int[TAGS.size()];
    private int hangul;
    private int kana;
    private int han;
    private int letters;

    /**
     * Counts one word of prose, {@code text[start, end)}, as {@link Texts#word} forms it: edge punctuation left out,
     * lower case, straight apostrophes.
     */
    void word(String text, int start, int end) {
      int mask = STOPWORDS.get(text, start, end);
      if (mask != 0) {
        for (int i = 0; i < stopwords.length; i++) {
          if ((mask & (1 << i)) != 0) {
            stopwords[i]++;
          }
        }
      }
    }

    /** Counts one letter of prose. */
    void letter(int codePoint) {
      letters++;
      if (codePoint < FIRST_COUNTED_SCRIPT) {
        return;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
      if (script == Character.UnicodeScript.HANGUL) {
        hangul++;
      } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
        kana++;
      } else if (script == Character.UnicodeScript.HAN) {
        han++;
      }
    }

    /** Adds the counts of {@code other} (a line's) to these. */
    void add(Evidence other) {
      for (int i = 0; i < stopwords.length; i++) {
        stopwords[i] += other.stopwords[i];
      }
      hangul += other.hangul;
      kana += other.kana;
      han += other.han;
      letters += other.letters;
    }

    /** Returns how many of the counted words are stop words of {@code language}. */
    int stopwords(Guess language) {
      return language.hasStopwords() ? stopwords[language.profile()] : 0;
    }

    /** Returns how many of the counted letters are ideographs or kana (Han, Hiragana, Katakana). */
    int ideographs() {
      return kana + han;
    }

    /** Returns the most likely language of the counted prose. */
    Guess guess() {
      if (letters > 0 && hangul * 3 > letters) {
        return new Guess(Optional.of("ko"), -1);
      }
      if (letters > 0 && (kana + han) * 3 > letters) {
        return new Guess(Optional.of(kana * 10 >= han ? "ja" : "zh"), -1);
      }
      int best = -1;
      for (int i = 0; i < stopwords.length; i++) {
        if (best < 0 || stopwords[i] > stopwords[best]) {
          best = i;
        }
      }
      if (best < 0 || stopwords[best] < MIN_EVIDENCE) {
        return Guess.UNKNOWN;
      }
      return new Guess(Optional.of(TAGS.get(best).toLowerCase(Locale.ROOT)), best);
    }
  }
}
