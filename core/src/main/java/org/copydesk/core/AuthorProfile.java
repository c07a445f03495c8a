package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** An author's profile card, usually after the story: the author's (or desk's) name and a short biography. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonTypeName("authorProfile")
@JsonSerialize(as = ImmutableAuthorProfile.class)
@JsonDeserialize(as = ImmutableAuthorProfile.class)
@JsonPropertyOrder({"type", "text", "span", "name", "bio"})
public abstract non-sealed class AuthorProfile implements Block {

  AuthorProfile() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String text();

  @Override
  public abstract Span span();

  /** The author's or desk's name as the card gives it. */
  public abstract String name();

  /** The biography text. */
  public abstract String bio();

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** Builds an {@link AuthorProfile}. */
  public static final class Builder extends ImmutableAuthorProfile.Builder {
    Builder() {}
  }
}
