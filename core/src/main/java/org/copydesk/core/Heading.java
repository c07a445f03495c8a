package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A section heading inside the article's body (the headline itself is {@link Article#headline()}).
 *
 * <p>{@link #level()} follows HTML: 2 for a section heading directly under the headline, up to 6.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonTypeName("heading")
@JsonSerialize(as = ImmutableHeading.class)
@JsonDeserialize(as = ImmutableHeading.class)
@JsonPropertyOrder({"type", "text", "span", "level"})
public abstract non-sealed class Heading implements Block {

  Heading() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a level-2 heading with the given text and span. */
  public static Heading of(String text, Span span) {
    return builder().text(text).span(span).build();
  }

  @Override
  public abstract String text();

  @Override
  public abstract Span span();

  /** The heading level, 1 to 6; defaults to 2. */
  @Value.Default
  public int level() {
    return 2;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Value.Check
  void check() {
    if (level() < 1 || level() > 6) {
      throw new IllegalArgumentException("heading.level must be between 1 and 6, was " + level());
    }
  }

  /** Builds a {@link Heading}. */
  public static final class Builder extends ImmutableHeading.Builder {
    Builder() {}
  }
}
