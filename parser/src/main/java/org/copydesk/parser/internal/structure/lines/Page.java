package org.copydesk.parser.internal.structure.lines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.lexicon.PhraseKey;
import org.copydesk.parser.internal.segment.Line;
import org.copydesk.parser.internal.segment.Lines;
import org.copydesk.parser.internal.text.Characters;
import org.copydesk.parser.internal.text.Texts;

/**
 * A page's text cut into its non-blank lines, each measured once ({@link PageLine}), with the page's language.
 * Immutable once read.
 *
 * @param input the text the page was read from
 * @param lines the non-blank lines in input order
 * @param language the page's language, guessed from the stop words of its longer lines
 * @param dates the date reader for the page's language and the order its numeric dates show
 * @param invisible the lines that hold nothing but invisible characters (NUL, zero-width spaces, control
 *     characters), which no block takes but which are reported as removed
 * @param names the test that tells a line naming a person, one per page as it knows the words of the page's prose
 */
public record Page(String input, List<PageLine> lines, Languages.Guess language, Dates dates, List<Span> invisible,
    PersonNames names) {

  /** Lines with fewer words than this do not count as evidence of the page's language. */
  private static final int PROSE_WORDS = 8;
  /** Shorter lines ("Share", "Advertisement") repeat on every page; only longer repeats say something. */
  private static final int MIN_REPEAT_CHARS = 20;

  /** Returns the first line of the stanza (the run of lines between blank lines) line {@code i} is in. */
  public int stanzaStart(int i) {
    int start = i;
    while (start > 0 && lines.get(start - 1).stanza() == lines.get(i).stanza()) {
      start--;
    }
    return start;
  }

  /** Returns the last line of the stanza line {@code i} is in. */
  public int stanzaEnd(int i) {
    int end = i;
    while (end + 1 < lines.size() && lines.get(end + 1).stanza() == lines.get(i).stanza()) {
      end++;
    }
    return end;
  }

  /** Returns whether line {@code i} stands alone between blank lines. */
  public boolean isAlone(int i) {
    int stanza = lines.get(i).stanza();
    return (i == 0 || lines.get(i - 1).stanza() != stanza)
        && (i + 1 == lines.size() || lines.get(i + 1).stanza() != stanza);
  }

  /** Reads {@code input} into measured lines. */
  public static Page read(String input) {
    List<Line> nonBlank = new ArrayList<>();
    List<Integer> stanzas = new ArrayList<>();
    int stanza = 0;
    boolean previousBlank = true;
    List<Span> invisible = new ArrayList<>();
    for (Line line : Lines.split(input)) {
      if (line.isBlank()) {
        previousBlank = true;
        holdsNonSpace(input, line).ifPresent(invisible::add);
        continue;
      }
      if (previousBlank && !nonBlank.isEmpty()) {
        stanza++;
      }
      previousBlank = false;
      nonBlank.add(line);
      stanzas.add(stanza);
    }
    int n = nonBlank.size();
    String[] texts = new String[n];
    int[] bulletEnds = new int[n];
    int[] words = new int[n];
    Languages.Evidence[] evidence = new Languages.Evidence[n];
    Languages.Evidence page = new Languages.Evidence();
    for (int i = 0; i < n; i++) {
      Line line = nonBlank.get(i);
      texts[i] = line.content(input);
      bulletEnds[i] = LineShape.bulletEnd(texts[i], line.indent(), i + 1 < n ? nonBlank.get(i + 1).indent() : 0);
      evidence[i] = new Languages.Evidence();
      words[i] = count(texts[i], bulletEnds[i], evidence[i]);
      if (words[i] >= PROSE_WORDS) {
        page.add(evidence[i]);
      }
    }
    Languages.Guess language = page.guess();
    Dates dates = Dates.of(language.tag(), Dates.orderOf(language.tag(), Arrays.asList(texts)));
    List<PageLine> lines = new ArrayList<>(n);
    int listIndent = -1;
    for (int i = 0; i < n; i++) {
      Line line = nonBlank.get(i);
      String text = texts[i];
      boolean bullet = bulletEnds[i] > 0;
      boolean inList;
      if (bullet) {
        listIndent = line.indent();
        inList = true;
      } else if (listIndent >= 0 && line.indent() > listIndent) {
        inList = true;
      } else {
        listIndent = -1;
        inList = false;
      }
      String body = text.substring(bulletEnds[i]);
      lines.add(new PageLine(line, text, stanzas.get(i), bullet, inList, words[i], evidence[i].stopwords(language),
          LineShape.endsSentence(body), PhraseKey.of(Texts.key(body)), dates.find(text), null, false, false, null));
    }
    List<PageLine> measured = withRepetitionsAndChrome(lines, language, dates);
    return new Page(input, measured, language, dates, List.copyOf(invisible), new PersonNames(measured));
  }

  /**
   * Returns the span from the first to the last character of a blank {@code line} that is not a space (a NUL, a
   * zero-width space, a control character), if it holds one.
   */
  private static Optional<Span> holdsNonSpace(String input, Line line) {
    int start = Texts.firstNonSpace(input, line.start(), line.end());
    int end = Texts.lastNonSpace(input, start, line.end());
    return start < end ? Optional.of(Span.of(start, end)) : Optional.empty();
  }

  /**
   * Marks each line's chrome reason and the lines that repeat a neighbour or a line elsewhere, and recognises what
   * each line is ({@link LineFacts}).
   */
  private static List<PageLine> withRepetitionsAndChrome(List<PageLine> lines, Languages.Guess language,
      Dates dates) {
    int n = lines.size();
    boolean[] copy = new boolean[n];
    boolean[] repeated = new boolean[n];
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < n; i++) {
      PageLine line = lines.get(i);
      if (i > 0 && line.stanza() == lines.get(i - 1).stanza() && line.key().equals(lines.get(i - 1).key())) {
        copy[i] = true;
        copy[i - 1] = true;
      }
      if (line.key().length() >= MIN_REPEAT_CHARS) {
        Integer j = first.putIfAbsent(line.key(), i);
        if (j != null && lines.get(j).stanza() != line.stanza()) {
          repeated[i] = true;
          repeated[j] = true;
        }
      }
    }
    List<PageLine> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PageLine l = lines.get(i);
      PageLine measured = new PageLine(l.line(), l.text(), l.stanza(), l.bullet(), l.inList(), l.words(),
          l.stopwords(), l.sentenceEnd(), l.phraseKey(), l.date(), ChromeLexicon.reason(l).orElse(null), copy[i],
          repeated[i], null);
      out.add(new PageLine(l.line(), l.text(), l.stanza(), l.bullet(), l.inList(), l.words(), l.stopwords(),
          l.sentenceEnd(), l.phraseKey(), l.date(), measured.chrome(), copy[i], repeated[i],
          LineFacts.of(measured, language, dates)));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the number of words of {@code text} after its bullet (which holds none), a word being a blank-separated
   * token with a letter in it, and about two ideographs counting as one; counts the words and letters as evidence of
   * the page's language in {@code evidence}.
   */
  private static int count(String text, int from, Languages.Evidence evidence) {
    int words = 0;
    int i = from;
    int n = text.length();
    while (i < n) {
      while (i < n && Characters.isBlank(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean letter = false;
      while (i < n && !Characters.isBlank(text.charAt(i))) {
        int cp = text.codePointAt(i);
        if (Character.isLetter(cp)) {
          letter = true;
          evidence.letter(cp);
        }
        i += Character.charCount(cp);
      }
      if (letter) {
        words++;
        evidence.word(text, start, i);
      }
    }
    return words + evidence.ideographs() / 2;
  }
}
