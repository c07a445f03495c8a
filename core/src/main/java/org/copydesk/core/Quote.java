package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Words the article reports someone as saying, with who said them.
 *
 * <p>A quote has one or more {@linkplain #parts() parts}: the stretches of quoted words without their quotation marks.
 * A quotation split by its attribution ({@code "There are intermediaries," she said, "but they charge a lot."}) is
 * one quote of two parts. Editorial insertions and ellipses stay as written.
 *
 * <p>{@link #speaker()} holds the {@link Source#id() id} of a source in {@link Article#sources()}; it is empty when the
 * parser could not tell who spoke, and always for {@link Kind#SCARE scare quotes}. {@link #cue()} is the speech verb or
 * phrase that attributes the quote ("said", "told", "according to").
 *
 * <p>{@link #content()} is the whole proposition attributed to the speaker where it is more than the quoted words: for
 * a {@link Kind#PARTIAL partial} quote the reported clause around its fragments ({@code He said the plan was "a
 * disaster"} has the content {@code the plan was "a disaster"}), for an {@link Kind#INDIRECT indirect} quote the
 * reported clause. A direct quote's parts are its content, so it has none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonSerialize(as = ImmutableQuote.class)
@JsonDeserialize(as = ImmutableQuote.class)
@JsonPropertyOrder({"text", "parts", "content", "kind", "speaker", "cue", "block"})
public abstract class Quote {

  Quote() {}

  /** What kind of quotation a quote is. */
  public enum Kind {
    /** A full sentence or more of someone's words in quotation marks. */
    @JsonProperty("direct") DIRECT,
    /** A quoted fragment inside reported speech: accused them of "planning strikes". */
    @JsonProperty("partial") PARTIAL,
    /** Reported speech without quotation marks: she said her son was safe. */
    @JsonProperty("indirect") INDIRECT,
    /** A term set in quotation marks that nobody is quoted as saying; never has a speaker. */
    @JsonProperty("scare") SCARE
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The quoted words: the parts' texts joined by a space. */
  @Value.Default
  public String text() {
    return joinParts(parts());
  }

  /** The quoted stretches of the input, in order, without their quotation marks; never empty. */
  public abstract List<Excerpt> parts();

  /**
   * The whole proposition attributed to the speaker, spanning every part, where it is more than the quoted words: the
   * reported clause of a partial or indirect quote; empty for a direct or scare quote.
   */
  public abstract Optional<Excerpt> content();

  /** What kind of quotation this is. */
  public abstract Kind kind();

  /** The id of the {@link Source} the words are attributed to, if known. */
  public abstract Optional<String> speaker();

  /** The speech verb or phrase that attributes the quote, if there is one. */
  public abstract Optional<Excerpt> cue();

  /** The index in {@link Article#blocks()} of the block the quote starts in. */
  public abstract int block();

  /** Returns the range from the start of the first part to the end of the last. */
  public final Span span() {
    return Span.of(parts().get(0).start(), parts().get(parts().size() - 1).end());
  }

  static String joinParts(List<Excerpt> parts) {
    StringBuilder sb = new StringBuilder();
    for (Excerpt part : parts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(part.text());
    }
    return sb.toString();
  }

  @Value.Check
  void check() {
    if (parts().isEmpty()) {
      throw new IllegalArgumentException("quote.parts must not be empty");
    }
    Checks.ordered("quote.parts", parts());
    if (block() < 0) {
      throw new IllegalArgumentException("quote.block must be >= 0, was " + block());
    }
    if (content().isPresent() && (content().get().start() > span().start() || content().get().end() < span().end())) {
      throw new IllegalArgumentException("quote.content must span every part, was " + content().get().span()
          + " for parts " + span());
    }
    if (kind() == Kind.SCARE && speaker().isPresent()) {
      throw new IllegalArgumentException("quote.speaker must be absent for a scare quote, was " + speaker().get());
    }
  }

  /** Builds a {@link Quote}. */
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }
}
