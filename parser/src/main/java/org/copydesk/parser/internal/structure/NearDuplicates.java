package org.copydesk.parser.internal.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copydesk.core.Block;
import org.copydesk.core.Paragraph;
import org.copydesk.parser.internal.text.Texts;

/**
 * Marks paragraphs that repeat another paragraph almost word for word (a passage a page shows twice) with
 * {@link Paragraph#duplicateOf()}. The shorter copy (of equal ones, the later) points at the fuller one. Runs in time
 * about linear in the text (a sort of the word triples' hashes): paragraphs are compared through shared word triples,
 * and triples shared by many paragraphs are ignored.
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
    int n = blocks.size();
    long[][] triples = new long[n][];
    int total = 0;
    for (int b = 0; b < n; b++) {
      triples[b] = blocks.get(b) instanceof Paragraph p ? triples(p.text()) : new long[0];
      total += triples[b].length;
    }
    // the postings of each distinct triple (the paragraphs that hold it, in order), in flat arrays
    long[] distinct = new long[total];
    int k = 0;
    for (long[] t : triples) {
      System.arraycopy(t, 0, distinct, k, t.length);
      k += t.length;
    }
    Arrays.sort(distinct);
    int d = 0;
    for (int i = 0; i < total; i++) {
      if (i == 0 || distinct[i] != distinct[i - 1]) {
        distinct[d++] = distinct[i];
      }
    }
    // each paragraph's triples as numbers of distinct triples
    int[][] ids = new int[n][];
    int[] postingStart = new int[d + 1];
    for (int b = 0; b < n; b++) {
      ids[b] = new int[triples[b].length];
      for (int j = 0; j < ids[b].length; j++) {
        ids[b][j] = Arrays.binarySearch(distinct, 0, d, triples[b][j]);
        postingStart[ids[b][j] + 1]++;
      }
    }
    for (int i = 0; i < d; i++) {
      postingStart[i + 1] += postingStart[i];
    }
    int[] postings = new int[total];
    int[] filled = new int[d];
    for (int b = 0; b < n; b++) {
      for (int id : ids[b]) {
        postings[postingStart[id] + filled[id]++] = b;
      }
    }
    List<Block> out = new ArrayList<>(blocks);
    int[] shared = new int[n];
    int[] touched = new int[n];
    for (int b = 0; b < n; b++) {
      long[] t = triples[b];
      if (t.length + 2 < MIN_WORDS) {
        continue;
      }
      int touchedCount = 0;
      for (int id : ids[b]) {
        if (postingStart[id + 1] - postingStart[id] > MAX_POSTINGS) {
          continue;
        }
        for (int i = postingStart[id]; i < postingStart[id + 1]; i++) {
          int other = postings[i];
          if (other != b) {
            if (shared[other]++ == 0) {
              touched[touchedCount++] = other;
            }
          }
        }
      }
      int best = -1;
      for (int i = 0; i < touchedCount; i++) {
        int other = touched[i];
        boolean fuller = triples[other].length > t.length || triples[other].length == t.length && other < b;
        if (fuller && shared[other] >= CONTAINED * t.length && (best < 0 || other < best)) {
          best = other;
        }
        shared[other] = 0;
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
