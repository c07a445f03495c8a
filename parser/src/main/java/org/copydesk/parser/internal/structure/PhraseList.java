package org.copydesk.parser.internal.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.parser.internal.lexicon.Lexicon;
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
final class PhraseList {

  private static final int START_BUCKETS = 256;

  private final Set<String> whole = new HashSet<>();
  /**
   * The word-prefix entries ({@code phrase *}) in an open-addressing table by their hash, to look up a key's prefixes
   * by the hashes its {@link PhraseKey} holds; and the longest of them.
   */
  private final String[] wordPrefixes;
  private final int longestWordPrefix;
  private final List<String> prefixes = new ArrayList<>();
  private final List<String> contained = new ArrayList<>();
  /**
   * The contained phrases (indices into {@code contained}, in list order) by a hash of their first two characters, and
   * the one-character ones, so that one pass over a text finds them all.
   */
  private final int[][] containedByStart = new int[START_BUCKETS][];
  private final int[] containedSingles;

  private PhraseList(List<String> entries) {
    Set<String> byWords = new HashSet<>();
    for (String entry : entries) {
      if (entry.length() > 2 && entry.startsWith("*") && entry.endsWith("*")) {
        contained.add(Texts.fold(entry.substring(1, entry.length() - 1)));
      } else if (entry.endsWith(" *")) {
        byWords.add(Texts.key(entry.substring(0, entry.length() - 2)));
      } else if (entry.endsWith("*")) {
        prefixes.add(Texts.fold(entry.substring(0, entry.length() - 1)));
      } else {
        whole.add(Texts.key(entry));
      }
    }
    wordPrefixes = new String[Integer.highestOneBit(Math.max(1, byWords.size()) * 4)];
    int longest = 0;
    for (String phrase : byWords) {
      int i = slot(phrase.hashCode());
      while (wordPrefixes[i] != null) {
        i = (i + 1) & (wordPrefixes.length - 1);
      }
      wordPrefixes[i] = phrase;
      longest = Math.max(longest, phrase.length());
    }
    longestWordPrefix = longest;
    List<Integer> singles = new ArrayList<>();
    for (int p = 0; p < contained.size(); p++) {
      String phrase = contained.get(p);
      if (phrase.isEmpty()) {
        throw new IllegalStateException("an empty contained phrase in a phrase list: " + entries);
      }
      if (phrase.length() == 1) {
        singles.add(p);
      } else {
        int b = startBucket(phrase.charAt(0), phrase.charAt(1));
        int[] bucket = containedByStart[b] == null ? new int[0] : containedByStart[b];
        containedByStart[b] = Arrays.copyOf(bucket, bucket.length + 1);
        containedByStart[b][bucket.length] = p;
      }
    }
    containedSingles = singles.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int startBucket(char first, char second) {
    return (first * 31 + second) & (START_BUCKETS - 1);
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (wordPrefixes.length - 1);
  }

  /**
   * A phrase list that stands for a value (a removal reason, a disclaimer kind); families are tried in order.
   *
   * @param <K> the type of the value
   */
  record Family<K>(K value, PhraseList phrases) {

    /** Returns the family of {@code value} with the phrases of {@code name}. */
    static <K> Family<K> of(K value, String name) {
      return new Family<>(value, load(name));
    }

    /** Returns the value of the first of {@code families} with a phrase that matches {@code key}. */
    static <K> Optional<K> firstMatch(List<Family<K>> families, PhraseKey key) {
      for (Family<K> family : families) {
        if (family.phrases().matches(key)) {
          return Optional.of(family.value());
        }
      }
      return Optional.empty();
    }
  }

  /** Loads the phrases of {@code name}, a path relative to {@code org/copydesk/parser/}. */
  static PhraseList load(String name) {
    return new PhraseList(Lexicon.entries(name));
  }

  /** Returns whether {@code key} matches an entry. */
  boolean matches(String key) {
    if (longestWordPrefix == 0 && prefixes.isEmpty() && contained.isEmpty()) { // a list of whole phrases
      return whole.contains(key) || PhraseKey.hasDigit(key) && whole.contains(PhraseKey.withNumbersMarked(key));
    }
    return matches(PhraseKey.of(key));
  }

  /** Returns whether {@code key} matches an entry. */
  boolean matches(PhraseKey key) {
    return matchLength(key) >= 0;
  }

  /**
   * Returns the length of the matched part of {@code key}: the whole key for a whole match, the longest phrase for a
   * prefix match, the end of the phrase for a contained match; -1 when nothing matches. A key with numbers that
   * matches no entry as it is is matched again with its numbers marked.
   */
  int matchLength(PhraseKey key) {
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
    if (whole.contains(key)) {
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
    return containedMatch(key);
  }

  /**
   * Returns where the first contained phrase, in list order, that stands in {@code key} not inside a word ends (at
   * its first such place), or -1. One pass over the key: at each position only the phrases that start with its two
   * characters are compared.
   */
  private int containedMatch(String key) {
    int best = -1;
    int bestAt = -1;
    int n = key.length();
    for (int at = 0; at < n && best != 0; at++) {
      for (int p : containedSingles) {
        if ((best < 0 || p < best) && isWordAt(key, at, contained.get(p))) {
          best = p;
          bestAt = at;
        }
      }
      int[] bucket = at + 1 < n ? containedByStart[startBucket(key.charAt(at), key.charAt(at + 1))] : null;
      if (bucket != null) {
        for (int p : bucket) {
          if ((best < 0 || p < best) && isWordAt(key, at, contained.get(p))) {
            best = p;
            bestAt = at;
          }
        }
      }
    }
    return best < 0 ? -1 : bestAt + contained.get(best).length();
  }

  /** Returns whether {@code key}'s first {@code end} characters, whose hash is {@code hash}, are a word-prefix entry. */
  private boolean isWordPrefix(String key, int end, int hash) {
    for (int i = slot(hash); wordPrefixes[i] != null; i = (i + 1) & (wordPrefixes.length - 1)) {
      String phrase = wordPrefixes[i];
      if (phrase.length() == end && phrase.hashCode() == hash && key.startsWith(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a contained phrase ({@code *phrase*} entries) stands in {@code text} at {@code from} or after, not
   * inside a word, where {@code accept} takes it.
   */
  boolean containsFrom(String text, int from, Placement accept) {
    int n = text.length();
    for (int at = from; at < n; at++) {
      for (int p : containedSingles) {
        if (isWordAt(text, at, contained.get(p)) && accept.test(text, at, contained.get(p))) {
          return true;
        }
      }
      int[] bucket = at + 1 < n ? containedByStart[startBucket(text.charAt(at), text.charAt(at + 1))] : null;
      if (bucket != null) {
        for (int p : bucket) {
          if (isWordAt(text, at, contained.get(p)) && accept.test(text, at, contained.get(p))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A test of where a phrase stands in a text. */
  @FunctionalInterface
  interface Placement {
    boolean test(String text, int at, String phrase);
  }

  /** Returns whether {@code phrase} stands in {@code text} at {@code at}, not inside a word. */
  private static boolean isWordAt(String text, int at, String phrase) {
    return text.startsWith(phrase, at) && isWordEdge(text, at, phrase);
  }

  /** Returns whether {@code phrase}, found in {@code text} at {@code at}, does not start or end inside a word. */
  private static boolean isWordEdge(String text, int at, String phrase) {
    int end = at + phrase.length();
    boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
        || !Character.isLetterOrDigit(phrase.charAt(0));
    boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
        || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
    return startOk && endOk;
  }
}
