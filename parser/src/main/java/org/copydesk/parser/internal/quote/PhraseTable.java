package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of lower-case words ("according to", "spoke out"), kept in their list's order and looked up by their first
 * word, so that a token is compared only with the phrases it may start. Immutable and thread-safe.
 */
final class PhraseTable {

  private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

  PhraseTable(List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      byFirstWord.computeIfAbsent(phrase.get(0), w -> new ArrayList<>()).add(phrase);
    }
  }

  /** The number of tokens of the first phrase (in the list's order) that starts at token {@code t}, or 0. */
  int matchLength(List<Token> tokens, int t) {
    if (!tokens.get(t).isWord()) {
      return 0;
    }
    List<List<String>> candidates = byFirstWord.get(tokens.get(t).lower());
    if (candidates == null) {
      return 0;
    }
    for (List<String> phrase : candidates) {
      int n = phrase.size();
      if (t + n > tokens.size()) {
        continue;
      }
      boolean match = true;
      for (int i = 1; i < n && match; i++) {
        match = tokens.get(t + i).isWord() && tokens.get(t + i).lower().equals(phrase.get(i));
      }
      if (match) {
        return n;
      }
    }
    return 0;
  }
}
