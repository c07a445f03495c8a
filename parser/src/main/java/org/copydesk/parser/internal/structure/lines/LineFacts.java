package org.copydesk.parser.internal.structure.lines;

import java.util.Optional;

/**
 * What the recognisers find a line to be, each fact computed once per line and read by every stage that needs it.
 * Recognising claims nothing: the readers decide what a line becomes.
 *
 * <p>The facts that follow from the line's measures alone (prose, sentence, paragraph, …) are found when the page is
 * read ({@link Page#read}). The ones that read the line's text (a credit word, a picture credit, a person's name) are
 * found when first asked and kept: the readers ask them only about the lines of the regions they look at (the header,
 * a caption's stanza), so most lines of a page never need them. The answer is the same whenever it is asked, as each
 * is a function of the line and the page's language. Like the page, the facts are read by one thread.
 */
public final class LineFacts {

  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  private final PageLine line;
  private final Languages.Guess language;
  private final Dates dates;
  private final boolean prose;
  private final boolean shortProse;
  private final boolean sentence;
  private final boolean intro;
  private final boolean paragraph;
  private byte creditEnding;
  private byte opensCredit;
  private byte loneName;
  /** The credit the line reads as, read when first asked; null until then. */
  private Optional<Credits.Credit> credit;

  private LineFacts(PageLine line, Languages.Guess language, Dates dates) {
    this.line = line;
    this.language = language;
    this.dates = dates;
    this.prose = Prose.isProse(line, language);
    this.shortProse = Prose.isShortProse(line);
    this.sentence = Prose.isSentence(line);
    this.intro = Prose.isIntro(line);
    this.paragraph = Prose.isParagraph(line, prose, sentence);
  }

  /** Recognises {@code line}, a line of a page in {@code language} whose dates {@code dates} reads. */
  static LineFacts of(PageLine line, Languages.Guess language, Dates dates) {
    return new LineFacts(line, language, dates);
  }

  /** Running text of the page's language ({@link Prose#isProse}). */
  public boolean prose() {
    return prose;
  }

  /** A short sentence outside lists ({@link Prose#isShortProse}). */
  public boolean shortProse() {
    return shortProse;
  }

  /** A line that ends like a sentence, outside lists and chrome ({@link Prose#isSentence}). */
  public boolean sentence() {
    return sentence;
  }

  /** A line that introduces what follows ("The tour dates:"; {@link Prose#isIntro}). */
  public boolean intro() {
    return intro;
  }

  /** A line that, inside the body, is a paragraph ({@link Prose#isParagraph}). */
  public boolean paragraph() {
    return paragraph;
  }

  /** A list item written as prose ({@link Prose#isListProse}). */
  public boolean listProse() {
    return Prose.isListProse(line, language, creditEnding());
  }

  /** A picture credit ("(AP)", "© Reuters / …"; {@link PictureCredits#isPictureCredit}). */
  public boolean pictureCredit() {
    return PictureCredits.isPictureCredit(line); // its phrase list keeps the answer with the line's key
  }

  /** A line that ends with a picture credit, as a caption does ({@link PictureCredits#endsWithPictureCredit}). */
  public boolean creditEnding() {
    if (creditEnding == UNKNOWN) {
      creditEnding = PictureCredits.endsWithPictureCredit(line) ? YES : NO;
    }
    return creditEnding == YES;
  }

  /** A line that opens with a credit word ("By", "Written by"; {@link Credits#opensCredit}). */
  public boolean opensCredit() {
    if (opensCredit == UNKNOWN) {
      opensCredit = Credits.opensCredit(line) ? YES : NO;
    }
    return opensCredit == YES;
  }

  /**
   * The credit the line reads as, with or without a credit word ("By Jane Doe", "Jane Doe, Staff Writer";
   * {@link Credits#read} not needing an opener), if it is one. Readers that look for a credit line around the headline
   * ask it about the same lines.
   */
  public Optional<Credits.Credit> credit() {
    if (credit == null) {
      credit = Credits.read(line.text(), false, dates);
    }
    return credit;
  }

  /** Nothing but a credit word, the names on the next line ({@link Credits#isOpenerOnly}). */
  public boolean creditOpenerOnly() {
    return Credits.isOpenerOnly(line);
  }

  /** A newsletter or alert sign-up prompt ({@link Newsletters#isNewsletter}). */
  public boolean newsletter() {
    return Newsletters.isNewsletter(line);
  }

  /** Nothing but a person's name ({@link PersonNames#isLoneName}). */
  public boolean loneName() {
    if (loneName == UNKNOWN) {
      loneName = PersonNames.isLoneName(line) ? YES : NO;
    }
    return loneName == YES;
  }

  /** The header of a comment section ({@link ChromeLexicon#opensComments}). */
  public boolean opensComments() {
    return ChromeLexicon.opensComments(line);
  }

  /** The header of a list of links to other stories ({@link ChromeLexicon#headsLinkList}). */
  public boolean headsLinkList() {
    return ChromeLexicon.headsLinkList(line);
  }

  /** A copyright notice ({@link ChromeLexicon#isCopyright}). */
  public boolean copyright() {
    return ChromeLexicon.isCopyright(line);
  }
}
