package org.copydesk.parser.internal.html;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.copydesk.core.Article;
import org.copydesk.core.Aside;
import org.copydesk.core.AuthorProfile;
import org.copydesk.core.Block;
import org.copydesk.core.Byline;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Heading;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Quote;
import org.copydesk.core.Removal;
import org.copydesk.core.Source;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.TextPipeline;
import org.copydesk.parser.internal.lexicon.Lexicon;
import org.copydesk.parser.internal.structure.lines.Credits;
import org.copydesk.parser.internal.structure.lines.LineShape;

/**
 * HTML in, article out: renders the page as text, parses that text, then points every span back into the HTML and
 * fills in what the page's metadata knows and the text did not show. Stateless and thread-safe.
 */
public final class HtmlPipeline {

  /** Labels saying a printed date is the page's last change ("Last updated:"). */
  private static final Pattern UPDATE_LABEL = Pattern.compile("(?<!\\p{L})(?:" + String.join("|",
      Lexicon.entries("html/update-labels.txt").stream().map(Pattern::quote).toList()) + ")(?!\\p{L})");

  /** How many characters before a printed date its label is looked for in ("Last updated on"). */
  private static final int UPDATE_LABEL_REACH = 40;

  private final HtmlRenderer renderer = new HtmlRenderer();
  private final TextPipeline text;

  /** Creates a pipeline that parses rendered pages with {@code text}. */
  public HtmlPipeline(TextPipeline text) {
    this.text = text;
  }

  /** Parses {@code html}; relative links resolve against {@code baseUri} (may be empty). */
  public Article parse(String html, String baseUri) {
    RenderedHtml page = renderer.render(html, baseUri);
    Article parsed = text.parse(page.text(), page.metadata().headline(), page.content(), page.marked());
    Article mapped = toSource(parsed, page::toSource);
    List<Removal> removed = new ArrayList<>(page.removed());
    removed.addAll(mapped.removed());
    removed.sort(Comparator.comparingInt((Removal r) -> r.span().start()).thenComparingInt(r -> r.span().end()));
    Article.Builder out = Article.builder().from(withMedia(mapped, page.media())).removed(removed);
    PageMetadata meta = page.metadata();
    if (meta.headline().isPresent()) {
      boolean sameLine = parsed.headline().map(Texts::key).equals(meta.headline().map(Texts::key));
      out.headline(meta.headline()).headlineSpan(sameLine ? mapped.headlineSpan() : Optional.empty());
    }
    fuseByline(mapped.byline(), meta, page.text(), html.length(), out);
    if (meta.published().isPresent() && !printedOverMarkup(parsed, page.text(), meta)) {
      boolean sameDay = sameDay(parsed.published(), meta.published());
      out.published(meta.published()).publishedSpan(sameDay ? mapped.publishedSpan() : Optional.empty());
    } else if (parsed.published().isEmpty()) {
      out.published(meta.markupDate());
    }
    if (parsed.language().isEmpty()) {
      out.language(meta.language());
    }
    return out.siteName(meta.siteName()).canonicalUrl(meta.canonicalUrl()).build();
  }

  /**
   * Whether the date the text stage read from the page ({@code printed}) is the published date rather than the one
   * the markup gives: it lies more than a day from it and is not the day the markup says the page was last changed.
   * A page's machine date is often its record's creation in the publishing system, while the date it prints under the
   * headline is the article's; a printed date that is the last change (labelled so, "Last updated: Oct 3", or the
   * markup's own modified date) stays behind the markup's, and so does one a day off (the same moment in another
   * time zone: the markup's instant is the exact one) or the markup's date with day and month swapped (a numeric date,
   * "09.10.2024", read in the other order).
   */
  private static boolean printedOverMarkup(Article parsed, String text, PageMetadata meta) {
    Optional<String> printed = parsed.published();
    Optional<LocalDate> day = printed.flatMap(HtmlPipeline::day);
    Optional<LocalDate> markup = meta.published().flatMap(HtmlPipeline::day);
    return day.isPresent() && markup.isPresent() && Math.abs(ChronoUnit.DAYS.between(day.get(), markup.get())) > 1
        && !swapped(day.get(), markup.get()) && !sameDay(printed, meta.modified())
        && parsed.publishedSpan().filter(s -> labelledUpdate(text, s)).isEmpty();
  }

  private static boolean swapped(LocalDate a, LocalDate b) {
    return a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue() && a.getMonthValue() == b.getDayOfMonth();
  }

  /** Whether the date at {@code span} of {@code text}, with the few words before it, says it is an update. */
  private static boolean labelledUpdate(String text, Span span) {
    String around = text.substring(Math.max(0, span.start() - UPDATE_LABEL_REACH), span.end()).toLowerCase(Locale.ROOT);
    return UPDATE_LABEL.matcher(around).find();
  }

  private static Optional<LocalDate> day(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso.substring(0, Math.min(iso.length(), 10))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static boolean sameDay(Optional<String> a, Optional<String> b) {
    return a.isPresent() && b.isPresent() && a.get().length() >= 10 && b.get().startsWith(a.get().substring(0, 10));
  }

  /**
   * The byline: the people the markup credits (trusted over the credit line the text stage read, whose text, span and
   * contributors stay when it has them, unless the markup gives one word a name where that line names people in
   * full), else the text's byline (narrowed to the people an author-class element names
   * when those are among its authors: see {@link #narrowedBy}), else the people an author-class element names, else
   * the first organisation the markup credits, unless only the JSON-LD credits it and the page, rendered as
   * {@code text}, never prints its name on a line of its own (see {@link #printedAlone}).
   */
  private static void fuseByline(Optional<Byline> fromText, PageMetadata meta, String text, int htmlLength,
      Article.Builder out) {
    List<String> names = meta.authors();
    if (fromText.isPresent() && isOneWordEach(names) && !fromText.get().authors().isEmpty()
        && fromText.get().authors().stream().allMatch(a -> a.indexOf(' ') > 0)) {
      // a login or a first name in the markup ("jdoe", "Jane") yields to the full names the visible credit prints
      names = List.of();
    }
    if (fromText.isPresent() && extendedBy(names, fromText.get())) {
      names = fromText.get().authors();
    }
    if (names.isEmpty() && fromText.isEmpty()) {
      // the credits were read from the JSON-LD script when no later source (meta, microdata) gave any
      boolean jsonLdAlone = meta.authorsElement().filter(e -> e.normalName().equals("script")).isPresent();
      names = !meta.bylineClassAuthors().isEmpty() ? meta.bylineClassAuthors()
          : meta.organizations().stream().limit(1).filter(o -> !jsonLdAlone || printedAlone(o, text)).toList();
    } else if (names.isEmpty() && narrowedBy(fromText.get().authors(), meta.bylineClassAuthors())) {
      names = meta.bylineClassAuthors();
    }
    if (names.isEmpty()) {
      return;
    }
    List<String> people = names;
    out.byline(fromText
        .map(b -> Byline.builder().from(b).authors(people).build())
        .orElseGet(() -> Byline.builder().text(String.join(", ", people)).authors(people)
            .span(meta.authorsElement().map(e -> MarkupMedia.sourceSpan(e, htmlLength)).orElse(Span.of(0, 0)))
            .build()));
  }

  /**
   * Returns whether the visible credit line {@code printed}, which opens with a credit word ("Written by"), names the
   * people the markup credits, {@code marked}, and more people: the markup then gives the first author only (or the
   * names without the honorific the line prints before them: "Dr Jane Doe"), and the line is the whole credit. A group
   * or an organisation the line adds is the desk or the employer beside the name ("By Jane Doe, Metro Staff"), not
   * another author.
   */
  static boolean extendedBy(List<String> marked, Byline printed) {
    List<String> read = printed.authors();
    if (marked.isEmpty() || read.size() <= marked.size() || !Authors.opensWithCreditWord(printed.text())) {
      return false;
    }
    int found = 0;
    for (String r : read) {
      if (marked.stream().anyMatch(m -> r.equalsIgnoreCase(m)
          || r.regionMatches(true, r.length() - m.length() - 1, " " + m, 0, m.length() + 1))) {
        found++;
      } else if (Credits.isGroup(r) || Credits.isOrganisationName(r)) {
        return false;
      }
    }
    return found == marked.size();
  }

  /**
   * Returns whether {@code text} prints {@code name} on a line of its own (a list bullet before it aside), as a page
   * prints the organisation it credits beside the headline. An organisation only the JSON-LD names as the author and
   * the page never prints so is the default a site's structured data gives every page, not a credit the page shows.
   */
  static boolean printedAlone(String name, String text) {
    return text.lines().map(String::strip).anyMatch(l -> l.substring(LineShape.bulletEnd(l, 0, 0)).equals(name));
  }

  /** Returns whether {@code names} are some names of one word each. */
  private static boolean isOneWordEach(List<String> names) {
    return !names.isEmpty() && names.stream().allMatch(n -> n.indexOf(' ') < 0);
  }

  /**
   * Returns whether the people an author-class element names, {@code marked}, narrow the authors the text stage read
   * from the visible credit line, {@code read}: each of them is one of those authors or the start of one, and they
   * leave some out. The markup then sets the name apart where the visible line runs it into a role or a second
   * credit ("Jane Doe Potter &amp; Painter", "By Jane Doe, Tax Adviser &amp; John Roe, Reviewer"), which
   * the text stage read as further names.
   */
  static boolean narrowedBy(List<String> read, List<String> marked) {
    if (marked.isEmpty() || marked.size() >= read.size() && marked.stream().allMatch(m -> read.stream()
        .anyMatch(r -> r.equalsIgnoreCase(m)))) {
      return false;
    }
    return marked.stream().allMatch(m -> read.stream().anyMatch(r -> r.equalsIgnoreCase(m)
        || r.regionMatches(true, 0, m + " ", 0, m.length() + 1)));
  }

  /**
   * Returns {@code a} with the media items of the markup among its blocks: an embed the text stage found where an item
   * stands gets the item's address, title and running time; a caption the text stage read as a paragraph becomes the
   * item's embed; any other item is inserted in document order (quotes and duplicates keep pointing at their blocks).
   */
  static Article withMedia(Article a, List<MarkupMedia> media) {
    if (media.isEmpty()) {
      return a;
    }
    Set<Integer> quoted = new HashSet<>();
    a.quotes().forEach(q -> quoted.add(q.block()));
    List<Block> blocks = new ArrayList<>(a.blocks());
    List<Block> inserted = new ArrayList<>();
    List<Span> insertedAt = new ArrayList<>();
    for (MarkupMedia m : media) {
      int at = overlapping(blocks, m.span());
      if (at >= 0 && blocks.get(at) instanceof MediaEmbed found) {
        blocks.set(at, enrich(found, m));
      } else if (at >= 0 && blocks.get(at) instanceof Paragraph p && m.caption().isPresent() && !quoted.contains(at)
          && p.duplicateOf().isEmpty() && readsAsCaption(p.text(), m.captionText().get())) {
        blocks.set(at, embed(m, p.text(), p.span()));
      } else if (at < 0) {
        inserted.add(embed(m, m.captionText().or(m::title).orElse(""), m.span()));
        insertedAt.add(m.span());
      }
    }
    if (inserted.isEmpty()) {
      return Article.builder().from(a).blocks(blocks).build();
    }
    int[] newIndex = new int[blocks.size()];
    List<Block> merged = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < blocks.size(); i++) {
      while (next < inserted.size() && insertedAt.get(next).start() < blocks.get(i).span().start()) {
        merged.add(inserted.get(next++));
      }
      newIndex[i] = merged.size();
      merged.add(blocks.get(i));
    }
    merged.addAll(inserted.subList(next, inserted.size()));
    return Article.builder().from(a)
        .blocks(merged.stream().map(b -> b instanceof Paragraph p && p.duplicateOf().isPresent()
            ? Paragraph.builder().from(p).duplicateOf(newIndex[p.duplicateOf().getAsInt()]).build() : b).toList())
        .quotes(a.quotes().stream().map(q -> Quote.builder().from(q).block(newIndex[q.block()]).build()).toList())
        .build();
  }

  /** Returns whether most words of {@code paragraph} are words of {@code caption}. */
  private static boolean readsAsCaption(String paragraph, String caption) {
    List<String> words = Texts.words(paragraph);
    Set<String> captionWords = new HashSet<>(Texts.words(caption));
    return 2 * words.stream().filter(captionWords::contains).count() >= words.size();
  }

  /** The index of the first block whose span overlaps {@code span}, or -1. */
  private static int overlapping(List<Block> blocks, Span span) {
    for (int i = 0; i < blocks.size(); i++) {
      Span s = blocks.get(i).span();
      if (s.start() < span.end() && span.start() < s.end()) {
        return i;
      }
    }
    return -1;
  }

  private static MediaEmbed enrich(MediaEmbed found, MarkupMedia m) {
    MediaEmbed.Builder b = MediaEmbed.builder().from(found);
    if (found.url().isEmpty()) {
      b.url(m.url());
    }
    if (found.title().isEmpty()) {
      b.title(m.title());
    }
    if (found.caption().isEmpty()) {
      b.caption(m.caption());
    }
    if (found.durationSeconds().isEmpty() && m.durationSeconds().isPresent()) {
      b.durationSeconds(m.durationSeconds().getAsInt());
    }
    return b.build();
  }

  private static MediaEmbed embed(MarkupMedia m, String text, Span span) {
    MediaEmbed.Builder b = MediaEmbed.builder().text(text).span(span).kind(m.kind()).url(m.url()).title(m.title())
        .caption(m.caption());
    m.durationSeconds().ifPresent(b::durationSeconds);
    return b.build();
  }

  /** Returns {@code a} with every span mapped through {@code map}. */
  static Article toSource(Article a, UnaryOperator<Span> map) {
    Article.Builder b = Article.builder().from(a)
        .headlineSpan(a.headlineSpan().map(map))
        .publishedSpan(a.publishedSpan().map(map))
        .byline(a.byline().map(x -> Byline.builder().from(x).span(map.apply(x.span())).build()))
        .blocks(a.blocks().stream().map(x -> block(x, map)).toList())
        .quotes(a.quotes().stream().map(q -> Quote.builder().from(q)
            .parts(q.parts().stream().map(e -> excerpt(e, map)).toList())
            .cue(q.cue().map(e -> excerpt(e, map)))
            .content(q.content().map(e -> excerpt(e, map)))
            .build()).toList())
        .sources(a.sources().stream().map(s -> Source.builder().from(s)
            .mentions(s.mentions().stream().map(e -> excerpt(e, map)).toList())
            .build()).toList())
        .removed(a.removed().stream().map(r -> Removal.builder().from(r).span(map.apply(r.span())).build())
            .toList());
    return b.build();
  }

  private static Excerpt excerpt(Excerpt e, UnaryOperator<Span> map) {
    Span s = map.apply(e.span());
    return Excerpt.of(s.start(), s.end(), e.text());
  }

  private static Block block(Block block, UnaryOperator<Span> map) {
    Span s = map.apply(block.span());
    return block.accept(new Block.Visitor<Block>() {
      @Override
      public Block visit(Paragraph p) {
        return Paragraph.builder().from(p).span(s).build();
      }

      @Override
      public Block visit(Heading h) {
        return Heading.builder().from(h).span(s).build();
      }

      @Override
      public Block visit(MediaEmbed m) {
        return MediaEmbed.builder().from(m).span(s).build();
      }

      @Override
      public Block visit(Aside x) {
        return Aside.builder().from(x).span(s).build();
      }

      @Override
      public Block visit(Disclaimer d) {
        return Disclaimer.builder().from(d).span(s).build();
      }

      @Override
      public Block visit(AuthorProfile p) {
        return AuthorProfile.builder().from(p).span(s).build();
      }
    });
  }
}
