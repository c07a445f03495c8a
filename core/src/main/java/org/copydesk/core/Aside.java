package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A box set beside the story inside its body: a promo for other coverage, a list of related stories, a newsletter
 * sign-up. Kept in reading order but not part of the article's own text.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonTypeName("aside")
@JsonSerialize(as = ImmutableAside.class)
@JsonDeserialize(as = ImmutableAside.class)
@JsonPropertyOrder({"type", "text", "span", "kind", "title"})
public abstract non-sealed class Aside implements Block {

  Aside() {}

  /** What an aside is for. */
  public enum Kind {
    /** A promo for other coverage, such as a live blog or a series, usually with a teaser. */
    @JsonProperty("promo") PROMO,
    /** A list of links to related stories. */
    @JsonProperty("related") RELATED,
    /** A newsletter or alert sign-up box. */
    @JsonProperty("newsletter") NEWSLETTER,
    /** Any other box. */
    @JsonProperty("other") OTHER
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String text();

  @Override
  public abstract Span span();

  /** What the aside is for. */
  public abstract Kind kind();

  /** The aside's title line, when it has one. */
  public abstract Optional<String> title();

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** Builds an {@link Aside}. */
  public static final class Builder extends ImmutableAside.Builder {
    Builder() {}
  }
}
