package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Quote;
import org.copydesk.parser.internal.quote.SourceTable.Entity;

/**
 * The direct attribution stage, run on each paragraph in reading order: each quotation takes the speaker of its
 * transcript label, or of the cue around it ("…," she said / she said, "…"), or continues the speaker of the quotation
 * before it, of the one right after it, or of the previous paragraph; {@link QuoteKinds} then types it. The work is
 * linear in the paragraph: each quotation looks at the cues within a bounded reach of it only. Stateless and
 * thread-safe.
 */
final class DirectAttribution {

  /** How many tokens after a quotation its cue ("she said", "said the minister") may stand. */
  private static final int CUE_AFTER = 25;
  /** How many tokens before a quotation, in its sentence, its cue may stand. */
  private static final int CUE_BEFORE = 60;
  /** How close before a quotation a naming verb ("called it a …") must stand. */
  private static final int NAMING_REACH = 8;
  /** How many tokens after the cue an inverted speaker ("…," said the minister) may start. */
  private static final int SPEAKER_AFTER_CUE = 4;

  private final Knowledge knowledge;
  private final QuoteKinds kinds;

  DirectAttribution(Knowledge knowledge, QuoteKinds kinds) {
    this.knowledge = knowledge;
    this.kinds = kinds;
  }

  /**
   * Attributes the quotations of {@code p}.
   *
   * @param cues the paragraph's cues in token order, with their speakers resolved
   * @param labelled the speaker of each quotation's transcript label, or null
   * @param tail the last quotation before this paragraph, which its first quotation continues when the paragraph
   *     {@linkplain ParagraphText#continuesQuote continues a quote}; or null
   * @param chain the speaker of the previous paragraph that a quotation without a cue continues, or null
   */
  List<Found> attribute(ParagraphText p, List<Cue> cues, List<Entity> labelled, Found tail, Entity chain) {
    List<Found> fs = new ArrayList<>();
    for (int q = 0; q < p.quotes.size(); q++) {
      Found f = new Found(p, q);
      fs.add(f);
      if (labelled.get(q) != null) {
        f.speaker = labelled.get(q);
        continue;
      }
      int t = f.token();
      boolean initial = p.isSentenceInitial(t);
      int next = firstCueAfter(cues, t);
      f.cue = initial ? after(p, cues, next, t) : before(p, cues, next, t);
      if (!initial && (f.cue == null || p.endsWithComma(f.quoted()) && !QuoteKinds.isIntroducedBy(p, f.cue, t))) {
        // "It referred to her record: "A," the union wrote.": a cue right after words ending in a comma is theirs.
        Cue cueAfter = after(p, cues, next, t);
        if (f.cue == null || cueAfter != null && startsAttribution(p, cueAfter, t)) {
          f.cue = cueAfter;
        }
      }
      if (f.cue != null) {
        f.speaker = f.cue.speaker();
      }
    }
    Found previous = null;
    for (int q = 0; q < fs.size(); q++) {
      Found f = fs.get(q);
      if (q == 0 && p.continuesQuote && tail != null && !f.quoted().hasLabel()) {
        f.joins = tail;
        if (f.speaker == null) {
          f.speaker = tail.speaker;
        }
        f.kind = tail.kind;
      } else if (!resumes(p, fs, q)) {
        continueSpeaker(p, fs, q, previous, chain);
      }
      if (f.kind != Quote.Kind.SCARE && !f.title) {
        previous = f;
      }
    }
    return fs;
  }

  /** A quotation without a speaker of its own continues one before or right after it; then its kind is decided. */
  private void continueSpeaker(ParagraphText p, List<Found> fs, int q, Found previous, Entity chain) {
    Found f = fs.get(q);
    int t = f.token();
    boolean initial = p.isSentenceInitial(t);
    boolean title = kinds.isTitleCase(p, f.quoted());
    f.title = title;
    boolean continues = !title && (initial || p.wordCount(f.quoted()) >= QuoteKinds.CONTINUATION_WORDS);
    if (f.speaker == null && continues) {
      if (previous != null) {
        f.speaker = previous.speaker;
        if (!p.tokens.get(t - 1).isPunct(':')) {
          // After ""A." She frowned at me: "B."" the speaker goes on, but the colon opens a new quote.
          f.joins = previous;
        }
      } else if (q + 1 < fs.size() && fs.get(q + 1).speaker != null && p.tokenOf(q + 1) == t + 1) {
        f.speaker = fs.get(q + 1).speaker;
        f.cue = fs.get(q + 1).cue;
      } else if (chain != null && (p.wordCount(f.quoted()) >= QuoteKinds.CONTINUATION_WORDS
          || p.endsWithStop(f.quoted()))) {
        f.speaker = chain;
      }
    }
    if (f.joins == null && previous != null && f.cue != null && f.cue == previous.cue) {
      f.joins = previous;
    }
    f.kind = kinds.kindOf(p, f, t, initial);
    if (f.speaker != null) {
      f.speaker.spoke = true;
    }
  }

  /**
   * "A," she said[, …], "b …": a quotation opening in lower case after the comma that follows the cue of a quotation
   * ending in a comma, in the same sentence, is the rest of those words, whatever its own cue, and the two are one
   * direct quote. Returns whether quotation {@code q} was found to be such a rest (and then joins the one before it).
   */
  private boolean resumes(ParagraphText p, List<Found> fs, int q) {
    if (q == 0) {
      return false;
    }
    Found f = fs.get(q);
    Found before = fs.get(q - 1);
    int t = f.token();
    boolean split = before.kind != Quote.Kind.SCARE && before.cue != null && before.cue.token() > before.token()
        && before.cue.token() < t && p.endsWithComma(before.quoted()) && p.tokens.get(t - 1).isPunct(',')
        && !p.opensWithCapital(f.quoted()) && p.sentence[before.token()] == p.sentence[t]
        && !kinds.isTitleCase(p, f.quoted());
    if (!split || f.speaker != null && f.speaker != before.speaker) {
      // "A," she said, and he answered, "b": another speaker's words.
      return false;
    }
    f.joins = before;
    f.speaker = before.speaker;
    f.cue = before.cue;
    f.kind = Quote.Kind.DIRECT;
    before.kind = Quote.Kind.DIRECT;
    return true;
  }

  /** The index of the first cue whose token is after token {@code t} (cues are in token order). */
  private static int firstCueAfter(List<Cue> cues, int t) {
    int lo = 0;
    int hi = cues.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cues.get(mid).token() <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The cue after quotation token {@code t}: "…," she said / "…," said the minister / "…" — Name. {@code next} is the
   * index of the first cue after the quotation.
   */
  private static Cue after(ParagraphText p, List<Cue> cues, int next, int t) {
    List<Token> tokens = p.tokens;
    int j = t + 1;
    if (j < tokens.size() && tokens.get(j).isPunct(',')) {
      j++;
    }
    if (j >= tokens.size()) {
      return null;
    }
    int sentence = p.sentence[t];
    for (int i = next; i < cues.size(); i++) {
      Cue c = cues.get(i);
      if (c.token() > j + CUE_AFTER) {
        break;
      }
      if (c.naming()) {
        continue;
      }
      boolean nextSentence = p.sentence[c.token()] == sentence + 1 && p.sentenceStart(c.token()) == t + 1;
      if (!nextSentence && p.sentence[c.token()] != sentence || p.hasQuoteBetween(t + 1, c.token())
          || nextSentence && introducesQuote(p, c)) {
        // ""A." To which she said, "B."": a cue of the next sentence that introduces a quotation is that one's.
        break;
      }
      if (c.ref() == null || c.speaker() == null) {
        continue;
      }
      int refToken = p.tokenAt(c.ref().start(), j, Math.min(tokens.size(), j + CUE_AFTER + 1));
      boolean inverted = c.ref().start() > tokens.get(c.token()).start();
      if (inverted ? c.token() - j <= 1 : refToken >= j && refToken - j <= SPEAKER_AFTER_CUE) {
        return c;
      }
    }
    return null;
  }

  /**
   * Whether cue {@code c} or its speaker's phrase stands right after quotation token {@code t}, after a comma and a
   * determiner at most (""…," the union wrote").
   */
  private boolean startsAttribution(ParagraphText p, Cue c, int t) {
    int j = t + 1 < p.tokens.size() && p.tokens.get(t + 1).isPunct(',') ? t + 2 : t + 1;
    if (j < p.tokens.size() && c.token() != j && "det".equals(knowledge.functionWord(p.tokens.get(j).lower()))) {
      j++;
    }
    return j < p.tokens.size() && (c.token() == j || p.tokens.get(j).start() == c.ref().start());
  }

  /** Whether a quotation follows cue {@code c} right after it or after its comma or colon ("she said, "B.""). */
  private static boolean introducesQuote(ParagraphText p, Cue c) {
    int k = c.end();
    if (k < p.tokens.size() && p.tokens.get(k).isPunctIn(",:")) {
      k++;
    }
    return k < p.tokens.size() && p.tokens.get(k).isQuote();
  }

  /** The nearest cue before quotation token {@code t} in its sentence whose speaker is known. */
  private static Cue before(ParagraphText p, List<Cue> cues, int next, int t) {
    int first = Math.max(p.sentenceStart(t), t - CUE_BEFORE);
    for (int i = next - 1; i >= 0; i--) {
      Cue c = cues.get(i);
      if (c.token() < first) {
        break;
      }
      if (c.token() >= t || c.naming() && t - c.token() > NAMING_REACH || c.speaker() == null
          || c.ref().start() > p.tokens.get(t).start()) {
        continue;
      }
      return c;
    }
    return null;
  }
}
