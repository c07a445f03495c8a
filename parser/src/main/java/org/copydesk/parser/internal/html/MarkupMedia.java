package org.copydesk.parser.internal.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Span;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A media item of the article's markup: a {@code <figure>} (its image, picture, video or player with its
 * {@code <figcaption>}), an {@code <img>} or {@code <picture>} outside a figure, a {@code <video>}, an {@code <audio>}
 * or an {@code <iframe>} player.
 *
 * <p>Addresses are made absolute against the page's base URI, which a {@code <base href>} sets. Lazy-loading pages
 * keep the real address in {@code data-src}-style attributes or a {@code srcset}; the largest candidate of a
 * {@code srcset} wins, then the lazy attributes, then {@code src} (unless it is an inline placeholder).
 *
 * @param kind image, video, audio or other embed
 * @param url the item's absolute address
 * @param title the player's or image's title ({@code title} attribute, an image's {@code alt})
 * @param caption the figure's caption without its credit
 * @param credit the picture credit inside the caption
 * @param span where the element stands in the HTML
 * @param durationSeconds the running time, from the page's JSON-LD {@code VideoObject}
 */
record MarkupMedia(MediaEmbed.Kind kind, Optional<String> url, Optional<String> title, Optional<String> caption,
    Optional<String> credit, Span span, OptionalInt durationSeconds) {

  /** Hosts whose players show videos. */
  private static final List<String> VIDEO_HOSTS = List.of("youtube.com", "youtube-nocookie.com", "youtu.be",
      "vimeo.com", "dailymotion.com", "jwplayer.com", "jwplatform.com", "brightcove", "wistia", "ted.com",
      "twitch.tv", "facebook.com/plugins/video", "streamable.com", "rumble.com");

  /** Hosts whose players play audio. */
  private static final List<String> AUDIO_HOSTS = List.of("soundcloud.com", "spotify.com", "podcasts.apple.com",
      "anchor.fm", "megaphone.fm", "simplecast.com", "buzzsprout.com", "libsyn.com", "omny.fm", "audioboom.com",
      "podbean.com", "art19.com", "acast.com");

  /** Starts of the class words that mark the credit inside a caption. */
  private static final ClassWords CREDIT_CLASSES = new ClassWords(List.of("credit", "copyright", "source", "byline",
      "photographer", "attribution"));

  /** Images smaller than this (by their width or height attribute) are icons, avatars or tracking pixels. */
  private static final int MIN_IMAGE_SIZE = 100;

  /** The queries a media item's parts are found with, parsed once (a figure is looked into for each of them). */
  private static final Evaluator IMG = QueryParser.parse("img");
  private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
  private static final Evaluator PLAYER = QueryParser.parse("video, audio, iframe");
  private static final Evaluator SOURCE = QueryParser.parse("source");
  private static final Evaluator SOURCE_WITH_SRC = QueryParser.parse("source[src]");

  private static final Pattern SIZE = Pattern.compile("\\d{1,5}");

  /** Where a {@code srcset} splits into candidates: a comma before a space, or before the next address. */
  private static final Pattern SRCSET_CANDIDATES = Pattern.compile(",\\s+|,(?=\\S+\\s+\\d)");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A width ({@code 800w}) or density ({@code 2x}) descriptor of a {@code srcset} candidate. */
  private static final Pattern DESCRIPTOR = Pattern.compile("\\d+(\\.\\d+)?[wx]");

  /** The tags that start a media item. */
  static boolean isMedia(Element e) {
    return switch (e.normalName()) {
      case "figure", "img", "picture", "video", "audio", "iframe" -> true;
      default -> false;
    };
  }

  /** The media item {@code e} is, if it is one worth reporting. */
  static Optional<MarkupMedia> of(Element e, Span span) {
    return switch (e.normalName()) {
      case "figure" -> figure(e, span);
      case "img" -> image(e, e, span, Optional.empty());
      case "picture" -> image(e.selectFirst(IMG), e, span, Optional.empty());
      case "video", "audio", "iframe" -> player(e, span, Optional.empty());
      default -> Optional.empty();
    };
  }

  /** The caption as the page shows it: the caption and its credit. */
  Optional<String> captionText() {
    return caption.isEmpty() || credit.isEmpty() ? caption.or(() -> credit)
        : Optional.of(caption.get() + " " + credit.get());
  }

  /** Returns this item with the title (when it has none) and running time of its JSON-LD {@code VideoObject}. */
  MarkupMedia withVideoObject(Optional<String> name, Optional<Integer> seconds) {
    return new MarkupMedia(kind, url, title.or(() -> name), caption, credit, span,
        seconds.map(OptionalInt::of).orElse(durationSeconds));
  }

  private static Optional<MarkupMedia> figure(Element figure, Span span) {
    Element captionElement = figure.selectFirst(FIGCAPTION);
    Optional<String> caption = Optional.empty();
    Optional<String> credit = Optional.empty();
    if (captionElement != null) {
      Element creditElement = captionElement.getAllElements().stream()
          .filter(x -> x != captionElement && CREDIT_CLASSES.match(x.className()) != null).findFirst().orElse(null);
      credit = creditElement == null ? Optional.empty() : Texts.collapse(creditElement.text());
      String all = captionElement.text();
      if (credit.isPresent()) {
        all = all.replace(creditElement.text(), " ");
      }
      caption = Texts.collapse(all);
    }
    Element player = figure.selectFirst(PLAYER);
    if (player != null) {
      return player(player, span, caption).map(m -> m.withCaption(m.caption, Optional.empty()));
    }
    Element img = figure.selectFirst(IMG);
    if (img == null && caption.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> c = caption;
    Optional<String> cr = credit;
    return image(img, figure, span, caption).or(() -> Optional.of(new MarkupMedia(MediaEmbed.Kind.IMAGE,
        Optional.empty(), Optional.empty(), c, cr, span, OptionalInt.empty())))
        .map(m -> m.withCaption(c, cr));
  }

  private MarkupMedia withCaption(Optional<String> caption, Optional<String> credit) {
    return new MarkupMedia(kind, url, title, caption, credit, span, durationSeconds);
  }

  private static Optional<MarkupMedia> image(Element img, Element holder, Span span, Optional<String> caption) {
    if (img == null || tooSmall(img)) {
      return Optional.empty();
    }
    Optional<String> url = imageUrl(img, holder);
    if (url.isEmpty() && caption.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> title = Texts.collapse(img.attr("alt")).or(() -> Texts.collapse(img.attr("title")));
    return Optional.of(new MarkupMedia(MediaEmbed.Kind.IMAGE, url, title, caption, Optional.empty(), span,
        OptionalInt.empty()));
  }

  private static Optional<MarkupMedia> player(Element e, Span span, Optional<String> caption) {
    Optional<String> url = absolute(e, "src")
        .or(() -> Optional.ofNullable(e.selectFirst(SOURCE_WITH_SRC)).flatMap(s -> absolute(s, "src")))
        .or(() -> absolute(e, "data-src"));
    MediaEmbed.Kind kind = switch (e.normalName()) {
      case "video" -> MediaEmbed.Kind.VIDEO;
      case "audio" -> MediaEmbed.Kind.AUDIO;
      default -> url.map(MarkupMedia::playerKind).orElse(MediaEmbed.Kind.EMBED);
    };
    if (url.isEmpty() && e.normalName().equals("iframe")) {
      return Optional.empty();
    }
    Optional<String> title = Texts.collapse(e.attr("title")).or(() -> Texts.collapse(e.attr("aria-label")));
    return Optional.of(new MarkupMedia(kind, url, title, caption, Optional.empty(), span, OptionalInt.empty()));
  }

  /** The kind of an {@code <iframe>} player, by its host. */
  static MediaEmbed.Kind playerKind(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    if (VIDEO_HOSTS.stream().anyMatch(u::contains)) {
      return MediaEmbed.Kind.VIDEO;
    }
    return AUDIO_HOSTS.stream().anyMatch(u::contains) ? MediaEmbed.Kind.AUDIO : MediaEmbed.Kind.EMBED;
  }

  private static boolean tooSmall(Element img) {
    for (String dimension : List.of("width", "height")) {
      String v = img.attr(dimension).strip();
      if (SIZE.matcher(v).matches() && Integer.parseInt(v) < MIN_IMAGE_SIZE) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> imageUrl(Element img, Element holder) {
    List<Element> sources = new ArrayList<>();
    if (holder.normalName().equals("picture") || holder.normalName().equals("figure")) {
      sources.addAll(holder.select(SOURCE));
    }
    sources.add(img);
    for (Element source : sources) {
      for (String attribute : List.of("data-srcset", "data-lazy-srcset", "srcset")) {
        Optional<String> largest = largest(source, source.attr(attribute));
        if (largest.isPresent()) {
          return largest;
        }
      }
    }
    for (String attribute : List.of("data-src", "data-lazy-src", "data-original", "data-url", "src")) {
      String v = img.attr(attribute).strip();
      if (!v.isEmpty() && !v.startsWith("data:")) {
        return absolute(img, attribute);
      }
    }
    return Optional.empty();
  }

  /** The candidate of a {@code srcset} with the largest width or density descriptor. */
  private static Optional<String> largest(Element e, String srcset) {
    if (srcset.isEmpty()) {
      return Optional.empty();
    }
    String best = null;
    double bestSize = -1;
    for (String candidate : SRCSET_CANDIDATES.split(srcset)) {
      String[] parts = SPACES.split(candidate.strip());
      if (parts.length == 0 || parts[0].isEmpty() || parts[0].startsWith("data:")) {
        continue;
      }
      double size = 1;
      if (parts.length > 1 && DESCRIPTOR.matcher(parts[1]).matches()) {
        size = Double.parseDouble(parts[1].substring(0, parts[1].length() - 1));
      }
      if (size > bestSize) {
        best = parts[0];
        bestSize = size;
      }
    }
    return best == null ? Optional.empty() : resolve(e, best);
  }

  private static Optional<String> absolute(Element e, String attribute) {
    String v = e.attr(attribute).strip();
    return v.isEmpty() || v.startsWith("data:") ? Optional.empty() : resolve(e, v);
  }

  /** {@code url} made absolute against the element's base URI; kept as written when there is no base. */
  private static Optional<String> resolve(Element e, String url) {
    try {
      String base = e.baseUri();
      return Texts.collapse(base.isEmpty() ? url : URI.create(base).resolve(url.strip()).toString());
    } catch (IllegalArgumentException notAUri) {
      return Texts.collapse(url);
    }
  }

  /** Where {@code e} stands in the HTML of {@code length} characters. */
  static Span sourceSpan(Element e, int length) {
    Range start = e.sourceRange();
    Range end = e.endSourceRange();
    int from = start.isTracked() ? Math.min(start.startPos(), length) : 0;
    int to = end.isTracked() ? end.endPos() : start.isTracked() ? start.endPos() : from;
    return Span.of(from, Math.max(from, Math.min(to, length)));
  }
}
