package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An image, video, audio clip or other embedded item in the article's body, with what the page says about it.
 *
 * <p>On a page dumped to text a video shows up as a description, the player's title, leftover player controls and a
 * timecode; those pieces become {@link #description()}, {@link #title()} and {@link #durationSeconds()}, and the
 * leftovers are reported in {@link Article#removed()}. An image caption printed twice (alt text and caption) becomes one
 * image.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonTypeName("media")
@JsonSerialize(as = ImmutableMediaEmbed.class)
@JsonDeserialize(as = ImmutableMediaEmbed.class)
@JsonPropertyOrder({"type", "text", "span", "kind", "title", "caption", "description", "durationSeconds", "playable",
    "url"})
public abstract non-sealed class MediaEmbed implements Block {

  MediaEmbed() {}

  /** What kind of media an embed holds. */
  public enum Kind {
    /** A photo, chart or illustration. */
    @JsonProperty("image") IMAGE,
    /** A video player. */
    @JsonProperty("video") VIDEO,
    /** An audio player or podcast episode. */
    @JsonProperty("audio") AUDIO,
    /** Any other embed: a social-media post, a map, an interactive graphic. */
    @JsonProperty("embed") EMBED
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String text();

  @Override
  public abstract Span span();

  /** What the embed holds. */
  public abstract Kind kind();

  /** The item's title, such as a video player's title line. */
  public abstract Optional<String> title();

  /** The caption shown with the item. */
  public abstract Optional<String> caption();

  /** A longer description, such as the "WATCH: …" text introducing a video. */
  public abstract Optional<String> description();

  /** The running time of a video or audio item in seconds, when the page shows it. */
  public abstract OptionalInt durationSeconds();

  /** Whether the page could play the item; {@code false} when it says no media source is available. */
  public abstract Optional<Boolean> playable();

  /** The address of the item, when the input gives one (HTML input). */
  public abstract Optional<String> url();

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Value.Check
  void check() {
    if (durationSeconds().isPresent() && durationSeconds().getAsInt() < 0) {
      throw new IllegalArgumentException("media.durationSeconds must be >= 0, was " + durationSeconds().getAsInt());
    }
  }

  /** Builds a {@link MediaEmbed}. */
  public static final class Builder extends ImmutableMediaEmbed.Builder {
    Builder() {}
  }
}
