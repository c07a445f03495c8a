package org.copydesk.parser.internal.structure.lines;

import java.util.Optional;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.lexicon.PhraseKey;
import org.copydesk.parser.internal.segment.Line;

/**
 * A non-blank line of the page with what the structure stage measures about it.
 *
 * @param line the line and its positions in the input
 * @param text the line's content without edge blanks
 * @param stanza the number of the run of adjacent non-blank lines the line belongs to
 * @param bullet whether the line starts with a list bullet ({@code •}, {@code □}, {@code ☆} and the like)
 * @param inList whether the line is a list item or the continuation of one (indented under a bullet)
 * @param words the number of words (for scripts written without spaces, about two characters count as one word)
 * @param stopwords how many of the words are stop words of the page's language
 * @param sentenceEnd whether the line ends like a sentence (full stop, question mark, closing quote after one, …)
 * @param phraseKey the text lower-cased, with bullets and edge punctuation removed and blanks collapsed (its
 *     {@linkplain #key() key}), prepared for matching phrase lists
 * @param date the first date the line holds, read for the page's language ({@link Dates})
 * @param chrome why the line is chrome whatever its context ({@link ChromeLexicon}), or null
 * @param copy whether the line repeats the line next to it (an image's alt text and caption)
 * @param repeated whether the line repeats, word for word, a line elsewhere on the page (teasers, titles)
 * @param facts what the recognisers find the line to be, each computed once ({@link LineFacts}); null only while the
 *     page is being read
 */
public record PageLine(
    Line line,
    String text,
    int stanza,
    boolean bullet,
    boolean inList,
    int words,
    int stopwords,
    boolean sentenceEnd,
    PhraseKey phraseKey,
    Optional<Dates.Found> date,
    Removal.Reason chrome,
    boolean copy,
    boolean repeated,
    LineFacts facts) {

  /** Returns the text lower-cased, with bullets and edge punctuation removed and blanks collapsed, for matching. */
  public String key() {
    return phraseKey.text();
  }

  /** Returns the position of the first character of the content. */
  public int start() {
    return line.contentStart();
  }

  /** Returns the position after the last character of the content. */
  public int end() {
    return line.contentEnd();
  }

  /** Returns the span of the line's content. */
  public Span span() {
    return Span.of(start(), end());
  }

  /** Returns whether the line is chrome whatever its context. */
  public boolean isChrome() {
    return chrome != null;
  }

  /** Returns the share of words that are stop words. */
  double stopwordDensity() {
    return words == 0 ? 0 : (double) stopwords / words;
  }
}
