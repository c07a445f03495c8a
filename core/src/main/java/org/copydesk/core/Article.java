package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A news article's structure: headline, byline, body blocks in reading order, quotes with their speakers, the sources
 * cited, and what was removed from the page as chrome.
 *
 * <p>An {@code Article} is immutable and thread-safe. Parsers build it; code that makes articles by hand uses
 * {@link #builder()}:
 *
 * <pre>{@code
 * Article article = Article.builder()
 *     .headline("Council Approves New Budget")
 *     .addBlock(Paragraph.of("The council voted 7-2 on Tuesday.", Span.of(28, 62)))
 *     .build();
 * }</pre>
 *
 * <p>The derived views ({@link #paragraphs()}, {@link #media()}, {@link #disclaimers()}, …) select blocks of one kind;
 * they are computed once and not part of the JSON form.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonSerialize(as = ImmutableArticle.class)
@JsonDeserialize(as = ImmutableArticle.class)
@JsonPropertyOrder({"schemaVersion", "headline", "headlineSpan", "byline", "published", "publishedSpan", "language",
    "siteName", "canonicalUrl", "blocks", "quotes", "sources", "removed"})
public abstract class Article {

  /** The version of the JSON form this library writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  Article() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The version of the JSON form; always {@link #SCHEMA_VERSION} for articles built by this library. */
  @Value.Default
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** The article's headline, if one was found. */
  public abstract Optional<String> headline();

  /** Where the headline stands in the input. */
  public abstract Optional<Span> headlineSpan();

  /** The credit line, if one was found. */
  public abstract Optional<Byline> byline();

  /**
   * The publication date: ISO-8601 ({@code 2022-10-18} or {@code 2022-10-18T09:30:00Z}) when the page's date could be
   * read, otherwise as the page shows it.
   */
  public abstract Optional<String> published();

  /** Where the publication date stands in the input, when it was read from the text. */
  public abstract Optional<Span> publishedSpan();

  /** The article's language as a BCP 47 tag ({@code en}, {@code pt-BR}), when known. */
  public abstract Optional<String> language();

  /** The name of the site or publisher that carries the article, when the page gives it (HTML metadata). */
  public abstract Optional<String> siteName();

  /** The article's canonical URL, absolute, when the page gives it ({@code <link rel=canonical>}, {@code og:url}). */
  public abstract Optional<String> canonicalUrl();

  /** The body in reading order. */
  public abstract List<Block> blocks();

  /** The quotations found in the body, in reading order. */
  public abstract List<Quote> quotes();

  /** The people, organisations and groups the article cites, in order of first mention. */
  public abstract List<Source> sources();

  /** What the parser left out of the article, in input order, each with its reason. */
  public abstract List<Removal> removed();

  /** Returns the paragraphs of the body, near-duplicates included. */
  @JsonIgnore
  @Value.Lazy
  public List<Paragraph> paragraphs() {
    return blocksOf(Paragraph.class);
  }

  /** Returns the paragraphs of the body without those that repeat another block. */
  @JsonIgnore
  @Value.Lazy
  public List<Paragraph> bodyParagraphs() {
    return paragraphs().stream().filter(p -> !p.isDuplicate()).toList();
  }

  /** Returns the section headings. */
  @JsonIgnore
  @Value.Lazy
  public List<Heading> headings() {
    return blocksOf(Heading.class);
  }

  /** Returns the images, videos and other embeds. */
  @JsonIgnore
  @Value.Lazy
  public List<MediaEmbed> media() {
    return blocksOf(MediaEmbed.class);
  }

  /** Returns the promos, related-story lists and other boxes. */
  @JsonIgnore
  @Value.Lazy
  public List<Aside> asides() {
    return blocksOf(Aside.class);
  }

  /** Returns the disclaimers, corrections and editor's notes. */
  @JsonIgnore
  @Value.Lazy
  public List<Disclaimer> disclaimers() {
    return blocksOf(Disclaimer.class);
  }

  /** Returns the author profile cards. */
  @JsonIgnore
  @Value.Lazy
  public List<AuthorProfile> authorProfiles() {
    return blocksOf(AuthorProfile.class);
  }

  /**
   * Returns the body as plain text: the paragraphs that do not repeat another block, joined by blank lines, each with
   * its whitespace collapsed.
   */
  @JsonIgnore
  @Value.Lazy
  public String bodyText() {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : bodyParagraphs()) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(p.text().strip().replaceAll("\\s+", " "));
    }
    return sb.toString();
  }

  /** Returns the source with the given id, if there is one. */
  public final Optional<Source> source(String id) {
    return Optional.ofNullable(sourcesById().get(id));
  }

  /** Returns the source a quote is attributed to, if it has a speaker. */
  public final Optional<Source> speakerOf(Quote quote) {
    return quote.speaker().flatMap(this::source);
  }

  /** Returns the quotes attributed to the given source, in reading order. */
  public final List<Quote> quotesBy(Source source) {
    return quotes().stream().filter(q -> q.speaker().filter(source.id()::equals).isPresent()).toList();
  }

  @JsonIgnore
  @Value.Lazy
  Map<String, Source> sourcesById() {
    Map<String, Source> byId = new HashMap<>();
    for (Source s : sources()) {
      byId.put(s.id(), s);
    }
    return byId;
  }

  private <T extends Block> List<T> blocksOf(Class<T> kind) {
    List<T> out = new ArrayList<>();
    for (Block b : blocks()) {
      if (kind.isInstance(b)) {
        out.add(kind.cast(b));
      }
    }
    return List.copyOf(out);
  }

  @Value.Check
  void check() {
    if (schemaVersion() < 1 || schemaVersion() > SCHEMA_VERSION) {
      throw new IllegalArgumentException("article.schemaVersion " + schemaVersion()
          + " is not supported: this library reads versions 1 to " + SCHEMA_VERSION);
    }
    Set<String> ids = new HashSet<>();
    for (Source s : sources()) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("article.sources: id \"" + s.id() + "\" is used by more than one source");
      }
    }
    for (int i = 0; i < blocks().size(); i++) {
      if (blocks().get(i) instanceof Paragraph p && p.duplicateOf().isPresent()) {
        int target = p.duplicateOf().getAsInt();
        if (target >= blocks().size() || target == i) {
          throw new IllegalArgumentException("article.blocks[" + i + "].duplicateOf must name another block, was "
              + target);
        }
      }
    }
    checkDuplicateChainsEnd();
    for (int i = 0; i < quotes().size(); i++) {
      Quote q = quotes().get(i);
      if (q.block() >= blocks().size()) {
        throw new IllegalArgumentException("article.quotes[" + i + "].block must be < " + blocks().size() + ", was "
            + q.block());
      }
      if (q.speaker().isPresent() && !ids.contains(q.speaker().get())) {
        throw new IllegalArgumentException("article.quotes[" + i + "].speaker \"" + q.speaker().get()
            + "\" names no source in article.sources");
      }
    }
  }

  /** A repeated paragraph names the block it repeats; following those names must end, never come round again. */
  private void checkDuplicateChainsEnd() {
    int[] state = new int[blocks().size()]; // 0 not seen, 1 on the chain being followed, 2 known to end
    for (int i = 0; i < state.length; i++) {
      int at = i;
      while (at >= 0 && state[at] == 0) {
        state[at] = 1;
        at = duplicateOf(at);
      }
      if (at >= 0 && state[at] == 1) {
        throw new IllegalArgumentException("article.blocks[" + at + "].duplicateOf leads round a cycle back to block "
            + at + ": a repeated paragraph must lead to a block that repeats none");
      }
      for (int j = i; j >= 0 && state[j] == 1; j = duplicateOf(j)) {
        state[j] = 2;
      }
    }
  }

  private int duplicateOf(int block) {
    return blocks().get(block) instanceof Paragraph p ? p.duplicateOf().orElse(-1) : -1;
  }

  /** Builds an {@link Article}. */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
