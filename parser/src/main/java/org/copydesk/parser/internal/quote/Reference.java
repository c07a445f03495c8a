package org.copydesk.parser.internal.quote;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Source;
import org.copydesk.core.Source.Gender;

/**
 * A phrase that names or points at a speaker: a name ("Ruritanian leader Alexander Example"), a pronoun, or a noun
 * phrase ("the ministry", "a senior official", "G7 leaders and NATO").
 *
 * @param start where the mention starts in the input (for a name, the name without its titles)
 * @param end where the mention ends
 * @param words for a name, its words without titles and possessive endings; otherwise empty
 * @param form what the phrase is
 * @param kind the kind of source it names (for a pronoun, the kind of source it can stand for)
 * @param head the lower-cased head word of a noun phrase or the pronoun; empty for a name
 * @param description a role or apposition given with the name or phrase
 * @param gender the gender the phrase states
 * @param titled whether a title or honorific stood before the name ("Sen.", "Mr.", "President")
 */
record Reference(int start, int end, String text, List<String> words, Form form, Source.Kind kind, String head,
    Optional<String> description, Optional<Gender> gender, boolean titled) {

  /** What kind of phrase a reference is. */
  enum Form {
    /** A proper name. */
    NAME,
    /** A personal pronoun. */
    PRONOUN,
    /** A definite noun phrase that may point back at a source named before ("the ministry", "the senator"). */
    DEFINITE,
    /** Any other noun phrase: a new unnamed source or group ("a senior official", "many analysts"). */
    PHRASE
  }

  /** Returns this reference with a description and gender found around it, where it has none of its own. */
  Reference withDescription(Optional<String> d, Optional<Gender> g) {
    return new Reference(start, end, text, words, form, kind, head, description.or(() -> d), gender.or(() -> g),
        titled);
  }
}
