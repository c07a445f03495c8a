package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A paragraph of the article's body.
 *
 * <p>A page sometimes shows a passage twice (a pull quote, a teaser above the story). The later or lesser copy is kept
 * in its place but marked with {@link #duplicateOf()}, the index of the block it repeats, so that consumers that want
 * the body count it once.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonTypeName("paragraph")
@JsonSerialize(as = ImmutableParagraph.class)
@JsonDeserialize(as = ImmutableParagraph.class)
@JsonPropertyOrder({"type", "text", "span", "duplicateOf"})
public abstract non-sealed class Paragraph implements Block {

  Paragraph() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the paragraph with the given text and span. */
  public static Paragraph of(String text, Span span) {
    return builder().text(text).span(span).build();
  }

  @Override
  public abstract String text();

  @Override
  public abstract Span span();

  /** The index in {@link Article#blocks()} of the block this paragraph repeats, if it is a near-duplicate. */
  public abstract OptionalInt duplicateOf();

  /** Returns whether this paragraph repeats another block. */
  @JsonIgnore
  public final boolean isDuplicate() {
    return duplicateOf().isPresent();
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Value.Check
  void check() {
    if (duplicateOf().isPresent() && duplicateOf().getAsInt() < 0) {
      throw new IllegalArgumentException("paragraph.duplicateOf must be >= 0, was " + duplicateOf().getAsInt());
    }
  }

  /** Builds a {@link Paragraph}. */
  public static final class Builder extends ImmutableParagraph.Builder {
    Builder() {}
  }
}
