package org.copydesk.core.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import org.copydesk.core.Article;
import org.copydesk.core.Aside;
import org.copydesk.core.AuthorProfile;
import org.copydesk.core.Block;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Heading;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Quote;
import org.copydesk.core.Removal;
import org.copydesk.core.Source;

/**
 * Renders an article as a standalone HTML page that shows the parse the way a reviewer wants to see it.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), HtmlReportRenderer.render(article));
 * }</pre>
 *
 * <p>The page has the headline, byline and counts at the top; the body in reading order with every quote highlighted
 * in its speaker's colour (a partial quote's title gives the whole clause attributed; unattributed quotes grey, scare
 * quotes dotted, speech cues underlined, repeated paragraphs faded); media as cards with kind, title, caption, description and running time; asides, disclaimers and author
 * profiles in boxes of their own; a panel listing each source with its colour, name, kind, a pseudonym badge, its
 * description and number of quotes; and, folded in a {@code <details>} element, everything removed as page chrome with
 * its reason.
 *
 * <p>The page is one file: CSS inline, no scripts, no images, nothing fetched. Every piece of article text is escaped,
 * attribute values included, and only {@code http} and {@code https} addresses become links; a Content Security Policy
 * that allows no scripts guards the page as well.
 */
public final class HtmlReportRenderer {

  /** The golden angle, which spreads any number of hues around the colour wheel. */
  private static final double GOLDEN_ANGLE = 137.508;
  private static final int FIRST_HUE = 205;

  private static final String STYLE = """
      :root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--paper:#fff;--bg:#f3f4f6}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,"Segoe UI",Roboto,"DejaVu Sans",\
      Arial,sans-serif}
      .top{background:var(--paper);border-bottom:1px solid var(--line);padding:18px 32px}
      .tool{margin:0;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.08em}
      h1{font:700 27px/1.25 Georgia,"DejaVu Serif",serif;margin:6px 0}
      .top p{margin:2px 0;color:var(--muted)}
      .counts{display:flex;flex-wrap:wrap;gap:6px;list-style:none;margin:10px 0 0;padding:0}
      .counts li{background:var(--bg);border:1px solid var(--line);border-radius:999px;padding:1px 10px;font-size:13px}
      .layout{display:grid;grid-template-columns:minmax(0,1fr) 330px;gap:24px;max-width:1240px;margin:24px auto;\
      padding:0 24px;align-items:start}
      @media (max-width:900px){.layout{grid-template-columns:minmax(0,1fr)}}
      .article{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:8px 32px 20px;\
      font:17px/1.6 Georgia,"DejaVu Serif",serif}
      .article h2,.article h3,.article h4,.article h5,.article h6{font-family:system-ui,"DejaVu Sans",sans-serif;\
      margin:28px 0 8px}
      .article p{margin:14px 0}
      .duplicate{opacity:.5;border-left:3px dashed var(--line);padding-left:10px}
      .tag,.label{display:block;font:600 11px/1.6 system-ui,"DejaVu Sans",sans-serif;text-transform:uppercase;\
      letter-spacing:.06em;color:var(--muted)}
      .box,.media{font:14px/1.5 system-ui,"DejaVu Sans",sans-serif;border-radius:6px;padding:10px 14px;margin:18px 0}
      .box p,.media p{margin:4px 0}
      .aside{background:#eef2ff;border-left:4px solid #6366f1}
      .disclaimer{background:#fff8c5;border-left:4px solid #d4a72c}
      .profile{background:#f6f8fa;border-left:4px solid #8c959f}
      .box-title,.media-title,.profile-name{font-weight:700}
      .media{background:#f6f8fa;border:1px solid var(--line)}
      .media figcaption{font-style:italic}
      .duration{font-variant-numeric:tabular-nums;margin-left:8px}
      .badge{display:inline-block;font:600 11px/1.6 system-ui,"DejaVu Sans",sans-serif;border-radius:999px;\
      padding:0 8px;margin-right:4px;background:#e7ecf0;color:#3d444d;text-transform:uppercase;letter-spacing:.04em}
      .badge.warn{background:#ffebe9;color:#a40e26}
      .badge.pseudonym{background:#fbefff;color:#8250df}
      mark.quote{color:inherit;background:hsl(var(--hue) 90% 84%);box-shadow:inset 0 -2px hsl(var(--hue) 65% 42%);\
      border-radius:2px;padding:0 1px}
      mark.quote.indirect{background:hsl(var(--hue) 90% 93%)}
      mark.quote.unattributed{background:#e5e7eb;box-shadow:inset 0 -2px #6b7280}
      mark.quote.scare{background:none;box-shadow:none;border-bottom:1px dotted #6b7280}
      .cue{text-decoration:underline 2px;text-underline-offset:3px}
      .panel{position:sticky;top:16px;background:var(--paper);border:1px solid var(--line);border-radius:8px;\
      padding:14px 16px}
      .panel h2{font-size:15px;margin:4px 0 10px}
      .sources{list-style:none;margin:0;padding:0}
      .source{border-top:1px solid var(--line);padding:8px 0}
      .source p{margin:2px 0}
      .source-name{font-weight:700}
      .source-description,.source-quotes,.note{color:var(--muted);font-size:13px}
      .swatch{display:inline-block;width:14px;height:14px;border-radius:3px;vertical-align:-2px;margin-right:6px;\
      background:hsl(var(--hue) 90% 84%);box-shadow:inset 0 -2px hsl(var(--hue) 65% 42%)}
      .removed{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:10px 16px;margin-top:24px}
      .removed summary{cursor:pointer;font-weight:600}
      .removed li{margin:4px 0;color:var(--muted)}
      .missing{color:var(--muted);font-style:italic}
      .key{list-style:none;margin:0;padding:0;font-size:13px;color:var(--muted)}
      .key li{margin:3px 0}
      .key mark.quote{--hue:215;color:var(--ink)}
      """;

  private static final String LEGEND = """
      <h2>Key</h2>
      <ul class="key">
      <li><mark class="quote direct">direct</mark> and <mark class="quote partial">partial</mark> quotes in the \
      speaker's colour</li>
      <li><mark class="quote indirect">indirect speech</mark> in a lighter shade</li>
      <li><mark class="quote unattributed">no speaker found</mark></li>
      <li><mark class="quote scare">scare quote</mark>, nobody's words</li>
      <li><span class="cue">speech cue</span> such as "said"</li>
      </ul>
      """;

  private final Article article;
  private final StringBuilder out = new StringBuilder(32 * 1024);
  private final Map<String, Integer> sourceIndex = new HashMap<>();
  private final List<List<Mark>> marks = new ArrayList<>();

  private HtmlReportRenderer(Article article) {
    this.article = article;
    for (int i = 0; i < article.sources().size(); i++) {
      sourceIndex.put(article.sources().get(i).id(), i);
    }
    for (int i = 0; i < article.blocks().size(); i++) {
      marks.add(new ArrayList<>());
    }
    placeMarks();
  }

  /** Returns the report page for the article, a complete HTML document ending with a line break. */
  public static String render(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    return new HtmlReportRenderer(article).page();
  }

  private String page() {
    String headline = article.headline().map(Texts::collapse).orElse("");
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Copydesk\">\n")
        .append("<title>Copydesk report: ").append(escape(headline.isEmpty() ? "untitled article" : headline))
        .append("</title>\n<style>\n").append(STYLE);
    for (int i = 0; i < article.sources().size(); i++) {
      out.append(".src-").append(i).append("{--hue:").append(hue(i)).append("}\n");
    }
    out.append("</style>\n</head>\n<body>\n");
    header(headline);
    out.append("<div class=\"layout\">\n<div>\n<main class=\"article\"");
    article.language().ifPresent(l -> out.append(" lang=\"").append(escape(l)).append('"'));
    out.append(">\n");
    for (int i = 0; i < article.blocks().size(); i++) {
      block(i);
    }
    out.append("</main>\n");
    removed();
    out.append("</div>\n");
    sources();
    out.append("</div>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header(String headline) {
    out.append("<header class=\"top\">\n<p class=\"tool\">Copydesk parse report</p>\n");
    if (headline.isEmpty()) {
      out.append("<h1 class=\"missing\">No headline found</h1>\n");
    } else {
      out.append("<h1>").append(escape(headline)).append("</h1>\n");
    }
    article.byline().ifPresent(b -> out.append("<p class=\"byline\">").append(escape(b.text())).append("</p>\n"));
    List<String> meta = new ArrayList<>();
    article.published().ifPresent(p -> meta.add("published " + p));
    article.language().ifPresent(l -> meta.add("language " + l));
    if (!meta.isEmpty()) {
      out.append("<p class=\"meta\">").append(escape(String.join(" · ", meta))).append("</p>\n");
    }
    out.append("<ul class=\"counts\">");
    count(article.bodyParagraphs().size(), "paragraph", false);
    count(article.headings().size(), "heading", false);
    count(article.media().size(), "media embed", false);
    count(article.asides().size(), "aside", false);
    count(article.disclaimers().size(), "disclaimer", false);
    count(article.authorProfiles().size(), "author profile", false);
    count(article.quotes().size(), "quote", true);
    count(article.sources().size(), "source", true);
    count(article.removed().size(), "removal", true);
    out.append("</ul>\n</header>\n");
  }

  private void count(int n, String noun, boolean evenNone) {
    if (n > 0 || evenNone) {
      out.append("<li>").append(plural(n, noun)).append("</li>");
    }
  }

  private void block(int index) {
    Block block = article.blocks().get(index);
    String id = " id=\"block-" + index + "\"";
    block.accept(new Block.Visitor<Void>() {
      @Override
      public Void visit(Paragraph paragraph) {
        if (paragraph.isDuplicate()) {
          int of = paragraph.duplicateOf().getAsInt();
          out.append("<p class=\"block paragraph duplicate\"").append(id)
              .append("><span class=\"tag\">repeats <a href=\"#block-").append(of).append("\">block ").append(of)
              .append("</a></span>");
        } else {
          out.append("<p class=\"block paragraph\"").append(id).append('>');
        }
        text(index, 0, paragraph.text().length());
        out.append("</p>\n");
        return null;
      }

      @Override
      public Void visit(Heading heading) {
        int level = Math.max(2, heading.level());
        out.append("<h").append(level).append(" class=\"block heading\"").append(id).append('>');
        text(index, 0, heading.text().length());
        out.append("</h").append(level).append(">\n");
        return null;
      }

      @Override
      public Void visit(MediaEmbed media) {
        media(media, id);
        return null;
      }

      @Override
      public Void visit(Aside aside) {
        out.append("<aside class=\"block box aside\"").append(id).append(">\n<span class=\"label\">aside · ")
            .append(words(aside.kind())).append("</span>\n");
        aside.title().map(Texts::collapse).filter(t -> !t.isEmpty()).ifPresent(t ->
            out.append("<p class=\"box-title\">").append(escape(t)).append("</p>\n"));
        paragraphs(index, Texts.titleEnd(aside.text(), aside.title()), aside.text().length());
        out.append("</aside>\n");
        return null;
      }

      @Override
      public Void visit(Disclaimer disclaimer) {
        out.append("<div class=\"block box disclaimer\" role=\"note\"").append(id)
            .append(">\n<span class=\"label\">disclaimer · ").append(words(disclaimer.kind())).append("</span>\n");
        paragraphs(index, 0, disclaimer.text().length());
        out.append("</div>\n");
        return null;
      }

      @Override
      public Void visit(AuthorProfile profile) {
        out.append("<section class=\"block box profile\"").append(id)
            .append(">\n<span class=\"label\">author profile</span>\n<p class=\"profile-name\">")
            .append(escape(Texts.collapse(profile.name()))).append("</p>\n");
        int bio = profile.bio().isEmpty() ? -1 : profile.text().indexOf(profile.bio());
        if (bio >= 0) {
          paragraphs(index, bio, bio + profile.bio().length());
        } else {
          Texts.paragraphs(profile.bio()).forEach(p -> out.append("<p>").append(escape(p)).append("</p>\n"));
        }
        out.append("</section>\n");
        return null;
      }
    });
  }

  private void media(MediaEmbed media, String id) {
    String kind = media.kind().name().toLowerCase(Locale.ROOT);
    out.append("<figure class=\"block media ").append(kind).append('"').append(id)
        .append(">\n<p><span class=\"badge\">").append(kind).append("</span>");
    media.durationSeconds().ifPresent(s -> out.append("<span class=\"duration\"><time datetime=\"")
        .append(Texts.isoDuration(s)).append("\">").append(Texts.clock(s)).append("</time></span>"));
    if (media.playable().filter(p -> !p).isPresent()) {
      out.append(" <span class=\"badge warn\">not playable</span>");
    }
    out.append("</p>\n");
    boolean described = mediaPart("p", "media-title", media.title());
    described |= mediaPart("p", "media-description", media.description());
    described |= mediaPart("figcaption", "caption", media.caption());
    if (!described) {
      out.append("<p class=\"media-text\">").append(escape(Texts.collapse(media.text()))).append("</p>\n");
    }
    media.url().ifPresent(url -> {
      out.append("<p class=\"media-url\">");
      Optional<String> web = Texts.webUrl(media.url());
      if (web.isPresent()) {
        out.append("<a href=\"").append(escape(web.get())).append("\" rel=\"noopener noreferrer nofollow\">")
            .append(escape(web.get())).append("</a>");
      } else {
        out.append("<span class=\"badge warn\">not a web address</span> ").append(escape(url));
      }
      out.append("</p>\n");
    });
    out.append("</figure>\n");
  }

  /** Writes a media embed's title, description or caption, if it has one, and returns whether it did. */
  private boolean mediaPart(String tag, String cssClass, Optional<String> value) {
    Optional<String> text = value.map(Texts::collapse).filter(v -> !v.isEmpty());
    text.ifPresent(t -> out.append('<').append(tag).append(" class=\"").append(cssClass).append("\">")
        .append(escape(t)).append("</").append(tag).append(">\n"));
    return text.isPresent();
  }

  private void sources() {
    out.append("<aside class=\"panel\" id=\"sources\" aria-label=\"Sources\">\n<h2>Sources (")
        .append(article.sources().size()).append(")</h2>\n<ol class=\"sources\">\n");
    for (int i = 0; i < article.sources().size(); i++) {
      Source source = article.sources().get(i);
      out.append("<li class=\"source src-").append(i).append("\" data-source=\"").append(escape(source.id()))
          .append("\">\n<p><span class=\"swatch\"></span><span class=\"source-name\">")
          .append(escape(Texts.collapse(source.name()))).append("</span></p>\n<p><span class=\"badge kind\">")
          .append(words(source.kind())).append("</span>");
      if (source.pseudonymous()) {
        out.append("<span class=\"badge pseudonym\">pseudonym</span>");
      }
      out.append("</p>\n");
      source.description().map(Texts::collapse).filter(d -> !d.isEmpty()).ifPresent(d ->
          out.append("<p class=\"source-description\">").append(escape(d)).append("</p>\n"));
      out.append("<p class=\"source-quotes\">").append(plural(article.quotesBy(source).size(), "quote"))
          .append("</p>\n</li>\n");
    }
    out.append("</ol>\n");
    long unattributed = article.quotes().stream()
        .filter(q -> q.speaker().isEmpty() && q.kind() != Quote.Kind.SCARE).count();
    if (unattributed > 0) {
      out.append("<p class=\"note\">").append(plural((int) unattributed, "quote")).append(" without a speaker</p>\n");
    }
    out.append(LEGEND).append("</aside>\n");
  }

  private void removed() {
    out.append("<section class=\"removed\" id=\"removed\">\n<details>\n<summary>Removed as page chrome (")
        .append(article.removed().size()).append(")</summary>\n<ol>\n");
    for (Removal removal : article.removed()) {
      out.append("<li><span class=\"badge\">").append(words(removal.reason())).append("</span> ")
          .append(escape(Texts.collapse(removal.text()))).append("</li>\n");
    }
    out.append("</ol>\n</details>\n</section>\n");
  }

  /** Writes the text of block {@code index} between {@code from} and {@code to} as paragraphs split at blank lines. */
  private void paragraphs(int index, int from, int to) {
    String text = article.blocks().get(index).text();
    Matcher blank = Texts.BLANK_LINE.matcher(text).region(from, to);
    int start = from;
    while (start < to) {
      int end = blank.find() ? blank.start() : to;
      if (!text.substring(start, end).isBlank()) {
        out.append("<p>");
        text(index, start, end);
        out.append("</p>\n");
      }
      start = end == to ? to : blank.end();
    }
  }

  /** Writes the text of block {@code index} between {@code from} and {@code to}, stripped, with its marks. */
  private void text(int index, int from, int to) {
    String text = article.blocks().get(index).text();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    int at = from;
    for (Mark mark : marks.get(index)) {
      int start = Math.max(mark.start, at);
      int end = Math.min(mark.end, to);
      if (start >= end) {
        continue;
      }
      out.append(escape(text.substring(at, start))).append(mark.open)
          .append(escape(text.substring(start, end))).append(mark.close);
      at = end;
    }
    out.append(escape(text.substring(at, to)));
  }

  /** Finds where each quote part and cue stands in the blocks and records a mark for it. */
  private void placeMarks() {
    for (int q = 0; q < article.quotes().size(); q++) {
      Quote quote = article.quotes().get(q);
      String open = quoteOpen(q, quote);
      for (Excerpt part : quote.parts()) {
        place(part, quote.block(), open, "</mark>");
      }
      int number = q;
      quote.cue().ifPresent(cue -> place(cue, quote.block(), "<span class=\"cue\" title=\"speech cue of quote "
          + number + "\">", "</span>"));
    }
    for (List<Mark> list : marks) {
      list.sort(Comparator.comparingInt(Mark::start));
      int end = 0;
      for (var it = list.iterator(); it.hasNext(); ) {
        Mark mark = it.next();
        if (mark.start < end) {
          it.remove();
        } else {
          end = mark.end;
        }
      }
    }
  }

  /**
   * Marks {@code excerpt} in the block that holds it: by position in the blocks near {@code hint} (text input), or else
   * by its text in block {@code hint} (input whose positions do not match the block texts, such as HTML).
   */
  private void place(Excerpt excerpt, int hint, String open, String close) {
    List<Block> blocks = article.blocks();
    for (int i = Math.max(0, hint - 1); i < blocks.size() && blocks.get(i).span().start() <= excerpt.start(); i++) {
      Block block = blocks.get(i);
      int local = excerpt.start() - block.span().start();
      if (block.text().startsWith(excerpt.text(), local) && block.text().length() == block.span().length()) {
        marks.get(i).add(new Mark(local, local + excerpt.text().length(), open, close));
        return;
      }
    }
    int found = excerpt.text().isEmpty() ? -1 : blocks.get(hint).text().indexOf(excerpt.text());
    if (found >= 0) {
      marks.get(hint).add(new Mark(found, found + excerpt.text().length(), open, close));
    }
  }

  private String quoteOpen(int number, Quote quote) {
    String kind = quote.kind().name().toLowerCase(Locale.ROOT);
    Optional<Source> speaker = article.speakerOf(quote);
    StringBuilder open = new StringBuilder("<mark class=\"quote ").append(kind);
    if (speaker.isPresent()) {
      open.append(" src-").append(sourceIndex.get(speaker.get().id())).append("\" data-source=\"")
          .append(escape(speaker.get().id()));
    } else if (quote.kind() != Quote.Kind.SCARE) {
      open.append(" unattributed");
    }
    String who = speaker.map(s -> Texts.collapse(s.name())).orElse(quote.kind() == Quote.Kind.SCARE ? "nobody"
        : "no speaker found");
    String what = quote.kind() == Quote.Kind.PARTIAL
        ? quote.content().map(c -> ": " + Texts.collapse(c.text())).orElse("") : "";
    return open.append("\" data-quote=\"").append(number).append("\" title=\"")
        .append(escape(who + " · " + kind + " quote" + what)).append("\">").toString();
  }

  private static int hue(int sourceIndex) {
    return (int) Math.round(FIRST_HUE + sourceIndex * GOLDEN_ANGLE) % 360;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Returns an enum constant as lower-case words: {@code SITE_CHROME} is "site chrome". */
  private static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Escapes text for HTML element content and quoted attribute values alike. */
  private static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      String replacement = switch (text.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (replacement != null && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (replacement != null) {
          sb.append(replacement);
        } else {
          sb.append(text.charAt(i));
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** A stretch of a block's text to wrap in {@code open} and {@code close}. */
  private record Mark(int start, int end, String open, String close) {}
}
