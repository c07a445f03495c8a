package org.copydesk.parser.internal.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.copydesk.parser.internal.lexicon.Lexicon;
import org.copydesk.parser.internal.structure.lines.PrintedCredits;
import org.copydesk.parser.internal.structure.lines.PrintedDates;
import org.jsoup.nodes.Element;

/**
 * What a page's markup says about its article beside the visible text, each fact read from its sources in a fixed
 * order of trust (the first source that gives a usable value wins):
 *
 * <ul>
 *   <li>authors: the article's JSON-LD {@code author} (a string, a Person or an array of them, by reference into
 *       {@code @graph} too); the scholarly citation tags ({@code citation_author}, each tag an author, all of them read);
 *       {@code <meta>} {@code author}, {@code article:author}, {@code parsely-author},
 *       {@code sailthru.author}, {@code dc.creator}; the value of a Twitter card's {@code twitter:dataN} whose
 *       {@code twitter:labelN} introduces a credit ("Written by"); microdata {@code itemprop=author};
 *       {@code rel=author} links; then the visible credit line the text stage reads; then a "By" line printed beside
 *       the headline element (see {@link HeadlineNeighbours}); then an element whose class says author or byline (a
 *       name of two words or more, read from its first block after a label, so a role in the block below stays out;
 *       elements whose class says they hold another part of an author's card, a role, bio, tag, portrait or comment
 *       form, are skipped); organisations, the site and the publisher count only when nobody else is credited;
 *   <li>published: JSON-LD {@code datePublished}; {@code <meta>} {@code article:published_time} and its kin;
 *       microdata {@code datePublished}; JSON-LD {@code dateCreated}; any other {@code <meta>} named for the
 *       publication date (machine dates only); then the visible date the text stage reads; then the first
 *       {@code <time datetime>}; then the first date printed beside the headline; then a date those metadata print rather than encode ("Oct 31, 2025": often typed by
 *       hand or by a template, so trusted less); then the date the first element whose class says date shows;
 *   <li>site name: {@code og:site_name}, the JSON-LD publisher, {@code application-name};
 *   <li>canonical URL: {@code <link rel=canonical>}, {@code og:url};
 *   <li>language: {@code <html lang>}, {@code content-language}, JSON-LD {@code inLanguage}, {@code og:locale} (a
 *       well-formed BCP 47 tag only).
 * </ul>
 *
 * @param headline the headline, chosen among the page's {@code <h1>} and its metadata titles by the rules of
 *     {@link Titles}
 * @param headlineElement the {@code <h1>} the headline was taken from, if it was
 * @param published the publication date as ISO-8601, from the machine-readable sources before {@code <time>}
 * @param modified the date of the last change as ISO-8601: JSON-LD {@code dateModified}, {@code <meta>}
 *     {@code article:modified_time} and its kin
 * @param markupDate the date of the page's first {@code <time datetime>}, else the first date printed beside the
 *     headline, else a printed date of the metadata, else
 *     the date the first element whose class says date shows; trusted less than the visible date the text stage reads
 * @param language the page's language as a well-formed BCP 47 tag
 * @param authors the people credited
 * @param organizations the organisations credited as authors (the site or publisher among them), used when no
 *     person is
 * @param bylineClassAuthors the people named by a "By" line beside the headline or else by an element whose class
 *     says author or byline, trusted less than the
 *     credit line the text stage reads and more than an organisation; only when no other source credits a person
 * @param authorsElement the element the authors were read from
 * @param siteName the site's or publisher's name
 * @param canonicalUrl the article's canonical URL, absolute
 */
public record PageMetadata(Optional<String> headline, Optional<Element> headlineElement, Optional<String> published,
    Optional<String> modified, Optional<String> markupDate, Optional<String> language, List<String> authors,
    List<String> organizations, List<String> bylineClassAuthors, Optional<Element> authorsElement,
    Optional<String> siteName, Optional<String> canonicalUrl) {

  private static final String META_AUTHORS = "meta[name=author], meta[property=article:author], "
      + "meta[name=article:author], meta[name=parsely-author], meta[name=sailthru.author], meta[name=dc.creator], "
      + "meta[name=DC.creator], meta[name=dcterms.creator], meta[property=author], meta[name=byl]";

  /**
   * The tags of scholarly citation metadata (Google Scholar's, also written by journal and preprint platforms): one
   * author a tag, all of them read, in their order.
   */
  private static final String CITATION_AUTHORS = "meta[name=citation_author], meta[name=citation_authors]";

  /**
   * The labels of the label and value pairs some publishing tools add for Twitter cards ({@code twitter:label1}
   * "Written by", {@code twitter:data1} "Jane Doe"): a credit when the label introduces one.
   */
  private static final String TWITTER_LABEL_PREFIX = "twitter:label";

  private static final String TWITTER_LABELS = "meta[name~=(?i)^" + TWITTER_LABEL_PREFIX + "\\d+$]";

  /** Elements whose class names an author or byline. */
  private static final String BYLINE_CLASSES = "[class*=author], [class*=byline]";

  /** Class words of the parts of an author's card that are not the name: role, bio, tags, portrait, comment forms. */
  private static final ClassWords BYLINE_PARTS = new ClassWords(Lexicon.entries("html/byline-part-class-patterns.txt"));

  /** How many author or byline elements are looked at (keeps the page's walk linear). */
  private static final int MAX_BYLINE_ELEMENTS = 40;

  /** The most text an author or byline element has: more is a bio or a card, not a credit. */
  private static final int MAX_BYLINE_CHARS = 80;

  private static final String META_DATES = "meta[property=article:published_time], meta[name=article:published_time], "
      + "meta[property=og:published_time], meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], "
      + "meta[name=parsely-pub-date], meta[name=sailthru.date], meta[name=dc.date], meta[name=DC.date.issued], "
      + "meta[name=dcterms.created], meta[name=date], meta[itemprop=datePublished], meta[name=citation_date], "
      + "meta[property=article:published]";

  private static final String META_MODIFIED = "meta[property=article:modified_time], "
      + "meta[name=article:modified_time], meta[property=og:updated_time], meta[itemprop=dateModified], "
      + "meta[name=dateModified], meta[name=last-modified]";

  /** Any other {@code <meta>} whose name says it holds the publication date ("published", "w-published-date"). */
  private static final String META_PUBLISHED_NAMES = "meta[name~=(?i)publish(ed)?([-_.]?(date|time|on|at))?$], "
      + "meta[property~=(?i)publish(ed)?([-_.]?(date|time|on|at))?$]";

  /** Elements whose class, id or itemprop says they show a date. */
  private static final String DATE_CLASSES = "[class~=(?i)date|time|publish|posted|updated], "
      + "[id~=(?i)date|time|publish|posted], [itemprop~=(?i)^date]";

  /** How many date elements are looked at (keeps the page's walk linear). */
  private static final int MAX_DATE_ELEMENTS = 40;

  /** The most text an element that shows a date has: more is a teaser or a whole header. */
  private static final int MAX_DATE_CHARS = 60;

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  /**
   * Reads the metadata of {@code page}, whose titles are {@code titles} and headline element is {@code h1} (may be
   * {@code null}).
   */
  static PageMetadata read(PageElements page, JsonLd jsonLd, Titles titles, Element h1, String renderedText) {
    Optional<String> siteName = meta(page, "meta[property=og:site_name], meta[name=og:site_name]")
        .or(() -> jsonLd.articles().stream().map(a -> jsonLd.text(a.get("publisher"))).flatMap(Optional::stream)
            .findFirst())
        .or(() -> meta(page, "meta[name=application-name]"));
    Optional<String> language = PageElements.first(page.html(), "html[lang]").map(e -> e.attr("lang"))
        .flatMap(PageMetadata::languageTag)
        .or(() -> meta(page, "meta[http-equiv=content-language]").flatMap(PageMetadata::languageTag))
        .or(() -> jsonLd.articleText("inLanguage").flatMap(PageMetadata::languageTag))
        .or(() -> meta(page, "meta[property=og:locale]").flatMap(PageMetadata::languageTag));
    Optional<String> canonical = PageElements.first(page.links(), "link[rel=canonical][href]")
        .map(e -> e.absUrl("href"))
        .or(() -> PageElements.first(page.metas(), "meta[property=og:url][content]").map(e -> e.absUrl("content")))
        .filter(u -> !u.isEmpty());
    Optional<String> published = jsonLd.articleText("datePublished").flatMap(Dates::iso)
        .or(() -> all(page.metas(), META_DATES, e -> e.attr("content")).stream().map(Dates::iso).flatMap(Optional::stream)
            .findFirst())
        .or(() -> PageElements.first(page.itemprops(), "[itemprop=datePublished][datetime]")
            .flatMap(e -> Dates.iso(e.attr("datetime"))))
        .or(() -> jsonLd.articleText("dateCreated").flatMap(Dates::iso))
        .or(() -> all(page.metas(), META_PUBLISHED_NAMES, e -> e.attr("content")).stream().map(Dates::iso)
            .flatMap(Optional::stream).findFirst());
    Optional<Element> headlineElement = Optional.ofNullable(h1)
        .filter(h -> Texts.collapse(h.text()).filter(titles::isHeadline).isPresent());
    HeadlineNeighbours neighbours = HeadlineNeighbours.of(headlineElement);
    Optional<String> markupDate = PageElements.first(page.bodyTimes(), "time[datetime]")
        .flatMap(t -> Dates.iso(t.attr("datetime")))
        .or(() -> neighbours.all().stream().map(l -> PrintedDates.first(l.text(), language))
            .flatMap(Optional::stream).findFirst())
        .or(() -> jsonLd.articleText("datePublished").flatMap(v -> PrintedDates.first(v, language)))
        .or(() -> all(page.metas(), META_DATES + ", " + META_PUBLISHED_NAMES, e -> e.attr("content")).stream()
            .map(v -> PrintedDates.first(v, language)).flatMap(Optional::stream).findFirst())
        .or(() -> dateElement(page, language));
    Credits credits = credits(page, jsonLd, siteName, neighbours, language);
    Optional<String> headline = titles.headline(h1, renderedText);
    Optional<String> modified = jsonLd.articleText("dateModified").flatMap(Dates::iso)
        .or(() -> all(page.metas(), META_MODIFIED, e -> e.attr("content")).stream().map(Dates::iso)
            .flatMap(Optional::stream).findFirst());
    return new PageMetadata(headline, headlineElement, published, modified, markupDate, language, credits.people,
        credits.organizations, credits.bylineClassPeople, credits.element, siteName, canonical);
  }

  /**
   * The date the first element whose class, id or itemprop says date shows in its short text ("Published on Oct 31,
   * 2025"), elements that show none ("3 weeks ago", "5 min read") skipped.
   */
  private static Optional<String> dateElement(PageElements page, Optional<String> language) {
    for (Element e : PageElements.all(page.bodyNamed(), DATE_CLASSES).stream().limit(MAX_DATE_ELEMENTS).toList()) {
      Optional<String> found = Texts.shortText(e, MAX_DATE_CHARS).flatMap(t -> PrintedDates.first(t, language));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * {@code value} as a well-formed BCP 47 language tag ({@code en}, {@code pt-BR}; {@code en_US} is read as
   * {@code en-US}), or empty: values that are no tag, such as {@code en" onload="x}, are dropped.
   */
  static Optional<String> languageTag(String value) {
    String v = value.strip().replace('_', '-');
    if (v.isEmpty() || v.length() > 35 || !LANGUAGE_TAG.matcher(v).matches()) {
      return Optional.empty();
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(v).build();
      String tag = locale.toLanguageTag();
      return tag.equals("und") ? Optional.empty() : Optional.of(tag);
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }

  /**
   * The page's headline element: the first {@code <h1>} whose text is a metadata title (or the start of one), else
   * the first {@code <h1>} of the content, else the page's first; never one that names the site or stands in a menu,
   * dialog or footer ({@link PageElements#bodyH1s}); {@code null} when the page has none.
   */
  static Element headlineElement(PageElements page, Titles titles, List<Element> content) {
    List<Element> h1s = page.bodyH1s();
    for (Element h1 : h1s) {
      if (titles.mayBeHeadlineElement(h1, true)) {
        return h1;
      }
    }
    for (Element root : content) {
      Element h1 = root.selectFirst("h1");
      if (h1 != null && h1s.contains(h1) && titles.mayBeHeadlineElement(h1, false)) {
        return h1;
      }
    }
    return h1s.stream().filter(h -> titles.mayBeHeadlineElement(h, false)).findFirst().orElse(null);
  }

  /** The people and organisations credited, from the sources in order of trust up to the first that names a person. */
  private record Credits(List<String> people, List<String> organizations, List<String> bylineClassPeople,
      Optional<Element> element) {}

  private static Credits credits(PageElements page, JsonLd jsonLd, Optional<String> siteName,
      HeadlineNeighbours neighbours, Optional<String> language) {
    List<String> known = new ArrayList<>();
    siteName.ifPresent(known::add);
    for (JsonNode article : jsonLd.articles()) {
      jsonLd.text(article.get("publisher")).ifPresent(known::add);
    }
    List<String> credited = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Optional<Element> element = Optional.empty();
    for (JsonNode article : jsonLd.articles()) {
      jsonLdAuthors(jsonLd, article.get("author"), names, credited);
      jsonLdAuthors(jsonLd, article.get("creator"), names, credited);
      element = jsonLd.firstScript();
      if (!people(names, known).isEmpty()) {
        break;
      }
    }
    List<Element> citations = PageElements.all(page.metas(), CITATION_AUTHORS);
    if (people(names, known).isEmpty() && !citations.isEmpty()) {
      citations.forEach(e -> Authors.add(Authors.fromCitation(e.attr("content")), names));
      element = Optional.of(citations.get(0));
    }
    for (Element e : PageElements.all(page.metas(), META_AUTHORS)) {
      if (!people(names, known).isEmpty()) {
        break;
      }
      Authors.add(e.attr("content"), names);
      element = Optional.of(e);
    }
    for (Element label : PageElements.all(page.metas(), TWITTER_LABELS)) {
      if (!people(names, known).isEmpty()) {
        break;
      }
      if (Authors.isCreditLabel(label.attr("content"))) {
        String data = "twitter:data" + label.attr("name").substring(TWITTER_LABEL_PREFIX.length());
        for (Element e : page.metas()) {
          if (e.attr("name").equalsIgnoreCase(data)) {
            Authors.add(e.attr("content"), names);
            element = Optional.of(e);
          }
        }
      }
    }
    for (Element e : PageElements.all(page.bodyCredits(), "[itemprop=author], a[rel~=(?i)^author$]")) {
      if (!people(names, known).isEmpty()) {
        break;
      }
      Element name = e.selectFirst("[itemprop=name]");
      Authors.add(name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
          : e.hasAttr("content") ? e.attr("content") : e.text(), names);
      element = Optional.of(e);
    }
    List<String> people = people(names, known);
    List<String> organizations = new ArrayList<>(credited);
    names.stream().filter(n -> !people.contains(n)).forEach(organizations::add);
    if (people.isEmpty()) {
      List<HeadlineNeighbours.Line> lines = neighbours.all();
      for (int i = 0; i < lines.size(); i++) {
        HeadlineNeighbours.Line line = lines.get(i);
        // a credit word printed alone ("By") heads the name in the element after it, which then holds the credit;
        // all() lists the lines after the headline first, and only those pair with the next line
        boolean label = Authors.isCreditLabel(line.text()) && i + 1 < neighbours.after().size();
        HeadlineNeighbours.Line holder = label ? lines.get(i + 1) : line;
        String text = label ? line.text() + " " + holder.text() : line.text();
        List<String> found = people(PrintedCredits.authors(text, language), known);
        if (!found.isEmpty()) {
          return new Credits(List.of(), organizations, found, Optional.of(holder.element()));
        }
      }
      List<Element> bylines = PageElements.all(page.bodyClassed(), BYLINE_CLASSES).stream().limit(MAX_BYLINE_ELEMENTS).toList();
      for (int i = 0; i < bylines.size(); i++) {
        Element e = bylines.get(i);
        // an element that holds another (the next in document order, if any does) is read through it: the inner one
        // holds the name alone, the outer one the name run into a role or a date ("Jane DoeSenior Writer")
        boolean holdsAnother = i + 1 < bylines.size() && bylines.get(i + 1).parents().contains(e);
        boolean part = BYLINE_PARTS.match(e.className(), e.id()) != null;
        if (!holdsAnother && !part && Texts.shortText(e, MAX_BYLINE_CHARS).isPresent()) {
          List<String> found = people(Authors.fromBlocks(Texts.blocks(e)), known);
          if (!found.isEmpty()) {
            return new Credits(List.of(), organizations, found, Optional.of(e));
          }
        }
      }
    }
    return new Credits(people, organizations, List.of(), people.isEmpty() && organizations.isEmpty()
        ? Optional.empty() : element);
  }

  /** {@code names} without the organisations among them. */
  private static List<String> people(List<String> names, List<String> organizations) {
    return names.stream().filter(n -> organizations.stream().noneMatch(o -> o.equalsIgnoreCase(n))).toList();
  }

  private static void jsonLdAuthors(JsonLd jsonLd, JsonNode value, List<String> people, List<String> organizations) {
    value = jsonLd.resolve(value);
    if (value == null) {
      return;
    }
    if (value.isArray()) {
      value.forEach(v -> jsonLdAuthors(jsonLd, v, people, organizations));
    } else if (value.isTextual()) {
      jsonLd.text(value).ifPresent(name -> Authors.add(name, people));
    } else if (value.isObject()) {
      Optional<String> name = jsonLd.text(value.get("name"));
      if (name.isEmpty() && value.has("givenName")) {
        name = Texts.collapse(value.path("givenName").asText() + " " + value.path("familyName").asText());
      }
      if (JsonLd.types(value).stream().anyMatch(t -> t.equals("organization") || t.endsWith("organization")
          || t.equals("newsmediaorganization") || t.equals("corporation"))) {
        name.ifPresent(organizations::add);
      } else {
        name.ifPresent(n -> Authors.add(n, people));
      }
    }
  }

  private static Optional<String> meta(PageElements page, String query) {
    return PageElements.first(page.metas(), query).flatMap(e -> Texts.collapse(e.attr("content")));
  }

  private static List<String> all(List<Element> candidates, String query, Function<Element, String> value) {
    return PageElements.all(candidates, query).stream().map(value).toList();
  }
}
