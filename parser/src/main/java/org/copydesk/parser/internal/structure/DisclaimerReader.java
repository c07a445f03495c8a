package org.copydesk.parser.internal.structure;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.Removal;

/**
 * Finds disclaimers: pseudonym notices, legal notices (with their follow-up lines), corrections, editor's notes and
 * other notices about the article, from the phrase lists under {@code structure/disclaimers/}. Stateless.
 */
final class DisclaimerReader {

  private static final List<PhraseList.Family<Disclaimer.Kind>> FAMILIES = List.of(
      PhraseList.Family.of(Disclaimer.Kind.PSEUDONYMS, "structure/disclaimers/pseudonyms.txt"),
      PhraseList.Family.of(Disclaimer.Kind.LEGAL, "structure/disclaimers/legal.txt"),
      PhraseList.Family.of(Disclaimer.Kind.CORRECTION, "structure/disclaimers/corrections.txt"),
      PhraseList.Family.of(Disclaimer.Kind.EDITORS_NOTE, "structure/disclaimers/editors-notes.txt"),
      PhraseList.Family.of(Disclaimer.Kind.OTHER, "structure/disclaimers/other.txt"));
  /** A notice is a few sentences at most; a longer line only mentions one. */
  private static final int MAX_WORDS = 60;
  private static final int MAX_CHARS = 1_000;
  /** How many lines after a legal notice may continue it. */
  private static final int FOLLOW_UPS = 3;

  private DisclaimerReader() {}

  /** Returns what kind of disclaimer {@code line} is, if it is one. */
  static Optional<Disclaimer.Kind> kind(PageLine line) {
    if (line.words() > MAX_WORDS || line.text().length() > MAX_CHARS || line.inList()) {
      return Optional.empty();
    }
    return PhraseList.Family.firstMatch(FAMILIES, line.key());
  }

  /** Claims the disclaimers among lines {@code from..to} (inclusive) that are still free. */
  static void read(Page page, Layout layout, int from, int to) {
    List<PageLine> lines = page.lines();
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      if (!layout.isFree(i)) {
        continue;
      }
      Optional<Disclaimer.Kind> kind = kind(lines.get(i));
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
        || layout.isFree(index) && (BodyLocator.isShortProse(line) || line.sentenceEnd());
  }
}
