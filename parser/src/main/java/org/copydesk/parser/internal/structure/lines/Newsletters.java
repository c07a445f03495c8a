package org.copydesk.parser.internal.structure.lines;

import org.copydesk.parser.internal.lexicon.PhraseList;

/**
 * Recognises newsletter and alert sign-up prompts, from the phrases in {@code structure/asides/newsletters.txt}.
 * Claims nothing. Stateless.
 */
public final class Newsletters {

  private static final PhraseList NEWSLETTERS = PhraseList.load("structure/asides/newsletters.txt");
  public static final int MAX_NEWSLETTER_WORDS = 30;
  private static final int MAX_NEWSLETTER_CHARS = 300;

  private Newsletters() {}

  /** Returns whether {@code line} is a newsletter or alert sign-up prompt. */
  public static boolean isNewsletter(PageLine line) {
    return !line.inList() && line.words() <= MAX_NEWSLETTER_WORDS && line.text().length() <= MAX_NEWSLETTER_CHARS
        && NEWSLETTERS.matches(line.phraseKey());
  }
}
