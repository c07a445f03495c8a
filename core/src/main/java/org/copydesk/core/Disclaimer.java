package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A notice about the article rather than part of its story: that sources are given pseudonyms, a legal warning, a
 * correction, an editor's note.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonTypeName("disclaimer")
@JsonSerialize(as = ImmutableDisclaimer.class)
@JsonDeserialize(as = ImmutableDisclaimer.class)
@JsonPropertyOrder({"type", "text", "span", "kind"})
public abstract non-sealed class Disclaimer implements Block {

  Disclaimer() {}

  /** What a disclaimer is about. */
  public enum Kind {
    /** Says that the people quoted are named with pseudonyms or withheld names. */
    @JsonProperty("pseudonyms") PSEUDONYMS,
    /** A legal notice, such as a warning about the publisher's legal status in some country. */
    @JsonProperty("legal") LEGAL,
    /** A correction of an earlier version of the article. */
    @JsonProperty("correction") CORRECTION,
    /** An editor's note about how the article was made or updated. */
    @JsonProperty("editors_note") EDITORS_NOTE,
    /** Any other disclaimer. */
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

  /** What the disclaimer is about. */
  public abstract Kind kind();

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** Builds a {@link Disclaimer}. */
  public static final class Builder extends ImmutableDisclaimer.Builder {
    Builder() {}
  }
}
