package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reported speech stage: in the sentences of a paragraph that hold no quotation mark, the clause a cue attributes
 * becomes an indirect quote — the clause after "said (that)" or "told X that", or the clause before ", she said".
 * Stateless and thread-safe.
 */
final class ReportedSpeech {

  /** The fewest words of reported speech. */
  private static final int MIN_WORDS = 4;
  /** The fewest words of what a cue reports after it: a short object suffices ("noted the plan's cost"). */
  private static final int MIN_OBJECT_WORDS = 3;
  /** How many words may stand between a cue and its complementiser ("told reporters on Tuesday that"). */
  private static final int MAX_OBJECT_WORDS = 5;
  /** How long an aside between a cue and its complementiser may be ("insisted, in an interview, that"). */
  private static final int MAX_ASIDE_TOKENS = 16;
  /** A longer run without a sentence end is no sentence that reports speech (and would make the work grow faster). */
  private static final int MAX_SENTENCE_TOKENS = 200;
  /** How long an adverbial between a cue and a clause opened by a pronoun may be ("said after the meeting she"). */
  private static final int MAX_ADVERBIAL_TOKENS = 8;
  /** The word marking an infinitive. */
  private static final String INFINITIVE_MARKER = "to";
  /** The ending of an English present participle ("questioning"). */
  private static final String PRESENT_PARTICIPLE = "ing";
  /** The auxiliary class of the infinitive marker (auxiliaries.txt). */
  private static final String INFINITIVE = "infinitive";

  private final Knowledge knowledge;

  ReportedSpeech(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * What the cues of a paragraph report: the reported speech of clauses without quotation marks, and for each cue
   * whose clause holds quotations the clause's span, the content of the partial quotes in it.
   */
  record Result(List<Reported> indirect, Map<Cue, Reported> quotedClauses) {}

  /** Returns what the cues of paragraph {@code p} (speakers resolved) report. */
  Result find(ParagraphText p, List<Cue> cues) {
    List<Reported> indirect = new ArrayList<>();
    Map<Cue, Reported> quoted = new IdentityHashMap<>();
    for (int index = 0; index < cues.size(); index++) {
      Cue c = cues.get(index);
      int[] clause = clause(p, cues, index);
      if (clause == null) {
        continue;
      }
      int from = clause[0];
      int to = clause[1];
      Reported r = new Reported(p, c, p.tokens.get(from).start(), p.tokens.get(to - 1).end(),
          p.tokens.get(clause[2]).start());
      if (p.hasQuoteBetween(from, to)) {
        if (!c.naming()) {
          c.speaker().spoke = true;
        }
        quoted.put(c, r);
      } else if ((!c.naming() || reportsNaming(p, c, clause[0]))
          && !overlapsLast(indirect, r, p.tokens.get(p.sentenceStart(c.token())).start())
          && !holdsVerb(p, c)) {
        c.speaker().spoke = true;
        indirect.add(r);
      }
    }
    return new Result(indirect, quoted);
  }

  /**
   * Whether a naming cue whose words start at token {@code from} reports what its speaker called something ("Smith
   * called the plan a hoax", "She likened the deal to a trap"): an active verb right behind its named subject (over
   * adverbs), whose object opens with neither an indefinite article nor a preposition ("called a meeting", "called in
   * to a show"). A participle after a comma ("the group, called …") or a noun after a possessive ("Smith's call")
   * names nothing.
   */
  private boolean reportsNaming(ParagraphText p, Cue c, int from) {
    if (from < c.end() || auxiliaryOf(p, c) != null || c.ref().form() == Reference.Form.PHRASE) {
      return false;
    }
    int b = c.token() - 1;
    while (b >= 0 && p.tokens.get(b).isWord() && p.tokens.get(b).start() >= c.ref().end()
        && isAdverb(p.tokens.get(b).lower())) {
      b--;
    }
    if (b < 0 || p.tokens.get(b).start() >= c.ref().end() || p.tokens.get(b).end() < c.ref().end()
        || p.tokens.get(b).isPossessive()) {
      return false;
    }
    Token first = p.tokens.get(from);
    return first.isWord() && !knowledge.isIndefiniteArticle(first.lower())
        && !"prep".equals(knowledge.functionWord(first.lower()));
  }

  /** Whether {@code r} overlaps reported speech found before it in the same sentence. */
  private static boolean overlapsLast(List<Reported> found, Reported r, int sentenceStart) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Reported other = found.get(i);
      if (other.end() <= sentenceStart) {
        break;
      }
      if (other.start() < r.end() && r.start() < other.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tokens {@code [from, to)} of the clause the cue at {@code index} reports and the token where its content
   * starts (before {@code from} when the cue stands inside the clause), or null.
   */
  private int[] clause(ParagraphText p, List<Cue> cues, int index) {
    Cue c = cues.get(index);
    if (c.speaker() == null || !p.tokens.get(c.token()).isWord() || isNounCue(p, c)) {
      return null;
    }
    List<Token> tokens = p.tokens;
    int first = p.sentenceStart(c.token());
    int end = p.sentenceEnd(c.token());
    if (end - first > MAX_SENTENCE_TOKENS) {
      return null;
    }
    int subject = p.tokenAt(c.ref().start(), first, end);
    if (subject < 0) {
      return null;
    }
    int phraseStart = phraseStart(p, c.ref(), subject, first);
    int from;
    int to;
    int contentFrom = -1;
    // "…, Smith said" and "… "went well," Smith said": the speaker's phrase follows the words it reports.
    // Not after a relative subject ("…, Jones, who said") nor a cue that is a sentence's own verb ("could threaten").
    boolean introduced = phraseStart > first && (tokens.get(phraseStart - 1).isPunct(',')
        || tokens.get(phraseStart - 1).isQuote() && p.endsWithComma(p.quotes.get(tokens.get(phraseStart - 1).quote()))
        && !hasCommaBetween(p, subject, c.token()))
        && !afterRelativeWord(p, c) && auxiliaryOf(p, c) == null;
    if (subject > c.token() || introduced && !opensClause(p, c, end)) {
      from = first;
      to = Math.min(phraseStart, c.token());
      while (to > from && (tokens.get(to - 1).isPunctIn(",;:") || tokens.get(to - 1).isDash())) {
        to--;
      }
      // "The truth, Smith said then, was …", "The point, he told me on Friday, is …": a few words may follow the cue.
      int after = c.end();
      while (after < end && after - c.end() < MAX_ADVERBIAL_TOKENS && tokens.get(after).isWord()) {
        after++;
      }
      if (after >= end || !tokens.get(after).isPunct(',')) {
        after = c.end();
      }
      // "…, which, Smith said, is …": a cue set off after a joining word stands inside the clause that follows it.
      boolean joined = to > from && isJoiner(tokens.get(to - 1));
      boolean partial = to - from < MIN_WORDS || joined || subject < c.token() && opensAdverbial(p, from, to);
      if (partial && subject < c.token() && after + 1 < end && tokens.get(after).isPunct(',')
          && !p.hasQuoteBetween(from, to)) {
        // "Back home, Mr. Reed said, he found …": the words around the parenthetical cue are the clause.
        contentFrom = to > from && !joined ? first : after + 1;
        from = after + 1;
        to = end;
      } else if (subject < c.token() && opensAdverbial(p, from, to)) {
        return null;
      } else if (to - from < MIN_WORDS && subject > c.token() && c.isPhrase()) {
        // "According to the ministry, the talks failed": the clause after the speaker's comma.
        int comma = p.tokenAt(c.ref().end() - 1, subject, end) + 1;
        if (comma <= subject || comma >= end || !tokens.get(comma).isPunct(',')) {
          return null;
        }
        from = comma + 1;
        to = end;
      }
    } else {
      boolean bare = c.naming() || takesBareClause(p, c) || p.hasQuoteBetween(c.end(), end);
      from = complementStart(p, c.end(), end, bare, knowledge.isAddressingVerb(p.tokens.get(c.token()).lower()));
      // "noted that at one meeting, he …": after "that" the clause may open with an adverbial.
      boolean complemented = from >= 0;
      if (from > 0 && from < end && tokens.get(from).isPunct(',')) {
        // "said that, if elected, he would …": an aside right after the complementiser belongs to the clause.
        from++;
      }
      boolean infinitive = false;
      if (from < 0 && !c.naming()) {
        from = infinitiveStart(p, c, end);
        infinitive = from >= 0;
      }
      if (from < 0 && !c.naming()) {
        // "complained about the microphone": what the words were about is what the cue reports.
        from = topicStart(p, c, end);
        infinitive = from >= 0;
      }
      if (from < 0 && bare) {
        from = c.end();
        while (from < end && !c.naming() && p.tokens.get(from).isWord()
            && knowledge.isVerbModifier(p.tokens.get(from).lower())
            && !"prep".equals(knowledge.functionWord(p.tokens.get(from).lower()))
            && !knowledge.isAdverbialOpener(p.tokens.get(from).lower())) {
          from++;
        }
      }
      if (from >= 0 && !c.naming() && !infinitive && !complemented && isAdverbial(p, from, end)) {
        from = clauseAfterAdverbial(p, c, from, end);
      }
      // A quotation after "that" and an adverbial ("said that after the vote, "all of us …"") is the speaker's own
      // sentence, not the end of the clause.
      boolean open = infinitive || complemented && !p.hasQuoteBetween(from, end);
      if (from < 0 || !c.naming() && !open && isAdverbial(p, from, end)) {
        return null;
      }
      to = end;
      for (int k = index + 1; k < cues.size() && cues.get(k).token() < to; k++) {
        Cue other = cues.get(k);
        if (other.speaker() != null && !other.naming() && other.token() > from) {
          to = clauseEndBefore(p, other, from, to);
        }
      }
      if (phraseStart > first && isRelativeWord(tokens.get(phraseStart - 1))) {
        // "what Smith says the plan would do, and …": the clause after a relative object ends at the first joint.
        to = firstJoint(p, from, to);
      } else if (opensSubordinate(p, first, phraseStart)) {
        // "While he invoked the rising seas, he did not …": the words reported end where the main clause begins.
        to = firstComma(p, from, to);
      }
    }
    if (!p.hasQuoteBetween(from, to)) {
      to = contentEnd(p, from, to);
    }
    while (to > from && (tokens.get(to - 1).isPunctIn(".!?;,")
        || "conj".equals(knowledge.functionWord(tokens.get(to - 1).lower())))) {
      to--;
    }
    int least = from >= c.end() ? MIN_OBJECT_WORDS : MIN_WORDS;
    if (to - from < least && !p.hasQuoteBetween(from, to) || to <= from) {
      return null;
    }
    return new int[] {from, to, contentFrom < 0 ? from : contentFrom};
  }

  /**
   * Whether tokens from {@code from} open with an adverbial rather than a clause: a preposition or a time or manner
   * word, after a leading conjunction ("in an interview", "But in a statement Friday", "on Saturday"), or a
   * punctuation mark other than a quotation.
   */
  private boolean isAdverbial(ParagraphText p, int from, int to) {
    int i = from;
    while (i < to && p.tokens.get(i).isWord() && "conj".equals(knowledge.functionWord(p.tokens.get(i).lower()))
        && !knowledge.isAdverbialOpener(p.tokens.get(i).lower())) {
      i++;
    }
    if (i >= to || !p.tokens.get(i).isWord()) {
      return i >= to || !p.tokens.get(i).isQuote();
    }
    String w = p.tokens.get(i).lower();
    return "prep".equals(knowledge.functionWord(w)) || knowledge.isVerbModifier(w) || knowledge.isAdverbialOpener(w);
  }

  /**
   * Where the complement a verb like "agree", "urge" or "accuse" reports starts, with the person addressed before it
   * ("agreed to clean up the mines", "urged voters to stay home", "accused her of lying"); or -1. After "to" a
   * lower-case content word must follow, so "agreed to a deal" is no infinitive; a preposition must follow the person.
   */
  private int infinitiveStart(ParagraphText p, Cue c, int end) {
    String verb = p.tokens.get(c.token()).lower();
    String marker = knowledge.takesInfinitive(verb) ? INFINITIVE_MARKER : knowledge.complementPreposition(verb);
    if (marker == null || isPassive(p, c)) {
      // "was asked to leave": the one asked is the subject, and the asker unknown.
      return -1;
    }
    for (int i = c.end(); i + 1 < end && i - c.end() <= MAX_OBJECT_WORDS; i++) {
      Token t = p.tokens.get(i);
      if (!t.isWord()) {
        return -1;
      }
      Token next = p.tokens.get(i + 1);
      boolean opens = marker.equals(INFINITIVE_MARKER)
          ? next.isWord() && !next.isCapitalized() && knowledge.functionWord(next.lower()) == null
              && knowledge.pronoun(next.lower()) == null
          : i > c.end() && next.isWord();
      if (t.lower().equals(marker) && opens) {
        return c.end();
      }
    }
    return -1;
  }

  /**
   * Whether the clause right after the cue is what was said even without "that": after "say" and the verbs like it,
   * and after any other speech verb that is finite and active ("argued the plan …", "cited the report"), but not
   * after one whose object is the person addressed ("told reporters"), a passive ("were charged fees") or an
   * infinitive ("to repeat his attacks", "could deny them permits").
   */
  private boolean takesBareClause(ParagraphText p, Cue c) {
    String verb = p.tokens.get(c.token()).lower();
    if (knowledge.takesBareComplement(verb)) {
      return true;
    }
    String auxiliary = auxiliaryOf(p, c);
    // "is questioning the count": a form of "be" before a present participle is active, not passive.
    boolean progressive = "be".equals(auxiliary) && verb.endsWith(PRESENT_PARTICIPLE);
    return !knowledge.isAddressingVerb(verb) && (auxiliary == null || progressive);
  }

  /** Whether {@code t} is a relative word ("which", "who", "what"). */
  private boolean isRelativeWord(Token t) {
    return t.isWord() && "rel".equals(knowledge.functionWord(t.lower()));
  }

  /** Whether {@code t} joins what follows to what stands before it: a conjunction or a relative word. */
  private boolean isJoiner(Token t) {
    return t.isWord() && ("conj".equals(knowledge.functionWord(t.lower())) || isRelativeWord(t));
  }

  /**
   * Whether the sentence opening at {@code first} is a subordinate clause up to the speaker at {@code phraseStart}
   * ("While he invoked …", "As Smith talked about …"): a subordinator, after any conjunctions, and no comma before the
   * speaker.
   */
  private boolean opensSubordinate(ParagraphText p, int first, int phraseStart) {
    int i = first;
    while (i < phraseStart && p.tokens.get(i).isWord() && knowledge.isCoordinator(p.tokens.get(i).lower())) {
      i++;
    }
    if (i >= phraseStart || !p.tokens.get(i).isWord() || !knowledge.isAdverbialOpener(p.tokens.get(i).lower())) {
      return false;
    }
    return !hasCommaBetween(p, i, phraseStart);
  }

  /** The first comma among tokens {@code [from + 1, to)}, or {@code to}. */
  private static int firstComma(ParagraphText p, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (p.tokens.get(k).isPunct(',')) {
        return k;
      }
    }
    return to;
  }

  /** The first comma, dash or joining word among tokens {@code [from + 1, to)}, or {@code to}. */
  private int firstJoint(ParagraphText p, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      Token t = p.tokens.get(k);
      if (t.isPunctIn(",;:") || t.isDash() || isJoiner(t)) {
        return k;
      }
    }
    return to;
  }

  /**
   * Where reported words running from {@code from} end before {@code to}: before a comma that opens a clause of the
   * narrator's (", which …", ", although …", ", but …", ", according to …"). The first words are always kept.
   */
  private int contentEnd(ParagraphText p, int from, int to) {
    for (int k = from + MIN_WORDS; k + 1 < to; k++) {
      Token t = p.tokens.get(k);
      Token next = p.tokens.get(k + 1);
      if (t.isPunct(',') && next.isWord() && opensOwnClause(next.lower())) {
        return k;
      }
    }
    return to;
  }

  /** Whether {@code w}, after a comma, opens a clause of its own: a relative, a subordinator or a contrast. */
  private boolean opensOwnClause(String w) {
    String cls = knowledge.functionWord(w);
    return "rel".equals(cls) || knowledge.isAdverbialOpener(w)
        || "conj".equals(cls) && !knowledge.isCoordinator(w) && !knowledge.isComplementizer(w);
  }

  /** Whether {@code w} may stand between an auxiliary and its verb: a verb modifier or an adverb in -ly. */
  private boolean isAdverb(String w) {
    return knowledge.isVerbModifier(w) || Knowledge.looksLikeAdverb(w);
  }

  /**
   * Where what a cue's words were about starts: after a topic preposition right behind the verb and its adverbs
   * ("complained bitterly about the microphone"), or, after a verb addressing someone, behind the person addressed
   * ("asked her about the budget"); or -1.
   */
  private int topicStart(ParagraphText p, Cue c, int end) {
    boolean addressing = knowledge.isAddressingVerb(p.tokens.get(c.token()).lower());
    for (int i = c.end(); i + 1 < end && i - c.end() <= MAX_OBJECT_WORDS; i++) {
      Token t = p.tokens.get(i);
      if (!t.isWord()) {
        return -1;
      }
      if (knowledge.isTopicPreposition(t.lower())) {
        return p.tokens.get(i + 1).isWord() ? i + 1 : -1;
      }
      if (!addressing && !isAdverb(t.lower())) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the cue's verb follows a relative word, perhaps over adverbs ("…, who said", "which has long argued"). */
  private boolean afterRelativeWord(ParagraphText p, Cue c) {
    int b = c.token() - 1;
    while (b > 0 && p.tokens.get(b).isWord() && isAdverb(p.tokens.get(b).lower())) {
      b--;
    }
    // "a company that had declared": right before a verb, "that" is a relative too.
    return b >= 0 && (isRelativeWord(p.tokens.get(b))
        || p.tokens.get(b).isWord() && knowledge.isComplementizer(p.tokens.get(b).lower()));
  }

  /**
   * Whether the phrase naming a speaker holds a form of "be" or a modal ("people were mistakenly", "readers may not
   * let editorials"): then it runs over a verb and names nobody.
   */
  private boolean holdsVerb(ParagraphText p, Cue c) {
    int end = p.sentenceEnd(c.token());
    int from = p.tokenAt(c.ref().start(), p.sentenceStart(c.token()), end);
    for (int i = from; i >= 0 && i < end && p.tokens.get(i).start() < c.ref().end(); i++) {
      Token t = p.tokens.get(i);
      String cls = t.isWord() && !t.isCapitalized() ? knowledge.auxiliary(t.lower()) : null;
      if (cls != null && !INFINITIVE.equals(cls)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words before a postposed cue open with an adverbial rather than a clause (see {@link #isAdverbial}),
   * or with a participle before a preposition ("Speaking to students at the college, Smith responded …").
   */
  private boolean opensAdverbial(ParagraphText p, int from, int to) {
    if (isAdverbial(p, from, to)) {
      return true;
    }
    return from + 1 < to && p.tokens.get(from).isWord() && p.tokens.get(from).lower().endsWith(PRESENT_PARTICIPLE)
        && p.tokens.get(from + 1).isWord() && "prep".equals(knowledge.functionWord(p.tokens.get(from + 1).lower()));
  }

  /** Whether the cue is a passive verb: a form of "be" before a verb that is no present participle. */
  private boolean isPassive(ParagraphText p, Cue c) {
    return "be".equals(auxiliaryOf(p, c)) && !p.tokens.get(c.token()).lower().endsWith(PRESENT_PARTICIPLE);
  }

  /** The class of the auxiliary before the cue's verb, over adverbs ("were wrongly billed"), or null. */
  private String auxiliaryOf(ParagraphText p, Cue c) {
    int b = c.token() - 1;
    while (b > 0 && p.tokens.get(b).isWord() && isAdverb(p.tokens.get(b).lower())
        && knowledge.auxiliary(p.tokens.get(b).lower()) == null) {
      b--;
    }
    Token before = b >= 0 ? p.tokens.get(b) : null;
    return before != null && before.isWord() ? knowledge.auxiliary(before.lower()) : null;
  }

  /**
   * Where the phrase naming the speaker starts: before the determiners in front of its first word, and for a titled
   * name before its titles ("the museum, Mr. Reed said, …").
   */
  private int phraseStart(ParagraphText p, Reference ref, int subject, int first) {
    int i = subject;
    while (i > first) {
      Token t = p.tokens.get(i - 1);
      boolean title = ref.titled() && (t.isPunct('.') || t.isWord() && (knowledge.isTitle(t.lower())
          || knowledge.isHonorific(t.lower())));
      if (!isDeterminer(t) && !title) {
        break;
      }
      i--;
    }
    return i;
  }

  private static boolean hasCommaBetween(ParagraphText p, int from, int to) {
    for (int i = from; i < to; i++) {
      if (p.tokens.get(i).isPunct(',')) {
        return true;
      }
    }
    return false;
  }

  /**
   * "said after the meeting she would …": after a verb like "say", a short adverbial without commas may stand
   * before the clause when a subject pronoun opens that clause. Returns where the clause starts, or {@code from}.
   */
  private int clauseAfterAdverbial(ParagraphText p, Cue c, int from, int end) {
    if (from >= end) {
      return from;
    }
    String opener = p.tokens.get(from).lower();
    if (!knowledge.takesBareComplement(p.tokens.get(c.token()).lower()) || knowledge.isAdverbialOpener(opener)
        || knowledge.isClauseWord(opener) && !"prep".equals(knowledge.functionWord(opener))) {
      // "said as she entered", "said when they left": the pronoun is the subject of a clause of time or reason.
      return from;
    }
    for (int i = from + 1; i < end && i - from <= MAX_ADVERBIAL_TOKENS; i++) {
      Token t = p.tokens.get(i);
      if (!t.isWord()) {
        return from;
      }
      if (knowledge.pronoun(t.lower()) != null && !t.isPossessive()) {
        return i;
      }
    }
    return from;
  }

  /** Whether the cue is a speech noun before a colon ("her reply: "…""), which reports the quotation only. */
  private boolean isNounCue(ParagraphText p, Cue c) {
    return knowledge.isSpeechNoun(p.tokens.get(c.token()).lower()) && c.end() < p.tokens.size()
        && p.tokens.get(c.end()).isPunct(':');
  }

  private boolean isDeterminer(Token t) {
    return t.isWord() && "det".equals(knowledge.functionWord(t.lower()));
  }

  /**
   * Whether the words after cue {@code c} report what was said ("…, Smith said the plan failed"), rather than a time
   * or place ("…, Smith said on Tuesday") or the person addressed ("…, Smith told reporters"), so that what stands
   * before the speaker's comma is an introduction ("As a young lawyer, Smith said …").
   */
  private boolean opensClause(ParagraphText p, Cue c, int end) {
    int after = c.end();
    if (end - after < MIN_WORDS || !p.tokens.get(after).isWord()) {
      return false;
    }
    if (knowledge.isAddressingVerb(p.tokens.get(c.token()).lower())) {
      // "…, Smith told the local paper.": the one addressed is no clause, "told the paper that …" opens one.
      return complementStart(p, after, end, false, true) >= 0 || infinitiveStart(p, c, end) >= 0;
    }
    String w = p.tokens.get(after).lower();
    return knowledge.isComplementizer(w) || !"prep".equals(knowledge.functionWord(w)) && !knowledge.isVerbModifier(w);
  }

  /**
   * Where a clause running from {@code from} to {@code to} ends because of a later cue in it: before that cue
   * when it shares the clause's speaker ("…, arguing that"), before its speaker when another one speaks ("… and Y
   * said"), and nowhere when the clause reports that speaker in turn ("says X promised …").
   */
  private int clauseEndBefore(ParagraphText p, Cue other, int from, int to) {
    int start = p.tokens.get(from).start();
    if (other.ref().start() < start) {
      return other.token();
    }
    int speaker = p.tokenAt(other.ref().start(), from, other.token());
    int lead = from;
    while (lead < speaker && isDeterminer(p.tokens.get(lead))) {
      lead++;
    }
    return speaker > lead ? speaker : to;
  }

  /**
   * The token after the complementiser "that" close behind a cue ("said that …", "told reporters on Tuesday that
   * …"), or -1. A subject pronoun, or after a verb taking a bare complement a determiner, right behind the cue starts
   * the reported clause itself, so a later "that" is not the complementiser ("said the test could change that"). An
   * aside set off by commas may come between ("insisted, in an interview, that …"). After a verb that addresses
   * no one, a determiner outside a prepositional phrase opens an object, after which "that" is a relative
   * ("responded the same way that …"), unless a time word follows it ("said this week that").
   */
  private int complementStart(ParagraphText p, int from, int end, boolean bare, boolean addressing) {
    if (from < end && p.tokens.get(from).isPunct(',')) {
      int close = from + 1;
      while (close < end && close - from <= MAX_ASIDE_TOKENS && !p.tokens.get(close).isPunct(',')) {
        close++;
      }
      boolean that = close + 1 < end && p.tokens.get(close).isPunct(',') && p.tokens.get(close + 1).isWord()
          && knowledge.isComplementizer(p.tokens.get(close + 1).lower());
      return that ? close + 2 : -1;
    }
    for (int i = from; i < end && i - from <= MAX_OBJECT_WORDS; i++) {
      Token t = p.tokens.get(i);
      if (!t.isWord()) {
        return -1;
      }
      String w = t.lower();
      if (knowledge.isComplementizer(w)) {
        return i + 1;
      }
      if (i == from && (knowledge.pronoun(w) != null || bare && isDeterminer(t))) {
        return -1;
      }
      if (!addressing && isDeterminer(t) && !inPrepositionalPhrase(p, from, i) && i + 1 < end
          && !knowledge.isVerbModifier(p.tokens.get(i + 1).lower())) {
        // "responded the same way that …": after an object that is no person addressed, "that" is a relative.
        return -1;
      }
    }
    return -1;
  }

  /** Whether a preposition stands among tokens {@code [from, to)} ("said in a statement that"). */
  private boolean inPrepositionalPhrase(ParagraphText p, int from, int to) {
    for (int i = from; i < to; i++) {
      if (p.tokens.get(i).isWord() && "prep".equals(knowledge.functionWord(p.tokens.get(i).lower()))) {
        return true;
      }
    }
    return false;
  }
}
