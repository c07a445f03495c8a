package org.copydesk.parser.internal.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.Block;
import org.copydesk.core.Source;
import org.copydesk.core.Source.Gender;
import org.copydesk.parser.internal.quote.SourceTable.Entity;

/**
 * The pseudonym stage: a pseudonym notice ("Names have been changed", "identified only by their first names") marks
 * the people quoted by a single name, without a title, as pseudonymous — only the women or the men when the notice
 * names one gender ("the women quoted"). Takes the notice blocks as input: which blocks are notices is the structure
 * stage's decision (its disclaimer reader). Stateless and thread-safe.
 */
final class PseudonymNotices {

  private final Knowledge knowledge;

  PseudonymNotices(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Marks the sources among {@code speakers} that the {@code notices} cover as pseudonymous. */
  void mark(List<Block> notices, List<Entity> speakers) {
    for (Block notice : notices) {
      Optional<Gender> scope = scopeOf(notice.text());
      for (Entity e : speakers) {
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
      knowledge.genderOfNoun(singular(w)).ifPresent(seen::add);
    }
    return seen.size() == 1 ? Optional.of(seen.iterator().next()) : Optional.empty();
  }

  /** The singular of an English plural noun ("women" reads as "woman", "mothers" as "mother"). */
  private static String singular(String w) {
    return w.endsWith("men") ? w.substring(0, w.length() - 3) + "man"
        : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }
}
