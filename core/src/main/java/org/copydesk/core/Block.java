package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One element of an article's body, in reading order.
 *
 * <p>The kinds form a closed family: {@link Paragraph}, {@link Heading}, {@link MediaEmbed}, {@link Aside},
 * {@link Disclaimer} and {@link AuthorProfile}. Java 17 code dispatches with {@link #accept(Visitor)}; Java 21 code can
 * {@code switch} over the sealed kinds. In JSON a block is an object whose {@code "type"} names its kind.
 *
 * <p>{@link #text()} is the block's text exactly as it stands in the input at {@link #span()} (for text input,
 * {@code input.substring(span.start(), span.end())}); kinds with parts (a media embed's title and caption, an author
 * profile's name and bio) also expose them separately.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(Paragraph.class),
  @JsonSubTypes.Type(Heading.class),
  @JsonSubTypes.Type(MediaEmbed.class),
  @JsonSubTypes.Type(Aside.class),
  @JsonSubTypes.Type(Disclaimer.class),
  @JsonSubTypes.Type(AuthorProfile.class)
})
public sealed interface Block permits Paragraph, Heading, MediaEmbed, Aside, Disclaimer, AuthorProfile {

  /** The block's text as it stands in the input. */
  String text();

  /** Where the block stands in the input. */
  Span span();

  /** Calls the {@code visit} method of {@code visitor} that matches this block's kind and returns its result. */
  <R> R accept(Visitor<R> visitor);

  /**
   * An operation over the kinds of {@link Block}, for code that cannot use pattern matching over the sealed family.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {

    /** Visits a body paragraph. */
    R visit(Paragraph paragraph);

    /** Visits a section heading. */
    R visit(Heading heading);

    /** Visits an image, video, audio or other embed. */
    R visit(MediaEmbed media);

    /** Visits a promo, related-links list or other box beside the article. */
    R visit(Aside aside);

    /** Visits a disclaimer, correction or editor's note. */
    R visit(Disclaimer disclaimer);

    /** Visits an author's profile card. */
    R visit(AuthorProfile profile);
  }
}
