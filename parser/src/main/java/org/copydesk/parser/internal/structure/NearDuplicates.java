package org.copydesk.parser.internal.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.core.Block;
import org.copydesk.core.Paragraph;
import org.copydesk.parser.internal.text.Texts;

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
    int[] words = new int[16];
    int count = 0;
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
        if (count == words.length) {
          words = Arrays.copyOf(words, count * 2);
        }
        words[count++] = Texts.lowerCaseHash(text, start, i);
      }
    }
    if (count < 3) {
      return new long[0];
    }
    long[] out = new long[count - 2];
    for (int w = 0; w + 2 < count; w++) {
      out[w] = ((long) words[w] * 31 + words[w + 1]) * 31 + words[w + 2];
    }
    // which triples a paragraph holds counts, not their order
    Arrays.sort(out);
    int distinct = 0;
    for (int k = 0; k < out.length; k++) {
      if (k == 0 || out[k] != out[k - 1]) {
        out[distinct++] = out[k];
      }
    }
    return Arrays.copyOf(out, distinct);
  }
}
