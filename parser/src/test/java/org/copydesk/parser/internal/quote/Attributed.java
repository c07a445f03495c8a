package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.core.Block;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;
import org.copydesk.core.Span;

/**
 * Test helper: runs the quote stage over a text whose blank-line-separated paragraphs become {@link Paragraph}
 * blocks (or over given blocks), and looks up quotes and speakers in the result.
 */
final class Attributed {

  final String input;
  final List<Block> blocks;
  final Attribution result;

  private Attributed(String input, List<Block> blocks, List<Integer> pseudonymNotices) {
    this.input = input;
    this.blocks = blocks;
    this.result = new QuoteAttributor().attribute(input, blocks, pseudonymNotices);
  }

  /** Attributes {@code text}, each blank-line-separated paragraph one block. */
  static Attributed paragraphs(String text) {
    return new Attributed(text, paragraphBlocks(text), List.of());
  }

  /** Attributes {@code input} read as the given blocks. */
  static Attributed blocks(String input, List<Block> blocks) {
    return new Attributed(input, blocks, List.of());
  }

  /** Attributes {@code input} read as the given blocks, of which those at {@code pseudonymNotices} are notices. */
  static Attributed blocks(String input, List<Block> blocks, List<Integer> pseudonymNotices) {
    return new Attributed(input, blocks, pseudonymNotices);
  }

  /** The paragraphs of {@code text}, one per blank-line-separated run of lines. */
  static List<Block> paragraphBlocks(String text) {
    List<Block> blocks = new ArrayList<>();
    int from = 0;
    for (String para : text.split("\n\\s*\n")) {
      int start = text.indexOf(para, from);
      String stripped = para.strip();
      int s = start + para.indexOf(stripped);
      if (!stripped.isEmpty()) {
        blocks.add(Paragraph.of(stripped, Span.of(s, s + stripped.length())));
      }
      from = start + para.length();
    }
    return blocks;
  }

  List<Quote> quotes() {
    return result.quotes();
  }

  List<Source> sources() {
    return result.sources();
  }

  /** The quote that has a part with exactly {@code text}. */
  Quote quote(String text) {
    for (Quote q : result.quotes()) {
      if (q.parts().stream().anyMatch(p -> p.text().equals(text))) {
        return q;
      }
    }
    return fail("no quote with a part \"" + text + "\" in " + result.quotes());
  }

  /** The name of the speaker of the quote with a part {@code text}, if it has one. */
  Optional<String> speakerOf(String text) {
    return source(quote(text)).map(Source::name);
  }

  Optional<Source> source(Quote q) {
    return q.speaker().flatMap(id -> result.sources().stream().filter(s -> s.id().equals(id)).findFirst());
  }

  /** The source named {@code name}. */
  Source source(String name) {
    return result.sources().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseGet(() -> fail("no source " + name + " in " + result.sources()));
  }

  /** Attributes {@code text} and checks that the first parts of its indirect quotes are exactly {@code parts}. */
  static Attributed assertIndirect(String text, String... parts) {
    Attributed a = paragraphs(text);
    assertEquals(List.of(parts), a.quotes().stream().filter(q -> q.kind() == Quote.Kind.INDIRECT)
        .map(q -> q.parts().get(0).text()).toList());
    return a;
  }

  void assertSpeaker(String expected, String quoteText) {
    assertEquals(Optional.of(expected), speakerOf(quoteText), "speaker of \"" + quoteText + "\"");
  }
}
