package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.Source;
import org.copydesk.core.Source.Gender;

/**
 * Reads the phrases that name speakers: the subject of a speech verb ("The deputy chief of staff, Jane Doe, said"),
 * the phrase after an inverted verb or "according to" ("said Jane Doe, the deputy chief"), and the names that stand
 * anywhere in the narrative. Stateless and thread-safe.
 */
final class SpeakerPhrases {

  /** The longest phrase, in tokens, read as one speaker. */
  private static final int MAX_PHRASE = 14;

  /** How far, in tokens, a phrase or clause is searched for; keeps the work linear in long sentences. */
  private static final int MAX_SCAN = 40;

  /** The longest description (an apposition or a role set off by commas), in tokens. */
  private static final int MAX_DESCRIPTION = 30;
  /** The longest description opening a sentence before the speaker's name ("A former minister, Smith said"). */
  private static final int MAX_LEADING_DESCRIPTION = 20;
  /** How many comma-separated appositions may stand between a speaker's name and the verb. */
  private static final int MAX_APPOSITIONS = 3;
  /** How many role words and modifiers may stand in front of a name ("former Ruritanian deputy leader"). */
  private static final int MAX_PREMODIFIERS = 5;
  /** The fewest tokens of a capitalised role with a preposition ("Democrat of California"). */
  private static final int MIN_ROLE_TOKENS = 3;
  /** The preposition of a partitive ("seven of 10 parents"), after which the head noun stands. */
  private static final String PARTITIVE = "of";

  private final Knowledge knowledge;

  SpeakerPhrases(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Returns the names in the paragraph's narrative, in order; {@code vocabulary} holds its lower-case words. */
  List<Reference> names(ParagraphText p, Set<String> vocabulary) {
    List<Reference> out = new ArrayList<>();
    int i = 0;
    while (i < p.tokens.size()) {
      int end = nameRunEnd(p, i, vocabulary);
      if (end > i) {
        Reference r = name(p, i, end);
        if (r != null) {
          out.add(r);
        }
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Returns the speaker named left of the verb at token {@code verb}, or null. */
  Reference subjectOf(ParagraphText p, int verb, Set<String> vocabulary) {
    int first = p.sentenceStart(verb);
    int k = verb - 1;
    while (k >= first && verb - k < MAX_SCAN && p.tokens.get(k).isWord()
        && (knowledge.isVerbModifier(p.tokens.get(k).lower()) || isMannerAdverb(p, k))) {
      k--;
    }
    if (k >= first && p.tokens.get(k).isPunct(')')) {
      int open = k - 1;
      while (open >= first && k - open < MAX_SCAN && !p.tokens.get(open).isPunct('(')) {
        open--;
      }
      k = open >= first && p.tokens.get(open).isPunct('(') ? open - 1 : k;
    }
    if (k < first) {
      return null;
    }
    if (p.tokens.get(k).isPunct(',')) {
      if (p.tokens.get(verb).lower().endsWith("ing")) {
        return mainSubject(p, first, k, vocabulary);
      }
      return appositive(p, first, k, vocabulary);
    }
    Token nearest = p.tokens.get(k);
    if (nearest.isWord() && k > first && (knowledge.isCoordinator(nearest.lower())
        || p.tokens.get(verb).lower().endsWith("ing") && "prep".equals(knowledge.functionWord(nearest.lower())))) {
      // "She bemoaned the unrest and said …", "Obama responded by saying …": the subject of the sentence speaks.
      return mainSubject(p, first, k, vocabulary);
    }
    String pronoun = nearest.isWord() ? knowledge.pronoun(nearest.lower()) : null;
    if (pronoun != null && !nearest.isPossessive()) {
      return pronoun(nearest, pronoun);
    }
    int b = clauseStart(p, first, k);
    Token lead = p.tokens.get(b);
    if (b == k && lead.isWord() && "rel".equals(knowledge.functionWord(lead.lower())) && b - 1 >= first
        && p.tokens.get(b - 1).isPunct(',')) {
      return appositive(p, first, b - 1, vocabulary);
    }
    return interpret(p, b, k + 1, vocabulary);
  }

  /**
   * Returns the speaker named by the phrase starting at token {@code from} (after an inverted verb or "according to"),
   * with an apposition after it as its description, or null.
   */
  Reference phraseAt(ParagraphText p, int from, Set<String> vocabulary) {
    if (from >= p.tokens.size()) {
      return null;
    }
    int end = p.sentenceEnd(from);
    int j = from;
    while (j < end && j - from < MAX_PHRASE) {
      Token t = p.tokens.get(j);
      if (t.isQuote() || t.isPunctIn(",;:()[]!?") || t.isDash() || t.isPunct('.') && !afterAbbreviation(p, j)) {
        break;
      }
      if (j > from && t.isWord() && isClauseWord(t.lower())) {
        break;
      }
      j++;
    }
    Reference r = interpret(p, from, j, vocabulary);
    if (r == null || r.form() == Reference.Form.PRONOUN) {
      return r;
    }
    if (j + 1 < end && p.tokens.get(j).isPunct(',') && startsDescription(p.tokens.get(j + 1))) {
      int d = j + 1;
      while (d < end && d - j < MAX_DESCRIPTION && !p.tokens.get(d).isQuote() && !p.tokens.get(d).isPunctIn(",;:()")
          && !(p.tokens.get(d).isPunct('.') && !afterAbbreviation(p, d))) {
        d++;
      }
      r = r.withDescription(Optional.of(text(p, j + 1, d)), Optional.empty());
    }
    return r;
  }

  /** Whether token {@code k} is an adverb in -ly before a verb ("sharply criticized"), not a noun ("the family"). */
  private boolean isMannerAdverb(ParagraphText p, int k) {
    Token t = p.tokens.get(k);
    Token before = k > 0 ? p.tokens.get(k - 1) : null;
    boolean determined = before != null && before.isWord() && "det".equals(knowledge.functionWord(before.lower()));
    return !t.isCapitalized() && Knowledge.looksLikeAdverb(t.lower()) && !determined;
  }

  /** Returns the first pronoun or name of the sentence holding token {@code t}, before it, or null. */
  Reference sentenceSubject(ParagraphText p, int t, Set<String> vocabulary) {
    return mainSubject(p, p.sentenceStart(t), t, vocabulary);
  }

  /** "She defended the plan, saying …": the first pronoun or name of the sentence, outside prepositional phrases. */
  private Reference mainSubject(ParagraphText p, int first, int comma, Set<String> vocabulary) {
    for (int i = first; i < comma && i - first < MAX_SCAN; i++) {
      Token t = p.tokens.get(i);
      if (t.isQuote()) {
        continue;
      }
      if (i > first && "prep".equals(knowledge.functionWord(p.tokens.get(i - 1).lower()))) {
        // "Worried about support for Ann Lee, Tom Reed …": a whole name after a preposition is its object.
        i = Math.max(i, nameRunEnd(p, i, vocabulary) - 1);
        continue;
      }
      String pronoun = t.isWord() ? knowledge.pronoun(t.lower()) : null;
      if (pronoun != null) {
        return pronoun(t, pronoun);
      }
      int end = nameRunEnd(p, i, vocabulary);
      if (end > i && !isModifier(p, i, end, comma)) {
        return name(p, i, end);
      }
      i = Math.max(i, end - 1);
    }
    return null;
  }

  /** Whether the name run {@code [start, end)} modifies what follows ("Clinton's plan", "the Senate vote"). */
  private boolean isModifier(ParagraphText p, int start, int end, int to) {
    if (end >= to) {
      return false;
    }
    boolean determined = start > 0 && p.tokens.get(start - 1).isWord()
        && "det".equals(knowledge.functionWord(p.tokens.get(start - 1).lower()));
    return p.tokens.get(end - 1).isPossessive() || determined && isCommonWord(p.tokens.get(end));
  }

  /** NAME, APPOSITION, verb — or DESCRIPTION, NAME, verb: the comma before the verb is at {@code comma}. */
  private Reference appositive(ParagraphText p, int first, int comma, Set<String> vocabulary) {
    Optional<String> description = Optional.empty();
    int segEnd = comma;
    for (int round = 0; round < MAX_APPOSITIONS; round++) {
      segEnd = beforeParenthesis(p, first, segEnd);
      int segStart = segEnd;
      while (segStart - 1 >= first && segEnd - segStart <= MAX_SCAN && !isSegmentBoundary(p.tokens.get(segStart - 1))) {
        segStart--;
      }
      if (segStart == segEnd || segEnd - segStart > MAX_DESCRIPTION) {
        return null;
      }
      Token lead = p.tokens.get(segStart);
      boolean boundedByComma = segStart - 1 >= first && p.tokens.get(segStart - 1).isPunct(',');
      // A relative clause or an adverbial set off by commas ("…, at a later briefing, said") describes nobody.
      boolean relative = lead.isWord() && ("rel".equals(knowledge.functionWord(lead.lower()))
          || "prep".equals(knowledge.functionWord(lead.lower())));
      if ((relative || startsDescription(lead) || isPartyLabel(p, segStart, segEnd) || isRole(p, segStart, segEnd))
          && boundedByComma) {
        if (!relative && description.isEmpty()) {
          description = Optional.of(text(p, segStart, segEnd));
        }
        segEnd = segStart - 1;
        continue;
      }
      Reference r = interpret(p, segStart, segEnd, vocabulary);
      if (r == null) {
        return null;
      }
      if (description.isEmpty() && boundedByComma && r.form() == Reference.Form.NAME) {
        int descEnd = segStart - 1;
        int descStart = descEnd;
        while (descStart - 1 >= first && descEnd - descStart <= MAX_SCAN
            && !isSegmentBoundary(p.tokens.get(descStart - 1))) {
          descStart--;
        }
        if (descStart == first && descEnd - descStart <= MAX_LEADING_DESCRIPTION && startsDescription(p.tokens.get(descStart))
            || descStart == first && hasRoleWord(p, descStart, descEnd)) {
          description = Optional.of(text(p, descStart, descEnd));
        }
      }
      return r.withDescription(description, description.flatMap(this::genderOfDescription));
    }
    return null;
  }

  /** Where a phrase ending at {@code end} ends without the parenthesis closing it ("Tom Reed (R-Ohio)"). */
  private static int beforeParenthesis(ParagraphText p, int first, int end) {
    if (end - 1 < first || !p.tokens.get(end - 1).isPunct(')')) {
      return end;
    }
    for (int open = end - 2; open >= first && end - open < MAX_SCAN; open--) {
      if (p.tokens.get(open).isPunct('(')) {
        return open;
      }
    }
    return end;
  }

  /** Reads tokens {@code [from, to)} as a speaker phrase, or returns null. */
  Reference interpret(ParagraphText p, int from, int to, Set<String> vocabulary) {
    while (from < to - 1 && (p.tokens.get(from).isPunctIn(",;:") || p.tokens.get(from).isWord()
        && (isLeadingFiller(p.tokens.get(from).lower())))) {
      from++;
    }
    while (to > from && (p.tokens.get(to - 1).isPunctIn(",;:") || p.tokens.get(to - 1).isWord()
        && knowledge.isVerbModifier(p.tokens.get(to - 1).lower()) && to - 1 > from)) {
      to--;
    }
    if (from >= to) {
      return null;
    }
    for (int i = from; i < to; i++) {
      if (p.tokens.get(i).isQuote()) {
        return null;
      }
    }
    Token first = p.tokens.get(from);
    if (to - from == 1 && first.isWord()) {
      String pronoun = knowledge.pronoun(first.lower());
      if (pronoun != null) {
        return pronoun(first, pronoun);
      }
    }
    if (to - from > MAX_PHRASE) {
      return null;
    }
    if (isCoordination(p, from, to)) {
      int start = skipDeterminer(p, from, to);
      return new Reference(p.tokens.get(start).start(), p.tokens.get(to - 1).end(), text(p, start, to), List.of(),
          Reference.Form.PHRASE, Source.Kind.GROUP, p.tokens.get(to - 1).lower(), Optional.empty(),
          Optional.empty(), false);
    }
    // A name not inside a prepositional phrase, and not a possessive in front of a lower-case head.
    int i = from;
    while (i < to) {
      int end = Math.min(nameRunEnd(p, i, vocabulary), to);
      if (end > i) {
        boolean inPrep = i > from && "prep".equals(knowledge.functionWord(p.tokens.get(i - 1).lower()));
        if (!inPrep && !isModifier(p, i, end, to)) {
          Reference r = name(p, i, end);
          if (r != null) {
            return r;
          }
        }
        i = end;
      } else {
        i++;
      }
    }
    return nounPhrase(p, from, to);
  }

  /** A capitalised role set off after a name, a preposition after its first word ("Democrat of California"). */
  private boolean isRole(ParagraphText p, int from, int to) {
    return to - from >= MIN_ROLE_TOKENS && p.tokens.get(from).isCapitalized()
        && p.tokens.get(from + 1).isWord() && "prep".equals(knowledge.functionWord(p.tokens.get(from + 1).lower()));
  }

  /** A party and state label set off after a name ("R-Ky.", "D-Mass."). */
  private static boolean isPartyLabel(ParagraphText p, int from, int to) {
    String t = p.tokens.get(from).text();
    boolean label = t.length() >= 3 && t.length() <= 14 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '-'
        && Character.isUpperCase(t.charAt(2));
    for (int i = from + 1; i < to; i++) {
      label &= p.tokens.get(i).isPunct('.');
    }
    return label;
  }

  /** Words that may open a clause before its subject: conjunctions and sentence adverbs ("And then she said"). */
  private boolean isLeadingFiller(String w) {
    String cls = knowledge.functionWord(w);
    return "conj".equals(cls) || "adv".equals(cls) || knowledge.isVerbModifier(w) && !"det".equals(cls);
  }

  /** A lower-case word that is not a function word: after a name, it makes the name a modifier ("the Senate vote"). */
  private boolean isCommonWord(Token t) {
    return t.isWord() && !t.isCapitalized() && knowledge.functionWord(t.lower()) == null;
  }

  private Reference nounPhrase(ParagraphText p, int from, int to) {
    int start = skipDeterminer(p, from, to);
    String det = start > from ? p.tokens.get(from).lower() : "";
    int headEnd = to;
    for (int i = start + 1; i < to; i++) {
      if (p.tokens.get(i).isWord() && "prep".equals(knowledge.functionWord(p.tokens.get(i).lower()))) {
        headEnd = i;
        break;
      }
    }
    Source.Kind kind = null;
    String head = null;
    int headStart = start;
    if (headEnd < to && p.tokens.get(headEnd).lower().equals(PARTITIVE) && !hasHeadNoun(p, start, headEnd)) {
      // "Nearly seven of 10 parents", "some of the officials": the noun after "of" heads a partitive.
      headStart = headEnd + 1;
      headEnd = to;
    }
    for (int i = headStart; i < headEnd; i++) {
      Token t = p.tokens.get(i);
      if (!t.isWord()) {
        continue;
      }
      String w = t.lower();
      if (knowledge.isAnonymousNoun(w)) {
        kind = Source.Kind.UNNAMED;
        head = w;
      } else if (knowledge.isGroupNoun(w)) {
        kind = Source.Kind.GROUP;
        head = w;
      } else if (knowledge.isOrganizationWord(w)) {
        kind = Source.Kind.ORGANIZATION;
        head = w;
      } else if (knowledge.isDocumentNoun(w)) {
        kind = Source.Kind.DOCUMENT;
        head = w;
      } else if ((knowledge.isTitle(w) || knowledge.genderOfNoun(w).isPresent()) && kind == null) {
        kind = Source.Kind.PERSON;
        head = w;
      }
    }
    if (kind == null) {
      return null;
    }
    boolean definite = "det".equals(knowledge.functionWord(det)) && !knowledge.isIndefiniteArticle(det);
    Reference.Form form = definite && kind != Source.Kind.GROUP ? Reference.Form.DEFINITE : Reference.Form.PHRASE;
    if (kind == Source.Kind.PERSON && form == Reference.Form.PHRASE) {
      kind = Source.Kind.UNNAMED;
    }
    Token last = p.tokens.get(to - 1);
    return new Reference(p.tokens.get(start).start(), last.end(), text(p, start, to), List.of(), form, kind, head,
        Optional.empty(), genderOfDescription(text(p, start, to)), false);
  }

  /** Whether tokens {@code [from, to)} hold a noun that can head a speaker phrase. */
  private boolean hasHeadNoun(ParagraphText p, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = p.tokens.get(i).lower();
      if (knowledge.isAnonymousNoun(w) || knowledge.isGroupNoun(w) || knowledge.isOrganizationWord(w)
          || knowledge.isDocumentNoun(w) || knowledge.isTitle(w) || knowledge.genderOfNoun(w).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Reads the name run {@code [from, to)}: titles in front become the description, the rest the name. */
  private Reference name(ParagraphText p, int from, int to) {
    int nameStart = from;
    Optional<Gender> gender = Optional.empty();
    for (int i = from; i < to; i++) {
      Token t = p.tokens.get(i);
      if (t.isWord() && (knowledge.isTitle(t.lower()) || knowledge.isHonorific(t.lower()))) {
        nameStart = i + 1;
        gender = knowledge.genderOf(t.lower());
      }
    }
    while (nameStart < to && !p.tokens.get(nameStart).isWord()) {
      nameStart++;
    }
    if (nameStart >= to) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int i = nameStart; i < to; i++) {
      if (p.tokens.get(i).isWord()) {
        words.add(p.tokens.get(i).bare());
      }
    }
    // "Secretary of State John Kerry": a known given name starts the name.
    for (int w = 1; w < words.size() - 1; w++) {
      if (knowledge.isGivenName(words.get(w).toLowerCase(Locale.ROOT))
          && !knowledge.isGivenName(words.get(0).toLowerCase(Locale.ROOT))) {
        words = words.subList(w, words.size());
        break;
      }
    }
    Source.Kind kind = Source.Kind.PERSON;
    for (String w : words) {
      if (knowledge.isOrganizationWord(w.toLowerCase(Locale.ROOT))) {
        kind = Source.Kind.ORGANIZATION;
      }
    }
    if (words.size() == 1 && p.tokens.get(to - 1).isAcronym()
        || knowledge.isPlace(String.join(" ", words).toLowerCase(Locale.ROOT))) {
      kind = Source.Kind.ORGANIZATION;
    }
    if (kind == Source.Kind.PERSON && gender.isEmpty()) {
      gender = knowledge.genderOf(words.get(0).toLowerCase(Locale.ROOT));
    }
    int descEnd = nameStart;
    int descStart = premodifierStart(p, from);
    Optional<String> description = Optional.empty();
    if (descStart < descEnd && hasRoleWord(p, descStart, descEnd)) {
      description = Optional.of(text(p, descStart, descEnd));
      if (gender.isEmpty()) {
        gender = genderOfDescription(description.get());
      }
    }
    Token lastName = p.tokens.get(to - 1);
    int end = lastName.isPossessive() ? lastName.start() + lastName.bare().length() : lastName.end();
    int start = p.tokens.get(nameStart).start();
    return new Reference(start, end, p.input.substring(start, end), List.copyOf(words), Reference.Form.NAME, kind, "",
        description, kind == Source.Kind.PERSON ? gender : Optional.empty(), nameStart > from);
  }

  /** Where lower-case role words and capitalised modifiers in front of a name start ("former Ruritanian leader"). */
  private int premodifierStart(ParagraphText p, int from) {
    int i = from;
    int first = p.sentenceStart(from);
    while (i - 1 >= first && from - (i - 1) <= MAX_PREMODIFIERS) {
      Token t = p.tokens.get(i - 1);
      if (!t.isWord() || knowledge.functionWord(t.lower()) != null) {
        break;
      }
      i--;
    }
    return i;
  }

  private boolean hasRoleWord(ParagraphText p, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = p.tokens.get(i);
      if (t.isWord() && (knowledge.isTitle(t.lower()) || knowledge.isAnonymousNoun(t.lower())
          || knowledge.genderOf(t.lower()).isPresent() && !t.isCapitalized())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the end of the name run starting at token {@code i}, or {@code i} if none starts there. A run is a row of
   * capitalised words, with initials, abbreviated titles and name particles inside it ("Sen. John F. Kerry").
   */
  int nameRunEnd(ParagraphText p, int i, Set<String> vocabulary) {
    Token t = p.tokens.get(i);
    if (!t.isCapitalized() || knowledge.functionWord(t.lower()) != null || knowledge.pronoun(t.lower()) != null) {
      return i;
    }
    boolean sentenceInitial = i == p.sentenceStart(i) || p.tokens.get(i - 1).isQuote()
        || p.tokens.get(i - 1).isPunctIn("(:");
    String w = t.lower();
    if (sentenceInitial && !t.isAcronym() && (vocabulary.contains(w) || w.endsWith("ly") || knowledge.isSpeechVerb(w)
        || knowledge.isGroupNoun(w) || knowledge.isAnonymousNoun(w))) {
      return i;
    }
    int end = i + 1;
    while (end < p.tokens.size() && end - i < MAX_PHRASE) {
      Token prev = p.tokens.get(end - 1);
      Token next = p.tokens.get(end);
      if (prev.isPossessive()) {
        break;
      }
      if (next.isPunct('.') && next.start() == prev.end() && isShortForm(prev) && end + 1 < p.tokens.size()
          && p.tokens.get(end + 1).isCapitalized()) {
        end++;
      } else if (next.isCapitalized() && knowledge.functionWord(next.lower()) == null) {
        end++;
      } else if (next.isWord() && knowledge.isNameParticle(next.text()) && end + 1 < p.tokens.size()
          && p.tokens.get(end + 1).isCapitalized()) {
        end++;
      } else {
        break;
      }
    }
    while (end > i && !p.tokens.get(end - 1).isWord()) {
      end--;
    }
    return end;
  }

  private boolean isShortForm(Token t) {
    if (!t.isWord()) {
      return false;
    }
    String w = t.lower();
    return w.length() == 1 || knowledge.isAbbreviation(w) || knowledge.isHonorific(w) || knowledge.isTitle(w);
  }

  private boolean afterAbbreviation(ParagraphText p, int dot) {
    return dot > 0 && p.tokens.get(dot - 1).end() == p.tokens.get(dot).start() && isShortForm(p.tokens.get(dot - 1));
  }

  private Reference pronoun(Token t, String pronounClass) {
    Source.Kind kind = switch (pronounClass) {
      case "plural" -> Source.Kind.GROUP;
      case "neuter" -> Source.Kind.ORGANIZATION;
      case "self" -> null;
      default -> Source.Kind.PERSON;
    };
    if (kind == null) {
      return null;
    }
    return new Reference(t.start(), t.end(), t.text(), List.of(), Reference.Form.PRONOUN, kind, t.lower(),
        Optional.empty(), Knowledge.gender(pronounClass), false);
  }

  private boolean isCoordination(ParagraphText p, int from, int to) {
    for (int i = from + 1; i < to - 1; i++) {
      Token t = p.tokens.get(i);
      if (t.isWord() && knowledge.isCoordinator(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private int skipDeterminer(ParagraphText p, int from, int to) {
    int i = from;
    while (i < to - 1 && p.tokens.get(i).isWord() && "det".equals(knowledge.functionWord(p.tokens.get(i).lower()))) {
      i++;
    }
    return i;
  }

  private int clauseStart(ParagraphText p, int first, int k) {
    int b = k;
    while (b - 1 >= first && k - b < MAX_SCAN) {
      Token t = p.tokens.get(b - 1);
      if (t.isQuote() || t.isPunctIn(",;:()[]") || t.isDash() || t.isWord() && isClauseWord(t.lower())) {
        break;
      }
      b--;
    }
    return b;
  }

  /** Words that start a clause of their own: a speaker phrase never runs across them. */
  private boolean isClauseWord(String w) {
    String cls = knowledge.functionWord(w);
    return "rel".equals(cls) || knowledge.isClauseWord(w) || knowledge.isSpeechVerb(w);
  }

  private static boolean isSegmentBoundary(Token t) {
    return t.isQuote() || t.isPunctIn(",;:()[]") || t.isDash();
  }

  /** Whether a phrase starting with {@code t} describes rather than names ("the ...", "a ...", lower case). */
  private boolean startsDescription(Token t) {
    if (!t.isWord()) {
      return false;
    }
    String cls = knowledge.functionWord(t.lower());
    return "det".equals(cls) || "quant".equals(cls) || !t.isCapitalized() && cls == null
        && knowledge.pronoun(t.lower()) == null || t.isPossessive();
  }

  private Optional<Gender> genderOfDescription(String description) {
    for (String w : description.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty() && !knowledge.isGivenName(w)) {
        Optional<Gender> g = knowledge.genderOf(w);
        if (g.isPresent()) {
          return g;
        }
      }
    }
    return Optional.empty();
  }

  private static String text(ParagraphText p, int from, int to) {
    return p.input.substring(p.tokens.get(from).start(), p.tokens.get(to - 1).end());
  }
}
