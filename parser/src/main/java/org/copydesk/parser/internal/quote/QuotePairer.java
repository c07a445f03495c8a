package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.parser.internal.text.Characters;

/**
 * Pairs quotation marks in one paragraph: straight and curly double and single quotes, doubled apostrophes ({@code ''})
 * and backticks used as double quotes, « », ‹ ›, „ “, ‚ ‘, 「 」 and 『 』. Single quotes are told apart from
 * apostrophes (don't, the parents' house, '90s, 'cause) by the characters around them.
 *
 * <p>Marks are read left to right with a stack of open marks. A closing mark looks for its opener among the few
 * topmost entries only and discards the unclosed openers above it, so an unbalanced mark never swallows the rest of
 * the paragraph and the work stays linear however many marks are left open.
 */
final class QuotePairer {

  /** How deep a closing mark looks into the stack of open marks. */
  private static final int MAX_DEPTH = 8;

  /** The families of marks that pair with each other. */
  enum Family { DOUBLE, SINGLE, GUILLEMET, SINGLE_GUILLEMET, CORNER, WHITE_CORNER }

  /** A pair of marks: the opener at {@code open} (length {@code openLength}) and the closer at {@code close}. */
  record Pair(int open, int openLength, int close, int closeLength, Family family) {

    int contentStart() {
      return open + openLength;
    }

    int contentEnd() {
      return close;
    }

    int end() {
      return close + closeLength;
    }
  }

  /** An opening mark left unclosed at the end of the paragraph. */
  record Open(int position, int length, Family family, char mark) {}

  /** The pairs of a paragraph in order of their openers, and the openers left unclosed, outermost first. */
  record Result(List<Pair> pairs, List<Open> unclosed) {}

  private final Knowledge knowledge;

  QuotePairer(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Pairs the marks of {@code text} between {@code from} and {@code to}. */
  Result pair(String text, int from, int to) {
    List<Open> stack = new ArrayList<>();
    List<Pair> pairs = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      char prev = i > from ? text.charAt(i - 1) : ' ';
      char next = i + 1 < to ? text.charAt(i + 1) : ' ';
      int length = 1;
      switch (c) {
        case '"' -> ambiguousDouble(stack, pairs, i, 1, prev, next);
        case '\'' -> {
          if (next == '\'') {
            length = 2;
            char after = i + 2 < to ? text.charAt(i + 2) : ' ';
            ambiguousDouble(stack, pairs, i, 2, prev, after);
          } else {
            apostropheLike(text, to, stack, pairs, i, prev, next, true);
          }
        }
        case '`' -> {
          if (next == '`') {
            length = 2;
            stack.add(new Open(i, 2, Family.DOUBLE, c));
          }
        }
        case '\u201C' -> { // “ opens, or closes „
          int k = find(stack, Family.DOUBLE, '\u201E');
          if (k < 0 && isSpace(next) && !isSpace(prev)) {
            k = find(stack, Family.DOUBLE, (char) 0);
          }
          if (k >= 0) {
            close(stack, pairs, k, i, 1);
          } else if (!isSpace(next) || isNoBreakSpace(next) && isSpace(prev)) {
            stack.add(new Open(i, 1, Family.DOUBLE, c));
          }
        }
        case '\u201D' -> { // ” closes; opens only where a text uses it on both sides
          int k = find(stack, Family.DOUBLE, (char) 0);
          if (k >= 0) {
            close(stack, pairs, k, i, 1);
          } else if (opensAt(prev, next)) {
            stack.add(new Open(i, 1, Family.DOUBLE, c));
          }
        }
        case '\u201E', '\u201F' -> stack.add(new Open(i, 1, Family.DOUBLE, c));
        case '\u2018' -> { // ‘ opens, closes ‚, or is a misdirected apostrophe
          int k = find(stack, Family.SINGLE, '\u201A');
          if (k >= 0) {
            close(stack, pairs, k, i, 1);
          } else if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            break;
          } else if (Character.isDigit(next) || elisionFollows(text, i + 1, to)) {
            break;
          } else if (!isSpace(next)) {
            stack.add(new Open(i, 1, Family.SINGLE, text.charAt(i)));
          }
        }
        case '\u2019' -> apostropheLike(text, to, stack, pairs, i, prev, next, false);
        case '\u201A', '\u201B' -> {
          if (!isSpace(next)) {
            stack.add(new Open(i, 1, Family.SINGLE, text.charAt(i)));
          }
        }
        case '\u00AB', '\u00BB' -> guillemet(stack, pairs, i, c, prev, next, Family.GUILLEMET);
        case '\u2039', '\u203A' -> guillemet(stack, pairs, i, c, prev, next, Family.SINGLE_GUILLEMET);
        case '\u300C' -> stack.add(new Open(i, 1, Family.CORNER, c));
        case '\u300E' -> stack.add(new Open(i, 1, Family.WHITE_CORNER, c));
        case '\u300D' -> closeIfOpen(stack, pairs, i, Family.CORNER);
        case '\u300F' -> closeIfOpen(stack, pairs, i, Family.WHITE_CORNER);
        default -> { }
      }
      i += length;
    }
    pairs.sort((a, b) -> Integer.compare(a.open(), b.open()));
    return new Result(pairs, List.copyOf(stack));
  }

  private void ambiguousDouble(List<Open> stack, List<Pair> pairs, int i, int length, char prev, char next) {
    boolean left = opensAt(prev, next) || isNoBreakSpace(next) && isSpace(prev);
    boolean right = closesAt(prev, next);
    int k = find(stack, Family.DOUBLE, (char) 0);
    if (k >= 0 && (right || !left)) {
      close(stack, pairs, k, i, length);
    } else if (left || !isSpace(next)) {
      stack.add(new Open(i, length, Family.DOUBLE, '"'));
    }
  }

  /** ' and ’: an apostrophe inside or at the edge of a word, or a single quotation mark. */
  private void apostropheLike(String text, int to, List<Open> stack, List<Pair> pairs, int i, char prev, char next,
      boolean canOpen) {
    if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
      return;
    }
    if (!isSpace(prev) && !Character.isLetterOrDigit(next)) {
      int k = find(stack, Family.SINGLE, (char) 0);
      if (k >= 0) {
        close(stack, pairs, k, i, 1);
      }
      return;
    }
    if (canOpen && opensAt(prev, next) && !Character.isDigit(next) && !elisionFollows(text, i + 1, to)) {
      stack.add(new Open(i, 1, Family.SINGLE, text.charAt(i)));
    }
  }

  private void guillemet(List<Open> stack, List<Pair> pairs, int i, char c, char prev, char next, Family family) {
    char other = switch (c) {
      case '\u00AB' -> '\u00BB';
      case '\u00BB' -> '\u00AB';
      case '\u2039' -> '\u203A';
      default -> '\u2039';
    };
    int k = find(stack, family, other);
    if (k >= 0) {
      close(stack, pairs, k, i, 1);
    } else if (!isSpace(next) || !isSpace(prev) || (c == '\u00AB' || c == '\u2039') && isSpace(prev)) {
      // French typography sets a (no-break) space inside the marks: « Nous restons. »
      stack.add(new Open(i, 1, family, c));
    }
  }

  private void closeIfOpen(List<Open> stack, List<Pair> pairs, int i, Family family) {
    int k = find(stack, family, (char) 0);
    if (k >= 0) {
      close(stack, pairs, k, i, 1);
    }
  }

  /**
   * Returns the stack index of the nearest open mark of {@code family} among the topmost entries, or -1; when
   * {@code opener} is not 0 the open mark must be that character.
   */
  private static int find(List<Open> stack, Family family, char opener) {
    int floor = Math.max(0, stack.size() - MAX_DEPTH);
    for (int k = stack.size() - 1; k >= floor; k--) {
      Open o = stack.get(k);
      if (o.family() == family && (opener == 0 || o.mark() == opener)) {
        return k;
      }
    }
    return -1;
  }

  private static void close(List<Open> stack, List<Pair> pairs, int k, int at, int length) {
    Open o = stack.get(k);
    while (stack.size() > k) {
      stack.remove(stack.size() - 1);
    }
    if (o.position() + o.length() < at) {
      pairs.add(new Pair(o.position(), o.length(), at, length, o.family()));
    }
  }

  private boolean elisionFollows(String text, int from, int to) {
    int end = from;
    while (end < to && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end == from || end - from > 7) {
      return false;
    }
    boolean closesWord = end == to || !Character.isLetterOrDigit(text.charAt(end));
    return closesWord && knowledge.isElision(text.substring(from, end).toLowerCase(java.util.Locale.ROOT));
  }

  /** A mark opens when it follows a space or an opening punctuation mark and precedes a non-space. */
  private static boolean opensAt(char prev, char next) {
    return !isSpace(next) && (isSpace(prev) || "([{-\u2013\u2014/:\u201C\u2018\u00AB".indexOf(prev) >= 0);
  }

  /** A mark closes when it follows a non-space and precedes a space or punctuation. */
  private static boolean closesAt(char prev, char next) {
    return !isSpace(prev) && (isSpace(next) || !Character.isLetterOrDigit(next));
  }

  /** A no-break space (U+00A0, U+202F, U+2007), which typography sets inside quotation marks on purpose. */
  private static boolean isNoBreakSpace(char c) {
    return c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }

  private static boolean isSpace(char c) {
    return Characters.isSpace(c);
  }
}
