package org.copydesk.parser.internal.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.lexicon.Lexicon;
import org.copydesk.parser.internal.structure.MarkedBlocks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders HTML as block-per-line text with a map back to the source. Markup that is never visible text (scripts,
 * styles, form controls) is skipped; page chrome (navigation, footers, share bars, blocks of links, everything
 * outside the {@linkplain ContentRoot content root} but the page's headline) is left out and reported as removed. The
 * stretch of text the content root was rendered to is handed on, so that the text stage reads the body there rather
 * than guess it from the lines' shapes, with the stretches its {@code <p>}, list items, one-line table rows and
 * {@code <h2>}-{@code <h6>} elements (those not mostly link text) were rendered to, which the text stage keeps however
 * short. Stateless and thread-safe.
 */
public final class HtmlRenderer {

  /** Elements whose text is never shown: scripts, styles, templates, form controls, embedded objects. */
  static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "head",
      "iframe", "object", "canvas", "select", "option", "button", "input", "textarea", "math", "link", "meta");

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
      "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure",
      "figcaption", "table", "tr", "pre", "hr", "address", "form", "fieldset", "details", "summary", "caption",
      "picture", "video", "audio");

  /** Elements the text stage reads as headings when inside the article's container, however short. */
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  /**
   * Elements the text stage reads as paragraphs when inside the article's container, however short: paragraphs and
   * list items, each of which the page's author wrote as a unit of the text. A list item that shows a picture is not
   * one: it is a card (a product, a teaser) of a shop or a recommendation grid. Preformatted text is not among them:
   * the sites' own extracts keep code on some sites and drop it on others.
   */
  private static final Set<String> PARAGRAPHS = Set.of("p", "li");

  /** What a list item that is not prose starts with: the text stage reads the line as a list's entry. */
  private static final String BULLET = "  \u2022 ";

  /** Table cells: written apart from the cell before them on their row. */
  private static final Set<String> CELLS = Set.of("td", "th");

  private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "dialog");

  private static final Set<String> CHROME_ROLES = Set.of("navigation", "menu", "menubar", "complementary", "banner",
      "contentinfo", "alert", "alertdialog", "dialog", "search");

  private static final ClassWords CHROME_CLASSES = new ClassWords(Lexicon.entries("html/chrome-class-patterns.txt"));

  private static final ClassWords CONTENT_CLASSES =
      new ClassWords(Lexicon.entries("html/content-class-patterns.txt"));

  private static final Set<String> NAVIGATION_CLASSES = Set.of("menu", "breadcrumb", "pagination", "pager");

  /** Class and id words of a picture's caption or credit: its paragraphs belong to the picture, not the story. */
  private static final ClassWords CAPTION_CLASSES =
      new ClassWords(Lexicon.entries("html/caption-class-patterns.txt"));

  /** Renders {@code html}. */
  public RenderedHtml render(String html, String baseUri) {
    Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, baseUri);
    StreamedSegments.place(doc, html);
    PageElements page = new PageElements(doc);
    ContentRoot root = new ContentRoot(doc.body(), e -> chromeReason(e) != null);
    JsonLd jsonLd = new JsonLd(page);
    Titles titles = Titles.of(page, jsonLd);
    Element h1 = PageMetadata.headlineElement(page, titles, root.elements());
    Writer out = new Writer(html.length(), root, h1);
    NodeTraversor.traverse(out, doc.body());
    String text = out.text.toString();
    Optional<Span> content = !root.found() || out.contentStart < 0 ? Optional.empty()
        : Optional.of(Span.of(out.contentStart, Math.max(out.contentStart, out.contentEnd)));
    MarkedBlocks marked = content.isEmpty() ? MarkedBlocks.NONE : new MarkedBlocks(out.paragraphs, out.headings);
    return new RenderedHtml(text, out.offsets(), PageMetadata.read(page, jsonLd, titles, h1, text), List.copyOf(out.removed),
        withDurations(out.media, jsonLd), content, marked);
  }

  /** The media items with the running time the page's JSON-LD {@code VideoObject} of the same address gives. */
  private static List<MarkupMedia> withDurations(List<MarkupMedia> media, JsonLd jsonLd) {
    List<JsonNode> videos = jsonLd.ofType("VideoObject");
    List<MarkupMedia> players = media.stream().filter(m -> m.kind() == MediaEmbed.Kind.VIDEO).toList();
    List<MarkupMedia> out = new ArrayList<>();
    for (MarkupMedia m : media) {
      if (m.kind() != MediaEmbed.Kind.VIDEO) {
        out.add(m);
        continue;
      }
      JsonNode match = null;
      for (JsonNode video : videos) {
        for (String field : List.of("embedUrl", "contentUrl", "url")) {
          Optional<String> url = jsonLd.text(video.get(field));
          if (url.isPresent() && m.url().filter(u -> sameVideo(u, url.get())).isPresent()) {
            match = video;
          }
        }
      }
      if (match == null && videos.size() == 1 && players.size() == 1) {
        match = videos.get(0);
      }
      out.add(match == null ? m : m.withVideoObject(jsonLd.text(match.get("name")),
          jsonLd.text(match.get("duration")).flatMap(HtmlRenderer::seconds)));
    }
    return List.copyOf(out);
  }

  private static boolean sameVideo(String a, String b) {
    String x = a.replaceFirst("^https?:", "").replaceFirst("[?#].*", "");
    String y = b.replaceFirst("^https?:", "").replaceFirst("[?#].*", "");
    return x.equals(y);
  }

  /** An ISO-8601 duration ({@code PT2M31S}) in whole seconds. */
  private static Optional<Integer> seconds(String duration) {
    try {
      long s = Duration.parse(duration.strip()).getSeconds();
      return s < 0 || s > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) s);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Returns whether the class or id words of {@code e} say it may hold article content. */
  static boolean isContentClass(Element e) {
    return CONTENT_CLASSES.match(e.className(), e.id()) != null;
  }

  /** Why {@code e} is chrome, by its tag, role or hidden state or else by its class and id words; {@code null} if not. */
  private static Removal.Reason chromeReason(Element e) {
    Removal.Reason reason = markupChromeReason(e);
    return reason != null ? reason : classChromeReason(e);
  }

  /** Why {@code e} is chrome by its tag, role or hidden state, or {@code null} if it is not. */
  private static Removal.Reason markupChromeReason(Element e) {
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (e.normalName().equals("nav") || role.equals("navigation") || role.equals("menu") || role.equals("menubar")) {
      return Removal.Reason.NAVIGATION;
    }
    if (CHROME_TAGS.contains(e.normalName()) || CHROME_ROLES.contains(role) || e.hasAttr("hidden")
        || e.attr("aria-hidden").equals("true") && !e.text().isBlank()) {
      return Removal.Reason.SITE_CHROME;
    }
    return null;
  }

  /** Why {@code e} is chrome by its class and id words, or {@code null} if it is not. */
  private static Removal.Reason classChromeReason(Element e) {
    if (e.normalName().equals("body") || e.normalName().equals("a")) {
      return null;
    }
    String classNames = e.className();
    String id = e.id();
    if (CONTENT_CLASSES.match(classNames, id) != null) {
      return null;
    }
    String chrome = CHROME_CLASSES.match(classNames, id);
    if (chrome == null) {
      return null;
    }
    if (chrome.startsWith("ad")) {
      return Removal.Reason.ADVERTISEMENT;
    }
    return NAVIGATION_CLASSES.contains(chrome) ? Removal.Reason.NAVIGATION : Removal.Reason.SITE_CHROME;
  }

  /**
   * Writes text nodes with collapsed whitespace and blank lines between blocks, remembering where each character came
   * from, and reports the chrome it leaves out.
   */
  private static final class Writer implements NodeVisitor {
    final StringBuilder text = new StringBuilder();
    final List<Removal> removed = new ArrayList<>();
    final List<MarkupMedia> media = new ArrayList<>();
    /** The figure or picture whose media item was taken: what it holds is part of it. */
    private Element figure;
    private int[] offsets = new int[256];
    private Element skipping;
    private boolean insideRoot;
    /** The stretches of text rendered from paragraph and heading elements inside the article, in text order. */
    final List<Span> paragraphs = new ArrayList<>();
    final List<Span> headings = new ArrayList<>();
    /** The paragraph or heading element being rendered, and where its text starts. */
    private Element marking;
    private int markStart;
    /** Whether the element being marked holds a picture, a video or another embed. */
    private boolean markingShowsMedia;
    /** The picture caption being rendered ({@code <figcaption>} or a caption-class element): nothing in it is marked. */
    private Element caption;
    /**
     * The innermost table row being rendered outside any marked element, and where its text starts: a row that
     * renders to one line is a row of data, read as a paragraph; a layout table's row of whole columns spans many
     * lines (or holds a table of its own) and is not.
     */
    private Element row;
    private int rowStart;
    /** Where the text of the first element holding the article starts, -1 before it is reached. */
    int contentStart = -1;
    /** Where the text of the last element holding the article ends. */
    int contentEnd;
    private final int sourceLength;
    /** The elements that hold the article. */
    private final Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ContentRoot content;
    /** The elements that enclose the content root: rendered as containers. */
    private final Set<Element> holdsRoot = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The headline's {@code <h1>} and the elements that enclose it: always rendered, as containers. */
    private final Set<Element> holdsHeadline = Collections.newSetFromMap(new IdentityHashMap<>());

    Writer(int sourceLength, ContentRoot content, Element headline) {
      this.sourceLength = sourceLength;
      this.content = content;
      for (Element root : content.elements()) {
        roots.add(root);
        holdsRoot.addAll(root.parents());
      }
      if (headline != null) {
        holdsHeadline.add(headline);
        holdsHeadline.addAll(headline.parents());
      }
    }

    @Override
    public void head(Node node, int depth) {
      if (skipping != null) {
        return;
      }
      if (roots.contains(node)) {
        insideRoot = true;
        contentStart = contentStart < 0 ? text.length() : contentStart;
      }
      if (node instanceof Element e) {
        boolean invisible = INVISIBLE.contains(e.normalName());
        Removal.Reason reason = invisible ? null : leftOut(e);
        if (reason != null) {
          skipping = e;
          report(e, reason);
          return;
        }
        if (marking != null && MarkupMedia.isMedia(e)) {
          markingShowsMedia = true;
        }
        if (insideRoot && figure == null && MarkupMedia.isMedia(e)) {
          MarkupMedia.of(e, MarkupMedia.sourceSpan(e, sourceLength)).ifPresent(media::add);
          if (e.normalName().equals("figure") || e.normalName().equals("picture")) {
            figure = e;
          }
        }
        if (invisible) {
          skipping = e;
          return;
        }
        if (e.normalName().equals("br")) {
          newline(position(e), 1);
        } else if (CELLS.contains(e.normalName()) && !text.isEmpty() && !endsWithBlank()) {
          append(' ', position(e));
        } else if (BLOCKS.contains(e.normalName()) && !atListItemStart()) {
          newline(position(e), 2);
          if (e.normalName().equals("li") && !content.isProse(e)) {
            append(BULLET, position(e));
          }
        }
        if (insideRoot && caption == null && isCaption(e)) {
          caption = e;
        }
        if (insideRoot && marking == null && caption == null
            && (PARAGRAPHS.contains(e.normalName()) || HEADINGS.contains(e.normalName())) && !content.isMostlyLinks(e)) {
          marking = e;
          markStart = text.length() - (atListItemStart() ? BULLET.length() : 0);
          markingShowsMedia = false;
        } else if (insideRoot && marking == null && e.normalName().equals("tr")
            && !content.isMostlyLinks(e)) {
          row = e;
          rowStart = text.length();
        }
      } else if (node instanceof TextNode t) {
        writeText(t);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node == figure) {
        figure = null;
      }
      if (node == caption) {
        caption = null;
      }
      if (skipping != null) {
        if (node == skipping) {
          skipping = null;
        }
        return;
      }
      if (roots.contains(node)) {
        insideRoot = false;
        contentEnd = text.length();
      }

      if (node == marking) {
        if (!(markingShowsMedia && marking.normalName().equals("li"))) {
          (HEADINGS.contains(marking.normalName()) ? headings : paragraphs).add(Span.of(markStart, text.length()));
        }
        marking = null;
      }
      if (node == row) {
        if (text.indexOf("\n", rowStart) < 0) {
          paragraphs.add(Span.of(rowStart, text.length()));
        }
        row = null;
      }
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        newline(position(e), 2);
      }
    }

    /** Whether {@code e} is a picture's caption, by its tag or its class and id words. */
    private static boolean isCaption(Element e) {
      return e.normalName().equals("figcaption") || CAPTION_CLASSES.match(e.className(), e.id()) != null;
    }

    /** Why {@code e} is left out, or {@code null} if it is rendered. */
    private Removal.Reason leftOut(Element e) {
      if (roots.contains(e) || holdsRoot.contains(e) || holdsHeadline.contains(e)) {
        return null;
      }
      if (!insideRoot) {
        return Removal.Reason.SITE_CHROME;
      }
      if (content.repeatsPreviousSibling(e)) {
        return Removal.Reason.DUPLICATE;
      }
      // a heading's class and id words style it or repeat its text as an anchor ("h-community-events"); a widget's
      // title goes out with the widget that holds it
      Removal.Reason reason = HEADINGS.contains(e.normalName()) ? markupChromeReason(e) : chromeReason(e);
      if (reason == null && !isStoryList(e)) {
        reason = content.leftOut(e);
      }
      return reason == null || content.holdsMostOfTheText(e) ? null : reason;
    }

    /**
     * Whether {@code e} is a list the story itself holds, never left out as a block of links: a list without class
     * or id (written in the story's editor, not placed by the site's template) that is numbered (steps, a ranking,
     * references) or that the text before it introduces with a colon ("You will need:"). A site's related-story list
     * carries its template's class names and follows no such line.
     */
    private boolean isStoryList(Element e) {
      boolean numbered = e.normalName().equals("ol");
      if (!numbered && !e.normalName().equals("ul") || !e.className().isEmpty() || !e.id().isEmpty()) {
        return false;
      }
      int end = text.length();
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return numbered || end > 0 && text.charAt(end - 1) == ':';
    }

    private void report(Element e, Removal.Reason reason) {
      String t = e.text().strip();
      Range start = e.sourceRange();
      if (t.isEmpty() || !start.isTracked()) {
        return;
      }
      Range end = e.endSourceRange();
      int from = Math.min(start.startPos(), sourceLength);
      int to = Math.min(end.isTracked() ? end.endPos() : start.endPos(), sourceLength);
      removed.add(Removal.of(t, reason, Span.of(from, Math.max(from, to))));
    }

    private int position(Node node) {
      Range range = node.sourceRange();
      return range.isTracked() ? Math.min(range.startPos(), sourceLength) : 0;
    }

    private void writeText(TextNode t) {
      String s = t.getWholeText();
      Range range = t.sourceRange();
      int from = range.isTracked() ? range.startPos() : 0;
      int to = range.isTracked() ? range.endPos() : from;
      int rawLength = Math.max(0, to - from);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        int at = from + (rawLength == s.length() ? i : (int) ((long) i * rawLength / Math.max(1, s.length())));
        if (Character.isWhitespace(c)) {
          if (text.length() > 0 && !endsWithBlank()) {
            append(' ', at);
          }
        } else {
          append(c, at);
        }
      }
    }

    /** Whether the text ends with a list item's bullet: a paragraph inside the item continues its line. */
    private boolean atListItemStart() {
      int n = text.length();
      return n >= BULLET.length() && BULLET.contentEquals(text.subSequence(n - BULLET.length(), n));
    }

    private boolean endsWithBlank() {
      char last = text.charAt(text.length() - 1);
      return last == ' ' || last == '\n';
    }

    private void newline(int at, int count) {
      while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
        text.setLength(text.length() - 1);
      }
      if (text.length() == 0) {
        return;
      }
      int have = 0;
      for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\n'; i--) {
        have++;
      }
      for (int i = have; i < count; i++) {
        append('\n', at);
      }
    }

    private void append(String s, int at) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i), at);
      }
    }

    private void append(char c, int at) {
      if (text.length() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[text.length()] = at;
      text.append(c);
    }

    int[] offsets() {
      return Arrays.copyOf(offsets, text.length());
    }
  }
}
