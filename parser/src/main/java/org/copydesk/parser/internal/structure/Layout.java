package org.copydesk.parser.internal.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.copydesk.core.Block;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.structure.lines.Page;
import org.copydesk.parser.internal.structure.lines.PageLine;

/**
 * What each line of a page has been found to be, filled in stage by stage during one read: part of a block, the
 * headline, the credit line, the date line, or removed chrome. Not thread-safe; each read makes its own.
 *
 * <p>A line belongs to at most one block; a removal may lie inside a block (a player's "please wait" inside a video),
 * so every line is accounted for and blocks never overlap.
 */
final class Layout {

  private final Page page;
  private final int[] owner;
  private final Removal.Reason[] removal;
  private final List<Claim> claims = new ArrayList<>();
  private final List<Removal> partial = new ArrayList<>();
  private final List<Integer> notices = new ArrayList<>();
  private int headline = -1;
  private int creditFirst = -1;
  private int creditLast = -1;
  private int date = -1;

  /** Lines {@code first..last} make one block. */
  private record Claim(int first, int last, Factory factory) {}

  Layout(Page page) {
    this.page = page;
    this.owner = new int[page.lines().size()];
    this.removal = new Removal.Reason[page.lines().size()];
    Arrays.fill(owner, -1);
  }

  /** Returns whether line {@code i} is neither in a block, nor removed, nor the headline, credit or date line. */
  boolean isFree(int i) {
    return owner[i] < 0 && removal[i] == null && i != headline && (i < creditFirst || i > creditLast) && i != date;
  }

  /** Returns whether line {@code i} is part of a block. */
  boolean inBlock(int i) {
    return owner[i] >= 0;
  }

  /** Returns the reason line {@code i} was removed for, or null. */
  Removal.Reason removal(int i) {
    return removal[i];
  }

  /** Returns the first line of the credit, or -1. */
  int credit() {
    return creditFirst;
  }

  /** Returns the headline's line, or -1. */
  int headline() {
    return headline;
  }

  void setHeadline(int i) {
    headline = i;
  }

  /** Makes lines {@code first..last} the credit line(s), or none when {@code first} is -1. */
  void setCredit(int first, int last) {
    creditFirst = first;
    creditLast = last;
  }

  void setDate(int i) {
    date = i;
  }

  /** Removes line {@code i} for {@code reason}. */
  void remove(int i, Removal.Reason reason) {
    removal[i] = reason;
  }

  /** Removes the stretch {@code [start, end)} of the input, a part of a line inside a block, for {@code reason}. */
  void remove(int start, int end, Removal.Reason reason) {
    partial.add(Removal.of(page.input().substring(start, end), reason, Span.of(start, end)));
  }

  /**
   * Makes lines {@code first..last} one block, built by {@code block} from its text and span. Lines already removed
   * inside the range stay removed (and covered by the block's span).
   */
  void claim(int first, int last, Factory block) {
    int id = claims.size();
    claims.add(new Claim(first, last, block));
    for (int i = first; i <= last; i++) {
      owner[i] = id;
    }
  }

  /** Builds a block from its text and span. */
  interface Factory {
    Block build(String text, Span span);
  }

  /** Returns the span from the start of line {@code first} to the end of line {@code last}. */
  Span span(int first, int last) {
    return Span.of(page.lines().get(first).start(), page.lines().get(last).end());
  }

  /** Returns the blocks in input order. */
  List<Block> blocks() {
    List<Claim> ordered = new ArrayList<>(claims);
    ordered.sort(Comparator.comparingInt(Claim::first));
    List<Block> blocks = new ArrayList<>(ordered.size());
    for (Claim c : ordered) {
      Span span = span(c.first(), c.last());
      blocks.add(c.factory().build(span.slice(page.input()), span));
    }
    return blocks;
  }

  /** Marks line {@code i} as a pseudonym notice: whatever block takes it is one. */
  void markPseudonymNotice(int i) {
    notices.add(i);
  }

  /** Returns the indices into {@link #blocks()} of the blocks that hold a pseudonym notice, in order. */
  List<Integer> pseudonymNotices() {
    return blockIndices(notices);
  }

  /** Returns the indices into {@link #blocks()} of the blocks that hold any of {@code lines}, in order. */
  private List<Integer> blockIndices(List<Integer> lines) {
    List<Claim> ordered = new ArrayList<>(claims);
    ordered.sort(Comparator.comparingInt(Claim::first));
    List<Integer> indices = new ArrayList<>();
    for (int b = 0; b < ordered.size(); b++) {
      Claim c = ordered.get(b);
      for (int line : lines) {
        if (line >= c.first() && line <= c.last()) {
          indices.add(b);
          break;
        }
      }
    }
    return indices;
  }

  /** Returns the removals in input order: every removed line, and every line nothing else accounts for. */
  List<Removal> removals(IntFunction<Removal.Reason> fallback) {
    List<Removal> out = new ArrayList<>();
    for (int i = 0; i < owner.length; i++) {
      Removal.Reason reason = removal[i];
      if (reason == null && isFree(i)) {
        reason = fallback.apply(i);
      }
      if (reason != null) {
        PageLine line = page.lines().get(i);
        out.add(Removal.of(line.text(), reason, line.span()));
      }
    }
    out.addAll(partial);
    for (Span span : page.invisible()) {
      out.add(Removal.of(span.slice(page.input()), Removal.Reason.OTHER, span));
    }
    out.sort(Comparator.comparingInt((Removal r) -> r.span().start()).thenComparingInt(r -> r.span().end()));
    return out;
  }
}
