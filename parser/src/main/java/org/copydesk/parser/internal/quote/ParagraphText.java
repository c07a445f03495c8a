package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.parser.internal.text.Characters;
import org.copydesk.parser.internal.text.Texts;

/**
 * One body paragraph read for quotes: its top-level quotations, and its narrative as tokens (each quotation one
 * token) split into sentences.
 */
final class ParagraphText {

  /**
   * A top-level quotation of the paragraph: the marks and words from {@code start} to {@code end}, the words from
   * {@code contentStart} to {@code contentEnd}. An {@code unclosed} quotation runs on into the next paragraph. A
   * transcript's speaker label at the start of the words ("SMITH: …") stands from {@code contentStart} to
   * {@code labelEnd}; without one {@code labelEnd} equals {@code contentStart}.
   */
  record Quoted(int start, int end, int contentStart, int contentEnd, boolean unclosed, int labelEnd) {

    boolean hasLabel() {
      return labelEnd > contentStart;
    }
  }

  final int block;
  final String input;
  final int from;
  final int to;
  final List<Quoted> quotes;
  /** Whether the paragraph opens with the continuation of a quotation left open at the previous paragraph's end. */
  final boolean continuesQuote;
  final List<Token> tokens;
  /** For each token, the index of its sentence within the paragraph. */
  final int[] sentence;
  /** For each sentence, the index of its first token; one more entry holds the token count. */
  private final int[] sentenceStarts;
  /** For each quotation, the index of its token. */
  private final int[] quoteTokens;

  private final Knowledge knowledge;

  ParagraphText(int block, String input, int from, int to, List<Quoted> quotes, boolean continuesQuote,
      Knowledge knowledge) {
    this.block = block;
    this.input = input;
    this.from = from;
    this.to = to;
    this.quotes = List.copyOf(quotes);
    this.continuesQuote = continuesQuote;
    this.knowledge = knowledge;
    this.tokens = tokenize();
    this.sentence = sentences();
    int count = tokens.isEmpty() ? 0 : sentence[tokens.size() - 1] + 1;
    this.sentenceStarts = new int[count + 1];
    this.quoteTokens = new int[quotes.size()];
    for (int i = tokens.size() - 1; i >= 0; i--) {
      sentenceStarts[sentence[i]] = i;
      if (tokens.get(i).isQuote()) {
        quoteTokens[tokens.get(i).quote()] = i;
      }
    }
    sentenceStarts[count] = tokens.size();
  }

  /** Returns the index of the token of quotation {@code q}. */
  int tokenOf(int q) {
    return quoteTokens[q];
  }

  /** Returns the first token index of the sentence holding token {@code t}. */
  int sentenceStart(int t) {
    return sentenceStarts[sentence[t]];
  }

  /** Returns the index after the last token of the sentence holding token {@code t}. */
  int sentenceEnd(int t) {
    return sentenceStarts[sentence[t] + 1];
  }

  /** Returns whether only opening punctuation stands between the start of token {@code t}'s sentence and it. */
  boolean isSentenceInitial(int t) {
    for (int i = sentenceStart(t); i < t; i++) {
      if (!tokens.get(i).isPunctIn("([-\u2013\u2014")) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether a quotation token stands among tokens {@code [from, to)}. */
  boolean hasQuoteBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isQuote()) {
        return true;
      }
    }
    return false;
  }

  /** Returns the index of the token holding {@code position} among tokens {@code [from, to)}; -1 if none. */
  int tokenAt(int position, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).end() > position) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the input text of tokens {@code [from, to)}. */
  String text(int from, int to) {
    return input.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** Returns the number of space-separated words inside quotation {@code q}. */
  int wordCount(Quoted q) {
    int count = 0;
    boolean inWord = false;
    for (int i = q.contentStart(); i < q.contentEnd(); i++) {
      boolean space = Characters.isSpace(input.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /** Returns whether the words of quotation {@code q} open with a capital letter (after any marks). */
  boolean opensWithCapital(Quoted q) {
    for (int i = q.labelEnd(); i < q.contentEnd(); i++) {
      char c = input.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return Character.isUpperCase(c);
      }
    }
    return false;
  }

  /** Returns whether the words of quotation {@code q} end with a comma: the sentence goes on after the mark. */
  boolean endsWithComma(Quoted q) {
    int i = Texts.lastNonSpace(input, q.contentStart(), q.contentEnd());
    return i > q.contentStart() && input.charAt(i - 1) == ',';
  }

  /** Returns whether the words of quotation {@code q} end with a sentence stop (. ! ? …). */
  boolean endsWithStop(Quoted q) {
    for (int i = q.contentEnd() - 1; i >= q.contentStart(); i--) {
      char c = input.charAt(i);
      if (!Characters.isSpace(c)) {
        return ".!?\u2026".indexOf(c) >= 0;
      }
    }
    return false;
  }

  private List<Token> tokenize() {
    List<Token> out = new ArrayList<>();
    int q = 0;
    int i = from;
    while (i < to) {
      if (q < quotes.size() && i >= quotes.get(q).start()) {
        Quoted quoted = quotes.get(q);
        out.add(new Token(Token.Type.QUOTE, quoted.start(), quoted.end(), input.substring(quoted.start(),
            quoted.end()), q));
        i = Math.max(i, quoted.end());
        q++;
        continue;
      }
      int limit = q < quotes.size() ? quotes.get(q).start() : to;
      char c = input.charAt(i);
      if (Characters.isSpace(c)) {
        i++;
      } else if (isWordChar(c)) {
        int end = wordEnd(i, limit);
        out.add(new Token(Token.Type.WORD, i, end, input.substring(i, end), -1));
        i = end;
      } else {
        int end = i + 1;
        if (c == '-' || c == '.') {
          while (end < limit && input.charAt(end) == c) {
            end++;
          }
        }
        out.add(new Token(Token.Type.PUNCT, i, end, input.substring(i, end), -1));
        i = end;
      }
    }
    return List.copyOf(out);
  }

  private int wordEnd(int i, int limit) {
    int end = i + 1;
    while (end < limit) {
      char c = input.charAt(end);
      if (isWordChar(c)) {
        end++;
      } else if ("'\u2019-\u2010./&,".indexOf(c) >= 0 && end + 1 < limit && isWordChar(input.charAt(end + 1))
          && (c != ',' || Character.isDigit(input.charAt(end - 1)) && Character.isDigit(input.charAt(end + 1)))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private int[] sentences() {
    int[] out = new int[tokens.size()];
    int s = 0;
    for (int i = 0; i < tokens.size(); i++) {
      out[i] = s;
      if (i + 1 < tokens.size() && endsSentence(i)) {
        s++;
      }
    }
    return out;
  }

  private boolean endsSentence(int i) {
    Token t = tokens.get(i);
    Token next = tokens.get(i + 1);
    for (int k = t.end(); k < next.start(); k++) {
      if (input.charAt(k) == '\n') {
        return true;
      }
    }
    boolean nextStarts = next.isQuote() || next.isCapitalized() || next.isWord() && Character.isDigit(next.text()
        .charAt(0)) || next.isPunctIn("(['\"\u201C\u2018");
    if (t.isQuote()) {
      Quoted quoted = quotes.get(t.quote());
      return (next.isQuote() || next.isCapitalized()) && endsWithSentencePunct(quoted.contentStart(),
          quoted.contentEnd());
    }
    if (t.isPunctIn("!?\u2026") || t.isPunct('.') && t.text().length() >= 3) {
      return nextStarts;
    }
    if (t.isPunct('.')) {
      return nextStarts && !(i > 0 && isAbbreviation(tokens.get(i - 1), t));
    }
    return t.isPunctIn(";") && next.isQuote();
  }

  private boolean isAbbreviation(Token word, Token dot) {
    if (!word.isWord() || word.end() != dot.start()) {
      return false;
    }
    String w = word.text();
    if (w.length() == 1 && Character.isUpperCase(w.charAt(0)) || w.indexOf('.') > 0) {
      return true;
    }
    return knowledge.isAbbreviation(w.toLowerCase(java.util.Locale.ROOT));
  }

  private boolean endsWithSentencePunct(int start, int end) {
    for (int k = end - 1; k >= start; k--) {
      char c = input.charAt(k);
      if (Characters.isSpace(c) || "'\"\u2019\u201D)".indexOf(c) >= 0) {
        continue;
      }
      return ".!?\u2026".indexOf(c) >= 0;
    }
    return false;
  }
}
