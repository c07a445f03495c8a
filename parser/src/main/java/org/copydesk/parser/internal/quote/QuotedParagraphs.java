package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Block;
import org.copydesk.core.Paragraph;
import org.copydesk.parser.internal.quote.ParagraphText.Quoted;

/**
 * The first stage: pairs the quotation marks of each body paragraph and reads it as {@link ParagraphText}. A
 * quotation left open at a paragraph's end runs on into the next paragraph when that one opens with a mark; paragraphs
 * marked as duplicates are skipped. Stateless and thread-safe.
 */
final class QuotedParagraphs {

  /** The longest transcript speaker label ("MR. JONES:") read at the start of quoted words, in characters. */
  private static final int MAX_LABEL = 30;
  /** The fewest capital letters of a transcript speaker label. */
  private static final int MIN_LABEL_LETTERS = 2;
  /** The most words of a nickname quoted inside a name (Mary "Red" Smith). */
  private static final int MAX_NICKNAME_WORDS = 2;

  private final Knowledge knowledge;
  private final QuotePairer pairer;

  QuotedParagraphs(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.pairer = new QuotePairer(knowledge);
  }

  /** Returns the body paragraphs of {@code blocks} read for quotes, in order. */
  List<ParagraphText> read(String input, List<Block> blocks) {
    List<Integer> indices = new ArrayList<>();
    List<QuotePairer.Result> pairs = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      if (blocks.get(b) instanceof Paragraph p && !p.isDuplicate()) {
        indices.add(b);
        pairs.add(pairer.pair(input, p.span().start(), p.span().end()));
      }
    }
    List<ParagraphText> out = new ArrayList<>();
    boolean previousTail = false;
    for (int k = 0; k < indices.size(); k++) {
      Paragraph p = (Paragraph) blocks.get(indices.get(k));
      int from = p.span().start();
      int to = p.span().end();
      QuotePairer.Result r = pairs.get(k);
      QuotePairer.Open tail = r.unclosed().isEmpty() ? null : r.unclosed().get(0);
      boolean useTail = tail != null && k + 1 < indices.size()
          && opensWithMark(input, pairs.get(k + 1), (Paragraph) blocks.get(indices.get(k + 1)));
      List<Quoted> quotes = new ArrayList<>();
      int coveredTo = -1;
      for (QuotePairer.Pair pair : r.pairs()) {
        if (pair.open() < coveredTo || useTail && pair.open() >= tail.position()
            || isNickname(input, pair, from, to)) {
          continue;
        }
        quotes.add(new Quoted(pair.open(), pair.end(), pair.contentStart(), pair.contentEnd(), false,
            labelEnd(input, pair.contentStart(), pair.contentEnd())));
        coveredTo = pair.end();
      }
      if (useTail) {
        int contentStart = tail.position() + tail.length();
        quotes.add(new Quoted(tail.position(), to, contentStart, to, true, labelEnd(input, contentStart, to)));
      }
      boolean continues = previousTail && !quotes.isEmpty()
          && Chars.firstNonSpace(input, from, to) == quotes.get(0).start();
      out.add(new ParagraphText(indices.get(k), input, from, to, quotes, continues, knowledge));
      previousTail = useTail;
    }
    return out;
  }

  /**
   * Where a transcript's speaker label ("SMITH:", "MR. JONES:") at the start of quoted words ends, with the spaces
   * after it; {@code start} when there is none.
   */
  private static int labelEnd(String input, int start, int end) {
    int i = Chars.firstNonSpace(input, start, end);
    int letters = 0;
    while (i < end && i - start < MAX_LABEL) {
      char c = input.charAt(i);
      if (c == ':') {
        return letters >= MIN_LABEL_LETTERS ? Chars.firstNonSpace(input, i + 1, end) : start;
      }
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return start;
        }
        letters++;
      } else if (" .'-".indexOf(c) < 0) {
        return start;
      }
      i++;
    }
    return start;
  }

  /**
   * Whether the pair holds a nickname inside a name (Mary "Red" Smith): one to {@value #MAX_NICKNAME_WORDS} capitalised
   * words without punctuation, between two capitalised words. It is part of the name, no quotation.
   */
  private static boolean isNickname(String input, QuotePairer.Pair pair, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = pair.contentStart(); i < pair.contentEnd(); i++) {
      char c = input.charAt(i);
      if (Chars.isSpace(c)) {
        inWord = false;
      } else if (!Character.isLetter(c) && c != '.' || !inWord && !Character.isUpperCase(c)) {
        return false;
      } else if (!inWord) {
        inWord = true;
        words++;
      }
    }
    return words >= 1 && words <= MAX_NICKNAME_WORDS && capitalisedWordEnds(input, from, pair.open())
        && capitalisedWordStarts(input, pair.end(), to);
  }

  /** Whether a capitalised word ends right before {@code at}, one space between. */
  private static boolean capitalisedWordEnds(String input, int from, int at) {
    int i = at - 1;
    if (i <= from || !Chars.isSpace(input.charAt(i)) || !Character.isLetter(input.charAt(i - 1))) {
      return false;
    }
    i--;
    while (i > from && Character.isLetter(input.charAt(i - 1))) {
      i--;
    }
    return Character.isUpperCase(input.charAt(i));
  }

  /** Whether a capitalised word starts right after {@code at}, one space between. */
  private static boolean capitalisedWordStarts(String input, int at, int to) {
    return at + 1 < to && Chars.isSpace(input.charAt(at)) && Character.isUpperCase(input.charAt(at + 1));
  }

  private static boolean opensWithMark(String input, QuotePairer.Result next, Paragraph p) {
    int first = Chars.firstNonSpace(input, p.span().start(), p.span().end());
    for (QuotePairer.Pair pair : next.pairs()) {
      if (pair.open() == first) {
        return true;
      }
    }
    return !next.unclosed().isEmpty() && next.unclosed().get(0).position() == first;
  }
}
