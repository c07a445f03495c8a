package org.copydesk.parser.internal.structure;

import java.util.List;
import java.util.Optional;

/**
 * Reads the article's header around the start of its body: the credit line and the date line. Stateless.
 *
 * <p>The header runs from a few lines above the headline to the body's first paragraph; a credit line right after
 * the body's last paragraph ("Written by …", "(Reporting by …)") counts too. Only lines nothing else has claimed are
 * read.
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
  /** Date lines have few other words. */
  private static final int MAX_DATE_LINE_WORDS = 20;

  private HeaderReader() {}

  /** A credit line: its line index and what it credits. */
  record CreditLine(int line, CreditReader.Credit credit) {}

  /** A date line: its line index, where the date stands in the input, and the date in ISO form. */
  record DateLine(int line, int start, int end, String iso) {}

  /** Returns the index of the first line of the header zone before the body. */
  static int headerStart(int headline, BodyLocator.Region body) {
    if (headline >= 0) {
      return Math.max(0, headline - ABOVE_HEADLINE);
    }
    return Math.max(0, body.first() - WITHOUT_HEADLINE);
  }

  /** Returns the credit line in the article's header (lines {@code from..to-1}), if there is one. */
  static Optional<CreditLine> headerCredit(Page page, int from, int to, Layout layout) {
    List<PageLine> lines = page.lines();
    for (int i = Math.max(0, from); i < to && i < lines.size(); i++) {
      if (!layout.isFree(i)) {
        continue;
      }
      Optional<CreditReader.Credit> credit = CreditReader.read(lines.get(i).text(), !isCreditShaped(lines.get(i)));
      if (credit.isPresent()) {
        return Optional.of(new CreditLine(i, credit.get()));
      }
    }
    return Optional.empty();
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
          || !CreditReader.opensCredit(line) && !line.text().startsWith("(")) {
        continue;
      }
      Optional<CreditReader.Credit> credit = CreditReader.read(stripParentheses(line.text()), true);
      if (credit.isPresent()) {
        return Optional.of(new CreditLine(i, credit.get()));
      }
    }
    return Optional.empty();
  }

  /** Returns whether {@code credit} names a person, which a closing credit then need not replace. */
  static boolean namesPerson(CreditLine credit) {
    return credit.credit().authors().stream().anyMatch(CreditReader::isPersonName);
  }

  /** Returns the date line of the article, if one stands in its header or right after its body. */
  static Optional<DateLine> date(Page page, int from, int to, int bodyEnd, Layout layout, int creditLine) {
    List<PageLine> lines = page.lines();
    Optional<DateLine> found = dateIn(page, from, to, layout, creditLine);
    if (found.isEmpty()) {
      found = dateIn(page, bodyEnd + 1, Math.min(lines.size(), bodyEnd + 1 + AFTER_BODY), layout, creditLine);
    }
    return found;
  }

  private static Optional<DateLine> dateIn(Page page, int from, int to, Layout layout, int creditLine) {
    for (int i = Math.max(0, from); i < to; i++) {
      PageLine line = page.lines().get(i);
      if ((!layout.isFree(i) && i != creditLine) || line.words() > MAX_DATE_LINE_WORDS) {
        continue;
      }
      Optional<DateReader.Found> date = DateReader.find(line.text());
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
