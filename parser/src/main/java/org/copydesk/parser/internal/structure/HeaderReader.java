package org.copydesk.parser.internal.structure;

import java.util.List;
import java.util.Optional;
import org.copydesk.parser.internal.structure.lines.ChromeLexicon;
import org.copydesk.parser.internal.structure.lines.Credits;
import org.copydesk.parser.internal.structure.lines.Dates;
import org.copydesk.parser.internal.structure.lines.LineShape;
import org.copydesk.parser.internal.structure.lines.Page;
import org.copydesk.parser.internal.structure.lines.PageLine;
import org.copydesk.parser.internal.structure.lines.PersonNames;

/**
 * Reads the article's header around the start of its body: the credit line and the date line. Stateless.
 *
 * <p>The header runs from a few lines above the headline to the body's first paragraph; a credit line right after
 * the body's last paragraph ("Written by …", "(Reporting by …)") counts too. Only lines nothing else has claimed
 * are read.
 */
final class HeaderReader {

  /** How many lines above the headline the header may start. */
  private static final int ABOVE_HEADLINE = 3;
  /** How far above the body the header is looked for when there is no headline. */
  private static final int WITHOUT_HEADLINE = 15;
  /** A closing credit ("Written by …") may be among the body's last lines. */
  private static final int CLOSING_LINES = 2;
  /** A closing credit is short. */
  private static final int MAX_CLOSING_WORDS = 25;
  /** How many lines after the body's last paragraph a closing credit or date may stand. */
  private static final int AFTER_BODY = 4;
  /** How many lines that are not prose after the body's first paragraph still belong to the header. */
  private static final int AFTER_FIRST_PARAGRAPH = 5;
  /** How many lines under the headline a lone name is its author's. */
  private static final int UNDER_HEADLINE = 2;
  /** How many lines into the body a date line of its own is looked for when the header and the body's end hold none. */
  private static final int IN_BODY = 20;
  /** A date line of its own in the body has few other words ("Updated on May 31, 2024 at 4:36 pm"). */
  private static final int MAX_LONE_DATE_WORDS = 8;
  /** How far above the header a date line is looked for when the header and the body's end hold none. */
  private static final int FAR_ABOVE = 15;
  /**
   * How much farther, above the header or after the body, a date line that opens with a label ("Published …",
   * "Posted on …") is looked for when no date stands nearer.
   */
  private static final int LABELLED_REACH = 40;
  /** Date lines have few other words. */
  private static final int MAX_DATE_LINE_WORDS = 20;
  /**
   * How far from the header a line that opens with a credit word ("By …", "Posted by …") is looked for when neither
   * the header nor the body's end holds a credit: a page dump may print menus, a lead image's caption or a summary
   * box between the headline and the byline.
   */
  static final int CREDIT_REACH = 60;

  private HeaderReader() {}

  /** A credit: its lines (one, or a lone "By" and the names under it) and what it credits. */
  record CreditLine(int line, int last, Credits.Credit credit) {

    CreditLine(int line, Credits.Credit credit) {
      this(line, line, credit);
    }
  }

  /** A date line: its line index, where the date stands in the input, and the date in ISO form. */
  record DateLine(int line, int start, int end, String iso) {}

  /**
   * Returns the last line of the header, which runs to the body's first paragraph {@code firstParagraph} and on over
   * the lines that are not prose right after it: a standfirst the body begins with may come before the credit and
   * date lines.
   */
  static int headerEnd(Page page, int firstParagraph) {
    int end = firstParagraph;
    while (end + 1 < page.lines().size() && end - firstParagraph < AFTER_FIRST_PARAGRAPH
        && !page.lines().get(end + 1).facts().prose()) {
      end++;
    }
    return end;
  }

  /** Returns the index of the first line of the header zone before the body. */
  static int headerStart(int headline, BodyRegion body) {
    if (headline >= 0) {
      return Math.max(0, headline - ABOVE_HEADLINE);
    }
    return Math.max(0, body.first() - WITHOUT_HEADLINE);
  }

  /**
   * Returns the credit in the article's header (lines {@code from..to-1}, the last of them the body's first
   * paragraph, which only a line opening with a credit word can replace), if there is one: the first line that opens
   * with a credit word or a lone "By" with the names on the next line, else the first credit line without one ("Jane
   * Doe, Staff Writer"), or, failing those, a lone name next to the date line or right under the headline
   * {@code headline} (-1 for none).
   */
  static Optional<CreditLine> headerCredit(Page page, int from, int to, Layout layout, int headline) {
    List<PageLine> lines = page.lines();
    // a line that opens with a credit word wins over a line of names above it (a menu's or a teaser's words)
    Optional<CreditLine> withoutOpener = Optional.empty();
    for (int i = Math.max(0, from); i < to && i < lines.size(); i++) {
      if (!layout.isFree(i)) {
        continue;
      }
      PageLine line = lines.get(i);
      if (line.facts().creditOpenerOnly() && i + 1 < to && layout.isFree(i + 1)) {
        String next = lines.get(i + 1).text();
        String names = next.substring(LineShape.bulletEnd(next, 0, 0));
        Optional<Credits.Credit> credit = Credits.read(line.text() + " " + names, true, page.dates());
        if (credit.isPresent()) {
          return Optional.of(new CreditLine(i, i + 1, credit.get()));
        }
      }
      Optional<Credits.Credit> credit = Credits.read(line.text(), true, page.dates());
      if (credit.isPresent()) {
        return Optional.of(new CreditLine(i, credit.get()));
      }
      if (withoutOpener.isEmpty() && isCreditShaped(line) && !line.facts().pictureCredit()) {
        int at = i;
        withoutOpener = line.facts().credit().filter(c -> namesPeople(page, c)).map(c -> new CreditLine(at, c));
      }
    }
    if (withoutOpener.isPresent()) {
      return withoutOpener;
    }
    for (int i = Math.max(0, from); i < to && i < lines.size(); i++) {
      boolean underHeadline = headline >= 0 && i > headline && i <= headline + UNDER_HEADLINE
          && (i == headline + 1 || !lines.get(i - 1).facts().prose()
              || PersonNames.isPortrait(lines.get(i - 1).text()));
      if (layout.isFree(i) && isLoneName(page, i, layout)
          && (underHeadline || nextToDate(page, i) || underPortrait(page, i))) {
        return Optional.of(loneNameCredit(page, i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether every author of {@code credit}, read from a line without a credit word, is an organisation or
   * passes the page's names test: capitalised words the page's prose writes in lower case ("Payroll Services", "Open
   * Search") make a menu or a heading, not a person.
   */
  private static boolean namesPeople(Page page, Credits.Credit credit) {
    return credit.authors().stream().allMatch(a -> Credits.isOrganisationName(a) || page.names().isName(a));
  }

  /**
   * Returns whether line {@code i} stands next to a date line ("Nov. 18, 2019", "1 day ago"), an image placeholder (a
   * portrait) between them aside.
   */
  private static boolean nextToDate(Page page, int i) {
    for (int j : new int[] {neighbour(page, i, -1), neighbour(page, i, 1)}) {
      PageLine line = j < 0 ? null : page.lines().get(j);
      if (line != null && line.words() <= MAX_DATE_LINE_WORDS
          && (line.date().isPresent() || ChromeLexicon.isTimeAgo(line.key()))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the line next to line {@code i} in direction {@code step}, over an image placeholder, or -1. */
  private static int neighbour(Page page, int i, int step) {
    int j = i + step;
    if (j >= 0 && j < page.lines().size() && PersonNames.isImagePlaceholder(page.lines().get(j).text())) {
      j += step;
    }
    return j >= 0 && j < page.lines().size() ? j : -1;
  }

  /** Returns whether the lone name on line {@code i} stands under its portrait ("[jane-do]" over "Jane Doe"). */
  private static boolean underPortrait(Page page, int i) {
    return i > 0 && PersonNames.isPortraitOf(page.lines().get(i - 1).text(), page.lines().get(i).text());
  }

  /**
   * Returns the lone name beside the date line {@code dateLine} (an image placeholder between them aside), when no
   * credit line was found: an author's name printed over or under the date wherever the pair stands.
   */
  static Optional<CreditLine> nameBesideDate(Page page, int dateLine, Layout layout) {
    for (int i : new int[] {neighbour(page, dateLine, -1), neighbour(page, dateLine, 1)}) {
      if (i >= 0 && layout.isFree(i) && isLoneName(page, i, layout)) {
        return Optional.of(loneNameCredit(page, i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether line {@code i} is a lone person's name: not chrome, shaped as a name, passing the page's names
   * test, and not the headline's words printed again (a breadcrumb's or a banner's copy of a title such as "Ferry
   * Timetables" reads as a name).
   */
  private static boolean isLoneName(Page page, int i, Layout layout) {
    PageLine line = page.lines().get(i);
    int headline = layout.headline();
    return !line.isChrome() && line.facts().loneName() && page.names().isName(line.text())
        && (headline < 0 || !page.lines().get(headline).key().equals(line.key()));
  }

  private static CreditLine loneNameCredit(Page page, int i) {
    String name = PersonNames.withoutPortrait(page.lines().get(i).text());
    return new CreditLine(i, new Credits.Credit(List.of(name), List.of()));
  }

  /**
   * Returns a closing credit line ("Written by …", "(Reporting by …)") among the last lines of the body, which ends
   * at line {@code lastParagraph}, or just after it.
   */
  static Optional<CreditLine> closingCredit(Page page, int lastParagraph, Layout layout) {
    List<PageLine> lines = page.lines();
    for (int i = Math.max(0, lastParagraph - CLOSING_LINES + 1); i <= lastParagraph + AFTER_BODY && i < lines.size();
        i++) {
      PageLine line = lines.get(i);
      if (!layout.isFree(i) || line.words() > MAX_CLOSING_WORDS
          || !line.facts().opensCredit() && !line.text().startsWith("(")) {
        continue;
      }
      Optional<Credits.Credit> credit = Credits.read(stripParentheses(line.text()), true, page.dates());
      if (credit.isPresent()) {
        return Optional.of(new CreditLine(i, credit.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the line nearest to line {@code anchor} (the headline, or the body's first line) within {@code reach}
   * lines of it, above or below, that opens with a credit word or a date and reads as a credit
   * ("By Jane Doe | Updated …", "Posted on May 2, 2024 by Jane Doe") or a lone name under its portrait; failing
   * those, the nearest dated line of names ("May 2, 2024 · Jane Doe"). List items are passed over: there a credit is
   * a teaser's or a menu's.
   */
  static Optional<CreditLine> nearestOpenerCredit(Page page, int anchor, Layout layout, int reach) {
    List<PageLine> lines = page.lines();
    Optional<CreditLine> dated = Optional.empty();
    for (int d = 0; d <= reach; d++) {
      for (int i : d == 0 ? new int[] {anchor} : new int[] {anchor - d, anchor + d}) {
        if (i < 0 || i >= lines.size() || !layout.isFree(i)) {
          continue;
        }
        PageLine line = lines.get(i);
        if (line.inList() || line.words() > MAX_CLOSING_WORDS
            || !line.facts().opensCredit() && line.date().isEmpty() && !line.facts().loneName()) {
          continue;
        }
        Optional<Credits.Credit> credit = Credits.read(line.text(), true, page.dates());
        if (credit.isEmpty() && line.date().isPresent() && dated.isEmpty() && !signsQuotation(line)) {
          int at = i;
          dated = line.facts().credit().filter(c -> namesPeople(page, c)).map(c -> new CreditLine(at, c));
        }
        if (credit.isPresent() && !credit.get().authors().isEmpty()) {
          return Optional.of(new CreditLine(i, credit.get()));
        }
        if (underPortrait(page, i) && isLoneName(page, i, layout)) {
          return Optional.of(loneNameCredit(page, i));
        }
      }
    }
    return dated;
  }

  /**
   * Returns whether {@code line} opens with a dash, as the signature under a quotation or an embedded post does ("—
   * Jane Doe (@jdoe) May 2, 2024"): its name is the quoted person's, not the article's author.
   */
  private static boolean signsQuotation(PageLine line) {
    return !line.text().isEmpty() && "\u2014\u2013-".indexOf(line.text().charAt(0)) >= 0;
  }

  /**
   * Returns whether every author of {@code credit} passes the page's names test ("Jane Doe", not "Case Study" nor an
   * organisation): what a credit found far from the body must show to be the article's.
   */
  static boolean namesPeopleInFull(Page page, CreditLine credit) {
    return credit.credit().authors().stream().allMatch(a -> page.names().isName(a));
  }

  /** Returns whether {@code credit} names a person, which a closing credit then need not replace. */
  static boolean namesPerson(CreditLine credit) {
    return credit.credit().authors().stream().anyMatch(Credits::isPersonName);
  }

  /**
   * Returns the date line of the article, if one stands in its header (lines {@code from..to-1}), right after its
   * body, or, failing those, as a line of its own among the body's first lines (under a lead image and its caption),
   * or above the header: the nearest one within a screen of lines; failing those, the nearest labelled date line
   * ("Published: May 2, 2024") a little farther off; and, with {@code farReach} (when the body was located from the
   * lines' shapes, which may miss the article's header), the nearest date line of its own anywhere above the header,
   * then anywhere in the body.
   */
  static Optional<DateLine> date(Page page, int from, int to, int bodyEnd, Layout layout, int creditLine,
      boolean farReach) {
    List<PageLine> lines = page.lines();
    Optional<DateLine> found = dateIn(page, from, to, layout, creditLine);
    if (found.isEmpty()) {
      found = dateIn(page, bodyEnd + 1, Math.min(lines.size(), bodyEnd + 1 + AFTER_BODY), layout, creditLine);
    }
    for (int i = to; found.isEmpty() && i < Math.min(bodyEnd, to + IN_BODY); i++) {
      PageLine line = lines.get(i);
      if (line.words() <= MAX_LONE_DATE_WORDS && !line.sentenceEnd()) {
        found = dateIn(page, i, i + 1, layout, creditLine);
      }
    }
    for (int i = from - 1; found.isEmpty() && i >= Math.max(0, from - FAR_ABOVE); i--) {
      found = dateIn(page, i, i + 1, layout, creditLine);
    }
    for (int d = 1; found.isEmpty() && d <= LABELLED_REACH; d++) {
      for (int i : new int[] {bodyEnd + AFTER_BODY + d, from - FAR_ABOVE - d}) {
        if (found.isEmpty() && i >= 0 && i < lines.size() && isLabelledDate(lines.get(i))) {
          found = dateIn(page, i, i + 1, layout, creditLine);
        }
      }
    }
    for (int i = from - FAR_ABOVE - 1; farReach && found.isEmpty() && i >= 0; i--) {
      found = standingDate(page, i, layout, creditLine);
    }
    for (int i = to; farReach && found.isEmpty() && i <= bodyEnd; i++) {
      found = standingDate(page, i, layout, creditLine);
    }
    return found;
  }

  /**
   * Returns the date of line {@code i} when the line is a date line of its own or a credit line, outside lists and
   * notices: the date a page prints far from the body the locator found (above a long header, beside a lead box).
   */
  private static Optional<DateLine> standingDate(Page page, int i, Layout layout, int creditLine) {
    PageLine line = page.lines().get(i);
    boolean standing = line.words() <= MAX_LONE_DATE_WORDS && !line.sentenceEnd()
        || line.facts().opensCredit() && line.words() <= MAX_DATE_LINE_WORDS;
    if (!standing || line.inList() || line.isChrome() || line.facts().copyright()) {
      return Optional.empty();
    }
    return dateIn(page, i, i + 1, layout, creditLine);
  }

  /** Returns whether {@code line} is a short line that opens with a date label ("Published: May 2, 2024"). */
  private static boolean isLabelledDate(PageLine line) {
    if (line.words() > MAX_LONE_DATE_WORDS || line.date().isEmpty()) {
      return false;
    }
    String first = line.key().split(" ", 2)[0];
    return Credits.isDateLabel(first) && !first.equals("on") && !first.equals("at");
  }

  private static Optional<DateLine> dateIn(Page page, int from, int to, Layout layout, int creditLine) {
    for (int i = Math.max(0, from); i < to && i < page.lines().size(); i++) {
      PageLine line = page.lines().get(i);
      if (i != creditLine && (!layout.isFree(i) || line.words() > MAX_DATE_LINE_WORDS
          || line.sentenceEnd() && line.facts().prose())) {
        continue;
      }
      Optional<Dates.Found> date = line.date();
      if (date.isPresent()) {
        int start = i == creditLine ? line.start() + date.get().start() : line.start();
        int end = i == creditLine ? line.start() + date.get().end() : line.end();
        return Optional.of(new DateLine(i, start, end, date.get().iso()));
      }
    }
    return Optional.empty();
  }

  /** Returns whether a line without a credit word may still be a credit: short, with a comma, dash or date. */
  private static boolean isCreditShaped(PageLine line) {
    return line.words() <= 12 && !line.sentenceEnd();
  }

  private static String stripParentheses(String text) {
    String t = text.strip();
    if (t.startsWith("(") && t.endsWith(")")) {
      return t.substring(1, t.length() - 1);
    }
    return t.startsWith("(") ? t.substring(1) : t;
  }
}
