package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Block;
import org.copydesk.core.Paragraph;
import org.copydesk.parser.internal.quote.ParagraphText.Quoted;
import org.copydesk.parser.internal.text.Characters;
import org.copydesk.parser.internal.text.Texts;

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
          && Texts.firstNonSpace(input, from, to) == quotes.get(0).start();
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
    int i = Texts.firstNonSpace(input, start, end);
    int letters = 0;
    while (i < end && i - start < MAX_LABEL) {
      char c = input.charAt(i);
      if (c == ':') {
        return letters >= MIN_LABEL_LETTERS ? Texts.firstNonSpace(input, i + 1, end) : start;
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
   * Whether the pair holds a nickname inside a name (Mary "Red" Smith): one or {@value #MAX_NICKNAME_WORDS} capitalised
   * words without punctuation, not in capitals, between a given name and a surname after which the text goes on in
   * lower case or punctuation. It is part of the name, no quotation. In a title-case line ("The 'Big Song' Scene In
   * …") the word after the surname is capitalised too.
   */
  private static boolean isNickname(String input, QuotePairer.Pair pair, int from, int to) {
    int words = 0;
    int i = pair.contentStart();
    while (i < pair.contentEnd()) {
      int end = wordEnd(input, i, pair.contentEnd());
      if (!isCapitalisedWord(input, i, end)) {
        return false;
      }
      words++;
      i = Texts.firstNonSpace(input, end, pair.contentEnd());
      if (i == end && i < pair.contentEnd()) {
        return false;
      }
    }
    if (words == 0 || words > MAX_NICKNAME_WORDS || pair.open() - from < 2
        || !Characters.isSpace(input.charAt(pair.open() - 1)) || pair.end() + 1 >= to
        || !Characters.isSpace(input.charAt(pair.end()))) {
      return false;
    }
    int givenEnd = pair.open() - 1;
    int given = givenEnd;
    while (given > from && Character.isLetter(input.charAt(given - 1))) {
      given--;
    }
    int surname = pair.end() + 1;
    int surnameEnd = wordEnd(input, surname, to);
    if (!isCapitalisedWord(input, given, givenEnd) || !isCapitalisedWord(input, surname, surnameEnd)) {
      return false;
    }
    int after = Texts.firstNonSpace(input, surnameEnd, to);
    return after == to || !Character.isUpperCase(input.charAt(after));
  }

  /** Where the run of letters and full stops from {@code i} ends. */
  private static int wordEnd(String input, int i, int to) {
    while (i < to && (Character.isLetter(input.charAt(i)) || input.charAt(i) == '.')) {
      i++;
    }
    return i;
  }

  /** Whether {@code [start, end)} is a word of letters with a capital first and lower-case letters after it. */
  private static boolean isCapitalisedWord(String input, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(input.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (!Character.isLowerCase(input.charAt(i)) && input.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean opensWithMark(String input, QuotePairer.Result next, Paragraph p) {
    int first = Texts.firstNonSpace(input, p.span().start(), p.span().end());
    for (QuotePairer.Pair pair : next.pairs()) {
      if (pair.open() == first) {
        return true;
      }
    }
    return !next.unclosed().isEmpty() && next.unclosed().get(0).position() == first;
  }
}
