package org.copydesk.parser.internal.structure.lines;

import org.copydesk.parser.internal.lexicon.PhraseList;
import org.copydesk.parser.internal.text.Texts;

/**
 * Recognises picture credits: a line that is one ("Photo: Jane Doe, AP", "Getty Images") and a caption that ends with
 * one, from the marks in {@code structure/media/credit-marks.txt}. Claims nothing. Stateless.
 */
public final class PictureCredits {

  private static final PhraseList PICTURE_CREDITS = PhraseList.load("structure/media/credit-marks.txt");
  /** Picture credit lines are short. */
  private static final int MAX_CREDIT_WORDS = 14;
  /** Captions are a few sentences at most. */
  private static final int MAX_CAPTION_CHARS = 1_000;

  private PictureCredits() {}

  /** Returns whether {@code line} is a picture credit ("Photo: Jane Doe, AP", "Getty Images"). */
  public static boolean isPictureCredit(PageLine line) {
    return line.words() <= MAX_CREDIT_WORDS && PICTURE_CREDITS.matches(line.phraseKey());
  }

  /**
   * Returns whether {@code line} ends with a picture credit, as a caption does: set off by a mark ("… Ariz. (AP)",
   * "… 2019. © Reuters / Jane Doe", "… Sakib Ali/Getty Images") or run on to the caption ("… a rabbitCredit: Getty").
   * A credit phrase that a sentence runs into is no credit ("…, a spokesman told The Associated Press.").
   */
  static boolean endsWithPictureCredit(PageLine line) {
    if (line.text().length() > MAX_CAPTION_CHARS) {
      return false;
    }
    String folded = Texts.fold(separateRunOns(line.text()));
    return PICTURE_CREDITS.containsFrom(folded, Math.max(1, folded.length() / 2), PictureCredits::setOff);
  }

  /**
   * Returns {@code text} with {@code "| "} between a lower-case letter and an upper-case one, where a credit runs on
   * to its caption ("rabbitCredit").
   */
  private static String separateRunOns(String text) {
    StringBuilder sb = null;
    int previousType = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = cp < 0x80 ? asciiType(cp) : Character.getType(cp);
      if (previousType == Character.LOWERCASE_LETTER && type == Character.UPPERCASE_LETTER) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        sb.append("| ");
      }
      if (sb != null) {
        sb.appendCodePoint(cp);
      }
      previousType = type;
      i += Character.charCount(cp);
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Returns {@link Character#getType} of an ASCII character as far as letter case goes (lower case, upper case, and
   * {@code UNASSIGNED} for the rest), without the table look-up.
   */
  private static int asciiType(int c) {
    return c >= 'a' && c <= 'z' ? Character.LOWERCASE_LETTER
        : c >= 'A' && c <= 'Z' ? Character.UPPERCASE_LETTER : Character.UNASSIGNED;
  }

  /** Whether the credit phrase at {@code at} begins with a mark or follows one rather than a word or a comma. */
  private static boolean setOff(String text, int at, String phrase) {
    if (!Character.isLetterOrDigit(phrase.charAt(0))) {
      return true;
    }
    int before = at - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    return before >= 0 && !Character.isLetterOrDigit(text.charAt(before)) && text.charAt(before) != ',';
  }
}
