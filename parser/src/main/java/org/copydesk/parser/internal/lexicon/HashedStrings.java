package org.copydesk.parser.internal.lexicon;

import java.util.Collection;

/**
 * Strings in an open-addressing table by their {@link String#hashCode()}, so that a caller can look up a text by a
 * hash it computed without building the text (a prefix of a key, a slice of a line) and build or compare it only for
 * the entries of that hash. Immutable and thread-safe.
 */
final class HashedStrings {

  private final String[] slots;
  private final int mask;

  /** Returns the table of {@code strings}, which hold no duplicates. */
  HashedStrings(Collection<String> strings) {
    slots = new String[Integer.highestOneBit(Math.max(1, strings.size()) * 4)];
    mask = slots.length - 1;
    for (String s : strings) {
      int i = home(s.hashCode());
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = s;
    }
  }

  /** Returns whether the table holds {@code s}. */
  boolean contains(String s) {
    int hash = s.hashCode();
    for (int i = first(hash); i >= 0; i = next(i, hash)) {
      if (slots[i].equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the slot of the first entry whose hash is {@code hash}, or -1. */
  int first(int hash) {
    return scan(home(hash), hash);
  }

  /** Returns the slot of the entry after the one in {@code slot} whose hash is {@code hash}, or -1. */
  int next(int slot, int hash) {
    return scan((slot + 1) & mask, hash);
  }

  /** Returns the entry in {@code slot}. */
  String at(int slot) {
    return slots[slot];
  }

  private int scan(int from, int hash) {
    for (int i = from; slots[i] != null; i = (i + 1) & mask) {
      if (slots[i].hashCode() == hash) {
        return i;
      }
    }
    return -1;
  }

  private int home(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }
}
