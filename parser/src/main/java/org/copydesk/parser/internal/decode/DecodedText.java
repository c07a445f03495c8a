package org.copydesk.parser.internal.decode;

import java.nio.charset.Charset;
import java.util.List;
import org.copydesk.core.Span;

/**
 * Bytes decoded to text.
 *
 * @param text the decoded text, the string every span of a parse of it points into
 * @param charset the charset the bytes were decoded with
 * @param replaced the runs of {@code text} that stand for undecodable bytes, each a run of U+FFFD, in order and apart
 */
public record DecodedText(String text, Charset charset, List<Span> replaced) {

  public DecodedText {
    replaced = List.copyOf(replaced);
  }
}
