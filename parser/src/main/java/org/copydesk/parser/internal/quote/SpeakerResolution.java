package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.Source;
import org.copydesk.parser.internal.quote.ParagraphText.Quoted;
import org.copydesk.parser.internal.quote.SourceTable.Entity;
import org.copydesk.parser.internal.text.Texts;

/**
 * The resolution stage, run on each paragraph in reading order: the speakers of transcript labels and cues, and the
 * other names of the narrative, are entered in the article's {@link SourceTable} in the order they stand, so that
 * pronouns and short names resolve to the latest fitting source. Stateless and thread-safe; the table is not.
 */
final class SpeakerResolution {

  /** The paragraph's cues with their speakers, and the speaker of each quotation's transcript label (or null). */
  record Resolved(List<Cue> cues, List<Entity> labelled) {}

  private final SpeakerPhrases phrases;

  SpeakerResolution(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  /** Resolves the speakers of {@code p}'s labels and {@code cues} in {@code table}. */
  Resolved resolve(ParagraphText p, List<Cue> cues, Set<String> vocabulary, SourceTable table) {
    List<Entity> labelled = new ArrayList<>();
    for (Quoted q : p.quotes) {
      labelled.add(q.hasLabel() ? table.resolve(label(p.input, q)) : null);
    }
    List<Reference> names = phrases.names(p, vocabulary);
    List<Integer> byPosition = new ArrayList<>();
    Set<Integer> speakerStarts = new HashSet<>();
    for (int i = 0; i < cues.size(); i++) {
      if (cues.get(i).ref() != null) {
        byPosition.add(i);
        speakerStarts.add(cues.get(i).ref().start());
      }
    }
    byPosition.sort(Comparator.comparingInt(i -> cues.get(i).ref().start()));
    List<Cue> resolved = new ArrayList<>(cues);
    int n = 0;
    for (int i : byPosition) {
      Cue c = cues.get(i);
      while (n < names.size() && names.get(n).start() < c.ref().start()) {
        noteName(table, names.get(n++), speakerStarts);
      }
      resolved.set(i, c.withSpeaker(table.resolve(c.ref())));
    }
    while (n < names.size()) {
      noteName(table, names.get(n++), speakerStarts);
    }
    return new Resolved(List.copyOf(resolved), java.util.Collections.unmodifiableList(labelled));
  }

  private static void noteName(SourceTable table, Reference name, Set<Integer> speakerStarts) {
    if (!speakerStarts.contains(name.start())) {
      table.noteName(name);
    }
  }

  /** The speaker named by a transcript label, as a name in title case ("SMITH" reads as "Smith"). */
  private static Reference label(String input, Quoted q) {
    int start = Texts.firstNonSpace(input, q.contentStart(), q.labelEnd());
    int end = input.lastIndexOf(':', q.labelEnd());
    List<String> words = new ArrayList<>();
    for (String w : input.substring(start, end).strip().split("\\s+")) {
      words.add(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
    }
    return new Reference(start, end, input.substring(start, end), List.copyOf(words), Reference.Form.NAME,
        Source.Kind.PERSON, "", Optional.empty(), Optional.empty(), false);
  }
}
