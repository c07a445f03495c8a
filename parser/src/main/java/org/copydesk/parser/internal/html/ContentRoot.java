package org.copydesk.parser.internal.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.copydesk.core.Removal;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the elements of a page that hold the article, by scoring the tree (the approach of Mozilla Readability,
 * written anew): every paragraph-like element with some text gives its container points for its length and commas,
 * its parent fully, its grandparent half and farther ancestors less; a container's points are weighed by its tag, by
 * the words of its class and id (content or chrome) and by how little of its text is link text. The best container
 * is taken, moved up to an ancestor that scores higher still (the article split into several blocks), widened to an
 * enclosing {@code <article>}/{@code <main>} that adds little paragraph text (so the headline and byline beside the
 * body stay in), and joined by the siblings that continue it (paragraphs, or containers scoring a fifth of the best).
 * Moving up to an ancestor is decided on the prose the ancestor adds, but the blocks it joins are judged one by one:
 * teaser cards and forms among them are {@linkplain #leftOut left out} with the link blocks.
 * A container marked up as the article ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}) bounds
 * all of that: the container is looked for inside it, and it is taken whole when the container found there is itself
 * or adds little to it, unless the best-scoring element lies outside it with several times its text (a teaser card
 * marked up as an article beside the story). Falls back to {@code <body>} when nothing scores. Inside the content,
 * blocks whose text is mostly links are {@linkplain #isLinkBlock link blocks}, {@linkplain #leftOut left out} like
 * chrome.
 *
 * <p>The statistics of every element are counted in one traversal and each paragraph scores at most
 * {@value #ANCESTOR_LEVELS} ancestors, so finding the content is linear in the page's size.
 */
final class ContentRoot {

  /** Elements whose text is scored as a paragraph. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "h2", "h3", "h4", "h5", "h6",
      "li", "dd");

  /** Section headings below the headline. */
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  /** Containers whose own text between their blocks is scored as their paragraphs. */
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main");

  /** Elements that start a block: a {@code <div>} without any of them inside is a paragraph too. */
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "table", "ul", "ol",
      "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "form", "header", "footer", "aside",
      "nav", "li");

  /** Article markup: a container marked up as the article. */
  private static final String ARTICLE_MARKUP = "[itemprop=articleBody], article, main, [role=main]";

  private static final Evaluator ARTICLE = QueryParser.parse(ARTICLE_MARKUP);


  /** How many times the paragraph text of a marked-up article a container elsewhere needs to be taken instead. */
  private static final int MARKUP_OUTWEIGHED = 3;

  /**
   * How many times the score of the best element outside chrome the best element inside chrome (a comment in the
   * comments section) may have and still lose to it.
   */
  private static final int CLEAR_SHARE = 3;

  /** How many ancestors of a paragraph it gives points to. */
  private static final int ANCESTOR_LEVELS = 5;

  /** Text a paragraph needs to score at all. */
  private static final int MIN_SCORED_CHARS = 25;

  /** Points for class or id words that say content or chrome, and for article markup. */
  private static final double CLASS_WEIGHT = 25;

  /** Paragraph text a candidate needs before it is trusted over the whole body. */
  private static final int MIN_PARAGRAPH_CHARS = 200;

  /** How much more paragraph text an enclosing article element may have and still be taken instead. */
  private static final double WIDEN_RATIO = 1.3;

  /** Text an ancestor may add to the content and still be only its wrapper (a share of the content's text). */
  private static final double WRAPPER_SHARE = 0.1;

  /**
   * Paragraph text an ancestor must add to the content (a share of the content's own) for the article to continue
   * there, as it does when it is split into sections.
   */
  private static final double CONTINUATION_SHARE = 0.25;

  /** How many ancestors above the content are looked at for the article's continuation. */
  private static final int CONTINUATION_LEVELS = 6;

  /** The most link text the text an ancestor adds may hold for it to continue the article (a share of that text). */
  private static final double MAX_CONTINUATION_LINK_DENSITY = 0.35;

  /** Text a list item needs to be read as prose. */
  private static final int PROSE_CHARS = 120;

  /** The most link text prose holds (a share of its text). */
  private static final double MAX_PROSE_LINK_DENSITY = 0.3;

  /** Elements that are left out of the content when their text is mostly links. */
  private static final Set<String> LINK_BLOCKS = Set.of("ul", "ol", "dl", "div", "section", "table", "header",
      "span");

  /**
   * The share of link text above which a block inside the content is a block of links (Readability removes a
   * container inside its content from a fifth of link text on; a list of teasers with their bylines and dates runs
   * at about half).
   */
  private static final double LINK_BLOCK_DENSITY = 0.35;

  /**
   * A block with less text than this, in characters, is no block of links, however linked: a byline ("By <a>Jane
   * Doe</a>"), an author card's name or a source's link, which the text stage reads.
   */
  private static final int LINK_BLOCK_MIN_TEXT = 80;

  /**
   * Containers that may hold a section of the story (paragraphs with a list of links): one with a paragraph of prose
   * inside is no block of links, and the blocks inside it are judged on their own.
   */
  private static final Set<String> SECTIONS = Set.of("div", "section");

  /** Text that is not link text a paragraph needs to read as prose of the story. */
  private static final int PROSE_PARAGRAPH_CHARS = 100;

  /** More than half. */
  private static final double MOSTLY = 0.5;

  /** A block with this many commas is prose, whatever its links. */
  private static final int LINK_BLOCK_COMMAS = 10;

  /**
   * Linked headings from which a block the continuation step joins is a list of teaser cards, when it has fewer
   * paragraphs of prose than linked headings: a card is a linked title with a line of summary, a section of the story
   * under a linked title has prose.
   */
  private static final int TEASER_CARDS = 3;

  /**
   * Paragraphs per form field up to which a block the continuation step joins is a form (a sign-up, contact or quote
   * request): Mozilla Readability removes a block with more inputs than a third of its paragraphs.
   */
  private static final int PARAGRAPHS_PER_FIELD = 3;

  /** Input types that are no field a reader fills in. */
  private static final Set<String> NO_FIELD_TYPES = Set.of("hidden", "submit", "button", "image", "reset");

  /** Share of the best score a sibling needs to be kept beside it. */
  private static final double SIBLING_SHARE = 0.2;

  private static final class Stats {
    int text;
    int links;
    int paragraphText;
    int commas;
    boolean hasBlock;
    double points;
    boolean scored;
    /** Text of its own and of its inline elements, outside any block inside it, and the commas in it. */
    int inlineText;
    int inlineCommas;
    /** Whether a paragraph inside reads as prose of the story: enough text that is not link text. */
    boolean prose;
    /** The paragraphs ({@code <p>}) inside, and those of them that read as prose of the story. */
    int paragraphs;
    int proseParagraphs;
    /** The headings inside that are links (a teaser's title) or inside one. */
    int linkedHeadings;
    /** The form fields inside: text inputs, choices and text areas. */
    int fields;
  }

  private final Map<Element, Stats> stats = new IdentityHashMap<>();
  /** Whether an element is chrome or inside chrome, for the elements asked about and their ancestors. */
  private final Map<Element, Boolean> chromeOrInside = new IdentityHashMap<>();
  /** The elements that got points, in the order they first did (so that ties are broken the same way every time). */
  private final List<Element> scored = new ArrayList<>();
  /**
   * Blocks the continuation step joined to the content that are page furniture, with why each is left out: teaser
   * cards are navigation, a form is site chrome.
   */
  private final Map<Element, Removal.Reason> furniture = new IdentityHashMap<>();
  /** The visible elements with article markup, in document order. */
  private final List<Element> markedUp = new ArrayList<>();
  private final Predicate<Element> isChrome;
  private final List<Element> elements;
  private final int paragraphChars;
  /** The text of the content that is not link text. */
  private final int unlinkedChars;
  /** Whether a container was found (rather than the whole body taken). */
  private final boolean found;

  ContentRoot(Element body, Predicate<Element> isChrome) {
    this.isChrome = isChrome;
    count(body);
    Element marked = marked(body);
    Element candidate = topScored(body);
    Element top = marked == body || outweighs(candidate, marked) ? best(body, candidate)
        : within(marked, candidate, body);
    List<Element> kept = top == body || top == marked ? List.of(top) : withSiblings(top);
    this.elements = List.copyOf(kept);
    this.paragraphChars = kept.stream().mapToInt(e -> stats(e).paragraphText).sum();
    this.unlinkedChars = kept.stream().mapToInt(e -> unlinked(stats(e))).sum();
    this.found = top != body;
  }

  /** Returns whether a container of the article was found; without one the whole body is taken. */
  boolean found() {
    return found;
  }

  /** The elements that hold the article, in document order: the best container and the siblings that continue it. */
  List<Element> elements() {
    return elements;
  }

  /**
   * Returns whether {@code e} holds at least half of the content's text that is not link text (and so is never chrome):
   * a list of teaser links may hold as much text as the story, but not as much of its own.
   */
  boolean holdsMostOfTheText(Element e) {
    return paragraphChars >= MIN_PARAGRAPH_CHARS && unlinked(stats(e)) * 2 >= unlinkedChars;
  }

  /**
   * Returns whether {@code e} is prose: a paragraph's worth of text ({@value #PROSE_CHARS} characters or more) of which
   * little is link text. A list item that is prose is read as a paragraph, not as a menu entry.
   */
  boolean isProse(Element e) {
    Stats s = stats(e);
    return s.text >= PROSE_CHARS && linkDensity(s) <= MAX_PROSE_LINK_DENSITY;
  }

  /**
   * Returns whether {@code e} is a block of links inside the content: a list, table or container whose text is mostly
   * link text and which reads as no paragraph (fewer than {@value #LINK_BLOCK_COMMAS} commas), such as the related
   * stories, the most-read list or the tags a page puts beside its story. A {@code <div>} or {@code <section>} holding
   * a paragraph of prose ({@value #PROSE_PARAGRAPH_CHARS} characters or more outside links) is a section of the story
   * with its own list of links, not one: the blocks inside it are judged on their own. Inside a page taken whole for
   * want of a container no block is one: the page's wrappers hold its menus as well as its text.
   */
  private boolean isLinkBlock(Element e) {
    if (!found || !LINK_BLOCKS.contains(e.normalName())) {
      return false;
    }
    Stats s = stats(e);
    return s.text >= LINK_BLOCK_MIN_TEXT && s.commas < LINK_BLOCK_COMMAS && linkDensity(s) > LINK_BLOCK_DENSITY
        && !(s.prose && SECTIONS.contains(e.normalName()));
  }

  /**
   * Returns why block {@code e} is left out of the content, or {@code null} if it is not: a {@linkplain #isLinkBlock
   * link block} is navigation, and so are the teaser cards the content's continuation into an ancestor took in
   * ({@linkplain #furniture page furniture}), while a form it took in is site chrome.
   */
  Removal.Reason leftOut(Element e) {
    Removal.Reason reason = furniture.get(e);
    return reason != null || !isLinkBlock(e) ? reason : Removal.Reason.NAVIGATION;
  }

  /** Returns whether most of the text of {@code e} is link text. */
  boolean isMostlyLinks(Element e) {
    return linkDensity(stats(e)) > MOSTLY;
  }

  /**
   * Returns whether {@code e} repeats the text of its previous element sibling: the copies a responsive page keeps
   * for other screen sizes, hidden by its style sheet.
   */
  boolean repeatsPreviousSibling(Element e) {
    Element previous = e.previousElementSibling();
    if (previous == null) {
      return false;
    }
    int length = stats(e).text;
    return length >= MIN_SCORED_CHARS && stats(previous).text == length && previous.text().equals(e.text());
  }

  private Stats stats(Element e) {
    Stats s = stats.get(e);
    return s == null ? new Stats() : s;
  }

  /**
   * The marked-up article body or {@code <article>}/{@code <main>} element with the most paragraph text, not inside
   * chrome, widened to an enclosing one that adds little; {@code body} when none holds a paragraph's worth of text.
   */
  private Element marked(Element body) {
    Element best = null;
    int bestChars = MIN_PARAGRAPH_CHARS - 1;
    for (Element candidate : markedUp) {
      int chars = stats(candidate).paragraphText;
      if (chars > bestChars && !inChrome(candidate, body)) {
        best = candidate;
        bestChars = chars;
      }
    }
    if (best == null) {
      return body;
    }
    for (Element up = best.parent(); up != null && up != body; up = up.parent()) {
      if (isArticleMarkup(up) && stats(up).paragraphText <= bestChars * WIDEN_RATIO) {
        best = up;
      }
    }
    return best;
  }

  /**
   * Returns whether the best-scoring container {@code candidate} holds the article rather than the marked-up
   * {@code marked}: neither holds the other and it has {@value #MARKUP_OUTWEIGHED} times the paragraph text or more,
   * as when a teaser card or a comment is marked up as an article and the story's own container is not.
   */
  private boolean outweighs(Element candidate, Element marked) {
    return candidate != null && !candidate.parents().contains(marked) && !marked.parents().contains(candidate)
        && stats(candidate).paragraphText >= MARKUP_OUTWEIGHED * stats(marked).paragraphText;
  }

  /**
   * The container of the article inside the marked-up {@code marked} that holds the best-scoring {@code candidate}:
   * the container found from the candidate when it lies inside {@code marked} (which {@link #best} widens to
   * {@code marked} when that adds little paragraph text), else {@code marked}. A page's {@code <main>} often holds the
   * story beside its related teasers, calls to action and other sections; the scores find the story there.
   */
  private Element within(Element marked, Element candidate, Element body) {
    if (candidate == null || !candidate.parents().contains(marked)) {
      return marked;
    }
    Element inner = best(body, candidate);
    return inner.parents().contains(marked) ? inner : marked;
  }

  /** The element with the highest score but the body, or {@code null} when none scores above zero. */
  private Element topScored(Element body) {
    Element top = null;
    double topScore = 0;
    Element clear = null;
    double clearScore = 0;
    for (Element candidate : scored) {
      double score = score(candidate);
      if (candidate != body && score > topScore) {
        top = candidate;
        topScore = score;
      }
      if (candidate != body && score > clearScore && !underChrome(candidate, body)) {
        clear = candidate;
        clearScore = score;
      }
    }
    return clear != null && clearScore * CLEAR_SHARE >= topScore ? clear : top;
  }

  /**
   * Returns whether {@code e} is chrome or inside chrome (a comment inside the comments section). Every element's
   * answer is kept, so that the walks up the tree from all candidates together visit each element once.
   */
  private boolean underChrome(Element e, Element body) {
    List<Element> path = new ArrayList<>();
    boolean under = false;
    for (Element up = e; up != null && up != body; up = up.parent()) {
      Boolean known = chromeOrInside.get(up);
      if (known != null) {
        under = known;
        break;
      }
      path.add(up);
    }
    for (int i = path.size() - 1; i >= 0; i--) {
      under |= isChrome.test(path.get(i));
      chromeOrInside.put(path.get(i), under);
    }
    return under;
  }

  /**
   * The container of the article found from the best-scoring element {@code top}: moved up to the ancestors that
   * continue it and widened to an enclosing article element; {@code body} when too little text scored.
   */
  private Element best(Element body, Element top) {
    if (top == null || stats(top).paragraphText < MIN_PARAGRAPH_CHARS && stats(body).paragraphText
        >= MIN_PARAGRAPH_CHARS) {
      return body;
    }
    top = climb(top, body);
    int chars = stats(top).paragraphText;
    for (Element up = top.parent(); up != null && up != body; up = up.parent()) {
      if (isArticleMarkup(up) && stats(up).paragraphText <= chars * WIDEN_RATIO && !inChrome(up, body)) {
        top = up;
      }
    }
    return top;
  }

  /**
   * Moves up from {@code top} to an ancestor that scores higher, then on through ancestors that only wrap it or that
   * add prose of their own (more paragraph text and little link text: the article's other sections).
   */
  private Element climb(Element top, Element body) {
    double last = score(top);
    double threshold = last / 3;
    for (Element up = top.parent(); up != null && up != body; up = up.parent()) {
      if (!stats(up).scored) {
        continue;
      }
      double score = score(up);
      if (score < threshold) {
        break;
      }
      if (score > last) {
        top = up;
        break;
      }
      last = score;
    }
    int levels = 0;
    for (Element up = top.parent(); up != null && up != body && !isChrome.test(up) && levels < CONTINUATION_LEVELS;
        up = up.parent()) {
      Stats inner = stats(top);
      Stats outer = stats(up);
      int extraText = outer.text - inner.text;
      boolean wrapper = extraText <= inner.text * WRAPPER_SHARE;
      boolean continued = outer.paragraphText - inner.paragraphText >= inner.paragraphText * CONTINUATION_SHARE
          && outer.links - inner.links <= extraText * MAX_CONTINUATION_LINK_DENSITY;
      if (continued && !wrapper) {
        leaveOutFurniture(top, up);
      }
      if (wrapper || continued) {
        top = up;
        levels = 0;
      } else {
        levels++;
      }
    }
    return top;
  }

  /**
   * Notes the blocks that moving the content from {@code inner} up to its ancestor {@code outer} joins to it (the
   * siblings of {@code inner} and of its ancestors below {@code outer}) that are {@linkplain #furnitureReason
   * furniture}.
   * The move is decided for the ancestor as a whole, on the prose it adds; a story continued in sibling sections
   * needs it, while the teasers and forms beside the story come along with it. The blocks noted stay left out when a
   * marked-up article holding them is taken whole instead (a {@code <main>} with the story, its teasers and a
   * sign-up form), as they are furniture there as well.
   */
  private void leaveOutFurniture(Element inner, Element outer) {
    for (Element path = inner; path != outer; path = path.parent()) {
      for (Element sibling = path.parent().firstElementChild(); sibling != null;
          sibling = sibling.nextElementSibling()) {
        Removal.Reason reason = sibling == path ? null : furnitureReason(stats(sibling));
        if (reason != null) {
          furniture.put(sibling, reason);
        }
      }
    }
  }

  /**
   * Returns why a block is page furniture rather than a section of the story, or {@code null} if it is a section: a
   * list of teaser cards ({@value #TEASER_CARDS} or more headings that are links, with fewer paragraphs of prose than
   * linked headings) is navigation, a form (more fields than a {@value #PARAGRAPHS_PER_FIELD}rd of its paragraphs) is
   * site chrome.
   */
  private static Removal.Reason furnitureReason(Stats s) {
    if (s.linkedHeadings >= TEASER_CARDS && s.proseParagraphs < s.linkedHeadings) {
      return Removal.Reason.NAVIGATION;
    }
    return s.fields > s.paragraphs / PARAGRAPHS_PER_FIELD ? Removal.Reason.SITE_CHROME : null;
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, score(top) * SIBLING_SHARE);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(top);
        continue;
      }
      if (isChrome.test(sibling)) {
        continue;
      }
      Stats s = stats(sibling);
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
          ? score(top) * SIBLING_SHARE : 0;
      if (s.scored && score(sibling) + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        double linkDensity = linkDensity(s);
        if (s.text > 80 && linkDensity < 0.25 || s.text > 0 && linkDensity == 0 && sibling.text().strip()
            .matches("(?s).*[.!?]$")) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private double score(Element e) {
    Stats s = stats(e);
    return (s.points + weight(e)) * (1 - linkDensity(s));
  }

  private static int unlinked(Stats s) {
    return s.text - s.links;
  }

  private static double linkDensity(Stats s) {
    return s.text == 0 ? 0 : Math.min(1, (double) s.links / s.text);
  }

  private double weight(Element e) {
    double w = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (isArticleMarkup(e)) {
      w += CLASS_WEIGHT;
    }
    if (isChrome.test(e)) {
      w -= CLASS_WEIGHT;
    } else if (HtmlRenderer.isContentClass(e)) {
      w += CLASS_WEIGHT;
    }
    return w;
  }

  /**
   * Returns whether {@code e} has article markup. The query is only evaluated on elements with one of the tags or
   * attributes it names: evaluating it (which finds the element's root first) on every element of a deep page would
   * cost a walk up the tree per element.
   */
  private static boolean isArticleMarkup(Element e) {
    return (e.normalName().equals("article") || e.normalName().equals("main") || e.hasAttr("itemprop")
        || e.hasAttr("role")) && e.is(ARTICLE);
  }

  /** Returns whether {@code e} is a form field a reader fills in: a text input, a choice or a text area. */
  private static boolean isField(Element e) {
    return switch (e.normalName()) {
      case "select", "textarea" -> true;
      case "input" -> !NO_FIELD_TYPES.contains(e.attr("type").toLowerCase(Locale.ROOT));
      default -> false;
    };
  }

  private boolean inChrome(Element candidate, Element body) {
    for (Element e = candidate; e != null && e != body; e = e.parent()) {
      if (isChrome.test(e)) {
        return true;
      }
    }
    return false;
  }

  private void count(Element body) {
    NodeTraversor.filter(new NodeFilter() {
      private int inLink;

      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e) {
          if (isField(e) && e.parent() != null) {
            stats.computeIfAbsent(e.parent(), k -> new Stats()).fields++;
          }
          if (HtmlRenderer.INVISIBLE.contains(e.normalName())) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (e.normalName().equals("a")) {
            inLink++;
          }
          if (isArticleMarkup(e)) {
            markedUp.add(e);
          }
        } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
          String text = t.getWholeText();
          int length = visibleLength(text);
          if (length > 0) {
            Stats s = stats.computeIfAbsent(parent, k -> new Stats());
            s.text += length;
            s.inlineText += length;
            s.links += inLink > 0 ? length : 0;
            for (int i = 0; i < text.length(); i++) {
              char c = text.charAt(i);
              if (c == ',' || c == '\uff0c' || c == '\u060c') {
                s.commas++;
                s.inlineCommas++;
              }
            }
          }
        }
        return FilterResult.CONTINUE;
      }

      /** Gives a paragraph's {@code points} to {@code from} and its ancestors, less the farther up. */
      private void give(Element from, double points) {
        int level = 0;
        for (Element up = from; up != null && level < ANCESTOR_LEVELS; level++, up = up == body ? null : up.parent()) {
          Stats u = stats.computeIfAbsent(up, k -> new Stats());
          if (!u.scored) {
            u.scored = true;
            scored.add(up);
          }
          u.points += level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
        }
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        if (e.normalName().equals("a")) {
          inLink--;
        }
        Stats s = stats.get(e);
        Element parent = e.parent();
        if (s == null) {
          if (parent != null && BLOCKS.contains(e.normalName())) {
            stats.computeIfAbsent(parent, k -> new Stats()).hasBlock = true;
          }
          return FilterResult.CONTINUE;
        }
        boolean paragraph = PARAGRAPHS.contains(e.normalName()) || e.normalName().equals("div") && !s.hasBlock;
        if (paragraph && e.normalName().charAt(0) != 'h') {
          s.paragraphText = Math.max(s.paragraphText, s.text);
        }
        if (e.normalName().equals("p") && s.text - s.links >= PROSE_PARAGRAPH_CHARS) {
          s.prose = true;
          s.proseParagraphs++;
        }
        if (e.normalName().equals("p")) {
          s.paragraphs++;
        } else if (HEADINGS.contains(e.normalName()) && (inLink > 0 || s.links * 2 > s.text)) {
          s.linkedHeadings++;
        }
        if (paragraph && s.text >= MIN_SCORED_CHARS && !isChrome.test(e) && parent != null) {
          give(parent, 1 + s.commas + Math.min(3, s.text / 100));
        } else if (!paragraph && s.hasBlock && CONTAINERS.contains(e.normalName()) && e != body
            && s.inlineText >= MIN_SCORED_CHARS && !isChrome.test(e)) {
          // Text written straight into a container between its blocks is laid out as paragraphs of that container.
          s.paragraphText += s.inlineText;
          give(e, 1 + s.inlineCommas + Math.min(3, s.inlineText / 100));
        }
        if (parent != null) {
          Stats p = stats.computeIfAbsent(parent, k -> new Stats());
          if (!BLOCKS.contains(e.normalName()) && !s.hasBlock) {
            p.inlineText += s.text;
            p.inlineCommas += s.commas;
          }
          p.text += s.text;
          p.links += s.links;
          p.commas += s.commas;
          p.paragraphText += s.paragraphText;
          p.hasBlock |= BLOCKS.contains(e.normalName());
          p.prose |= s.prose;
          p.paragraphs += s.paragraphs;
          p.proseParagraphs += s.proseParagraphs;
          p.linkedHeadings += s.linkedHeadings;
          p.fields += s.fields;
        }
        return FilterResult.CONTINUE;
      }
    }, body);
  }

  /**
   * The length of a text node's text as {@code TextNode.text().strip()} gives it, counted without building it: jsoup's
   * {@code text()} collapses each run of HTML whitespace (space, tab, line feed, form feed, carriage return, no-break
   * space) to one space and drops zero-width spaces and soft hyphens; {@code strip()} then removes the whitespace
   * ({@link Character#isWhitespace(int)}) at both ends. The whole page's text passes through here, so the copies
   * {@code text()} makes per node were a good part of the content scoring's time.
   */
  static int visibleLength(String whole) {
    int length = 0;
    int start = -1;
    int end = 0;
    boolean lastWasSpace = false;
    for (int i = 0; i < whole.length(); ) {
      int c = whole.codePointAt(i);
      int n = Character.charCount(c);
      i += n;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
        if (!lastWasSpace) {
          length++;
          lastWasSpace = true;
        }
      } else if (c != '\u200b' && c != '\u00ad') {
        // Below U+0080 only the separators U+000B and U+001C-U+001F are whitespace besides those handled above.
        boolean white = c < 0x80 ? c == 0x0b || c >= 0x1c && c <= 0x1f : Character.isWhitespace(c);
        if (!white) {
          start = start < 0 ? length : start;
          end = length + n;
        }
        length += n;
        lastWasSpace = false;
      }
    }
    return start < 0 ? 0 : end - start;
  }
}
