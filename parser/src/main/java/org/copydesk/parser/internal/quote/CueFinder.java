package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cue stage: finds the speech cues of each paragraph (speech and naming verbs, attribution phrases such as
 * "according to", a dash between a quotation and a name) and reads the phrase naming each cue's speaker. Stateless
 * and thread-safe.
 */
final class CueFinder {

  /**
   * The cues of each paragraph in token order, and the last words of the names that stand as the speaker of a speech
   * verb anywhere in the article.
   */
  record Result(List<List<Cue>> cues, Set<String> speakerNames) {}

  private final Knowledge knowledge;
  private final SpeakerPhrases phrases;

  CueFinder(Knowledge knowledge, SpeakerPhrases phrases) {
    this.knowledge = knowledge;
    this.phrases = phrases;
  }

  /** Finds the cues of {@code paragraphs}; {@code vocabulary} holds the article's lower-case words. */
  Result find(List<ParagraphText> paragraphs, Set<String> vocabulary) {
    List<List<Cue>> cues = new ArrayList<>();
    Set<String> speakerNames = new HashSet<>();
    for (ParagraphText p : paragraphs) {
      cues.add(find(p, vocabulary, speakerNames));
    }
    return new Result(List.copyOf(cues), Set.copyOf(speakerNames));
  }

  private List<Cue> find(ParagraphText p, Set<String> vocabulary, Set<String> speakerNames) {
    List<Cue> out = new ArrayList<>();
    List<Token> tokens = p.tokens;
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      if (tok.isDash() && t > 0 && tokens.get(t - 1).isQuote() && t + 1 < tokens.size()
          && tokens.get(t + 1).isCapitalized()) {
        Reference ref = phrases.phraseAt(p, t + 1, vocabulary);
        if (ref != null && ref.form() == Reference.Form.NAME) {
          out.add(new Cue(t, 1, false, ref, null));
        }
        continue;
      }
      if (!tok.isWord()) {
        continue;
      }
      String w = tok.lower();
      if (afterDeterminer(tokens, t)) {
        // "the urge to", "a call for", "his promise": a noun, not a speech verb.
        continue;
      }
      int phrasal = knowledge.phrasalSpeechVerbs().matchLength(tokens, t);
      if (phrasal > 0 && !(tok.isCapitalized() && t > p.sentenceStart(t))) {
        // "called for a review", "spoke out against it": the verb and its particles are one cue.
        Reference ref = phrases.subjectOf(p, t, vocabulary);
        if (ref != null && ref.form() == Reference.Form.NAME) {
          speakerNames.add(ref.words().get(ref.words().size() - 1));
        }
        out.add(new Cue(t, phrasal, false, ref, null));
        t += phrasal - 1;
        continue;
      }
      int phrase = knowledge.attributionPhrases().matchLength(tokens, t);
      if (phrase > 0) {
        out.add(new Cue(t, phrase, false, phrases.phraseAt(p, t + phrase, vocabulary), null));
        t += phrase - 1;
        continue;
      }
      if (knowledge.isSpeechNoun(w) && t + 1 < tokens.size() && tokens.get(t + 1).isPunct(':')
          && (t + 2 == tokens.size() || tokens.get(t + 2).isQuote())) {
        // "Smith made the following comment: "…"", "Her reply: "…"": the one in front of the noun speaks, also when
        // the words follow in the next paragraph.
        Reference ref = phrases.subjectOf(p, t, vocabulary);
        if (ref == null || ref.form() == Reference.Form.PHRASE) {
          // "Smith is rolling out a new campaign message: "…"": the subject of the sentence speaks.
          ref = phrases.sentenceSubject(p, t, vocabulary);
        }
        if (ref != null && ref.form() != Reference.Form.PHRASE) {
          out.add(new Cue(t, 1, false, ref, null));
        }
        continue;
      }
      boolean speech = knowledge.isSpeechVerb(w);
      boolean naming = knowledge.isNamingVerb(w);
      boolean inName = tok.isCapitalized() && t > p.sentenceStart(t) && !tokens.get(t - 1).isQuote();
      if (!speech && !naming || inName) {
        continue;
      }
      Reference ref = phrases.subjectOf(p, t, vocabulary);
      if (ref == null && speech && t > 0 && t + 1 < tokens.size() && !knowledge.isAddressingVerb(w)
          && (tokens.get(t - 1).isQuote() || tokens.get(t - 1).isPunctIn(",?!"))) {
        ref = phrases.phraseAt(p, t + 1, vocabulary);
      }
      if (speech && ref != null && ref.form() == Reference.Form.NAME) {
        speakerNames.add(ref.words().get(ref.words().size() - 1));
      }
      out.add(new Cue(t, 1, naming && !speech, ref, null));
    }
    return out;
  }

  /**
   * Whether token {@code t} follows a determiner (an article, demonstrative or possessive; "that" is left out, as it
   * is mostly a relative pronoun before a verb: "groups that urged voters").
   */
  private boolean afterDeterminer(List<Token> tokens, int t) {
    if (t == 0 || !tokens.get(t - 1).isWord()) {
      return false;
    }
    String w = tokens.get(t - 1).lower();
    return "det".equals(knowledge.functionWord(w)) && !knowledge.isComplementizer(w);
  }
}
