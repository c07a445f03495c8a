package org.copydesk.parser.internal.decode;

import java.util.List;
import org.copydesk.core.Span;

/**
 * Bytes decoded to text.
 *
 * @param text the decoded text, the string every span of a parse of it points into
 * @param replaced the runs of {@code text} that stand for undecodable bytes, each a run of U+FFFD, in order and apart
 */
public record DecodedText(String text, List<Span> replaced) {

  public DecodedText {
    replaced = List.copyOf(replaced);
  }
}
