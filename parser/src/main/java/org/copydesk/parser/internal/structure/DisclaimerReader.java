package org.copydesk.parser.internal.structure;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.Removal;
import org.copydesk.parser.internal.lexicon.PhraseList;
import org.copydesk.parser.internal.structure.lines.ChromeLexicon;
import org.copydesk.parser.internal.structure.lines.Page;
import org.copydesk.parser.internal.structure.lines.PageLine;

/**
 * Finds disclaimers: pseudonym notices, legal notices (with their follow-up lines), corrections, editor's notes and
 * other notices about the article, from the phrase lists under {@code structure/disclaimers/}. The one owner of
 * pseudonym notices: a short line with a pseudonym phrase is a disclaimer, a longer body paragraph with one stays a
 * paragraph, and both are reported as the article's pseudonym notices. Stateless.
 */
final class DisclaimerReader {

  private static final PhraseList PSEUDONYMS = PhraseList.load("structure/disclaimers/pseudonyms.txt");
  private static final List<PhraseList.Family<Disclaimer.Kind>> FAMILIES = List.of(
      new PhraseList.Family<>(Disclaimer.Kind.PSEUDONYMS, PSEUDONYMS),
      PhraseList.Family.of(Disclaimer.Kind.LEGAL, "structure/disclaimers/legal.txt"),
      PhraseList.Family.of(Disclaimer.Kind.CORRECTION, "structure/disclaimers/corrections.txt"),
      PhraseList.Family.of(Disclaimer.Kind.EDITORS_NOTE, "structure/disclaimers/editors-notes.txt"),
      PhraseList.Family.of(Disclaimer.Kind.OTHER, "structure/disclaimers/other.txt"));
  /** A notice is a few sentences at most; a longer line only mentions one. */
  private static final int MAX_WORDS = 60;
  private static final int MAX_CHARS = 1_000;
  /**
   * A paragraph of running prose this long, between two others, reports what it mentions ("the ministry declared the
   * group an undesirable organisation") rather than giving notice of it; pseudonym phrases are exempt, as a paragraph
   * that says the article renamed people is a notice wherever it stands.
   */
  private static final int MAX_MID_BODY_WORDS = 20;
  /** How many lines after a legal notice may continue it. */
  private static final int FOLLOW_UPS = 3;

  private DisclaimerReader() {}

  /** Returns what kind of disclaimer line {@code i} of {@code page} is, if it is one. */
  static Optional<Disclaimer.Kind> kind(Page page, int i) {
    PageLine line = page.lines().get(i);
    if (line.words() > MAX_WORDS || line.text().length() > MAX_CHARS || line.inList()) {
      return Optional.empty();
    }
    Optional<Disclaimer.Kind> kind = PhraseList.Family.firstMatch(FAMILIES, line.phraseKey());
    if (kind.isPresent() && kind.get() != Disclaimer.Kind.PSEUDONYMS && line.words() > MAX_MID_BODY_WORDS
        && isProse(page, i - 1) && isProse(page, i + 1)) {
      return Optional.empty();
    }
    return kind;
  }

  /** Returns whether {@code line} says that the article renames people or withholds their names. */
  static boolean isPseudonymNotice(PageLine line) {
    return PSEUDONYMS.matches(line.phraseKey());
  }

  private static boolean isProse(Page page, int i) {
    return i >= 0 && i < page.lines().size() && page.lines().get(i).facts().prose();
  }

  /**
   * Claims the disclaimers among lines {@code from..to} (inclusive) that are still free, and marks in {@code layout}
   * the lines that are pseudonym notices, claimed or not (a body paragraph that says names were changed).
   */
  static void read(Page page, Layout layout, int from, int to) {
    List<PageLine> lines = page.lines();
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      if (!layout.isFree(i)) {
        continue;
      }
      if (isPseudonymNotice(lines.get(i))) {
        layout.markPseudonymNotice(i);
      }
      Optional<Disclaimer.Kind> kind = kind(page, i);
      if (kind.isEmpty()) {
        continue;
      }
      int last = i;
      if (kind.get() == Disclaimer.Kind.LEGAL) {
        while (last + 1 < lines.size() && last < i + FOLLOW_UPS && isFollowUp(lines.get(last + 1), layout, last + 1)) {
          last++;
        }
      }
      for (int j = i; j <= last; j++) {
        int tail = ChromeLexicon.clickHereTail(lines.get(j).text());
        if (tail > 0) {
          layout.remove(lines.get(j).start() + tail, lines.get(j).end(), Removal.Reason.SITE_CHROME);
        } else if (tail == 0) {
          layout.remove(j, Removal.Reason.SITE_CHROME);
        }
      }
      Disclaimer.Kind k = kind.get();
      layout.claim(i, last, (text, span) -> Disclaimer.builder().text(text).span(span).kind(k).build());
      i = last;
    }
  }

  /** Returns whether {@code line} continues a legal notice: a sentence, or a "click here" line. */
  private static boolean isFollowUp(PageLine line, Layout layout, int index) {
    if (line.inList() || !layout.isFree(index) && layout.removal(index) == null || layout.inBlock(index)) {
      return false;
    }
    return ChromeLexicon.clickHereTail(line.text()) >= 0
        || layout.isFree(index) && (line.facts().shortProse() || line.sentenceEnd());
  }
}
