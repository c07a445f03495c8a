package org.copydesk.parser.internal.quote;

import java.util.Locale;

/**
 * One token of a paragraph's narrative: a word, a punctuation character, or a whole quotation standing in for the
 * words inside its marks.
 *
 * @param quote for a {@link Type#QUOTE} token the index of its quotation in the paragraph, otherwise -1
 * @param lower the word lower-cased, without a possessive ending ('s, ’s, s'), computed once: the quote stage asks
 *     for it many times per token
 */
record Token(Type type, int start, int end, String text, int quote, String lower) {

  Token(Type type, int start, int end, String text, int quote) {
    this(type, start, end, text, quote, bare(text).toLowerCase(Locale.ROOT));
  }

  /** What a token is. */
  enum Type { WORD, PUNCT, QUOTE }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isQuote() {
    return type == Type.QUOTE;
  }

  boolean isPunct(char c) {
    return type == Type.PUNCT && text.charAt(0) == c;
  }

  /** Whether this is a punctuation token that is one of {@code chars}. */
  boolean isPunctIn(String chars) {
    return type == Type.PUNCT && chars.indexOf(text.charAt(0)) >= 0;
  }

  /** Whether this is a dash: a hyphen-minus standing alone, an en dash, an em dash or a horizontal bar. */
  boolean isDash() {
    return isPunctIn("-\u2010\u2011\u2012\u2013\u2014\u2015");
  }

  /** The word without a possessive ending. */
  String bare() {
    return bare(text);
  }

  private static String bare(String text) {
    int n = text.length();
    if (n > 2 && (text.endsWith("'s") || text.endsWith("\u2019s"))) {
      return text.substring(0, n - 2);
    }
    return text;
  }

  boolean isPossessive() {
    return type == Type.WORD && !bare().equals(text);
  }

  /** Whether the word starts with an upper-case letter or a digit followed by upper case ("G7", "NATO", "McCain"). */
  boolean isCapitalized() {
    if (type != Type.WORD) {
      return false;
    }
    char first = text.charAt(0);
    if (Character.isUpperCase(first)) {
      return true;
    }
    return Character.isDigit(first) && text.chars().anyMatch(Character::isUpperCase);
  }

  /** Whether the word has two or more letters, all upper case ("NATO", "BBC/NPR", "U.S."). */
  boolean isAcronym() {
    if (type != Type.WORD) {
      return false;
    }
    int letters = 0;
    String b = bare();
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
