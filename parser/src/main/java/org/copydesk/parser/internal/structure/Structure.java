package org.copydesk.parser.internal.structure;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Block;
import org.copydesk.core.Byline;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;

/**
 * What the structure stage reads from a text: everything of an article but its quotes and sources.
 *
 * <p>Every text equals the input between its span's positions; blocks are in input order and do not overlap; every
 * character of the input that is not {@linkplain org.copydesk.parser.internal.text.Characters#isBlank blank} lies in a
 * block, the headline, the byline, the published date or a removal (a removal may lie inside a media block, such as
 * a player's "please wait"). Removals are in input order.
 *
 * @param pseudonymNotices the indices into {@code blocks} of the article's pseudonym notices, in order: disclaimers of
 *     kind {@code PSEUDONYMS} and body paragraphs that say names were changed or withheld
 *     ({@link DisclaimerReader} decides both)
 */
public record Structure(
    Optional<String> headline,
    Optional<Span> headlineSpan,
    Optional<Byline> byline,
    Optional<String> published,
    Optional<Span> publishedSpan,
    Optional<String> language,
    List<Block> blocks,
    List<Removal> removed,
    List<Integer> pseudonymNotices) {

  /** Creates a structure, copying the lists so that it stays immutable. */
  public Structure {
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
    pseudonymNotices = List.copyOf(pseudonymNotices);
  }
}
