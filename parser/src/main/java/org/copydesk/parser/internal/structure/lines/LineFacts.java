package org.copydesk.parser.internal.structure.lines;

/**
 * What the recognisers find a line to be, computed once per line when the page is read ({@link Page#read}) and read
 * by every stage that needs it. Recognising claims nothing: the readers decide what a line becomes.
 *
 * @param prose running text of the page's language ({@link Prose#isProse})
 * @param shortProse a short sentence outside lists ({@link Prose#isShortProse})
 * @param sentence a line that ends like a sentence, outside lists and chrome ({@link Prose#isSentence})
 * @param intro a line that introduces what follows ("The tour dates:"; {@link Prose#isIntro})
 * @param paragraph a line that, inside the body, is a paragraph ({@link Prose#isParagraph})
 * @param listProse a list item written as prose ({@link Prose#isListProse})
 * @param pictureCredit a picture credit ("(AP)", "© Reuters / …"; {@link PictureCredits#isPictureCredit})
 * @param creditEnding a line that ends with a picture credit, as a caption does
 *     ({@link PictureCredits#endsWithPictureCredit})
 * @param opensCredit a line that opens with a credit word ("By", "Written by"; {@link Credits#opensCredit})
 * @param creditOpenerOnly nothing but a credit word, the names on the next line ({@link Credits#isOpenerOnly})
 * @param newsletter a newsletter or alert sign-up prompt ({@link Newsletters#isNewsletter})
 * @param loneName nothing but a person's name ({@link PersonNames#isLoneName})
 * @param opensComments the header of a comment section ({@link ChromeLexicon#opensComments})
 * @param headsLinkList the header of a list of links to other stories ({@link ChromeLexicon#headsLinkList})
 * @param copyright a copyright notice ({@link ChromeLexicon#isCopyright})
 */
public record LineFacts(
    boolean prose,
    boolean shortProse,
    boolean sentence,
    boolean intro,
    boolean paragraph,
    boolean listProse,
    boolean pictureCredit,
    boolean creditEnding,
    boolean opensCredit,
    boolean creditOpenerOnly,
    boolean newsletter,
    boolean loneName,
    boolean opensComments,
    boolean headsLinkList,
    boolean copyright) {

  /** Recognises {@code line}, a line of a page in {@code language}. */
  static LineFacts of(PageLine line, Languages.Guess language) {
    boolean prose = Prose.isProse(line, language);
    boolean sentence = Prose.isSentence(line);
    boolean creditEnding = PictureCredits.endsWithPictureCredit(line);
    return new LineFacts(
        prose,
        Prose.isShortProse(line),
        sentence,
        Prose.isIntro(line),
        Prose.isParagraph(line, prose, sentence),
        Prose.isListProse(line, language, creditEnding),
        PictureCredits.isPictureCredit(line),
        creditEnding,
        Credits.opensCredit(line),
        Credits.isOpenerOnly(line),
        Newsletters.isNewsletter(line),
        PersonNames.isLoneName(line),
        ChromeLexicon.opensComments(line),
        ChromeLexicon.headsLinkList(line),
        ChromeLexicon.isCopyright(line));
  }
}
