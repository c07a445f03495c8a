package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.copydesk.core.Removal;
import org.copydesk.core.Source;
import org.copydesk.core.Span;
import org.copydesk.core.json.ArticleJson;

/**
 * The invariants every parse must keep, whatever the input, as assertions shared by the property, pathological-input
 * and fuzz tests. Each failure message names the element and the positions involved.
 */
final class ArticleInvariants {

  private static final ObjectMapper MAPPER = ArticleJson.newMapper();

  private ArticleInvariants() {}

  /** Asserts every invariant of an article parsed from the text {@code input}. */
  static void assertHoldForText(String input, Article article) {
    assertSpansSliceTheInput(input, article);
    assertBlocksOrderedAndApart(article);
    assertQuotesStartInTheirBlock(article);
    assertSpeakersNameSources(article);
    assertEveryNonBlankCharacterAccountedFor(input, article);
    assertRoundTripsThroughJson(article);
  }

  /**
   * Asserts the invariants of an article parsed from {@code html}: its spans point into the HTML. Blocks are not
   * required to stand in source order: the HTML parser moves misnested content (stray text in a table goes before
   * the table), so reading order and source order can differ.
   */
  static void assertHoldForHtml(String html, Article article) {
    for (Located element : located(article)) {
      assertTrue(element.span.end() <= html.length(),
          () -> element.what + " at " + element.span + " ends past the HTML's " + html.length() + " characters");
    }
    assertQuotesStartInTheirBlock(article);
    assertSpeakersNameSources(article);
    assertRoundTripsThroughJson(article);
  }

  /** Every span lies in the input, and for elements that carry their text, slices to exactly that text. */
  static void assertSpansSliceTheInput(String input, Article article) {
    for (Located element : located(article)) {
      Span span = element.span;
      assertTrue(span.end() <= input.length(),
          () -> element.what + " at " + span + " ends past the input's " + input.length() + " characters");
      if (element.text != null) {
        assertEquals(element.text, span.slice(input), () -> element.what + " at " + span + " is not the input there");
      }
    }
  }

  /** Blocks stand in input order and share no character. */
  static void assertBlocksOrderedAndApart(Article article) {
    List<Block> blocks = article.blocks();
    for (int i = 1; i < blocks.size(); i++) {
      Span previous = blocks.get(i - 1).span();
      Span span = blocks.get(i).span();
      int at = i;
      assertTrue(previous.end() <= span.start(),
          () -> "blocks[" + at + "] at " + span + " starts before blocks[" + (at - 1) + "] at " + previous + " ends");
    }
  }

  /** A quote's first part lies in the block its {@code block} index names. */
  static void assertQuotesStartInTheirBlock(Article article) {
    for (int i = 0; i < article.quotes().size(); i++) {
      Quote quote = article.quotes().get(i);
      Span block = article.blocks().get(quote.block()).span();
      int start = quote.parts().get(0).start();
      int at = i;
      assertTrue(block.start() <= start && start <= block.end(),
          () -> "quotes[" + at + "] starts at " + start + ", outside blocks[" + quote.block() + "] at " + block);
    }
  }

  /** Every speaker id names a source of the article. */
  static void assertSpeakersNameSources(Article article) {
    Set<String> ids = new HashSet<>();
    for (Source source : article.sources()) {
      ids.add(source.id());
    }
    for (Quote quote : article.quotes()) {
      quote.speaker().ifPresent(id -> assertTrue(ids.contains(id), () -> "speaker " + id + " names no source"));
    }
  }

  /**
   * Every character of the input that is not {@linkplain #isBlank(char) blank} lies in a block, the headline, the
   * byline, the date line or a removal: nothing is lost silently.
   */
  static void assertEveryNonBlankCharacterAccountedFor(String input, Article article) {
    BitSet kept = new BitSet(input.length());
    List<Span> spans = new ArrayList<>();
    article.blocks().forEach(b -> spans.add(b.span()));
    article.headlineSpan().ifPresent(spans::add);
    article.byline().ifPresent(b -> spans.add(b.span()));
    article.publishedSpan().ifPresent(spans::add);
    article.removed().forEach(r -> spans.add(r.span()));
    for (Span span : spans) {
      kept.set(span.start(), Math.min(span.end(), input.length()));
    }
    for (int i = kept.nextClearBit(0); i < input.length(); i = kept.nextClearBit(i + 1)) {
      if (!isBlank(input.charAt(i))) {
        int at = i;
        fail(() -> String.format("U+%04X at %d is in no block, headline, byline, date or removal: \"%s\"",
            (int) input.charAt(at), at, context(input, at)));
      }
    }
  }

  /**
   * Whether {@code c} may be dropped without a removal: whitespace, no-break and other spaces, the byte order mark,
   * zero-width characters, the soft hyphen and NUL, the characters the parser documents as blank.
   */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || "\uFEFF\u200B\u200C\u200D\u2060\u00AD\u0000"
        .indexOf(c) >= 0;
  }

  /** The article reads back equal from its JSON form, as a string and as UTF-8 bytes. */
  static void assertRoundTripsThroughJson(Article article) {
    try {
      assertEquals(article, MAPPER.readValue(MAPPER.writeValueAsString(article), Article.class));
      assertEquals(article, MAPPER.readValue(MAPPER.writeValueAsBytes(article), Article.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String context(String input, int at) {
    return input.substring(Math.max(0, at - 20), Math.min(input.length(), at + 20));
  }

  /** An element's span, with the text it must slice to ({@code null} when its text is not a slice). */
  private record Located(String what, Span span, String text) {}

  private static List<Located> located(Article a) {
    List<Located> out = new ArrayList<>();
    for (int i = 0; i < a.blocks().size(); i++) {
      Block b = a.blocks().get(i);
      out.add(new Located("blocks[" + i + "]", b.span(), b.text()));
    }
    a.headlineSpan().ifPresent(s -> out.add(new Located("headline", s, a.headline().orElse(null))));
    a.byline().ifPresent(b -> out.add(new Located("byline", b.span(), b.text())));
    a.publishedSpan().ifPresent(s -> out.add(new Located("published", s, null)));
    for (int i = 0; i < a.removed().size(); i++) {
      Removal r = a.removed().get(i);
      out.add(new Located("removed[" + i + "]", r.span(), r.text()));
    }
    for (int i = 0; i < a.quotes().size(); i++) {
      Quote q = a.quotes().get(i);
      for (int j = 0; j < q.parts().size(); j++) {
        out.add(excerpt("quotes[" + i + "].parts[" + j + "]", q.parts().get(j)));
      }
      int at = i;
      q.cue().ifPresent(c -> out.add(excerpt("quotes[" + at + "].cue", c)));
    }
    for (Source s : a.sources()) {
      for (int j = 0; j < s.mentions().size(); j++) {
        out.add(excerpt("source " + s.id() + ".mentions[" + j + "]", s.mentions().get(j)));
      }
    }
    return out;
  }

  private static Located excerpt(String what, Excerpt e) {
    return new Located(what, e.span(), e.text());
  }
}
