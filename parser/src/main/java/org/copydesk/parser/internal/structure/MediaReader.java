package org.copydesk.parser.internal.structure;

/** Recognises media embeds in a page's lines: images with captions and video players with their residue. */
final class MediaReader {

  private static final PhraseList PICTURE_CREDITS = PhraseList.load("structure/media/credit-marks.txt");
  /** Picture credit lines are short. */
  private static final int MAX_CREDIT_WORDS = 14;

  private MediaReader() {}

  /** Returns whether {@code line} is a picture credit ("Photo: Jane Doe, AP", "Getty Images"). */
  static boolean isPictureCredit(PageLine line) {
    return line.words() <= MAX_CREDIT_WORDS && PICTURE_CREDITS.matches(line.key());
  }
}
