package org.copydesk.parser.internal.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.parser.internal.structure.lines.PrintedDates;
import org.jsoup.nodes.Element;

/**
 * The titles a page's markup gives its article, and the rules that choose the headline among them and the page's
 * {@code <h1>}:
 *
 * <ul>
 *   <li>the {@code <h1>} is the headline unless it is no headline: a single word, the site's name, a sentence of
 *       prose (sentence case ending with a full stop, or ending with a colon), a label of two words when a
 *       metadata title says more, or a heading in capitals throughout when a metadata title is in ordinary case;
 *   <li>nor is an {@code <h1>} that shares almost none of its words with every metadata title: it names something
 *       else than the article (a section, a breadcrumb trail, a call to action, a pull quote), while a page's metadata
 *       titles name its article, in other words at most;
 *   <li>a date or a one-word label printed into the {@code <h1>} before a metadata title is left out ("Dec 18 2025
 *       Storm Closes Schools", "Blog: Storm Closes Schools");
 *   <li>a headline's parts after pipes are labels (section, series, site): the first part is the headline
 *       ("Storm Closes Schools | Top 10"), unless it is a short label itself ("Opinion | Storm Closes Schools"); the
 *       {@code <h1>}'s parts that name the site are left out too ("Storm Closes Schools – Daily Planet");
 *   <li>otherwise the metadata titles in their order of trust (JSON-LD {@code headline}, {@code og:title},
 *       {@code twitter:title}, {@code <title>}), each without the parts that name the site, the first that stands as
 *       a whole line of the rendered text before the others (a title that is the start of a longer one, not
 *       ending at a separator, was cut short and counts as the longer one); then the start of a title before a separator that
 *       stands as a line; then the first title.
 * </ul>
 *
 * A part names the site when it reads as {@code og:site_name}, {@code application-name}, the JSON-LD publisher or
 * what the {@code <title>} joins to another metadata title ("Daily Planet: Storm Closes Schools" beside the
 * {@code og:title} "Storm Closes Schools"), or is a host name ("example.com"). An {@code <h1>} in a menu, dialog or
 * footer is never the headline element.
 */
final class Titles {

  /** Separators between a title and the site's name, besides the pipe: "Headline - Site", "Headline – Site". */
  private static final Pattern DASHES = Pattern.compile(" (?:-|\u2013|\u2014|::|\u2022|\u00b7|/) ");

  private static final Pattern PIPE = Pattern.compile(" \\| ");

  private static final Pattern SEPARATOR = Pattern.compile(PIPE.pattern() + "|" + DASHES.pattern());

  /** A separator between a site's name and a title, a colon after the name among them: "Daily Planet: Headline". */
  private static final Pattern SITE_JOIN = Pattern.compile(SEPARATOR.pattern() + "|: ");

  private static final Pattern HOST = Pattern.compile("(?i)(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.[a-z]{2,}");

  /** A one-word label printed before a headline: "Blog:", "Opinion:". */
  private static final Pattern LABEL = Pattern.compile("[\\p{L}\\d]+:");

  /** The most words of a date printed before a headline ("Dec 18 2025", "Monday, 18 December 2025"). */
  private static final int DATE_WORDS = 4;

  /** The most words of a heading that may be a label rather than a headline ("Index funds", "Our Blog"). */
  private static final int LABEL_WORDS = 2;

  /**
   * The share of words (of the two texts' words together) below which an {@code <h1>} and a metadata title are about
   * different things: "Winter Driving Tips" beside "How to Keep Your Car Safe on Icy Roads This Winter" shares one
   * word of thirteen, while a reworded headline ("Storm Closes Schools Across the County" beside "Storm: schools
   * shut") shares two of seven. Measured on the dev pages, an {@code <h1>} below one word in ten was never the title.
   */
  private static final double LEAST_SHARED_WORDS = 0.1;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final List<String> raw;
  private final List<String> siteless;
  private final Set<String> siteNames;

  private Titles(List<String> raw, Set<String> siteNames) {
    this.raw = raw;
    this.siteNames = siteNames;
    List<String> whole = raw.stream().map(this::withoutSite).distinct().toList();
    // a title that is the start of a longer one, cut inside it rather than at a separator, was cut short (JSON-LD
    // headlines often are, at 110 characters)
    this.siteless = whole.stream()
        .map(t -> whole.stream().filter(w -> w.length() > t.length() && w.startsWith(t)
            && !SEPARATOR.matcher(w.substring(t.length())).lookingAt()).findFirst().orElse(t))
        .distinct().toList();
  }

  /** The titles of {@code page}. */
  static Titles of(PageElements page, JsonLd jsonLd) {
    List<String> raw = new ArrayList<>();
    jsonLd.articleText("headline").ifPresent(raw::add);
    meta(page, "meta[property=og:title]").ifPresent(raw::add);
    meta(page, "meta[name=twitter:title]").ifPresent(raw::add);
    Texts.collapse(page.doc().title()).ifPresent(raw::add);
    Set<String> sites = new HashSet<>();
    meta(page, "meta[property=og:site_name], meta[name=og:site_name]").map(Titles::fold).ifPresent(sites::add);
    meta(page, "meta[name=application-name]").map(Titles::fold).ifPresent(sites::add);
    jsonLd.articles().forEach(a -> jsonLd.text(a.get("publisher")).map(Titles::fold).ifPresent(sites::add));
    Texts.collapse(page.doc().title()).flatMap(t -> siteBeside(t, raw, sites)).ifPresent(sites::add);
    return new Titles(raw, sites);
  }

  /**
   * The site's name read from {@code title}, the page's {@code <title>}, when it is another metadata title (not the
   * site's name) joined to a name by a separator: "Daily Planet: Storm Closes Schools" beside an {@code og:title}
   * "Storm Closes Schools" gives "daily planet" (folded), whatever stands on the other side of the separator.
   */
  private static Optional<String> siteBeside(String title, List<String> titles, Set<String> sites) {
    String whole = fold(title);
    for (String other : titles) {
      String t = fold(other);
      if (t.length() >= whole.length() || sites.contains(t)) {
        continue;
      }
      if (whole.endsWith(t)) {
        String before = whole.substring(0, whole.length() - t.length());
        Matcher m = SITE_JOIN.matcher(before);
        while (m.find()) {
          if (m.end() == before.length() && m.start() > 0) {
            return Optional.of(before.substring(0, m.start()).strip());
          }
        }
      } else if (whole.startsWith(t)) {
        Matcher m = SITE_JOIN.matcher(whole).region(t.length(), whole.length());
        if (m.lookingAt() && m.end() < whole.length()) {
          return Optional.of(whole.substring(m.end()).strip());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code h1} may be the page's headline element: it has more than a word, is not the site's name and
   * matches a metadata title (or the start of one) when {@code mustMatch}.
   */
  boolean mayBeHeadlineElement(Element h1, boolean mustMatch) {
    Optional<String> text = Texts.collapse(h1.text()).map(Titles::fold);
    if (text.isEmpty() || text.get().indexOf(' ') < 0 || isSiteName(text.get())) {
      return false;
    }
    return !mustMatch || raw.stream().map(Titles::fold).anyMatch(t -> t.startsWith(text.get()));
  }

  /** The headline: {@code h1}'s text without the parts that name the site when it is one, else the best metadata title. */
  Optional<String> headline(Element h1, String renderedText) {
    Optional<String> fromH1 = h1 == null ? Optional.empty()
        : Texts.collapse(h1.text()).filter(this::isHeadline).filter(h -> !isUnrelatedToMetadata(h));
    if (fromH1.isPresent()) {
      return fromH1.map(h -> withoutLeadingDateOrLabel(h).orElseGet(() -> withoutSite(h)));
    }
    String lines = "\n" + renderedText + "\n";
    List<String> usable = siteless.stream().filter(t -> !isProse(t)).toList();
    return usable.stream().filter(t -> lines.contains("\n" + t + "\n")).findFirst()
        .or(() -> raw.stream().flatMap(t -> heads(t).stream()).filter(t -> lines.contains("\n" + t + "\n"))
            .findFirst())
        .or(() -> usable.stream().findFirst());
  }

  /** Whether {@code text}, a heading, reads as the headline (see the class comment). */
  boolean isHeadline(String text) {
    String[] words = text.split(" ");
    if (words.length < 2 || isSiteName(fold(text)) || isProse(text)) {
      return false;
    }
    if (isAllCapitals(text) && siteless.stream().anyMatch(t -> !isAllCapitals(t))) {
      return false;
    }
    if (words.length > LABEL_WORDS) {
      return true;
    }
    String key = Texts.key(text);
    return siteless.stream().allMatch(t -> t.split(" ").length <= LABEL_WORDS)
        || siteless.stream().anyMatch(t -> Texts.key(t).equals(key));
  }

  /**
   * Whether {@code heading} shares almost none of its words with every metadata title (see
   * {@link #LEAST_SHARED_WORDS}); false when the page has no metadata title.
   */
  private boolean isUnrelatedToMetadata(String heading) {
    Set<String> words = words(heading);
    return !raw.isEmpty() && raw.stream().map(Titles::words).allMatch(t -> {
      Set<String> both = new HashSet<>(t);
      both.addAll(words);
      long shared = words.stream().filter(t::contains).count();
      return shared < LEAST_SHARED_WORDS * both.size();
    });
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>(List.of(NON_WORD.split(fold(text))));
    out.remove("");
    return out;
  }

  /** {@code title} without the parts that name the site and, of what is left, the labels after pipes. */
  String withoutSite(String title) {
    List<String> parts = new ArrayList<>(List.of(PIPE.split(title)));
    parts.removeIf(p -> isSiteName(fold(p)));
    if (parts.isEmpty()) {
      return title;
    }
    String best = withoutLabels(String.join(" | ", parts));
    String[] dashed = DASHES.split(best);
    int first = 0;
    int last = dashed.length;
    while (last - first > 1 && isSiteName(fold(dashed[last - 1]))) {
      last--;
    }
    while (last - first > 1 && isSiteName(fold(dashed[first]))) {
      first++;
    }
    if (first == 0 && last == dashed.length) {
      return best;
    }
    int start = first == 0 ? 0 : best.indexOf(dashed[first]);
    int end = best.lastIndexOf(dashed[last - 1]) + dashed[last - 1].length();
    return best.substring(start, end).strip();
  }

  /**
   * The end of {@code h1} that is a metadata title when what comes before it is a date or a one-word label printed
   * into the heading ("Dec 18 2025 Storm Closes Schools", "Blog: Storm Closes Schools"); else empty.
   */
  private Optional<String> withoutLeadingDateOrLabel(String h1) {
    String folded = fold(h1);
    if (folded.length() != h1.length()) {
      return Optional.empty();
    }
    for (String title : siteless) {
      String t = fold(title);
      if (folded.length() > t.length() + 1 && folded.endsWith(" " + t)) {
        String prefix = h1.substring(0, h1.length() - t.length()).strip();
        if (LABEL.matcher(prefix).matches() || prefix.split(" ").length <= DATE_WORDS
            && PrintedDates.first(prefix, Optional.empty()).isPresent()) {
          return Optional.of(h1.substring(h1.length() - t.length()));
        }
      }
    }
    return Optional.empty();
  }

  /** The starts of {@code title} before each of its separators: "A - B | C" gives "A" and "A - B". */
  private static List<String> heads(String title) {
    List<String> out = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(title);
    while (m.find()) {
      out.add(title.substring(0, m.start()).strip());
    }
    return out;
  }

  /**
   * The part of {@code headline} before its first pipe, unless that part is a label of two words or fewer and a later
   * part says more ("Opinion | Storm Closes Schools"): then the longest part. The other parts are labels.
   */
  static String withoutLabels(String headline) {
    String[] parts = PIPE.split(headline);
    String first = parts[0].strip();
    if (parts.length == 1 || first.split(" ").length > LABEL_WORDS) {
      return first.isEmpty() ? headline : first;
    }
    String best = first;
    for (String part : parts) {
      if (part.strip().length() > best.length()) {
        best = part.strip();
      }
    }
    return best;
  }

  /**
   * Whether {@code text} is written in capitals throughout ("STORM CLOSES SCHOOLS"): a display style, so a metadata
   * title in ordinary case gives the headline's wording better.
   */
  private static boolean isAllCapitals(String text) {
    return text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isLowerCase);
  }

  private boolean isSiteName(String folded) {
    return siteNames.contains(folded) || HOST.matcher(folded).matches();
  }

  /**
   * Whether {@code text} reads as a sentence of prose rather than a headline: it ends with a colon (it introduces what
   * follows), or with a full stop (not an abbreviation's) and most of its words after the first start in lower case.
   */
  static boolean isProse(String text) {
    String t = text.strip();
    if (t.endsWith(":")) {
      return true;
    }
    if (!t.endsWith(".") || t.endsWith("..")) {
      return false;
    }
    String[] words = t.split(" ");
    String lastWord = words[words.length - 1];
    if (lastWord.indexOf('.') < lastWord.length() - 1) {
      return false;
    }
    int lower = 0;
    int letters = 0;
    for (int i = 1; i < words.length; i++) {
      if (!words[i].isEmpty() && Character.isLetter(words[i].charAt(0))) {
        letters++;
        lower += Character.isLowerCase(words[i].charAt(0)) ? 1 : 0;
      }
    }
    return letters > 0 && lower * 2 > letters;
  }

  private static String fold(String s) {
    return org.copydesk.parser.internal.text.Texts.collapse(s).toLowerCase(Locale.ROOT);
  }

  private static Optional<String> meta(PageElements page, String query) {
    return PageElements.first(page.metas(), query).flatMap(e -> Texts.decodeAndCollapse(e.attr("content")));
  }
}
