package org.copydesk.parser.internal.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.Source.Gender;
import org.copydesk.parser.internal.lexicon.Lexicon;

/**
 * The word lists the quote stage reads, loaded once from {@code org/copydesk/parser/quote/}. Every lookup takes a
 * lower-cased word. Immutable and thread-safe.
 */
final class Knowledge {

  static final Knowledge INSTANCE = new Knowledge();

  /** The ending of most English adverbs of manner. */
  private static final String ADVERB_ENDING = "ly";
  /** Words in -ly this short ("fly", "only", "ally") are no adverbs of manner, or are listed as verb modifiers. */
  private static final int MIN_ADVERB_LENGTH = 4;

  private final Set<String> speechVerbs = verbForms("quote/speech-verbs.txt");
  private final Set<String> namingVerbs = verbForms("quote/naming-verbs.txt");
  private final Set<String> addressingVerbs = verbForms("quote/addressing-verbs.txt");
  private final Set<String> bareComplementVerbs = verbForms("quote/bare-complement-verbs.txt");
  private final Set<String> infinitiveVerbs = verbForms("quote/infinitive-verbs.txt");
  private final Map<String, String> prepositionalVerbs = pairs("quote/prepositional-speech-verbs.txt");
  private final Set<String> complementizers = Lexicon.lowerCaseSet("quote/complementizers.txt");
  private final Set<String> clauseWords = Lexicon.lowerCaseSet("quote/clause-words.txt");
  private final Set<String> adverbialOpeners = Lexicon.lowerCaseSet("quote/adverbial-openers.txt");
  private final Set<String> topicPrepositions = Lexicon.lowerCaseSet("quote/topic-prepositions.txt");
  private final Set<String> coordinators = Lexicon.lowerCaseSet("quote/coordinators.txt");
  private final Set<String> indefiniteArticles = Lexicon.lowerCaseSet("quote/indefinite-articles.txt");
  private final PhraseTable phrases = phrases("quote/attribution-phrases.txt");
  private final PhraseTable phrasalSpeechVerbs = phrases("quote/phrasal-speech-verbs.txt");
  private final Map<String, String> pronouns = pairs("quote/pronouns.txt");
  private final Map<String, String> honorifics = pairs("quote/honorifics.txt");
  private final Map<String, String> titles = pairs("quote/titles.txt");
  private final Map<String, String> genderedNouns = pairs("quote/gendered-nouns.txt");
  private final Set<String> femaleNames = Lexicon.lowerCaseSet("quote/given-names-female.txt");
  private final Set<String> maleNames = Lexicon.lowerCaseSet("quote/given-names-male.txt");
  private final Set<String> organizationWords = Lexicon.lowerCaseSet("quote/organization-words.txt");
  private final Set<String> places = Lexicon.lowerCaseSet("quote/places.txt");
  private final Set<String> anonymousNouns = Lexicon.lowerCaseSet("quote/anonymous-nouns.txt");
  private final Set<String> groupNouns = Lexicon.lowerCaseSet("quote/group-nouns.txt");
  private final Set<String> documentNouns = Lexicon.lowerCaseSet("quote/document-nouns.txt");
  private final Set<String> speechNouns = Lexicon.lowerCaseSet("quote/speech-nouns.txt");
  private final Set<String> abbreviations = Lexicon.lowerCaseSet("quote/abbreviations.txt");
  private final Set<String> elisions = Lexicon.lowerCaseSet("quote/elisions.txt");
  private final Set<String> verbModifiers = Lexicon.lowerCaseSet("quote/verb-modifiers.txt");
  private final Map<String, String> functionWords = pairs("quote/function-words.txt");
  private final Map<String, String> auxiliaries = pairs("quote/auxiliaries.txt");
  private final Set<String> nameParticles = Lexicon.lowerCaseSet("lexicon/name-particles.txt");

  private Knowledge() {}

  boolean isSpeechVerb(String word) {
    return speechVerbs.contains(word);
  }

  boolean isNamingVerb(String word) {
    return namingVerbs.contains(word);
  }

  /** Whether {@code word} is a speech verb whose object is the person spoken to ("told", "urged"). */
  boolean isAddressingVerb(String word) {
    return addressingVerbs.contains(word);
  }

  /** Whether {@code word} is a speech verb whose object is the words said even without "that" ("said"). */
  boolean takesBareComplement(String word) {
    return bareComplementVerbs.contains(word);
  }

  /** Whether {@code word} is a speech verb whose to-infinitive is what was said ("agreed to", "urged X to"). */
  boolean takesInfinitive(String word) {
    return infinitiveVerbs.contains(word);
  }

  /** The preposition after the person that opens what a verb like "accused" reports ("of"), or null. */
  String complementPreposition(String word) {
    return prepositionalVerbs.get(word);
  }

  /** Whether {@code word} opens a reported clause after a speech verb ("that"). */
  boolean isComplementizer(String word) {
    return complementizers.contains(word);
  }

  /** Whether {@code word} opens a clause or adverbial a speaker phrase never runs across ("because", "during"). */
  boolean isClauseWord(String word) {
    return clauseWords.contains(word);
  }

  /** Whether {@code word} opens an adverbial that is no reported clause ("according to X", "as much"). */
  boolean isAdverbialOpener(String word) {
    return adverbialOpeners.contains(word);
  }

  /** Whether {@code word} opens what a speech verb's words were about ("complained about", "warned against"). */
  boolean isTopicPreposition(String word) {
    return topicPrepositions.contains(word);
  }

  /**
   * Whether {@code word} looks like an adverb of manner ("sharply", "repeatedly"): a word in -ly of some length. A
   * caller rules out the nouns so formed ("family", "assembly") by the word's place, never after a determiner.
   */
  static boolean looksLikeAdverb(String word) {
    return word.length() > MIN_ADVERB_LENGTH && word.endsWith(ADVERB_ENDING);
  }

  /** Whether {@code word} joins two speakers into a group ("and", "or"). */
  boolean isCoordinator(String word) {
    return coordinators.contains(word);
  }

  /** Whether {@code word} is an indefinite article ("a", "an"). */
  boolean isIndefiniteArticle(String word) {
    return indefiniteArticles.contains(word);
  }

  /** The phrasal speech verbs, each as its lower-case words ("called", "for"). */
  PhraseTable phrasalSpeechVerbs() {
    return phrasalSpeechVerbs;
  }

  /** Attribution phrases as word lists ("according", "to"). */
  PhraseTable attributionPhrases() {
    return phrases;
  }

  /** The class of a pronoun (male, female, plural, neuter, self), or null. */
  String pronoun(String word) {
    return pronouns.get(word);
  }

  boolean isHonorific(String word) {
    return honorifics.containsKey(stripDot(word));
  }

  boolean isTitle(String word) {
    return titles.containsKey(stripDot(word));
  }

  boolean isOrganizationWord(String word) {
    return organizationWords.contains(word);
  }

  /** Returns whether {@code lowerCaseName} is a country or capital, which speaks for its government. */
  boolean isPlace(String lowerCaseName) {
    return places.contains(lowerCaseName);
  }

  boolean isAnonymousNoun(String word) {
    return anonymousNouns.contains(word);
  }

  boolean isGroupNoun(String word) {
    return groupNouns.contains(word);
  }

  /** Whether {@code word} names a document that can say something ("report", "filing", "ruling"). */
  boolean isDocumentNoun(String word) {
    return documentNouns.contains(word);
  }

  /** Whether {@code word} names an utterance that may introduce the words after a colon ("comment", "reply"). */
  boolean isSpeechNoun(String word) {
    return speechNouns.contains(word);
  }

  boolean isAbbreviation(String word) {
    return abbreviations.contains(word);
  }

  boolean isElision(String word) {
    return elisions.contains(word);
  }

  boolean isVerbModifier(String word) {
    return verbModifiers.contains(word);
  }

  /** The class of an auxiliary (be, modal) or the infinitive marker (infinitive), or null. */
  String auxiliary(String word) {
    return auxiliaries.get(word);
  }

  /** The class of a function word (det, quant, rel, conj, prep, adv, pron), or null. */
  String functionWord(String word) {
    return functionWords.get(word);
  }

  boolean isNameParticle(String word) {
    return nameParticles.contains(word);
  }

  /** The gender a given name, honorific, title or gendered noun states, if any. */
  Optional<Gender> genderOf(String word) {
    String w = stripDot(word);
    String stated = honorifics.get(w);
    if (stated == null) {
      stated = titles.get(w);
    }
    if (stated == null) {
      stated = genderedNouns.get(w);
    }
    if (stated == null) {
      stated = femaleNames.contains(w) ? "female" : maleNames.contains(w) ? "male" : null;
    }
    return gender(stated);
  }

  /** The gender a kinship or role noun states ("mother", "chairman"), if any. */
  Optional<Gender> genderOfNoun(String word) {
    return gender(genderedNouns.get(word));
  }

  /** Whether {@code word} is a given name on either list. */
  boolean isGivenName(String word) {
    return femaleNames.contains(word) || maleNames.contains(word);
  }

  static Optional<Gender> gender(String stated) {
    if ("female".equals(stated)) {
      return Optional.of(Gender.FEMALE);
    }
    if ("male".equals(stated)) {
      return Optional.of(Gender.MALE);
    }
    return Optional.empty();
  }

  private static String stripDot(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  /** Reads verb lines: every word is a form, but a lemma in parentheses, which is mostly a noun ("(claim)"). */
  private static Set<String> verbForms(String name) {
    Set<String> forms = new HashSet<>();
    for (String line : Lexicon.entries(name)) {
      for (String word : line.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (!word.startsWith("(")) {
          forms.add(word);
        }
      }
    }
    return Set.copyOf(forms);
  }

  private static PhraseTable phrases(String name) {
    return new PhraseTable(
        Lexicon.entries(name).stream().map(e -> List.of(e.toLowerCase(Locale.ROOT).split("\\s+"))).toList());
  }

  /** Reads "word value" lines; a line with a word alone maps it to the empty string. */
  private static Map<String, String> pairs(String name) {
    Map<String, String> map = new HashMap<>();
    for (String line : Lexicon.entries(name)) {
      String[] words = line.toLowerCase(Locale.ROOT).split("\\s+", 2);
      map.put(words[0], words.length > 1 ? words[1].strip() : "");
    }
    return Map.copyOf(map);
  }
}
