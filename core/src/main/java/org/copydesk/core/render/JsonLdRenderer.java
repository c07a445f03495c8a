package org.copydesk.core.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.copydesk.core.Article;
import org.copydesk.core.AuthorProfile;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;

/**
 * Renders an article as a schema.org {@code NewsArticle} in JSON-LD, the structured data search engines and
 * knowledge-graph tools read.
 *
 * <pre>{@code
 * String jsonLd = JsonLdRenderer.render(article);
 * String tag = "<script type=\"application/ld+json\">" + jsonLd + "</script>";   // safe: see below
 * }</pre>
 *
 * <p>What goes where:
 * <ul>
 *   <li>{@code headline}, {@code inLanguage}, {@code url} (the canonical URL), {@code publisher} (an
 *       {@code Organization} named by the site name); {@code datePublished} when the date is ISO-8601 (a date as the page
 *       shows it is not a schema.org {@code Date} and is left out);
 *   <li>{@code author}: a {@code Person} per byline author; {@code contributor}: an {@code Organization} when a source
 *       of that name is an organisation or group, otherwise a {@code Person}; an author profile of the same name
 *       gives the {@code description};
 *   <li>{@code articleBody}: {@link Article#bodyText()}, paragraphs separated by blank lines;
 *   <li>{@code associatedMedia}: every embed in reading order as an {@code ImageObject}, {@code VideoObject},
 *       {@code AudioObject} or {@code MediaObject} ({@code name} from the title, {@code caption}, {@code description},
 *       {@code duration} as an ISO-8601 duration such as {@code PT2M31S}, {@code contentUrl} for web addresses only);
 *       images are also listed under {@code image}, videos under {@code video} and audio under {@code audio}, where
 *       search engines look for them;
 *   <li>{@code correction}: the text of each correction notice;
 *   <li>{@code hasPart}: a {@code Quotation} per direct or partial quote, with its {@code text} and its speaker as
 *       {@code creator}: a {@code Person} for a person, an {@code Organization} for an organisation or group, and a
 *       {@code Person} known only by its {@code description} (the source's name and description) for an unnamed
 *       source; a document that says it (a report, a filing) is the quotation's {@code citation}, a
 *       {@code CreativeWork}. Indirect speech (not the
 *       speaker's words) and scare quotes (nobody's words) are not quotations and are left out.
 * </ul>
 * Other texts have their whitespace collapsed; absent values and empty lists are left out. The output is pretty-printed
 * with members in a fixed order. {@code <}, {@code >} and {@code &} are written as {@code \u003C}-style escapes, so
 * the JSON can be put inside an HTML {@code <script>} element as it is.
 */
public final class JsonLdRenderer {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    WRITER = JsonMapper.builder().build().writer(printer).with(new HtmlSafeEscapes());
  }

  private JsonLdRenderer() {}

  /** Returns the article as a JSON-LD document holding one {@code NewsArticle}, ending with a line break. */
  public static String render(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    ObjectNode root = NODES.objectNode();
    root.put("@context", "https://schema.org");
    root.put("@type", "NewsArticle");
    text(root, "headline", article.headline());
    article.byline().ifPresent(byline -> {
      ArrayNode authors = root.putArray("author");
      byline.authors().forEach(name -> authors.add(credit(article, name, false)));
      ArrayNode contributors = root.putArray("contributor");
      byline.contributors().forEach(name -> contributors.add(credit(article, name, true)));
    });
    article.published().filter(JsonLdRenderer::isIsoDate).ifPresent(d -> root.put("datePublished", d));
    text(root, "inLanguage", article.language());
    Texts.webUrl(article.canonicalUrl()).ifPresent(u -> root.put("url", u));
    article.siteName().ifPresent(name -> {
      ObjectNode publisher = root.putObject("publisher");
      publisher.put("@type", "Organization");
      text(publisher, "name", Optional.of(name));
    });
    if (!article.bodyText().isEmpty()) {
      root.put("articleBody", article.bodyText());
    }
    ArrayNode associated = root.putArray("associatedMedia");
    ArrayNode images = root.putArray("image");
    ArrayNode videos = root.putArray("video");
    ArrayNode audios = root.putArray("audio");
    for (MediaEmbed media : article.media()) {
      ObjectNode node = media(media);
      associated.add(node);
      switch (media.kind()) {
        case IMAGE -> images.add(node);
        case VIDEO -> videos.add(node);
        case AUDIO -> audios.add(node);
        case EMBED -> { }
      }
    }
    ArrayNode corrections = root.putArray("correction");
    article.disclaimers().stream().filter(d -> d.kind() == Disclaimer.Kind.CORRECTION)
        .forEach(d -> corrections.add(Texts.collapse(d.text())));
    ArrayNode quotations = root.putArray("hasPart");
    for (Quote quote : article.quotes()) {
      if (quote.kind() == Quote.Kind.DIRECT || quote.kind() == Quote.Kind.PARTIAL) {
        ObjectNode quotation = typed("Quotation");
        quotation.put("text", Texts.collapse(quote.text()));
        article.speakerOf(quote).ifPresent(s -> quotation.set(s.kind() == Source.Kind.DOCUMENT ? "citation"
            : "creator", agent(s)));
        quotations.add(quotation);
      }
    }
    root.properties().removeIf(member -> member.getValue().isEmpty() && member.getValue().isContainerNode());
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write JSON-LD: " + e.getOriginalMessage(), e);
    }
  }

  /** A byline name as a Person, or an Organization when a source of that name is one; a profile gives its bio. */
  private static ObjectNode credit(Article article, String name, boolean mayBeOrganization) {
    boolean organization = mayBeOrganization && article.sources().stream().anyMatch(s -> s.name().equals(name)
        && (s.kind() == Source.Kind.ORGANIZATION || s.kind() == Source.Kind.GROUP));
    ObjectNode node = typed(organization ? "Organization" : "Person");
    text(node, "name", Optional.of(name));
    text(node, "description", article.authorProfiles().stream()
        .filter(p -> Texts.collapse(p.name()).equals(Texts.collapse(name))).map(AuthorProfile::bio).findFirst());
    return node;
  }

  private static ObjectNode agent(Source source) {
    return switch (source.kind()) {
      case PERSON -> named("Person", source);
      case ORGANIZATION, GROUP -> named("Organization", source);
      case DOCUMENT -> named("CreativeWork", source);
      case UNNAMED -> {
        ObjectNode node = typed("Person");
        text(node, "description", Optional.of(source.name() + source.description().map(d -> ", " + d).orElse("")));
        yield node;
      }
    };
  }

  private static ObjectNode named(String type, Source source) {
    ObjectNode node = typed(type);
    text(node, "name", Optional.of(source.name()));
    text(node, "description", source.description());
    return node;
  }

  private static ObjectNode media(MediaEmbed media) {
    ObjectNode node = typed(switch (media.kind()) {
      case IMAGE -> "ImageObject";
      case VIDEO -> "VideoObject";
      case AUDIO -> "AudioObject";
      case EMBED -> "MediaObject";
    });
    text(node, "name", media.title());
    if (media.kind() == MediaEmbed.Kind.EMBED) {
      text(node, "description", media.description().or(media::caption));
    } else {
      text(node, "caption", media.caption());
      text(node, "description", media.description());
    }
    if (media.title().isEmpty() && media.caption().isEmpty() && media.description().isEmpty()) {
      text(node, "description", Optional.of(media.text()));
    }
    media.durationSeconds().ifPresent(s -> node.put("duration", Texts.isoDuration(s)));
    Texts.webUrl(media.url()).ifPresent(u -> node.put("contentUrl", u));
    return node;
  }

  private static ObjectNode typed(String type) {
    return NODES.objectNode().put("@type", type);
  }

  /** Puts {@code value} collapsed under {@code name}, unless it is absent or blank. */
  private static void text(ObjectNode node, String name, Optional<String> value) {
    value.map(Texts::collapse).filter(v -> !v.isEmpty()).ifPresent(v -> node.put(name, v));
  }

  private static boolean isIsoDate(String date) {
    for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_DATE_TIME)) {
      try {
        format.parse(date);
        return true;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return false;
  }

  /** Escapes {@code <}, {@code >}, {@code &} and the JavaScript line separators, so no text can close a script. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == '\u2028' || ch == '\u2029' ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }
}
