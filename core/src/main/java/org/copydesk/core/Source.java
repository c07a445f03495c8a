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
 * A person, organisation or group the article cites, with every place it is mentioned.
 *
 * <p>One source stands for one real-world speaker: "Ruritanian leader Alexander Example", "Example" and a later "he"
 * are mentions of the same source. {@link #name()} is the fullest name the article gives; {@link #description()}
 * holds the role or title the article gives with it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
@JsonPropertyOrder({"id", "name", "kind", "pseudonymous", "description", "gender", "mentions"})
public abstract class Source {

  Source() {}

  /** What kind of speaker a source is. */
  public enum Kind {
    /** A named person. */
    @JsonProperty("person") PERSON,
    /** An organisation, institution, company or government body. */
    @JsonProperty("organization") ORGANIZATION,
    /** A group of people or organisations spoken of together ("G7 leaders", "many analysts"). */
    @JsonProperty("group") GROUP,
    /** An anonymous source ("a senior official", "people familiar with the matter"). */
    @JsonProperty("unnamed") UNNAMED,
    /** A document that says something: a report, filing, ruling, statement, study, email or book. */
    @JsonProperty("document") DOCUMENT
  }

  /** A gender the article's text states for a person (through pronouns, honorifics or given names). */
  public enum Gender {
    /** Female. */
    @JsonProperty("female") FEMALE,
    /** Male. */
    @JsonProperty("male") MALE
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An identifier unique within the article, referred to by {@link Quote#speaker()}. */
  public abstract String id();

  /** The fullest name (or, for unnamed sources, the description) the article gives. */
  public abstract String name();

  /** What kind of speaker this is. */
  public abstract Kind kind();

  /** Whether the article says the name is a pseudonym; defaults to {@code false}. */
  @Value.Default
  public boolean pseudonymous() {
    return false;
  }

  /** The role, title or apposition the article gives ("deputy chief of the general staff"). */
  public abstract Optional<String> description();

  /** The gender the text states for the person, if it does. */
  public abstract Optional<Gender> gender();

  /** Every place the article names or refers to the source, in order. */
  public abstract List<Excerpt> mentions();

  @Value.Check
  void check() {
    Checks.nonBlank("source.id", id());
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
