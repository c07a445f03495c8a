package org.copydesk.parser.internal.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.parser.internal.text.Texts;

/**
 * A list of phrases from a knowledge file, matched against {@linkplain org.copydesk.parser.internal.text.Texts#key(String) line keys}. Immutable and
 * thread-safe.
 *
 * <p>Entry forms: {@code phrase} matches a whole key; {@code phrase *} matches a key that starts with the phrase as
 * whole words; {@code phrase*} matches a key that starts with the phrase; {@code *phrase*} matches a key that contains
 * it, not inside a word. In an entry, {@code 0} stands for any number ({@code 0 comments} matches "34 comments").
 * Entries are written in key form (lower case, plain quotes). Matching a key ({@link PhraseKey}, prepared once per
 * line) costs a few hash look-ups plus one scan per prefix or contained phrase, so it stays linear in the key's length.
 */
public final class PhraseList {

  /** How many lists have been loaded: each list's number indexes the answers a {@link PhraseKey} remembers. */
  private static final AtomicInteger LISTS = new AtomicInteger();

  /** Room for this many bits in {@link #starts}, a power of two. */
  private static final int START_BITS = 4096;

  private final int number = LISTS.getAndIncrement();

  /** The whole entries, by their hash: a slice of a line is looked up by its key's hash before the key is built. */
  private final HashedStrings whole;
  /** The length of the longest whole entry: a longer key (a line of prose) is not hashed to be looked up. */
  private final int longestWhole;
  /**
   * The word-prefix entries ({@code phrase *}), to look up a key's prefixes by the hashes its {@link PhraseKey} holds;
   * and the longest of them.
   */
  private final HashedStrings wordPrefixes;
  private final int longestWordPrefix;
  private final List<String> prefixes = new ArrayList<>();
  /**
   * The first two characters of every whole, word-prefix and prefix entry, as bits by {@link #startBit}: a key that
   * starts with none of them can only match a contained phrase, and most keys are ruled out so before any look-up.
   * Null when an entry is too short to be told by two characters (then every key is looked up).
   */
  private final long[] starts;
  private final List<String> contained = new ArrayList<>();
  /** The characters of each contained phrase, to skip the search for a phrase the text cannot hold. */
  private final List<CharMask> containedChars = new ArrayList<>();

  private PhraseList(List<String> entries) {
    Set<String> whole = new HashSet<>();
    Set<String> byWords = new HashSet<>();
    for (String entry : entries) {
      if (entry.length() > 2 && entry.startsWith("*") && entry.endsWith("*")) {
        String phrase = Texts.fold(entry.substring(1, entry.length() - 1));
        contained.add(phrase);
        containedChars.add(CharMask.of(phrase, 0, phrase.length()));
      } else if (entry.endsWith(" *")) {
        byWords.add(Texts.key(entry.substring(0, entry.length() - 2)));
      } else if (entry.endsWith("*")) {
        prefixes.add(Texts.fold(entry.substring(0, entry.length() - 1)));
      } else {
        whole.add(Texts.key(entry));
      }
    }
    this.whole = new HashedStrings(whole);
    longestWhole = whole.stream().mapToInt(String::length).max().orElse(-1);
    wordPrefixes = new HashedStrings(byWords);
    longestWordPrefix = byWords.stream().mapToInt(String::length).max().orElse(0);
    starts = starts(whole, byWords, prefixes);
  }

  private static long[] starts(Set<String> whole, Set<String> byWords, List<String> prefixes) {
    long[] starts = new long[START_BITS / Long.SIZE];
    for (String phrase : whole) {
      if (!phrase.isEmpty()) { // an empty key matches nothing
        set(starts, startBit(phrase));
      }
    }
    return addStarts(starts, byWords) && addStarts(starts, prefixes) ? starts : null;
  }

  /** Adds the starts of {@code phrases}, or returns false if one of them is shorter than two characters. */
  private static boolean addStarts(long[] starts, Collection<String> phrases) {
    for (String phrase : phrases) {
      if (phrase.length() < 2) {
        return false; // a prefix of one letter goes on with any character
      }
      set(starts, startBit(phrase));
    }
    return true;
  }

  private static void set(long[] bits, int bit) {
    bits[bit >>> 6] |= 1L << bit;
  }

  /** Returns the bit of the first two characters of {@code text}, not empty (of the one, when it has only one). */
  private static int startBit(String text) {
    int second = text.length() > 1 ? text.charAt(1) : Character.MAX_VALUE;
    return (text.charAt(0) * 31 + second) & (START_BITS - 1);
  }

  /** Returns whether {@code key}, not empty, may start like a whole, word-prefix or prefix entry. */
  private boolean mayStart(String key) {
    int bit = startBit(key);
    return starts == null || (starts[bit >>> 6] & 1L << bit) != 0;
  }

  /**
   * A phrase list that stands for a value (a removal reason, a disclaimer kind); families are tried in order.
   *
   * @param <K> the type of the value
   */
  public record Family<K>(K value, PhraseList phrases) {

    /** Returns the family of {@code value} with the phrases of {@code name}. */
    public static <K> Family<K> of(K value, String name) {
      return new Family<>(value, load(name));
    }

    /** Returns the value of the first of {@code families} with a phrase that matches {@code key}. */
    public static <K> Optional<K> firstMatch(List<Family<K>> families, PhraseKey key) {
      for (Family<K> family : families) {
        if (family.phrases().matches(key)) {
          return Optional.of(family.value());
        }
      }
      return Optional.empty();
    }
  }

  /** Returns the list of {@code entries}, written as in a knowledge file. */
  static PhraseList of(List<String> entries) {
    return new PhraseList(entries);
  }

  /** Loads the phrases of {@code name}, a path relative to {@code org/copydesk/parser/}. */
  public static PhraseList load(String name) {
    return new PhraseList(Lexicon.entries(name));
  }

  /** Returns whether {@code key} matches an entry. */
  public boolean matches(String key) {
    if (longestWordPrefix == 0 && prefixes.isEmpty() && contained.isEmpty()) { // a list of whole phrases
      return isWhole(key) || PhraseKey.hasDigit(key) && isWhole(PhraseKey.withNumbersMarked(key));
    }
    return matches(PhraseKey.of(key));
  }

  /**
   * Returns whether the {@linkplain Texts#key(String, int, int) key} of {@code text[start, end)} matches an entry, as
   * {@code matches(Texts.key(text, start, end))} does. For a list of whole phrases and a slice without digits the key
   * is only hashed, and built to be compared with an entry of its hash: a reader that tries each of a line's first
   * words builds no string for words that match nothing.
   */
  public boolean matchesKeyOf(String text, int start, int end) {
    if (longestWordPrefix > 0 || !prefixes.isEmpty() || !contained.isEmpty() || hasDigit(text, start, end)) {
      return matches(Texts.key(text, start, end));
    }
    int hash = Texts.keyHash(text, start, end);
    for (int i = whole.first(hash); i >= 0; i = whole.next(i, hash)) {
      if (whole.at(i).equals(Texts.key(text, start, end))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether {@code key} matches an entry. */
  public boolean matches(PhraseKey key) {
    return matchLength(key) >= 0;
  }

  /**
   * Returns the length of the matched part of {@code key}: the whole key for a whole match, the longest phrase for a
   * prefix match, the end of the phrase for a contained match; -1 when nothing matches. A key with numbers that
   * matches no entry as it is is matched again with its numbers marked.
   */
  public int matchLength(PhraseKey key) {
    int answer = key.answer(number);
    if (answer == PhraseKey.NOT_ASKED) {
      answer = match(key);
      key.remember(number, answer);
    }
    return answer;
  }

  private int match(PhraseKey key) {
    int found = matchExactly(key);
    if (found < 0 && key.marked() != null) {
      found = matchExactly(key.marked());
    }
    return found;
  }

  private int matchExactly(PhraseKey phraseKey) {
    String key = phraseKey.text();
    if (key.isEmpty()) {
      return -1;
    }
    if (mayStart(key)) {
      if (isWhole(key)) {
        return key.length();
      }
      for (int k = phraseKey.wordPrefixes() - 1; k >= 0; k--) {
        if (phraseKey.wordEnd(k) <= longestWordPrefix
            && isWordPrefix(key, phraseKey.wordEnd(k), phraseKey.prefixHash(k))) {
          return phraseKey.wordEnd(k);
        }
      }
      for (String p : prefixes) {
        if (key.startsWith(p)) {
          return p.length();
        }
      }
    }
    for (int p = 0; p < contained.size(); p++) {
      String c = contained.get(p);
      int at = phraseKey.chars().mayHold(containedChars.get(p)) ? wordIndex(key, c, 0) : -1;
      if (at >= 0) {
        return at + c.length();
      }
    }
    return -1;
  }

  private boolean isWhole(String key) {
    return key.length() <= longestWhole && whole.contains(key);
  }

  /** Returns whether the first {@code end} characters of {@code key}, which hash to {@code hash}, are a word prefix. */
  private boolean isWordPrefix(String key, int end, int hash) {
    for (int i = wordPrefixes.first(hash); i >= 0; i = wordPrefixes.next(i, hash)) {
      String phrase = wordPrefixes.at(i);
      if (phrase.length() == end && key.startsWith(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a contained phrase ({@code *phrase*} entries) stands in {@code text} at {@code from} or after, not
   * inside a word, where {@code accept} takes it.
   */
  public boolean containsFrom(String text, int from, Placement accept) {
    CharMask chars = CharMask.of(text, Math.min(from, text.length()), text.length());
    for (int p = 0; p < contained.size(); p++) {
      String c = contained.get(p);
      if (!chars.mayHold(containedChars.get(p))) {
        continue;
      }
      for (int at = wordIndex(text, c, from); at >= 0; at = wordIndex(text, c, at + 1)) {
        if (accept.test(text, at, c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A test of where a phrase stands in a text. */
  @FunctionalInterface
  public interface Placement {
    boolean test(String text, int at, String phrase);
  }

  /** Returns where {@code phrase} first stands in {@code text} from {@code from} on, not inside a word, or -1. */
  private static int wordIndex(String text, String phrase, int from) {
    for (int at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
          || !Character.isLetterOrDigit(phrase.charAt(0));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
          || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
      if (startOk && endOk) {
        return at;
      }
    }
    return -1;
  }
}
