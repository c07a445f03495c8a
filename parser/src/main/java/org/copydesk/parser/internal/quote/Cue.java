package org.copydesk.parser.internal.quote;

import org.copydesk.parser.internal.quote.SourceTable.Entity;

/**
 * A speech cue of a paragraph ("said", "according to", a dash before a name) and the phrase naming its speaker.
 *
 * @param token the index of the cue's first token in its paragraph
 * @param length how many tokens the cue spans
 * @param naming whether the cue is a naming verb ("called it …") rather than a speech verb
 * @param ref the phrase naming the speaker, or null
 * @param speaker the source {@code ref} resolved to, or null before resolution or when it found none
 */
record Cue(int token, int length, boolean naming, Reference ref, Entity speaker) {

  /** Returns the index after the cue's last token. */
  int end() {
    return token + length;
  }

  /** Whether the cue is an attribution phrase of several words ("according to") rather than a verb. */
  boolean isPhrase() {
    return length > 1;
  }

  Cue withSpeaker(Entity e) {
    return new Cue(token, length, naming, ref, e);
  }
}
