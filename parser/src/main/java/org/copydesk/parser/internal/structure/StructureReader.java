package org.copydesk.parser.internal.structure;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Byline;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;

/** Reads the {@link Structure} of an article page's text. Stateless and thread-safe. */
public final class StructureReader {

  /** Shorter lines ("Share", "Advertisement") repeat on every page; only longer repeats say something. */
  private static final int MIN_REPEAT_CHARS = 20;

  /** Reads the structure of {@code input}. */
  public Structure read(String input) {
    Page page = Page.read(input);
    List<PageLine> lines = page.lines();
    int n = lines.size();
    Layout layout = new Layout(page);
    Removal.Reason[] chrome = new Removal.Reason[n];
    boolean[] copy = new boolean[n];
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      chrome[i] = ChromeLexicon.reason(lines.get(i)).orElse(null);
      if (i > 0 && lines.get(i).stanza() == lines.get(i - 1).stanza()
          && lines.get(i).key().equals(lines.get(i - 1).key())) {
        copy[i] = true;
        copy[i - 1] = true;
      }
    }
    boolean[] repeated = repeatedLines(lines);
    for (int i = 0; i < n; i++) {
      int value = BodyLocator.value(lines.get(i), chrome[i] != null, copy[i], page);
      values[i] = repeated[i] ? Math.min(value, 0) : value;
    }
    BodyLocator.Region body = BodyLocator.locate(lines, values);
    int headline = HeadlineFinder.find(page, body, i -> chrome[i] != null || copy[i]);
    if (headline >= body.first() && headline <= body.last()) {
      body = new BodyLocator.Region(headline + 1, body.last());
    }
    layout.setHeadline(headline);
    int headerFrom = HeaderReader.headerStart(headline, body);
    int headerTo = firstParagraph(page, body, chrome, copy);
    Optional<HeaderReader.CreditLine> credit = HeaderReader.credit(page, headerFrom, headerTo, body.last(), layout);
    credit.ifPresent(c -> layout.setCredit(c.line()));
    Optional<HeaderReader.DateLine> date = HeaderReader.date(page, headerFrom, headerTo, body.last(), layout,
        layout.credit());
    date.ifPresent(d -> {
      if (d.line() != layout.credit()) {
        layout.setDate(d.line());
      }
    });
    for (int i = 0; i < n; i++) {
      PageLine line = lines.get(i);
      if (!layout.isFree(i)) {
        continue;
      }
      if (chrome[i] != null) {
        layout.remove(i, chrome[i]);
      } else if (body.contains(i) && !copy[i]
          && (BodyLocator.isProse(line, page) || BodyLocator.isShortProse(line))) {
        layout.claim(i, i, Paragraph::of);
      }
    }
    Optional<Byline> byline = credit.map(c -> Byline.builder()
        .text(lines.get(c.line()).text())
        .span(lines.get(c.line()).span())
        .authors(c.credit().authors())
        .contributors(c.credit().contributors())
        .build());
    return new Structure(
        headline < 0 ? Optional.empty() : Optional.of(lines.get(headline).text()),
        headline < 0 ? Optional.empty() : Optional.of(lines.get(headline).span()),
        byline,
        date.map(HeaderReader.DateLine::iso),
        date.map(d -> Span.of(d.start(), d.end())),
        page.language().tag(),
        layout.blocks(),
        layout.removals(i -> lines.get(i).inList() ? Removal.Reason.NAVIGATION : Removal.Reason.SITE_CHROME));
  }

  /** Returns which lines repeat, word for word, another line of the page that is not next to them. */
  private static boolean[] repeatedLines(List<PageLine> lines) {
    java.util.Map<String, Integer> first = new java.util.HashMap<>();
    boolean[] repeated = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String key = lines.get(i).key();
      if (key.length() < MIN_REPEAT_CHARS) {
        continue;
      }
      Integer j = first.putIfAbsent(key, i);
      if (j != null && lines.get(j).stanza() != lines.get(i).stanza()) {
        repeated[i] = true;
        repeated[j] = true;
      }
    }
    return repeated;
  }

  private static int firstParagraph(Page page, BodyLocator.Region body, Removal.Reason[] chrome, boolean[] copy) {
    for (int i = body.first(); i <= body.last(); i++) {
      if (chrome[i] == null && !copy[i] && BodyLocator.isProse(page.lines().get(i), page)) {
        return i;
      }
    }
    return Math.max(0, body.first());
  }
}
