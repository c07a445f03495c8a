package org.copydesk.parser.internal.structure;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Byline;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;

/** Reads the {@link Structure} of an article page's text. Stateless and thread-safe. */
public final class StructureReader {

  /** Reads the structure of {@code input}. */
  public Structure read(String input) {
    Page page = Page.read(input);
    List<PageLine> lines = page.lines();
    int n = lines.size();
    Layout layout = new Layout(page);
    BodyLocator.Region body = BodyLocator.locate(page);
    int headline = HeadlineFinder.find(page, body);
    if (headline >= body.first() && headline <= body.last()) {
      body = new BodyLocator.Region(headline + 1, body.last());
    }
    layout.setHeadline(headline);
    int headerFrom = HeaderReader.headerStart(headline, body);
    int headerTo = firstParagraph(page, body);
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
      if (line.isChrome()) {
        layout.remove(i, line.chrome());
      } else if (body.contains(i) && !line.copy()
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

  private static int firstParagraph(Page page, BodyLocator.Region body) {
    for (int i = body.first(); i <= body.last(); i++) {
      PageLine line = page.lines().get(i);
      if (!line.isChrome() && !line.copy() && BodyLocator.isProse(line, page)) {
        return i;
      }
    }
    return Math.max(0, body.first());
  }
}
