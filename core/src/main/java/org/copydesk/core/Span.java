package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A half-open range {@code [start, end)} of character positions in the text an article was parsed from.
 *
 * <p>Positions are Java {@code String} indices, that is UTF-16 code units, so that
 * {@code input.substring(span.start(), span.end())} gives the characters the element was read from. For articles
 * parsed from HTML the positions point into the HTML source.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
@JsonPropertyOrder({"start", "end"})
public abstract class Span {

  Span() {}

  /** The position of the first character, {@code >= 0}. */
  @Value.Parameter
  public abstract int start();

  /** The position after the last character, {@code >= start()}. */
  @Value.Parameter
  public abstract int end();

  /** Returns the number of characters covered. */
  public final int length() {
    return end() - start();
  }

  /** Returns whether this span and {@code other} share at least one character. */
  public final boolean overlaps(Span other) {
    return start() < other.end() && other.start() < end();
  }

  /** Returns whether {@code other} lies wholly inside this span. */
  public final boolean contains(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  /** Returns the characters of {@code input} this span covers. */
  public final String slice(CharSequence input) {
    return input.subSequence(start(), end()).toString();
  }

  /**
   * Returns the span {@code [start, end)}.
   *
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   */
  public static Span of(int start, int end) {
    return ImmutableSpan.of(start, end);
  }

  @Value.Check
  void check() {
    Checks.span("span", start(), end());
  }

  @Override
  public String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
