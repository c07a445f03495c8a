package org.copydesk.parser.internal.structure;

/**
 * Recognises newsletter and alert sign-up prompts, from the phrases in {@code structure/asides/newsletters.txt}.
 * Claims nothing. Stateless.
 */
final class Newsletters {

  private static final PhraseList NEWSLETTERS = PhraseList.load("structure/asides/newsletters.txt");
  static final int MAX_NEWSLETTER_WORDS = 30;
  private static final int MAX_NEWSLETTER_CHARS = 300;

  private Newsletters() {}

  /** Returns whether {@code line} is a newsletter or alert sign-up prompt. */
  static boolean isNewsletter(PageLine line) {
    return !line.inList() && line.words() <= MAX_NEWSLETTER_WORDS && line.text().length() <= MAX_NEWSLETTER_CHARS
        && NEWSLETTERS.matches(line.phraseKey());
  }
}
