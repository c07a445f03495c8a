package org.copydesk.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The article's credit line: who wrote it ({@link #authors()}) and who else is credited ({@link #contributors()}),
 * as in "Written by A based on reporting by B" or "By A and B; additional reporting by C".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Value.Immutable
@JsonSerialize(as = ImmutableByline.class)
@JsonDeserialize(as = ImmutableByline.class)
@JsonPropertyOrder({"text", "authors", "contributors", "span"})
public abstract class Byline {

  Byline() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The credit line as it stands in the input. */
  public abstract String text();

  /** The names of the authors, in the order given. */
  public abstract List<String> authors();

  /** The names of contributors (additional reporting, desks, agencies), in the order given. */
  public abstract List<String> contributors();

  /** Where the credit line stands in the input. */
  public abstract Span span();

  /** Builds a {@link Byline}. */
  public static final class Builder extends ImmutableByline.Builder {
    Builder() {}
  }
}
