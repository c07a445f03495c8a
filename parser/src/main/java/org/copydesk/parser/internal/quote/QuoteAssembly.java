package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.copydesk.parser.internal.quote.ParagraphText.Quoted;
import org.copydesk.parser.internal.quote.SourceTable.Entity;
import org.copydesk.parser.internal.text.Texts;

/**
 * The last stage: numbers the sources that spoke, joins the quotations that continue each other into quotes of
 * several parts, and adds the reported speech, all in reading order. Stateless and thread-safe.
 */
final class QuoteAssembly {

  /** The fewest words of a reported clause before a quotation that make the quotation complete the clause. */
  private static final int MIN_LEADING_WORDS = 2;

  private final Knowledge knowledge;

  QuoteAssembly(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Builds the attribution from what direct attribution {@code found} and the {@code reported} speech. */
  Attribution assemble(String input, List<Found> found, List<Reported> reported, Map<Cue, Reported> quotedClauses,
      List<Entity> speakers) {
    Map<Entity, String> ids = new IdentityHashMap<>();
    List<Source> sources = new ArrayList<>();
    for (Entity e : speakers) {
      String id = "s" + (ids.size() + 1);
      ids.put(e, id);
      sources.add(SourceTable.toSource(e, id, input));
    }
    Map<ParagraphText, Clauses> clausesByStart = new IdentityHashMap<>();
    for (Reported clause : quotedClauses.values()) {
      clausesByStart.computeIfAbsent(clause.paragraph(), k -> new Clauses()).byStart.merge(clause.start(), clause,
          (a, b) -> a.end() >= b.end() ? a : b);
    }
    List<Quote> quotes = new ArrayList<>();
    for (List<Found> g : groups(found)) {
      quote(input, g, ids, quotedClauses, clausesByStart).ifPresent(quotes::add);
    }
    for (Reported r : reported) {
      quotes.add(Quote.builder().kind(Quote.Kind.INDIRECT).block(r.paragraph().block)
          .addPart(excerpt(input, r.start(), r.end()))
          .content(excerpt(input, r.contentStart(), r.end()))
          .speaker(ids.get(r.cue().speaker()))
          .cue(cueExcerpt(input, r.paragraph(), r.cue()))
          .build());
    }
    quotes.sort(Comparator.comparingInt(q -> q.parts().get(0).start()));
    return new Attribution(quotes, sources);
  }

  /** The quotations in reading order, grouped into the quotes they make. */
  private static List<List<Found>> groups(List<Found> found) {
    List<List<Found>> groups = new ArrayList<>();
    Map<Found, List<Found>> groupOf = new IdentityHashMap<>();
    for (Found f : found) {
      Found previous = groups.isEmpty() ? null : groups.get(groups.size() - 1).get(groups.get(groups.size() - 1)
          .size() - 1);
      Found joined = f.joins != null ? f.joins : sharesCue(f, previous) ? previous : null;
      List<Found> group = joined == null ? null : groupOf.get(joined);
      if (group == null || !joinsGroup(f, group.get(group.size() - 1))) {
        group = new ArrayList<>();
        groups.add(group);
      }
      group.add(f);
      groupOf.put(f, group);
    }
    return groups;
  }

  /** Partial quotes of one clause, attributed by one cue, make one quote ("called it "X" and "Y""). */
  private static boolean sharesCue(Found f, Found previous) {
    return previous != null && f.paragraph == previous.paragraph && f.cue != null && f.cue == previous.cue
        && f.kind == Quote.Kind.PARTIAL && previous.kind == Quote.Kind.PARTIAL;
  }

  private static boolean joinsGroup(Found f, Found last) {
    if (last.quoted().unclosed()) {
      return true;
    }
    if (f.kind == Quote.Kind.PARTIAL && last.kind == Quote.Kind.PARTIAL && f.cue != null && f.cue == last.cue) {
      return true;
    }
    // "A," she said, "b …": a part after the cue the first one shares continues it, whatever its own kind.
    boolean continuation = !f.title && (f.kind == Quote.Kind.DIRECT || f.kind == Quote.Kind.PARTIAL && f.cue != null
        && f.cue == last.cue);
    // "It was "a mistake," she said. "We lost a year.": a sentence without a cue of its own goes on with the fragment.
    boolean goesOn = last.kind == Quote.Kind.DIRECT || last.kind == Quote.Kind.PARTIAL && f.kind == Quote.Kind.DIRECT
        && f.joins == last && (f.cue == null || f.cue == last.cue);
    return f.paragraph == last.paragraph && continuation && goesOn && f.speaker == last.speaker;
  }

  private java.util.Optional<Quote> quote(String input, List<Found> g, Map<Entity, String> ids,
      Map<Cue, Reported> quotedClauses, Map<ParagraphText, Clauses> clausesByStart) {
    Found head = g.get(0);
    Quote.Kind kind = head.kind;
    if (kind == Quote.Kind.PARTIAL && head.paragraph.isSentenceInitial(head.token())
        && g.stream().anyMatch(f -> f.kind == Quote.Kind.DIRECT)) {
      // ""Amazing," he said. "We played well."": a short opening of a sentence is direct with the sentences after it.
      kind = Quote.Kind.DIRECT;
    }
    Quote.Builder b = Quote.builder().kind(kind);
    Entity speaker = null;
    Found cued = null;
    List<Excerpt> parts = new ArrayList<>();
    for (Found f : g) {
      Excerpt part = part(input, f.quoted());
      if (part != null && (parts.isEmpty() || parts.get(parts.size() - 1).end() <= part.start())) {
        if (parts.isEmpty()) {
          b.block(f.paragraph.block);
        }
        parts.add(part);
      }
      if (speaker == null && f.speaker != null) {
        speaker = f.speaker;
      }
      if (cued == null && f.cue != null) {
        cued = f;
      }
    }
    if (kind != Quote.Kind.SCARE && speaker != null) {
      b.speaker(ids.get(speaker));
      if (cued != null) {
        b.cue(cueExcerpt(input, cued.paragraph, cued.cue));
      }
    }
    if (parts.isEmpty()) {
      return java.util.Optional.empty();
    }
    Reported clause = cued == null ? null : quotedClauses.get(cued.cue);
    boolean inClause = clause != null && clause.paragraph() == cued.paragraph;
    if (!inClause && kind == Quote.Kind.PARTIAL) {
      // A fragment whose speaker continues an earlier one still completes the clause a cue around it reports.
      clause = enclosing(clausesByStart.get(head.paragraph), parts.get(0));
      inClause = clause != null;
    }
    if (kind == Quote.Kind.DIRECT && inClause && opensBefore(input, clause, parts.get(0))
        && !isSetOff(head, cued.cue)) {
      // "said that if she won, "she would sign it"": quoted words completing a reported clause are a partial quote.
      b.kind(Quote.Kind.PARTIAL);
    } else if (kind != Quote.Kind.PARTIAL) {
      inClause = false;
    }
    Reported outer = inClause ? clausesByStart.get(clause.paragraph()).outermost(clause) : null;
    if (outer != null && ids.containsKey(outer.cue().speaker())) {
      // "Smith said that Jones called it "a con"": the report of a report is the outer speaker's.
      clause = outer;
      b.speaker(ids.get(outer.cue().speaker())).cue(cueExcerpt(input, outer.paragraph(), outer.cue()));
    }
    if (inClause) {
      int start = Math.min(clause.contentStart(), parts.get(0).start());
      int end = Math.max(clause.end(), parts.get(parts.size() - 1).end());
      b.content(excerpt(input, start, end));
    }
    return java.util.Optional.of(b.addAllParts(parts).build());
  }

  /**
   * Whether the quotation opens with a capital and is no part of the clause before it: it stands after a dash
   * ("treating it as praise -- "That makes me careful" -- and …"), or after a comma or colon when its cue comes after
   * it (""A …," she wrote") or addresses someone ("told his audience, "What …"").
   */
  private boolean isSetOff(Found f, Cue cue) {
    int t = f.token();
    ParagraphText p = f.paragraph;
    if (t == 0) {
      return false;
    }
    Token before = p.tokens.get(t - 1);
    if (!p.opensWithCapital(f.quoted())) {
      // "As for the cost, "it will pay for itself," she said": after an opening adverbial, the speaker's sentence.
      return cue.token() > t && before.isPunct(',') && opensWithAdverbial(p, t);
    }
    boolean ownCue = cue.token() > t || knowledge.isAddressingVerb(p.tokens.get(cue.token()).lower());
    return before.isDash() || ownCue && before.isPunctIn(",:");
  }

  /** Whether the sentence of token {@code t} opens with a preposition or an adverbial opener ("As for …"). */
  private boolean opensWithAdverbial(ParagraphText p, int t) {
    Token first = p.tokens.get(p.sentenceStart(t));
    return first.isWord() && ("prep".equals(knowledge.functionWord(first.lower()))
        || knowledge.isAdverbialOpener(first.lower()));
  }

  /** The reported clause of the paragraph that starts nearest before {@code part} and holds it, or null. */
  private static Reported enclosing(Clauses clauses, Excerpt part) {
    if (clauses == null) {
      return null;
    }
    Map.Entry<Integer, Reported> nearest = clauses.byStart.floorEntry(part.start());
    return nearest != null && nearest.getValue().end() >= part.end() ? nearest.getValue() : null;
  }

  /**
   * A paragraph's reported clauses by start, indexed so that the outermost clause holding another is found by a binary
   * search rather than a scan of every clause before it (a scan made a paragraph of many reports quadratic).
   */
  private static final class Clauses {
    final TreeMap<Integer, Reported> byStart = new TreeMap<>();
    /** The clauses that can report another (a known speaker, no naming cue), in order of start; built when asked. */
    private Reported[] reporting;
    /** {@code furthestEnd[i]}: the furthest end among {@code reporting[0..i]}, so never decreasing. */
    private int[] furthestEnd;

    /** The reporting clause starting first, before {@code clause}, that holds it; or null. */
    Reported outermost(Reported clause) {
      if (reporting == null) {
        reporting = byStart.values().stream().filter(r -> r.cue().speaker() != null && !r.cue().naming())
            .toArray(Reported[]::new);
        furthestEnd = new int[reporting.length];
        for (int i = 0; i < reporting.length; i++) {
          furthestEnd[i] = Math.max(reporting[i].end(), i == 0 ? Integer.MIN_VALUE : furthestEnd[i - 1]);
        }
      }
      // the first clause whose end reaches clause's is where furthestEnd first reaches it; a later one starts later
      int lo = 0;
      int hi = reporting.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (furthestEnd[mid] >= clause.end()) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo < reporting.length && reporting[lo].start() < clause.start() ? reporting[lo] : null;
    }
  }

  /** Whether the reported clause holds words of its own before the quoted part (more than a complementiser). */
  private static boolean opensBefore(String input, Reported clause, Excerpt first) {
    int words = 0;
    boolean inWord = false;
    for (int i = clause.start(); i < first.start(); i++) {
      boolean letter = Character.isLetterOrDigit(input.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words >= MIN_LEADING_WORDS;
  }

  private static Excerpt cueExcerpt(String input, ParagraphText p, Cue cue) {
    return excerpt(input, p.tokens.get(cue.token()).start(), p.tokens.get(cue.end() - 1).end());
  }

  /** The words of a quotation without its label and the spaces around them, or null if none. */
  private static Excerpt part(String input, Quoted q) {
    int s = Texts.firstNonSpace(input, q.labelEnd(), q.contentEnd());
    int e = Texts.lastNonSpace(input, s, q.contentEnd());
    return s < e ? excerpt(input, s, e) : null;
  }

  private static Excerpt excerpt(String input, int start, int end) {
    return Excerpt.of(start, end, input.substring(start, end));
  }
}
