package org.copydesk.parser.internal.structure;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Byline;
import org.copydesk.core.Heading;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.structure.lines.LineFacts;
import org.copydesk.parser.internal.structure.lines.Page;
import org.copydesk.parser.internal.structure.lines.PageLine;
import org.copydesk.parser.internal.text.Texts;

/**
 * Reads the {@link Structure} of an article page's text. Stateless and thread-safe.
 *
 * <p>The stages, each over the lines the earlier ones left free: measure the lines and recognise what each is, once
 * ({@link Page}, {@link LineFacts}); find the stretch
 * the body runs over ({@link BodyLocator}); find the headline ({@link HeadlineFinder}), then the credit and date
 * lines around the body ({@link HeaderReader}); let the {@linkplain BlockReader block readers}, in the order
 * {@code READERS} lists them, claim media embeds ({@link MediaReader}), disclaimers
 * ({@link DisclaimerReader}), asides ({@link AsideReader}) and author profiles ({@link ProfileReader}); read the
 * rest of the body as paragraphs and headings ({@link ParagraphReader}), then, on a page whose container and markup
 * are known, the lines its markup made paragraphs and headings ({@link MarkedBlocks}); mark near-duplicate paragraphs
 * ({@link NearDuplicates}). Every line left over is reported as removed, with the reason chrome gave it or one its
 * shape suggests.
 */
public final class StructureReader {

  /** How far after the body author profiles and notices are looked for, in lines. */
  private static final int TAIL = 40;
  /**
   * The readers that claim blocks, in the order they run, before the closing credit is looked for among the lines they
   * leave: media embeds from the headline on, disclaimers to the page's end, asides in the body, author profiles in
   * and after it.
   */
  private static final List<BlockReader> READERS = List.of(
      (page, layout, zone) -> MediaReader.read(page, layout, zone.articleFrom(), zone.bodyLast(), zone.marked()),
      (page, layout, zone) -> DisclaimerReader.read(page, layout, zone.articleFrom(), zone.pageLast()),
      (page, layout, zone) -> AsideReader.read(page, layout, zone.bodyFirst(), zone.bodyLast()),
      (page, layout, zone) -> ProfileReader.read(page, layout, zone.bodyFirst(),
          Math.min(zone.pageLast(), zone.bodyLast() + TAIL), zone.bodyLast()));
  /** The last reader: what is left of the body becomes paragraphs and headings. */
  private static final BlockReader PARAGRAPHS =
      (page, layout, zone) -> ParagraphReader.read(page, layout, zone.bodyFirst(), zone.bodyLast());

  /** Reads the structure of {@code input}. */
  public Structure read(String input) {
    return read(input, Optional.empty());
  }

  /**
   * Reads the structure of {@code input}, whose headline is known to be {@code knownHeadline} (from an HTML page's
   * markup, say): the first line that reads the same is the headline; without one the headline is found as usual.
   */
  public Structure read(String input, Optional<String> knownHeadline) {
    return read(input, knownHeadline, Optional.empty());
  }

  /**
   * Reads the structure of {@code input}, whose headline is known to be {@code knownHeadline} and whose body is known
   * to lie within {@code knownBody} (the article's container on an HTML page): the body runs over the lines inside it
   * instead of the stretch the lines' shapes suggest.
   */
  public Structure read(String input, Optional<String> knownHeadline, Optional<Span> knownBody) {
    return read(input, knownHeadline, knownBody, MarkedBlocks.NONE);
  }

  /**
   * Reads the structure of {@code input} as {@link #read(String, Optional, Optional)} does, where the page's markup
   * made the stretches {@code marked} paragraphs and headings: a line of the known body inside one of them that no
   * reader claimed is a paragraph or heading however short or unlike prose it is (a list's entry, a one-line answer, a
   * subhead before a table), since the page's author wrote it as one.
   */
  public Structure read(String input, Optional<String> knownHeadline, Optional<Span> knownBody, MarkedBlocks marked) {
    Page page = Page.read(input);
    List<PageLine> lines = page.lines();
    MarkedLines markedLines = MarkedLines.of(page, marked);
    int last = lines.size() - 1;
    BodyRegion located = BodyLocator.locate(page);
    if (located.isEmpty()) {
      located = BodyLocator.sentences(page);
    }
    BodyRegion region = located;
    BodyRegion body = knownBody.map(s -> linesWithin(lines, s)).filter(r -> !r.isEmpty()).orElse(located);
    boolean bodyKnown = body != located;
    int headline = knownHeadline.map(Texts::key).map(key -> lineReading(lines, key))
        .filter(i -> i >= 0)
        .orElseGet(() -> HeadlineFinder.find(page, region));
    if (body.contains(headline)) {
      if (headline == body.last()) {
        headline = -1;
      } else if (bodyKnown ? !followsMarkedProse(page, body, headline, markedLines)
          : !BodyLocator.followsMostProse(page, body, headline)) {
        body = new BodyRegion(headline + 1, body.last());
      }
    }
    if (located.contains(headline) && headline < located.last()) {
      located = new BodyRegion(headline + 1, located.last());
    }
    Layout layout = new Layout(page);
    layout.setHeadline(headline);

    int headerFrom = HeaderReader.headerStart(headline, located);
    int headerTo = HeaderReader.headerEnd(page, firstParagraph(page, located, layout));
    Optional<HeaderReader.CreditLine> credit = HeaderReader.headerCredit(page, headerFrom, headerTo + 1, layout,
        headline).filter(c -> !isMarkedHeading(lines.get(c.line()), markedLines.heading(c.line())));
    int anchor = headline >= 0 ? headline : located.first();
    if (credit.isEmpty()) {
      credit = HeaderReader.nearestOpenerCredit(page, anchor, layout, HeaderReader.CREDIT_REACH);
    }
    if (credit.isEmpty() && knownBody.isEmpty()) {
      // the located body and headline may have missed the article's header: look on over the whole page
      credit = HeaderReader.nearestOpenerCredit(page, anchor, layout, lines.size())
          .filter(c -> HeaderReader.namesPeopleInFull(page, c));
    }
    credit.ifPresent(c -> layout.setCredit(c.line(), c.last()));
    Optional<HeaderReader.DateLine> date = HeaderReader.date(page, headerFrom, headerTo + 1, located.last(), layout,
        layout.credit(), knownBody.isEmpty());
    date.filter(d -> d.line() != layout.credit()).ifPresent(d -> layout.setDate(d.line()));
    if (credit.isEmpty() && date.isPresent()) {
      credit = HeaderReader.nameBesideDate(page, date.get().line(), layout);
      credit.ifPresent(c -> layout.setCredit(c.line(), c.last()));
    }

    BlockReader.Zone zone = new BlockReader.Zone(headline >= 0 ? headline + 1 : body.first(), body.first(),
        body.last(), last, markedLines);
    for (BlockReader reader : READERS) {
      reader.read(page, layout, zone);
    }
    if (credit.isEmpty() || !HeaderReader.namesPerson(credit.get())) {
      Optional<HeaderReader.CreditLine> closing = HeaderReader.closingCredit(page, lastParagraph(page, located, layout),
          layout);
      if (closing.isPresent()) {
        credit.ifPresent(c -> {
          for (int i = c.line(); i <= c.last(); i++) {
            layout.remove(i, Removal.Reason.OTHER);
          }
        });
        credit = closing;
        layout.setCredit(closing.get().line(), closing.get().last());
      }
    }
    PARAGRAPHS.read(page, layout, zone);
    if (bodyKnown) {
      claimMarked(page, layout, zone);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (layout.isFree(i) && lines.get(i).isChrome()) {
        layout.remove(i, lines.get(i).chrome());
      }
    }

    Optional<Byline> byline = credit.map(c -> Byline.builder()
        .text(layout.span(c.line(), c.last()).slice(input))
        .span(layout.span(c.line(), c.last()))
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
        NearDuplicates.mark(layout.blocks()),
        layout.removals(i -> fallbackReason(page, lines.get(i))),
        layout.pseudonymNotices());
  }

  /**
   * Returns whether line {@code index} of the known {@code body} comes after a line of prose the markup made a
   * paragraph: the text of an article's container before its headline is its header (kicker, date, byline), so a
   * headline after a paragraph of the story is a subhead repeating the title, and the body is not cut at it.
   */
  private static boolean followsMarkedProse(Page page, BodyRegion body, int index, MarkedLines marked) {
    for (int i = body.first(); i < index; i++) {
      if (marked.paragraph(i) && page.lines().get(i).facts().prose()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The known-body rule: claims each free line of the body inside a stretch the markup made a paragraph or a heading,
   * as one. Chrome lines and copies of other lines stay out.
   */
  private static void claimMarked(Page page, Layout layout, BlockReader.Zone zone) {
    for (int i = Math.max(0, zone.bodyFirst()); i <= zone.bodyLast(); i++) {
      PageLine line = page.lines().get(i);
      if (zone.marked().text(i) && layout.isFree(i) && !line.isChrome() && !line.copy()) {
        layout.claim(i, i, zone.marked().heading(i) ? Heading::of : Paragraph::of);
      }
    }
  }

  /**
   * Returns whether {@code line}, which names people without a credit word, is a heading the markup made: a subhead
   * such as "Garden Tools" looks like a name but a page prints no credit as a heading without its credit word.
   */
  private static boolean isMarkedHeading(PageLine line, boolean markedHeading) {
    return markedHeading && !line.facts().opensCredit() && !line.facts().creditOpenerOnly();
  }

  /** Returns why a line nothing claimed is left out: a list item is navigation, prose is other text. */
  private static Removal.Reason fallbackReason(Page page, PageLine line) {
    if (line.inList()) {
      return Removal.Reason.NAVIGATION;
    }
    if (line.copy() || line.repeated()) {
      return Removal.Reason.DUPLICATE;
    }
    return line.facts().paragraph() ? Removal.Reason.OTHER : Removal.Reason.SITE_CHROME;
  }

  /** Returns the first and last of {@code lines} inside {@code span}. */
  private static BodyRegion linesWithin(List<PageLine> lines, Span span) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      Span s = lines.get(i).span();
      if (s.start() >= span.start() && s.end() <= span.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? BodyRegion.NONE : new BodyRegion(first, last);
  }

  /** Returns the first line whose {@linkplain Texts#key key} is {@code key}, or -1. */
  private static int lineReading(List<PageLine> lines, String key) {
    for (int i = 0; i < lines.size(); i++) {
      if (!key.isEmpty() && lines.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the body's first line that will be a paragraph. */
  private static int firstParagraph(Page page, BodyRegion body, Layout layout) {
    for (int i = body.first(); i <= body.last(); i++) {
      if (isFreeProse(page, layout, i)) {
        return i;
      }
    }
    return Math.max(0, body.first());
  }

  /** Returns the body's last line that will be a paragraph, once media, notices, asides and profiles are claimed. */
  private static int lastParagraph(Page page, BodyRegion body, Layout layout) {
    for (int i = body.last(); i >= body.first(); i--) {
      if (isFreeProse(page, layout, i) || layout.isFree(i) && page.lines().get(i).facts().shortProse()) {
        return i;
      }
    }
    return body.last();
  }

  private static boolean isFreeProse(Page page, Layout layout, int i) {
    PageLine line = page.lines().get(i);
    return layout.isFree(i) && !line.isChrome() && !line.copy() && line.facts().prose();
  }
}
