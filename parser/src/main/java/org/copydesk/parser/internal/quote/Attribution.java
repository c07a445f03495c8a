package org.copydesk.parser.internal.quote;

import java.util.List;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;

/** The quotes of an article and the sources they are attributed to. */
public record Attribution(List<Quote> quotes, List<Source> sources) {

  public Attribution {
    quotes = List.copyOf(quotes);
    sources = List.copyOf(sources);
  }
}
