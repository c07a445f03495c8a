package org.copydesk.parser.internal.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.core.Aside;
import org.copydesk.core.Removal;
import org.copydesk.parser.internal.lexicon.PhraseList;
import org.copydesk.parser.internal.structure.lines.ChromeLexicon;
import org.copydesk.parser.internal.structure.lines.Newsletters;
import org.copydesk.parser.internal.structure.lines.Page;
import org.copydesk.parser.internal.structure.lines.PageLine;

/**
 * Finds asides inside a story: promo boxes ("Live Briefing: …" with its teaser), related-story links ("Read more:
 * …", or a "Related stories" header with its list) and newsletter sign-up boxes. Stateless.
 */
final class AsideReader {

  private static final PhraseList PROMOS = PhraseList.load("structure/asides/promos.txt");
  private static final PhraseList RELATED = PhraseList.load("structure/asides/related.txt");
  /** Titles and link lines are short. */
  private static final int MAX_TITLE_WORDS = 16;
  private static final int MAX_LINK_WORDS = 40;
  /** A teaser names what it promotes: this many of the title's words at least. */
  private static final int SHARED_WORDS = 2;

  private AsideReader() {}

  /** Claims the asides among lines {@code from..to} (inclusive) that are still free. */
  static void read(Page page, Layout layout, int from, int to) {
    List<PageLine> lines = page.lines();
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      if (!layout.isFree(i) || !canHeadAside(lines.get(i))) {
        continue;
      }
      int end = promo(page, layout, i, to);
      if (end < 0) {
        end = related(page, layout, i, to);
      }
      if (end < 0) {
        end = newsletter(page, layout, i, to);
      }
      if (end >= 0) {
        i = end;
      }
    }
  }

  /** Returns whether {@code line} may start an aside: not chrome, or chrome that a box's title looks like. */
  private static boolean canHeadAside(PageLine line) {
    return !line.isChrome() || line.chrome() == Removal.Reason.SITE_CHROME;
  }

  private static int promo(Page page, Layout layout, int i, int to) {
    List<PageLine> lines = page.lines();
    PageLine title = lines.get(i);
    if (title.inList() || title.words() > MAX_TITLE_WORDS || title.sentenceEnd() || !labelled(PROMOS, title)
        || i + 1 > to || !layout.isFree(i + 1)) {
      return -1;
    }
    PageLine teaser = lines.get(i + 1);
    boolean callsToAction = ChromeLexicon.clickHereTail(teaser.text()) >= 0;
    if (teaser.inList() || !(callsToAction || sharedWords(title.key(), teaser.key()) >= SHARED_WORDS)) {
      return -1;
    }
    int tail = ChromeLexicon.clickHereTail(teaser.text());
    if (tail > 0) {
      layout.remove(teaser.start() + tail, teaser.end(), Removal.Reason.SITE_CHROME);
    }
    String titleText = title.text();
    layout.claim(i, i + 1, (text, span) -> Aside.builder().text(text).span(span).kind(Aside.Kind.PROMO)
        .title(titleText).build());
    return i + 1;
  }

  private static int related(Page page, Layout layout, int i, int to) {
    List<PageLine> lines = page.lines();
    PageLine line = lines.get(i);
    if (line.words() <= MAX_LINK_WORDS && labelled(RELATED, line)) {
      String titleText = line.text();
      layout.claim(i, i, (text, span) -> Aside.builder().text(text).span(span).kind(Aside.Kind.RELATED)
          .title(titleText).build());
      return i;
    }
    if (!line.facts().headsLinkList() || line.inList()) {
      return -1;
    }
    int last = i;
    while (last + 1 <= to && lines.get(last + 1).inList() && layout.isFree(last + 1)) {
      last++;
    }
    if (last == i) {
      return -1;
    }
    String titleText = line.text();
    layout.claim(i, last, (text, span) -> Aside.builder().text(text).span(span).kind(Aside.Kind.RELATED)
        .title(titleText).build());
    return last;
  }

  private static int newsletter(Page page, Layout layout, int i, int to) {
    List<PageLine> lines = page.lines();
    PageLine line = lines.get(i);
    if (!line.facts().newsletter()) {
      return -1;
    }
    int last = i;
    while (last + 1 <= to && lines.get(last + 1).stanza() == line.stanza() && layout.isFree(last + 1)
        && lines.get(last + 1).words() <= Newsletters.MAX_NEWSLETTER_WORDS) {
      last++;
    }
    String titleText = line.text();
    layout.claim(i, last, (text, span) -> Aside.builder().text(text).span(span).kind(Aside.Kind.NEWSLETTER)
        .title(titleText).build());
    return last;
  }

  /** Returns whether {@code line} starts with a label of {@code labels} followed by a colon or a bar. */
  private static boolean labelled(PhraseList labels, PageLine line) {
    int length = labels.matchLength(line.phraseKey());
    if (length <= 0 || length >= line.key().length()) {
      return false;
    }
    String rest = line.key().substring(length).stripLeading();
    return rest.startsWith(":") || rest.startsWith("|");
  }

  private static int sharedWords(String a, String b) {
    Set<String> words = new HashSet<>();
    for (String w : a.split(" ")) {
      if (w.length() > 3) {
        words.add(w);
      }
    }
    int shared = 0;
    for (String w : new HashSet<>(List.of(b.split(" ")))) {
      if (words.contains(w)) {
        shared++;
      }
    }
    return shared;
  }
}
