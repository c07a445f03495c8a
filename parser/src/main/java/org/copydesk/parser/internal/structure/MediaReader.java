package org.copydesk.parser.internal.structure;

import java.util.List;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Removal;
import org.copydesk.parser.internal.lexicon.PhraseList;
import org.copydesk.parser.internal.structure.lines.Page;
import org.copydesk.parser.internal.structure.lines.PageLine;
import org.copydesk.parser.internal.text.Texts;

/**
 * Finds media embeds among a page's lines: videos (a "WATCH:" description, the player's title, its leftovers and
 * timecode) and images (a caption printed twice, or beside a picture credit). On an HTML page, a line its markup made
 * one of the story's paragraphs or headings is no caption: a subhead whose paragraph opens with its words reads like a
 * caption printed twice, and the renderer marks nothing inside a picture's caption. Stateless.
 */
final class MediaReader {

  private static final PhraseList VIDEO_INTROS = PhraseList.load("structure/media/video-intros.txt");
  private static final PhraseList UNPLAYABLE = PhraseList.load("structure/media/unplayable.txt");
  /** A player's title is a short line. */
  private static final int MAX_TITLE_WORDS = 20;
  /** How many lines after a video's description or title its leftovers may stand. */
  private static final int PLAYER_REACH = 6;
  /** A caption stanza holds the alt text, the caption and the credit, not more. */
  private static final int MAX_CAPTION_LINES = 4;
  /** Alt text before a caption is short. */
  private static final int MAX_ALT_WORDS = 8;

  private MediaReader() {}

  /**
   * Claims the videos and images among lines {@code from..to} (inclusive) that are still free, taking none of the
   * lines the markup {@code marked} as the story's text for a caption.
   */
  static void read(Page page, Layout layout, int from, int to, MarkedLines marked) {
    List<PageLine> lines = page.lines();
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      if (!layout.isFree(i)) {
        continue;
      }
      int end = video(page, layout, i, to);
      if (end < 0) {
        end = image(page, layout, i, to, marked);
      }
      if (end >= 0) {
        i = end;
      }
    }
  }

  /** Claims a video starting at line {@code i} and returns its last line, or returns -1 if none starts there. */
  private static int video(Page page, Layout layout, int i, int to) {
    List<PageLine> lines = page.lines();
    PageLine first = lines.get(i);
    int introLength = VIDEO_INTROS.matchLength(first.phraseKey());
    boolean intro = introLength > 0 && first.key().length() > introLength
        && first.key().charAt(introLength) == ':' && !first.inList();
    int title = intro ? -1 : i;
    if (!intro && (first.isChrome() || first.words() > MAX_TITLE_WORDS || first.sentenceEnd() || first.inList())) {
      return -1;
    }
    int last = i;
    int residue = 0;
    boolean playable = true;
    int seconds = -1;
    for (int j = i + 1; j < lines.size() && j <= last + PLAYER_REACH && j <= to + PLAYER_REACH; j++) {
      PageLine line = lines.get(j);
      if (!layout.isFree(j)) {
        break;
      }
      if (line.chrome() == Removal.Reason.PLAYER_RESIDUE) {
        residue++;
        last = j;
        if (UNPLAYABLE.matches(line.phraseKey())) {
          playable = false;
        }
        seconds = Math.max(seconds, longestTimecode(line.key()));
      } else if (title < 0 && !line.isChrome() && line.words() <= MAX_TITLE_WORDS && !line.inList()) {
        title = j;
        last = j;
      } else {
        break;
      }
    }
    if (!intro && residue == 0) {
      return -1;
    }
    if (residue == 0) {
      last = i;
      title = -1;
    }
    for (int j = i; j <= last; j++) {
      if (lines.get(j).isChrome()) {
        layout.remove(j, lines.get(j).chrome());
      }
    }
    String description = intro ? strip(first.text().substring(introOffset(first.text()))) : null;
    String titleText = title >= 0 ? lines.get(title).text() : null;
    boolean known = residue > 0;
    boolean canPlay = playable;
    int duration = seconds;
    layout.claim(i, last, (text, span) -> {
      MediaEmbed.Builder b = MediaEmbed.builder().text(text).span(span).kind(MediaEmbed.Kind.VIDEO);
      if (description != null && !description.isEmpty()) {
        b.description(description);
      }
      if (titleText != null) {
        b.title(titleText);
      }
      if (duration > 0) {
        b.durationSeconds(duration);
      }
      if (known && !canPlay) {
        b.playable(false);
      }
      return b.build();
    });
    return last;
  }

  /** Claims an image whose caption starts at line {@code i} and returns its last line, or -1. */
  private static int image(Page page, Layout layout, int i, int to, MarkedLines marked) {
    List<PageLine> lines = page.lines();
    PageLine line = lines.get(i);
    if (line.inList() || line.isChrome()) {
      return -1;
    }
    int stanzaEnd = page.stanzaEnd(i);
    int caption = -1;
    int last = -1;
    if (line.copy() || i + 1 < lines.size() && i + 1 <= to && repeatsAsCaption(line, lines.get(i + 1))) {
      caption = i;
      last = i + 1;
      stanzaEnd = Math.max(stanzaEnd, page.stanzaEnd(i + 1));
      while (last + 1 <= stanzaEnd && lines.get(last + 1).copy() && lines.get(last + 1).key().equals(line.key())) {
        last++;
      }
    } else if (creditsPicture(line)) {
      caption = i;
      last = i;
    } else if (stanzaEnd - i + 1 <= MAX_CAPTION_LINES && stanzaEnd > i && isCreditedStanza(lines, i, stanzaEnd)) {
      caption = longestNonCredit(lines, i, stanzaEnd);
      last = stanzaEnd;
    }
    if (caption < 0 || !allFree(layout, i, Math.min(last, stanzaEnd)) || anyStoryText(lines, marked, i, last)) {
      return -1;
    }
    while (last + 1 <= stanzaEnd && layout.isFree(last + 1)
        && (lines.get(last + 1).facts().pictureCredit() || lines.get(last + 1).isChrome())) {
      last++;
    }
    last = Math.min(last, stanzaEnd);
    int first = i;
    int altStart = i > 0 ? page.stanzaStart(i - 1) : i;
    if (altStart < i && lines.get(i - 1).stanza() == line.stanza() - 1 && i - altStart < MAX_CAPTION_LINES
        && allFree(layout, altStart, i - 1) && !anyStoryText(lines, marked, altStart, i - 1)
        && repeatsAsCaption(lines.get(altStart), line)) {
      first = altStart;
    } else if (first > 0 && layout.isFree(first - 1) && !marked.text(first - 1)
        && isAltText(lines.get(first - 1), line)) {
      first--;
    }
    for (int j = first; j <= last; j++) {
      if (lines.get(j).isChrome()) {
        layout.remove(j, lines.get(j).chrome());
      }
    }
    String captionText = lines.get(caption).text();
    layout.claim(first, last, (text, span) -> MediaEmbed.builder().text(text).span(span)
        .kind(MediaEmbed.Kind.IMAGE).caption(captionText).build());
    return last;
  }

  /** Returns whether {@code next} repeats {@code line} as its caption with a credit run on ("… it.Credit...X"). */
  private static boolean repeatsAsCaption(PageLine line, PageLine next) {
    return line.words() >= 4 && next.key().length() > line.key().length() && next.key().startsWith(line.key());
  }

  /**
   * Returns whether lines {@code from..to} are a caption stanza: nothing that is a list item, and a credit that only
   * chrome follows, or at most the caption when the credit stands on its own line ("Image copyright …" then "Image
   * caption …"). A stanza that goes on after its credit holds more than the picture.
   */
  private static boolean isCreditedStanza(List<PageLine> lines, int from, int to) {
    int credit = -1;
    int after = 0;
    for (int j = from; j <= to; j++) {
      PageLine l = lines.get(j);
      if (l.inList()) {
        return false;
      }
      if (l.facts().pictureCredit() || l.facts().creditEnding()) {
        credit = j;
        after = 0;
      } else if (credit >= 0 && !l.isChrome()) {
        after++;
        if (after > 1 || !lines.get(credit).facts().pictureCredit()) {
          return false;
        }
      }
    }
    return credit >= 0;
  }

  private static int longestNonCredit(List<PageLine> lines, int from, int to) {
    int best = from;
    for (int j = from; j <= to; j++) {
      if (!lines.get(j).facts().pictureCredit()
          && (lines.get(best).facts().pictureCredit()
              || lines.get(j).text().length() > lines.get(best).text().length())) {
        best = j;
      }
    }
    return best;
  }

  /** Returns whether {@code previous}, a short line in the stanza before, is the alt text of {@code caption}. */
  private static boolean isAltText(PageLine previous, PageLine caption) {
    return previous.stanza() == caption.stanza() - 1 && !previous.inList() && !previous.isChrome()
        && previous.words() <= MAX_ALT_WORDS && !previous.sentenceEnd() && caption.facts().creditEnding();
  }

  /** Returns whether {@code line} credits a picture: ends in a credit, or opens with "Image:" or "Photo:". */
  private static boolean creditsPicture(PageLine line) {
    return line.facts().creditEnding() || line.key().startsWith("image:") || line.key().startsWith("photo:");
  }

  /**
   * Returns whether one of lines {@code from..to} is a paragraph or heading the markup made that is not a picture's
   * credit: a credit set as a paragraph under a picture ("Photo: Jane Doe") is still the picture's.
   */
  private static boolean anyStoryText(List<PageLine> lines, MarkedLines marked, int from, int to) {
    for (int j = from; j <= to; j++) {
      if (marked.text(j) && !creditsPicture(lines.get(j)) && !lines.get(j).facts().pictureCredit()) {
        return true;
      }
    }
    return false;
  }

  private static boolean allFree(Layout layout, int from, int to) {
    for (int j = from; j <= to; j++) {
      if (!layout.isFree(j) && layout.removal(j) == null) {
        return false;
      }
    }
    return true;
  }

  /** Returns the longest time in a timecode line such as {@code 0:00 0:02:31 0:00}, in seconds, or -1. */
  static int longestTimecode(String key) {
    int best = -1;
    for (String token : key.split(" ")) {
      String[] parts = token.split(":");
      if (parts.length < 2 || parts.length > 3) {
        continue;
      }
      int seconds = 0;
      boolean ok = true;
      for (String p : parts) {
        if (p.isEmpty() || p.length() > 2 || !p.chars().allMatch(Character::isDigit)) {
          ok = false;
          break;
        }
        seconds = seconds * 60 + Integer.parseInt(p);
      }
      if (ok) {
        best = Math.max(best, seconds);
      }
    }
    return best;
  }

  /** Returns where the description starts after a "WATCH:" label. */
  private static int introOffset(String text) {
    int colon = text.indexOf(':');
    return colon < 0 ? 0 : colon + 1;
  }

  private static String strip(String s) {
    return Texts.plain(s).strip();
  }
}
