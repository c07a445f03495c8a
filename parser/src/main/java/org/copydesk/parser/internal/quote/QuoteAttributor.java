package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.copydesk.core.Block;
import org.copydesk.core.Heading;
import org.copydesk.parser.internal.quote.SourceTable.Entity;

/**
 * Finds the quotes in an article's body paragraphs and attributes them to sources. Stateless and thread-safe.
 *
 * <p>The stages, per article, each returning its result to the next: {@link QuotedParagraphs} pairs the quotation
 * marks of each paragraph and splits its narrative into tokens and sentences; {@link CueFinder} finds the speech cues
 * and the phrases naming their speakers. Then, paragraph by paragraph in reading order, {@link SpeakerResolution}
 * enters names, pronouns and phrases in the article's {@link SourceTable}, {@link DirectAttribution} gives each
 * quotation its cue and speaker (or the previous speaker's) and {@link QuoteKinds} its kind, and
 * {@link ReportedSpeech} reads the reported speech of sentences without quotation marks. Finally
 * {@link PseudonymNotices} marks the sources a pseudonym notice covers and {@link QuoteAssembly} builds the quotes
 * and sources. Media, asides and disclaimers do not break a chain of quotes across paragraphs; headings do.
 */
public final class QuoteAttributor {

  /** How many paragraphs a speaker stays the one a quotation without a cue continues. */
  private static final int CHAIN_REACH = 1;

  private final Knowledge knowledge = Knowledge.INSTANCE;
  private final SpeakerPhrases phrases = new SpeakerPhrases(knowledge);
  private final QuotedParagraphs quotedParagraphs = new QuotedParagraphs(knowledge);
  private final CueFinder cueFinder = new CueFinder(knowledge, phrases);
  private final SpeakerResolution resolution = new SpeakerResolution(phrases);
  private final DirectAttribution direct = new DirectAttribution(knowledge, new QuoteKinds(knowledge));
  private final ReportedSpeech reportedSpeech = new ReportedSpeech(knowledge);
  private final PseudonymNotices pseudonyms = new PseudonymNotices(knowledge);
  private final QuoteAssembly assembly = new QuoteAssembly(knowledge);

  /**
   * Returns the quotes found in {@code blocks} (read from {@code input}) and their sources; {@code pseudonymNotices}
   * are the indices of the blocks the structure stage found to be pseudonym notices.
   */
  public Attribution attribute(String input, List<Block> blocks, List<Integer> pseudonymNotices) {
    Objects.requireNonNull(input, "input must not be null");
    Objects.requireNonNull(blocks, "blocks must not be null");
    Objects.requireNonNull(pseudonymNotices, "pseudonymNotices must not be null");
    List<ParagraphText> paragraphs = quotedParagraphs.read(input, blocks);
    Set<String> vocabulary = lowerCaseWords(paragraphs);
    CueFinder.Result cues = cueFinder.find(paragraphs, vocabulary);
    SourceTable table = new SourceTable(cues.speakerNames());
    List<Found> found = new ArrayList<>();
    List<Reported> reported = new ArrayList<>();
    Map<Cue, Reported> quotedClauses = new IdentityHashMap<>();
    Entity chain = null;
    int chainParagraph = Integer.MIN_VALUE;
    int next = 0;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      boolean paragraph = next < paragraphs.size() && paragraphs.get(next).block == b;
      if (block instanceof Heading) {
        chain = null;
      }
      if (!paragraph) {
        continue;
      }
      ParagraphText p = paragraphs.get(next);
      SpeakerResolution.Resolved r = resolution.resolve(p, cues.cues().get(next), vocabulary, table);
      Found tail = found.isEmpty() ? null : found.get(found.size() - 1);
      Entity continued = next - chainParagraph <= CHAIN_REACH ? chain : null;
      List<Found> fs = direct.attribute(p, r.cues(), r.labelled(), tail, continued);
      found.addAll(fs);
      ReportedSpeech.Result speech = reportedSpeech.find(p, r.cues());
      reported.addAll(speech.indirect());
      quotedClauses.putAll(speech.quotedClauses());
      Entity last = lastSpeaker(fs, r.cues());
      if (last != null) {
        chain = last;
        chainParagraph = next;
      }
      next++;
    }
    pseudonyms.mark(pseudonymNotices.stream().map(blocks::get).toList(), table.speakers());
    return assembly.assemble(input, found, reported, quotedClauses, table.speakers());
  }

  /** The paragraph's last speaker: of its last attributed quotation, else of its last speech cue; or null. */
  private static Entity lastSpeaker(List<Found> fs, List<Cue> cues) {
    for (int i = fs.size() - 1; i >= 0; i--) {
      if (fs.get(i).speaker != null) {
        return fs.get(i).speaker;
      }
    }
    for (int i = cues.size() - 1; i >= 0; i--) {
      if (cues.get(i).speaker() != null && !cues.get(i).naming()) {
        return cues.get(i).speaker();
      }
    }
    return null;
  }

  /** The lower-case words of the paragraphs: a capitalised word also met in lower case is no name. */
  private static Set<String> lowerCaseWords(List<ParagraphText> paragraphs) {
    Set<String> vocabulary = new HashSet<>();
    for (ParagraphText p : paragraphs) {
      for (Token t : p.tokens) {
        if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) {
          vocabulary.add(t.lower());
        }
      }
    }
    return vocabulary;
  }
}
