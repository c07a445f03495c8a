package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A stretch of the input the parser left out of the article, and why. Nothing is dropped silently: every character of
 * the input that is not whitespace lies in a block, the headline, the byline, the date line or a removal.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonSerialize(as = ImmutableRemoval.class)
@JsonDeserialize(as = ImmutableRemoval.class)
@JsonPropertyOrder({"text", "reason", "span"})
public abstract class Removal {

  Removal() {}

  /** Why something was removed. */
  public enum Reason {
    /** Site navigation, menus, accessibility and skip links. */
    @JsonProperty("navigation") NAVIGATION,
    /** Other page furniture: breaking-news bars, share and subscribe buttons, cookie notices, footers. */
    @JsonProperty("site_chrome") SITE_CHROME,
    /** Leftovers of a media player: "please wait", timecodes, "no media source available". */
    @JsonProperty("player_residue") PLAYER_RESIDUE,
    /** Image placeholders and alt-text residue such as "16x9 Image". */
    @JsonProperty("image_placeholder") IMAGE_PLACEHOLDER,
    /** Advertising and sponsored-content markers. */
    @JsonProperty("advertisement") ADVERTISEMENT,
    /** A repetition of text kept elsewhere in the article. */
    @JsonProperty("duplicate") DUPLICATE,
    /** Input that could not be decoded (bytes that are not valid in the declared charset). */
    @JsonProperty("undecodable") UNDECODABLE,
    /** Text outside the article that fits no other reason. */
    @JsonProperty("other") OTHER
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the removal of {@code text} at {@code span} for {@code reason}. */
  public static Removal of(String text, Reason reason, Span span) {
    return builder().text(text).reason(reason).span(span).build();
  }

  /** The removed text as it stands in the input. */
  public abstract String text();

  /** Why it was removed. */
  public abstract Reason reason();

  /** Where it stands in the input. */
  public abstract Span span();

  /** Builds a {@link Removal}. */
  public static final class Builder extends ImmutableRemoval.Builder {
    Builder() {}
  }
}
