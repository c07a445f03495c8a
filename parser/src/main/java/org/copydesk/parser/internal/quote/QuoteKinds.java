package org.copydesk.parser.internal.quote;

import java.util.Locale;
import org.copydesk.core.Quote;
import org.copydesk.parser.internal.quote.ParagraphText.Quoted;
import org.copydesk.parser.internal.text.Characters;

/**
 * Types an attributed quotation: {@code direct} for sentences of someone's words, {@code partial} for fragments inside
 * reported speech and for titles, {@code scare} when no speaker was found. Stateless and thread-safe.
 */
final class QuoteKinds {

  /** The fewest words of a quotation with no cue of its own that continues a speaker; shorter ones are terms. */
  static final int CONTINUATION_WORDS = 4;
  /** The fewest words of a quoted title ("Ten Ways to Grow Tomatoes"). */
  private static final int MIN_TITLE_WORDS = 2;
  /** The longest function word that may stay lower-case in a title ("of", "the", "and"). */
  private static final int MAX_TITLE_FUNCTION_WORD = 3;
  /** The fewest words of a quotation that is a sentence without a stop of its own. */
  private static final int MIN_SENTENCE_WORDS = 2;

  private final Knowledge knowledge;

  QuoteKinds(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** The kind of quotation {@code f}, standing as token {@code t}; {@code initial} when it opens its sentence. */
  Quote.Kind kindOf(ParagraphText p, Found f, int t, boolean initial) {
    if (f.speaker == null) {
      return Quote.Kind.SCARE;
    }
    if (f.quoted().hasLabel()) {
      return Quote.Kind.DIRECT;
    }
    if (isTitleCase(p, f.quoted()) || p.wordCount(f.quoted()) < MIN_SENTENCE_WORDS && !p.endsWithStop(f.quoted())) {
      return Quote.Kind.PARTIAL;
    }
    boolean cueBefore = f.cue != null && f.cue.token() < t;
    boolean capital = p.opensWithCapital(f.quoted());
    if (cueBefore && !f.cue.naming() && capital && isIntroducedBy(p, f.cue, t)) {
      // "She chanted, "What deadline?" and walked on": a sentence the cue introduces, whatever follows it.
      return Quote.Kind.DIRECT;
    }
    if (capital && t > 0 && t + 1 < p.tokens.size() && p.tokens.get(t - 1).isDash()
        && p.tokens.get(t + 1).isDash()) {
      // "treating it as a compliment -- "That makes me careful" -- and …": a sentence set off by dashes.
      return Quote.Kind.DIRECT;
    }
    if (isEmbedded(p, f, t)) {
      return Quote.Kind.PARTIAL;
    }
    // "Reed said, "we were stunned."": lower-case words right after the cue's comma are a fragment.
    boolean fragment = !capital && cueBefore && isIntroducedBy(p, f.cue, t);
    if (initial || t > 0 && p.tokens.get(t - 1).isPunctIn(":,") && !fragment) {
      return Quote.Kind.DIRECT;
    }
    return Quote.Kind.PARTIAL;
  }

  /** Whether the cue stands right before quotation token {@code t}, at most a comma or colon between. */
  static boolean isIntroducedBy(ParagraphText p, Cue cue, int t) {
    return cue.end() == t || cue.end() == t - 1 && p.tokens.get(t - 1).isPunctIn(":,");
  }

  /**
   * Whether the sentence goes on after the quotation with words that are not its attribution: any lower-case word
   * but a pronoun, speech verb or determiner opening the speaker's phrase, and before a cue that follows, a
   * preposition or conjunction (""…" for criminal conduct, she said").
   */
  private boolean isEmbedded(ParagraphText p, Found f, int t) {
    if (t + 1 >= p.tokens.size() || f.cue != null && f.cue.token() == t + 1) {
      return false;
    }
    Token next = p.tokens.get(t + 1);
    if (!next.isWord() || next.isCapitalized() || p.sentence[t + 1] != p.sentence[t]) {
      return false;
    }
    String cls = knowledge.functionWord(next.lower());
    if (f.cue != null && f.cue.token() > t) {
      return "prep".equals(cls) || "conj".equals(cls);
    }
    return knowledge.pronoun(next.lower()) == null && !knowledge.isSpeechVerb(next.lower()) && !"det".equals(cls);
  }

  /** Whether a word ends with a sentence stop and is no abbreviation ("Daddy." but not "Dr." or "U.S."). */
  private boolean endsSentence(String word) {
    if (word.length() < 2 || ".!?".indexOf(word.charAt(word.length() - 1)) < 0) {
      return false;
    }
    String bare = word.substring(0, word.length() - 1);
    return bare.indexOf('.') < 0 && !knowledge.isAbbreviation(bare);
  }

  /** Whether the quoted words are a title ("Ten Ways to Grow Tomatoes"): two or more words, all capitalised. */
  boolean isTitleCase(ParagraphText p, Quoted q) {
    String input = p.input;
    int words = 0;
    int i = q.labelEnd();
    while (i < q.contentEnd()) {
      while (i < q.contentEnd() && !Character.isLetterOrDigit(input.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < q.contentEnd() && !Characters.isSpace(input.charAt(i))) {
        i++;
      }
      if (start >= q.contentEnd()) {
        break;
      }
      char c = input.charAt(start);
      String word = input.substring(start, i).toLowerCase(Locale.ROOT);
      if (i < q.contentEnd() && endsSentence(word)) {
        // "The Boss. The Chief.": a stop inside the quoted words makes them sentences, not a title.
        return false;
      }
      if (Character.isLowerCase(c)
          && !(word.length() <= MAX_TITLE_FUNCTION_WORD && knowledge.functionWord(word) != null)) {
        return false;
      }
      words++;
    }
    return words >= MIN_TITLE_WORDS;
  }
}
