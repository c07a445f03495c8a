package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A stretch of the input together with its text: a part of a quote, a speech cue, a mention of a source.
 *
 * <p>For text input, {@code text()} equals {@code input.substring(start(), end())}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonSerialize(as = ImmutableExcerpt.class)
@JsonDeserialize(as = ImmutableExcerpt.class)
@JsonPropertyOrder({"start", "end", "text"})
public abstract class Excerpt {

  Excerpt() {}

  /** The position of the first character (a UTF-16 index into the input). */
  @Value.Parameter
  public abstract int start();

  /** The position after the last character. */
  @Value.Parameter
  public abstract int end();

  /** The characters of the input between {@link #start()} and {@link #end()}. */
  @Value.Parameter
  public abstract String text();

  /** Returns the range this excerpt covers. */
  public final Span span() {
    return Span.of(start(), end());
  }

  /** Returns the excerpt {@code [start, end)} with the given text. */
  public static Excerpt of(int start, int end, String text) {
    return ImmutableExcerpt.of(start, end, text);
  }

  /** Returns the excerpt of {@code input} that {@code span} covers. */
  public static Excerpt of(CharSequence input, Span span) {
    return of(span.start(), span.end(), span.slice(input));
  }

  @Value.Check
  void check() {
    Checks.span("excerpt", start(), end());
  }
}
