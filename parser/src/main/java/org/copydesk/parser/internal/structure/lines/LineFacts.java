package org.copydesk.parser.internal.structure.lines;

/**
 * What the recognisers find a line to be, computed once per line when the page is read ({@link Page#read}) and read
 * by every stage that needs it. Recognising claims nothing: the readers decide what a line becomes.
 *
 * @param prose running text of the page's language ({@link Prose#isProse})
 * @param shortProse a short sentence outside lists ({@link Prose#isShortProse})
 * @param sentence a line that ends like a sentence, outside lists and chrome ({@link Prose#isSentence})
 * @param listProse a list item written as prose ({@link Prose#isListProse})
 * @param pictureCredit a picture credit ("(AP)", "© Reuters / …"; {@link PictureCredits#isPictureCredit})
 * @param creditEnding a line that ends with a picture credit, as a caption does
 *     ({@link PictureCredits#endsWithPictureCredit})
 * @param opensCredit a line that opens with a credit word ("By", "Written by"; {@link Credits#opensCredit})
 * @param creditOpenerOnly nothing but a credit word, the names on the next line ({@link Credits#isOpenerOnly})
 * @param newsletter a newsletter or alert sign-up prompt ({@link Newsletters#isNewsletter})
 * @param loneName nothing but a person's name ({@link PersonNames#isLoneName})
 */
public record LineFacts(
    boolean prose,
    boolean shortProse,
    boolean sentence,
    boolean listProse,
    boolean pictureCredit,
    boolean creditEnding,
    boolean opensCredit,
    boolean creditOpenerOnly,
    boolean newsletter,
    boolean loneName) {

  /** Recognises {@code line}, a line of a page in {@code language}. */
  static LineFacts of(PageLine line, Languages.Guess language) {
    boolean creditEnding = PictureCredits.endsWithPictureCredit(line);
    return new LineFacts(
        Prose.isProse(line, language),
        Prose.isShortProse(line),
        Prose.isSentence(line),
        Prose.isListProse(line, language, creditEnding),
        PictureCredits.isPictureCredit(line),
        creditEnding,
        Credits.opensCredit(line),
        Credits.isOpenerOnly(line),
        Newsletters.isNewsletter(line),
        PersonNames.isLoneName(line));
  }
}
