package org.copydesk.parser.internal.structure;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Block;
import org.copydesk.core.Byline;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;

/** What the structure stage reads from a text: everything of an article but its quotes and sources. */
public record Structure(
    Optional<String> headline,
    Optional<Span> headlineSpan,
    Optional<Byline> byline,
    Optional<String> published,
    Optional<Span> publishedSpan,
    List<Block> blocks,
    List<Removal> removed) {

  public Structure {
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
  }
}
