package org.copydesk.parser.internal.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.core.Block;
import org.copydesk.core.Paragraph;

/**
 * Marks paragraphs that repeat another paragraph almost word for word (a passage a page shows twice) with
 * {@link Paragraph#duplicateOf()}. The shorter copy (of equal ones, the later) points at the fuller one. Runs in time
 * linear in the text: paragraphs are compared through shared word triples, and triples shared by many paragraphs
 * are ignored.
 */
final class NearDuplicates {

  /** Paragraphs shorter than this many words are too short to call repeats. */
  private static final int MIN_WORDS = 8;
  /** This share of a paragraph's word triples must stand in the other for it to be a repeat. */
  private static final double CONTAINED = 0.8;
  /** A triple found in more paragraphs than this is common phrasing, not a sign of repetition. */
  private static final int MAX_POSTINGS = 16;

  private NearDuplicates() {}

  /** Returns {@code blocks} with near-duplicate paragraphs marked. */
  static List<Block> mark(List<Block> blocks) {
    List<long[]> triples = new ArrayList<>(blocks.size());
    Map<Long, List<Integer>> postings = new HashMap<>();
    for (int b = 0; b < blocks.size(); b++) {
      long[] t = blocks.get(b) instanceof Paragraph p ? triples(p.text()) : new long[0];
      triples.add(t);
      for (long x : t) {
        List<Integer> list = postings.computeIfAbsent(x, k -> new ArrayList<>());
        if (list.size() <= MAX_POSTINGS && (list.isEmpty() || list.get(list.size() - 1) != b)) {
          list.add(b);
        }
      }
    }
    List<Block> out = new ArrayList<>(blocks);
    for (int b = 0; b < blocks.size(); b++) {
      long[] t = triples.get(b);
      if (t.length + 2 < MIN_WORDS) {
        continue;
      }
      Map<Integer, Integer> shared = new HashMap<>();
      for (long x : t) {
        List<Integer> list = postings.get(x);
        if (list.size() > MAX_POSTINGS) {
          continue;
        }
        for (int other : list) {
          if (other != b) {
            shared.merge(other, 1, Integer::sum);
          }
        }
      }
      int best = -1;
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        int other = e.getKey();
        boolean fuller = triples.get(other).length > t.length || triples.get(other).length == t.length && other < b;
        if (fuller && e.getValue() >= CONTAINED * t.length && (best < 0 || other < best)) {
          best = other;
        }
      }
      if (best >= 0) {
        out.set(b, Paragraph.builder().from((Paragraph) blocks.get(b)).duplicateOf(best).build());
      }
    }
    return out;
  }

  /** Returns the hashes of the text's word triples (distinct), words being runs of letters and digits, lower-cased. */
  private static long[] triples(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      }
    }
    java.util.Set<Long> set = new java.util.LinkedHashSet<>();
    for (int w = 0; w + 2 < words.size(); w++) {
      set.add(((long) words.get(w).hashCode() * 31 + words.get(w + 1).hashCode()) * 31 + words.get(w + 2).hashCode());
    }
    long[] out = new long[set.size()];
    int k = 0;
    for (long x : set) {
      out[k++] = x;
    }
    return out;
  }
}
