package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.Block;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Heading;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.copydesk.core.Source.Gender;
import org.copydesk.parser.internal.quote.ParagraphText.Quoted;
import org.copydesk.parser.internal.quote.SourceTable.Entity;

/**
 * Finds the quotes in an article's body paragraphs and attributes them to sources. Stateless and thread-safe.
 *
 * <p>The stages, per article: quotation marks are paired in each paragraph ({@link QuotePairer}), a quotation left
 * open at a paragraph's end continuing into the next when that one opens with a mark; each paragraph's narrative is
 * split into tokens and sentences ({@link ParagraphText}); speech cues are found and the phrase naming their speaker
 * read ({@link SpeakerPhrases}); then, in reading order, names, pronouns and phrases resolve to sources
 * ({@link SourceTable}) and each quotation takes the cue around it, or continues the previous speaker. Paragraphs
 * marked as duplicates are skipped; media, asides and disclaimers do not break a chain of quotes, headings do.
 */
public final class QuoteAttributor {

  /** How many tokens after a quotation its cue ("she said", "said the minister") may stand. */
  private static final int CUE_AFTER = 25;
  /** How many tokens before a quotation, in its sentence, its cue may stand. */
  private static final int CUE_BEFORE = 60;
  /** How close before a quotation a naming verb ("called it a …") must stand. */
  private static final int NAMING_REACH = 4;
  /** The fewest words of a quotation with no cue of its own that continues a speaker; shorter ones are terms. */
  private static final int CONTINUATION_WORDS = 4;

  /** How many words may stand between a cue and its complementiser ("told reporters on Tuesday that"). */
  private static final int MAX_OBJECT_WORDS = 5;
  /** How long an aside between a cue and its complementiser may be ("insisted, in an interview, that"). */
  private static final int MAX_ASIDE_TOKENS = 16;
  /** A longer run without a sentence end is no sentence that reports speech (and would make the work grow faster). */
  private static final int MAX_SENTENCE_TOKENS = 200;
  /** Forms of "say", the one speech verb whose object is the words said even without "that". */
  private static final Set<String> SAYING = Set.of("say", "says", "said", "saying");

  private final Knowledge knowledge = Knowledge.INSTANCE;
  private final QuotePairer pairer = new QuotePairer(knowledge);
  private final SpeakerPhrases phrases = new SpeakerPhrases(knowledge);

  /** Returns the quotes found in {@code blocks} (read from {@code input}) and their sources. */
  public Attribution attribute(String input, List<Block> blocks) {
    Objects.requireNonNull(input, "input must not be null");
    Objects.requireNonNull(blocks, "blocks must not be null");
    return new Run(input, blocks).attribute();
  }

  /** A speech cue of a paragraph and the phrase naming its speaker. */
  private static final class Cue {
    final int token;
    final int length;
    final boolean naming;
    final Reference ref;
    Entity entity;

    Cue(int token, int length, boolean naming, Reference ref) {
      this.token = token;
      this.length = length;
      this.naming = naming;
      this.ref = ref;
    }
  }

  /** Reported speech without quotation marks: the words from {@code start} to {@code end}, attributed by a cue. */
  private record Reported(ParagraphText paragraph, Cue cue, int start, int end) {}

  /** What was found for one quotation. */
  private static final class Found {
    final ParagraphText paragraph;
    final int quote;
    Cue cue;
    Entity speaker;
    Quote.Kind kind = Quote.Kind.SCARE;
    /** The quotation this one continues as a further part of the same quote, if any. */
    Found joins;

    Found(ParagraphText paragraph, int quote) {
      this.paragraph = paragraph;
      this.quote = quote;
    }

    Quoted quoted() {
      return paragraph.quotes.get(quote);
    }
  }

  /** The state of one attribution. */
  private final class Run {
    private final String input;
    private final List<Block> blocks;
    private final List<ParagraphText> paragraphs = new ArrayList<>();
    private final List<List<Cue>> cues = new ArrayList<>();
    private final List<Boolean> continuesTail = new ArrayList<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final Set<String> speakerNames = new HashSet<>();
    private final List<Found> found = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final List<Reported> reported = new ArrayList<>();
    private SourceTable table;
    private Entity chain;
    private int chainParagraph = Integer.MIN_VALUE;

    Run(String input, List<Block> blocks) {
      this.input = input;
      this.blocks = blocks;
    }

    Attribution attribute() {
      readParagraphs();
      for (ParagraphText p : paragraphs) {
        for (Token t : p.tokens) {
          if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) {
            vocabulary.add(t.lower());
          }
        }
      }
      for (ParagraphText p : paragraphs) {
        cues.add(findCues(p));
      }
      table = new SourceTable(speakerNames);
      int next = 0;
      for (int b = 0; b < blocks.size(); b++) {
        Block block = blocks.get(b);
        if (block instanceof Heading) {
          chain = null;
        } else if (block instanceof Disclaimer d && d.kind() == Disclaimer.Kind.PSEUDONYMS) {
          notices.add(d.text());
        } else if (next < paragraphs.size() && paragraphs.get(next).block == b) {
          if (isPseudonymNotice(block.text())) {
            notices.add(block.text());
          }
          read(next);
          next++;
        }
      }
      return result();
    }

    private void readParagraphs() {
      List<Integer> indices = new ArrayList<>();
      List<QuotePairer.Result> pairs = new ArrayList<>();
      for (int b = 0; b < blocks.size(); b++) {
        if (blocks.get(b) instanceof Paragraph p && !p.isDuplicate()) {
          indices.add(b);
          pairs.add(pairer.pair(input, p.span().start(), p.span().end()));
        }
      }
      boolean previousTail = false;
      for (int k = 0; k < indices.size(); k++) {
        Paragraph p = (Paragraph) blocks.get(indices.get(k));
        int from = p.span().start();
        int to = p.span().end();
        QuotePairer.Result r = pairs.get(k);
        QuotePairer.Open tail = r.unclosed().isEmpty() ? null : r.unclosed().get(0);
        boolean useTail = tail != null && k + 1 < indices.size() && opensWithMark(pairs.get(k + 1),
            (Paragraph) blocks.get(indices.get(k + 1)));
        List<Quoted> quotes = new ArrayList<>();
        int coveredTo = -1;
        for (QuotePairer.Pair pair : r.pairs()) {
          if (pair.open() < coveredTo || useTail && pair.open() >= tail.position()) {
            continue;
          }
          quotes.add(new Quoted(pair.open(), pair.end(), pair.contentStart(), pair.contentEnd(), false,
              labelEnd(pair.contentStart(), pair.contentEnd())));
          coveredTo = pair.end();
        }
        if (useTail) {
          int contentStart = tail.position() + tail.length();
          quotes.add(new Quoted(tail.position(), to, contentStart, to, true, labelEnd(contentStart, to)));
        }
        boolean continues = previousTail && !quotes.isEmpty() && firstNonSpace(from, to) == quotes.get(0).start();
        continuesTail.add(continues);
        paragraphs.add(new ParagraphText(indices.get(k), input, from, to, quotes, knowledge));
        previousTail = useTail;
      }
    }

    /**
     * Where a transcript's speaker label ("SMITH:", "MR. JONES:") at the start of quoted words ends, with the spaces
     * after it; {@code start} when there is none.
     */
    private int labelEnd(int start, int end) {
      int i = firstNonSpace(start, end);
      int letters = 0;
      while (i < end && i - start < 30) {
        char c = input.charAt(i);
        if (c == ':') {
          return letters >= 2 ? firstNonSpace(i + 1, end) : start;
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

    private boolean opensWithMark(QuotePairer.Result next, Paragraph p) {
      int first = firstNonSpace(p.span().start(), p.span().end());
      for (QuotePairer.Pair pair : next.pairs()) {
        if (pair.open() == first) {
          return true;
        }
      }
      return !next.unclosed().isEmpty() && next.unclosed().get(0).position() == first;
    }

    private int firstNonSpace(int from, int to) {
      int i = from;
      while (i < to && Character.isWhitespace(input.charAt(i))) {
        i++;
      }
      return i;
    }

    private List<Cue> findCues(ParagraphText p) {
      List<Cue> out = new ArrayList<>();
      List<Token> tokens = p.tokens;
      for (int t = 0; t < tokens.size(); t++) {
        Token tok = tokens.get(t);
        if (tok.isDash() && t > 0 && tokens.get(t - 1).isQuote() && t + 1 < tokens.size()
            && tokens.get(t + 1).isCapitalized()) {
          Reference ref = phrases.phraseAt(p, t + 1, vocabulary);
          if (ref != null && ref.form() == Reference.Form.NAME) {
            out.add(new Cue(t, 1, false, ref));
          }
          continue;
        }
        if (!tok.isWord()) {
          continue;
        }
        String w = tok.lower();
        int phrase = phraseLength(tokens, t);
        if (phrase > 0) {
          out.add(new Cue(t, phrase, false, phrases.phraseAt(p, t + phrase, vocabulary)));
          t += phrase - 1;
          continue;
        }
        boolean speech = knowledge.isSpeechVerb(w);
        boolean naming = knowledge.isNamingVerb(w);
        boolean inName = tok.isCapitalized() && t > p.sentenceStart(t) && !tokens.get(t - 1).isQuote();
        if (!speech && !naming || inName) {
          continue;
        }
        Reference ref = phrases.subjectOf(p, t, vocabulary);
        if (ref == null && speech && t > 0 && t + 1 < tokens.size() && !isAddressing(w)
            && (tokens.get(t - 1).isQuote() || tokens.get(t - 1).isPunctIn(",?!"))) {
          ref = phrases.phraseAt(p, t + 1, vocabulary);
        }
        if (speech && ref != null && ref.form() == Reference.Form.NAME) {
          speakerNames.add(ref.words().get(ref.words().size() - 1));
        }
        out.add(new Cue(t, 1, naming && !speech, ref));
      }
      return out;
    }

    private int phraseLength(List<Token> tokens, int t) {
      for (List<String> phrase : knowledge.attributionPhrases()) {
        int n = phrase.size();
        if (t + n > tokens.size()) {
          continue;
        }
        boolean match = true;
        for (int i = 0; i < n && match; i++) {
          match = tokens.get(t + i).isWord() && tokens.get(t + i).lower().equals(phrase.get(i));
        }
        if (match) {
          return n;
        }
      }
      return 0;
    }

    /** Verbs whose object is the person spoken to: the phrase after them never names the speaker. */
    private boolean isAddressing(String verb) {
      return verb.startsWith("tell") || verb.equals("told") || verb.startsWith("urg") || verb.startsWith("accus")
          || verb.startsWith("warn") || verb.startsWith("ask") || verb.startsWith("instruct")
          || verb.startsWith("advis") || verb.startsWith("thank");
    }

    /** Resolves the paragraph's names and speakers in reading order, then attributes its quotations. */
    private void read(int k) {
      ParagraphText p = paragraphs.get(k);
      List<Cue> pc = cues.get(k);
      Entity[] labelled = new Entity[p.quotes.size()];
      for (int q = 0; q < p.quotes.size(); q++) {
        if (p.quotes.get(q).hasLabel()) {
          labelled[q] = table.resolve(label(p.quotes.get(q)));
        }
      }
      List<Reference> names = phrases.names(p, vocabulary);
      List<Cue> byPosition = new ArrayList<>(pc.stream().filter(c -> c.ref != null).toList());
      byPosition.sort((a, b) -> Integer.compare(a.ref.start(), b.ref.start()));
      Set<Integer> speakerStarts = new HashSet<>();
      for (Cue c : byPosition) {
        speakerStarts.add(c.ref.start());
      }
      int n = 0;
      for (Cue c : byPosition) {
        while (n < names.size() && names.get(n).start() < c.ref.start()) {
          noteName(names.get(n++), speakerStarts);
        }
        c.entity = table.resolve(c.ref);
      }
      while (n < names.size()) {
        noteName(names.get(n++), speakerStarts);
      }
      attributeQuotes(k, p, pc, labelled);
    }

    /** The speaker named by a transcript label, as a name in title case ("SMITH" reads as "Smith"). */
    private Reference label(Quoted q) {
      int start = firstNonSpace(q.contentStart(), q.labelEnd());
      int end = input.lastIndexOf(':', q.labelEnd());
      List<String> words = new ArrayList<>();
      for (String w : input.substring(start, end).strip().split("\\s+")) {
        words.add(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
      }
      return new Reference(start, end, input.substring(start, end), List.copyOf(words), Reference.Form.NAME,
          Source.Kind.PERSON, "", Optional.empty(), Optional.empty(), false);
    }

    private void noteName(Reference name, Set<Integer> speakerStarts) {
      if (!speakerStarts.contains(name.start())) {
        table.noteName(name);
      }
    }

    private void attributeQuotes(int k, ParagraphText p, List<Cue> pc, Entity[] labelled) {
      Found[] fs = new Found[p.quotes.size()];
      for (int q = 0; q < fs.length; q++) {
        Found f = new Found(p, q);
        fs[q] = f;
        if (labelled[q] != null) {
          f.speaker = labelled[q];
          continue;
        }
        int t = p.tokenOf(q);
        boolean initial = isSentenceInitial(p, t);
        f.cue = initial ? after(p, pc, t) : before(p, pc, t);
        if (f.cue == null && !initial) {
          f.cue = after(p, pc, t);
        }
        if (f.cue != null) {
          f.speaker = f.cue.entity;
        }
      }
      for (int q = 0; q < fs.length; q++) {
        Found f = fs[q];
        int t = p.tokenOf(q);
        if (q == 0 && continuesTail.get(k) && !found.isEmpty() && !f.quoted().hasLabel()) {
          Found tail = found.get(found.size() - 1);
          f.joins = tail;
          if (f.speaker == null) {
            f.speaker = tail.speaker;
          }
          f.kind = tail.kind;
          continue;
        }
        boolean initial = isSentenceInitial(p, t);
        boolean title = isTitleCase(f.quoted());
        boolean continues = !title && (initial || words(f.quoted()) >= CONTINUATION_WORDS);
        Found previous = null;
        for (int i = q - 1; i >= 0 && previous == null; i--) {
          previous = fs[i].kind != Quote.Kind.SCARE ? fs[i] : null;
        }
        if (f.speaker == null && continues) {
          if (previous != null) {
            f.speaker = previous.speaker;
            f.joins = previous;
          } else if (q + 1 < fs.length && fs[q + 1].speaker != null && p.tokenOf(q + 1) == t + 1) {
            f.speaker = fs[q + 1].speaker;
            f.cue = fs[q + 1].cue;
          } else if (chain != null && k - chainParagraph <= 1 && (words(f.quoted()) >= CONTINUATION_WORDS
              || endsSentence(f.quoted()))) {
            f.speaker = chain;
          }
        }
        if (f.joins == null && previous != null && f.cue != null && f.cue == previous.cue) {
          f.joins = previous;
        }
        f.kind = kindOf(p, f, t, initial);
        if (f.speaker != null) {
          f.speaker.spoke = true;
        }
      }
      for (Found f : fs) {
        found.add(f);
      }
      for (int c = 0; c < pc.size(); c++) {
        reportedSpeech(p, pc, c);
      }
      Entity last = null;
      for (Found f : fs) {
        if (f.speaker != null) {
          last = f.speaker;
        }
      }
      if (last == null) {
        for (Cue c : pc) {
          if (c.entity != null && !c.naming) {
            last = c.entity;
          }
        }
      }
      if (last != null) {
        chain = last;
        chainParagraph = k;
      }
    }

    /**
     * Records the reported speech the cue at {@code index} of the paragraph's cues attributes in a sentence without
     * quotation marks: the clause after "said (that)" or "told X that", or the clause before ", she said".
     */
    private void reportedSpeech(ParagraphText p, List<Cue> cues, int index) {
      Cue c = cues.get(index);
      if (c.entity == null || c.naming || !p.tokens.get(c.token).isWord()) {
        return;
      }
      List<Token> tokens = p.tokens;
      int first = p.sentenceStart(c.token);
      int end = p.sentenceEnd(c.token);
      if (end - first > MAX_SENTENCE_TOKENS || hasQuoteBetween(p, first, end)) {
        return;
      }
      int subject = tokenAt(p, c.ref.start(), first, end);
      if (subject < 0) {
        return;
      }
      int phraseStart = subject;
      while (phraseStart > first && tokens.get(phraseStart - 1).isWord()
          && "det".equals(knowledge.functionWord(tokens.get(phraseStart - 1).lower()))) {
        phraseStart--;
      }
      int from;
      int to;
      boolean introduced = phraseStart > first && tokens.get(phraseStart - 1).isPunct(',');
      if (subject > c.token || introduced && !opensClause(p, c.token + c.length, end)) {
        from = first;
        to = Math.min(phraseStart, c.token);
        while (to > from && (tokens.get(to - 1).isPunctIn(",;:") || tokens.get(to - 1).isDash())) {
          to--;
        }
        int after = c.token + c.length;
        if (to - from < CONTINUATION_WORDS && subject < c.token && after < end && tokens.get(after).isPunct(',')) {
          from = after + 1;
          to = end;
        }
      } else {
        boolean saying = SAYING.contains(tokens.get(c.token).lower());
        from = complementStart(p, c.token + c.length, end, saying);
        if (from < 0 && !saying) {
          return;
        }
        from = Math.max(from, c.token + c.length);
        to = end;
        for (int k = index + 1; k < cues.size() && cues.get(k).token < to; k++) {
          Cue other = cues.get(k);
          if (other.entity != null && !other.naming && other.token > from) {
            to = clauseEndBefore(p, other, from, to);
          }
        }
      }
      while (to > from && (tokens.get(to - 1).isPunctIn(".!?;,")
          || "conj".equals(knowledge.functionWord(tokens.get(to - 1).lower())))) {
        to--;
      }
      if (to - from < CONTINUATION_WORDS) {
        return;
      }
      int start = tokens.get(from).start();
      int stop = tokens.get(to - 1).end();
      int sentenceStart = tokens.get(first).start();
      for (int i = reported.size() - 1; i >= 0; i--) {
        Reported r = reported.get(i);
        if (r.paragraph() != p || r.end() <= sentenceStart) {
          break;
        }
        if (r.start() < stop && start < r.end()) {
          return;
        }
      }
      c.entity.spoke = true;
      reported.add(new Reported(p, c, start, stop));
    }

    /**
     * Whether the words after a cue at {@code after} report what was said ("…, Smith said the plan failed"), rather
     * than a time or place ("…, Smith said on Tuesday"), so that what stands before the speaker's comma is an
     * introduction ("As a young lawyer, Smith said …").
     */
    private boolean opensClause(ParagraphText p, int after, int end) {
      if (end - after < CONTINUATION_WORDS || !p.tokens.get(after).isWord()) {
        return false;
      }
      String w = p.tokens.get(after).lower();
      return w.equals("that") || !"prep".equals(knowledge.functionWord(w)) && !knowledge.isVerbModifier(w);
    }

    /**
     * Where a clause running from {@code from} to {@code to} ends because of a later cue in it: before that cue
     * when it shares the clause's speaker ("…, arguing that"), before its speaker when another one speaks ("… and Y
     * said"), and nowhere when the clause reports that speaker in turn ("says X promised …").
     */
    private int clauseEndBefore(ParagraphText p, Cue other, int from, int to) {
      int start = p.tokens.get(from).start();
      if (other.ref.start() < start) {
        return other.token;
      }
      int speaker = tokenAt(p, other.ref.start(), from, other.token);
      int lead = from;
      while (lead < speaker && "det".equals(knowledge.functionWord(p.tokens.get(lead).lower()))) {
        lead++;
      }
      return speaker > lead ? speaker : to;
    }

    /**
     * The token after the complementiser "that" close behind a cue ("said that …", "told reporters on Tuesday that
     * …"), or -1. A subject pronoun, or after "say" a determiner, right behind the cue starts the reported clause
     * itself, so a later "that" is not the complementiser ("said the test could change that"). An aside set off by
     * commas may come between ("insisted, in an interview, that …").
     */
    private int complementStart(ParagraphText p, int from, int end, boolean saying) {
      if (from < end && p.tokens.get(from).isPunct(',')) {
        int close = from + 1;
        while (close < end && close - from <= MAX_ASIDE_TOKENS && !p.tokens.get(close).isPunct(',')) {
          close++;
        }
        boolean that = close + 1 < end && p.tokens.get(close).isPunct(',') && p.tokens.get(close + 1).isWord()
            && p.tokens.get(close + 1).lower().equals("that");
        return that ? close + 2 : -1;
      }
      for (int i = from; i < end && i - from <= MAX_OBJECT_WORDS; i++) {
        Token t = p.tokens.get(i);
        if (!t.isWord()) {
          return -1;
        }
        String w = t.lower();
        if (w.equals("that")) {
          return i + 1;
        }
        if (i == from && (knowledge.pronoun(w) != null || saying && "det".equals(knowledge.functionWord(w)))) {
          return -1;
        }
      }
      return -1;
    }

    private Quote.Kind kindOf(ParagraphText p, Found f, int t, boolean initial) {
      if (f.speaker == null) {
        return Quote.Kind.SCARE;
      }
      if (f.quoted().hasLabel()) {
        return Quote.Kind.DIRECT;
      }
      if (isTitleCase(f.quoted()) || words(f.quoted()) < 2 && !endsSentence(f.quoted()) || isEmbedded(p, f, t)) {
        return Quote.Kind.PARTIAL;
      }
      if (initial || t > 0 && p.tokens.get(t - 1).isPunctIn(":,")) {
        return Quote.Kind.DIRECT;
      }
      if (f.cue != null && f.cue.token == t - 1 && !f.cue.naming) {
        int c = f.quoted().contentStart();
        while (c < f.quoted().contentEnd() && !Character.isLetterOrDigit(input.charAt(c))) {
          c++;
        }
        if (c < f.quoted().contentEnd() && Character.isUpperCase(input.charAt(c))) {
          return Quote.Kind.DIRECT;
        }
      }
      return Quote.Kind.PARTIAL;
    }

    /** Whether the sentence goes on after the quotation with words that are not its attribution. */
    private boolean isEmbedded(ParagraphText p, Found f, int t) {
      if (t + 1 >= p.tokens.size() || f.cue != null && f.cue.token > t) {
        return false;
      }
      Token next = p.tokens.get(t + 1);
      return next.isWord() && !next.isCapitalized() && p.sentence[t + 1] == p.sentence[t]
          && knowledge.pronoun(next.lower()) == null && !knowledge.isSpeechVerb(next.lower())
          && !"det".equals(knowledge.functionWord(next.lower()));
    }

    /** Whether the quoted words are a title ("Make Your Kid a Millionaire"): two or more words, all capitalised. */
    private boolean isTitleCase(Quoted q) {
      int words = 0;
      int i = q.labelEnd();
      while (i < q.contentEnd()) {
        while (i < q.contentEnd() && !Character.isLetterOrDigit(input.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < q.contentEnd() && !Character.isWhitespace(input.charAt(i))) {
          i++;
        }
        if (start >= q.contentEnd()) {
          break;
        }
        char c = input.charAt(start);
        String word = input.substring(start, i).toLowerCase(Locale.ROOT);
        if (Character.isLowerCase(c) && !(word.length() <= 3 && knowledge.functionWord(word) != null)) {
          return false;
        }
        words++;
      }
      return words >= 2;
    }

    private boolean isSentenceInitial(ParagraphText p, int t) {
      for (int i = p.sentenceStart(t); i < t; i++) {
        if (!p.tokens.get(i).isPunctIn("([-\u2013\u2014")) {
          return false;
        }
      }
      return true;
    }

    /** The cue after quotation token {@code t}: "…," she said / "…," said the minister / "…" — Name. */
    private Cue after(ParagraphText p, List<Cue> pc, int t) {
      List<Token> tokens = p.tokens;
      int j = t + 1;
      if (j < tokens.size() && tokens.get(j).isPunct(',')) {
        j++;
      }
      if (j >= tokens.size()) {
        return null;
      }
      int sentence = p.sentence[t];
      for (Cue c : pc) {
        if (c.token < t + 1 || c.naming) {
          continue;
        }
        if (c.token > j + CUE_AFTER || c.token >= tokens.size()) {
          break;
        }
        boolean sameSentence = p.sentence[c.token] == sentence
            || p.sentence[c.token] == sentence + 1 && p.sentenceStart(c.token) == t + 1;
        if (!sameSentence || hasQuoteBetween(p, t + 1, c.token)) {
          break;
        }
        if (c.ref == null || c.entity == null) {
          continue;
        }
        int refToken = tokenAt(p, c.ref.start(), j, Math.min(tokens.size(), j + CUE_AFTER + 1));
        boolean inverted = c.ref.start() > tokens.get(c.token).start();
        if (inverted ? c.token - j <= 1 : refToken >= j && refToken - j <= 4) {
          return c;
        }
      }
      return null;
    }

    /** The nearest cue before quotation token {@code t} in its sentence whose speaker is known. */
    private Cue before(ParagraphText p, List<Cue> pc, int t) {
      int first = Math.max(p.sentenceStart(t), t - CUE_BEFORE);
      for (int i = pc.size() - 1; i >= 0; i--) {
        Cue c = pc.get(i);
        if (c.token >= t) {
          continue;
        }
        if (c.token < first) {
          break;
        }
        if (c.naming && t - c.token > NAMING_REACH || c.entity == null || c.ref.start() > p.tokens.get(t).start()) {
          continue;
        }
        return c;
      }
      return null;
    }

    private boolean hasQuoteBetween(ParagraphText p, int from, int to) {
      for (int i = from; i < to; i++) {
        if (p.tokens.get(i).isQuote()) {
          return true;
        }
      }
      return false;
    }

    /** The index of the token holding {@code position} among tokens {@code [from, to)}; -1 if none. */
    private int tokenAt(ParagraphText p, int position, int from, int to) {
      for (int i = from; i < to; i++) {
        if (p.tokens.get(i).end() > position) {
          return i;
        }
      }
      return -1;
    }

    private boolean endsSentence(Quoted q) {
      for (int i = q.contentEnd() - 1; i >= q.contentStart(); i--) {
        char c = input.charAt(i);
        if (!Character.isWhitespace(c)) {
          return ".!?\u2026".indexOf(c) >= 0;
        }
      }
      return false;
    }

    private int words(Quoted q) {
      int count = 0;
      boolean inWord = false;
      for (int i = q.contentStart(); i < q.contentEnd(); i++) {
        boolean space = Character.isWhitespace(input.charAt(i));
        if (!space && !inWord) {
          count++;
        }
        inWord = !space;
      }
      return count;
    }

    private boolean isPseudonymNotice(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      for (String phrase : knowledge.pseudonymPhrases()) {
        if (lower.contains(phrase)) {
          return true;
        }
      }
      return false;
    }

    private Attribution result() {
      markPseudonyms();
      List<Entity> speakers = table.speakers();
      java.util.Map<Entity, String> ids = new java.util.IdentityHashMap<>();
      List<Source> sources = new ArrayList<>();
      for (Entity e : speakers) {
        String id = "s" + (ids.size() + 1);
        ids.put(e, id);
        sources.add(SourceTable.toSource(e, id, input));
      }
      List<Quote> quotes = new ArrayList<>();
      List<List<Found>> groups = new ArrayList<>();
      java.util.Map<Found, List<Found>> groupOf = new java.util.IdentityHashMap<>();
      for (Found f : found) {
        List<Found> group = f.joins == null ? null : groupOf.get(f.joins);
        if (group == null || !joinsGroup(f, group.get(group.size() - 1))) {
          group = new ArrayList<>();
          groups.add(group);
        }
        group.add(f);
        groupOf.put(f, group);
      }
      for (List<Found> g : groups) {
        Found head = g.get(0);
        Quote.Builder b = Quote.builder().kind(head.kind);
        Entity speaker = null;
        Cue cue = null;
        ParagraphText cueParagraph = null;
        List<Excerpt> parts = new ArrayList<>();
        for (Found f : g) {
          Excerpt part = part(f.quoted());
          if (part != null && (parts.isEmpty() || parts.get(parts.size() - 1).end() <= part.start())) {
            if (parts.isEmpty()) {
              b.block(f.paragraph.block);
            }
            parts.add(part);
          }
          if (speaker == null && f.speaker != null) {
            speaker = f.speaker;
          }
          if (cue == null && f.cue != null) {
            cue = f.cue;
            cueParagraph = f.paragraph;
          }
        }
        if (head.kind != Quote.Kind.SCARE && speaker != null) {
          b.speaker(ids.get(speaker));
          if (cue != null) {
            Token first = cueParagraph.tokens.get(cue.token);
            Token last = cueParagraph.tokens.get(cue.token + cue.length - 1);
            b.cue(Excerpt.of(first.start(), last.end(), input.substring(first.start(), last.end())));
          }
        }
        if (!parts.isEmpty()) {
          quotes.add(b.addAllParts(parts).build());
        }
      }
      for (Reported r : reported) {
        Token cue = r.paragraph().tokens.get(r.cue().token);
        Token cueEnd = r.paragraph().tokens.get(r.cue().token + r.cue().length - 1);
        quotes.add(Quote.builder().kind(Quote.Kind.INDIRECT).block(r.paragraph().block)
            .addPart(Excerpt.of(r.start(), r.end(), input.substring(r.start(), r.end())))
            .speaker(ids.get(r.cue().entity))
            .cue(Excerpt.of(cue.start(), cueEnd.end(), input.substring(cue.start(), cueEnd.end())))
            .build());
      }
      quotes.sort(java.util.Comparator.comparingInt(q -> q.parts().get(0).start()));
      return new Attribution(quotes, sources);
    }

    private boolean joinsGroup(Found f, Found last) {
      if (last.quoted().unclosed()) {
        return true;
      }
      return f.paragraph == last.paragraph && f.kind == Quote.Kind.DIRECT && last.kind == Quote.Kind.DIRECT
          && f.speaker == last.speaker;
    }

    private Excerpt part(Quoted q) {
      int s = q.labelEnd();
      int e = q.contentEnd();
      while (s < e && Character.isWhitespace(input.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(input.charAt(e - 1))) {
        e--;
      }
      return s < e ? Excerpt.of(s, e, input.substring(s, e)) : null;
    }

    private void markPseudonyms() {
      for (String notice : notices) {
        Optional<Gender> scope = scopeOf(notice);
        for (Entity e : table.speakers()) {
          if (e.kind == Source.Kind.PERSON && e.words.size() == 1 && !e.titled
              && (scope.isEmpty() || e.gender.equals(scope))) {
            e.pseudonymous = true;
          }
        }
      }
    }

    /** The gender a notice limits itself to ("all the women quoted"), if it names one. */
    private Optional<Gender> scopeOf(String notice) {
      Set<Gender> seen = new HashSet<>();
      for (String w : notice.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        String singular = w.endsWith("men") ? w.substring(0, w.length() - 3) + "man"
            : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        knowledge.genderOfNoun(singular).ifPresent(seen::add);
      }
      return seen.size() == 1 ? Optional.of(seen.iterator().next()) : Optional.empty();
    }
  }
}
