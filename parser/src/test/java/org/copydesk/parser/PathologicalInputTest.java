package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.copydesk.core.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs built to make a parser hang, recurse too deep or go quadratic, after commonmark-java's
 * {@code PathologicalTest}. Each must parse, keep the {@link ArticleInvariants invariants}, cost work in proportion
 * to its size and stay within the {@link MemoryBudget memory budget}. Work is counted, never timed: when the input grows
 * fourfold, the bytes allocated may grow by at most {@value #MAX_GROWTH} (at most 2.5 times per doubling, where
 * quadratic work would grow sixteenfold) and the thread CPU time by at most {@link Work#MAX_CPU_SLOWDOWN_PER_UNIT} times
 * four (see {@link Work#assertLinearCpu}). The timeouts only catch hangs.
 */
@Tag("slow")
class PathologicalInputTest {

  private static final Duration HANG = Duration.ofMinutes(2);
  private static final double MAX_GROWTH = 6.25;
  private static final URI BASE = URI.create("https://example.org/a");

  private final ArticleParser parser = ArticleParser.builder().maxInputChars(50_000_000).build();

  /**
   * Parses the input of {@code size} units with {@code parse}, checks the result with {@code check}, compares the
   * bytes allocated and the CPU time with those for a quarter of the size, and holds the full size to the memory
   * budget per unit of {@code length}.
   */
  private static <T> void assertParsesInLinearWork(IntFunction<T> input, int size, ToIntFunction<T> length,
      Function<T, Article> parse, BiConsumer<T, Article> check) {
    assertTimeoutPreemptively(HANG, () -> {
      parse.apply(input.apply(size / 16));
      T quarter = input.apply(size / 4);
      long quarterWork = Work.of(() -> parse.apply(quarter)).allocatedBytes();
      T full = input.apply(size);
      Article[] article = new Article[1];
      long fullWork = Work.of(() -> article[0] = parse.apply(full)).allocatedBytes();
      check.accept(full, article[0]);
      assertTrue(fullWork <= MAX_GROWTH * quarterWork, () -> String.format(
          "parsing 4 times the input allocated %.1f times the bytes (%,d against %,d): more than linear",
          (double) fullWork / quarterWork, fullWork, quarterWork));
      MemoryBudget.assertWithin(length.applyAsInt(full), fullWork, Work.heapFreedBy(() -> article[0] = null));
      // A quarter of the size is enough to see quadratic CPU work, and keeps the best-of-several runs cheap.
      Work.assertLinearCpu(input, size / 4, parse::apply);
    });
  }

  private void assertTextParsesInLinearWork(IntFunction<String> input, int size) {
    assertParsesInLinearWork(input, size, String::length, parser::parseText, ArticleInvariants::assertHoldForText);
  }

  private void assertHtmlParsesInLinearWork(IntFunction<String> input, int size) {
    assertParsesInLinearWork(input, size, String::length, html -> parser.parseHtml(html, BASE),
        ArticleInvariants::assertHoldForHtml);
  }

  @Test
  void hundredThousandUnclosedQuoteMarksOnOneLine() {
    assertTextParsesInLinearWork(n -> "“word ".repeat(n), 100_000);
  }

  @Test
  void hundredThousandParagraphsThatEachOpenAQuote() {
    assertTextParsesInLinearWork(n -> "“The minister said the report was unfounded, she said.\n\n".repeat(n), 100_000);
  }

  @Test
  void alternatingQuoteStylesThatNeverPair() {
    assertTextParsesInLinearWork(n -> "“a ‘b «c „d \"e 'f ‹g 「h ” ’ » “ \" ' › 」 ".repeat(n), 25_000);
  }

  private static String quotesWithoutANewline(int chars) {
    return "He said “yes” and she said ‘no’, officials said. ".repeat(chars / 50);
  }

  /**
   * One paragraph with many quotes: direct attribution once looked through the paragraph's whole cue list for each
   * quote, O(quotes × cues), issue 13 item 1; each quote now looks only at the cues within its reach.
   */
  @Test
  void oneMegabyteWithoutANewline() {
    assertTextParsesInLinearWork(PathologicalInputTest::quotesWithoutANewline, 1 << 20);
  }

  @Test
  void oneMegabyteWithoutASpace() {
    assertTextParsesInLinearWork("x"::repeat, 1 << 20);
  }

  @Test
  void aMegabyteParagraphOfReportedSpeech() {
    String sentence = "Tom Reed said the bridge will stay closed for weeks. ";
    assertTextParsesInLinearWork(n -> "Headline\n\n" + sentence.repeat(n / sentence.length()), 1 << 20);
  }

  @Test
  void aMegabyteOfSpeechCuesWithoutASentenceEnd() {
    assertTextParsesInLinearWork(n -> "Headline\n\n" + "Tom Reed said Anna Berg said ".repeat(n / 29), 1 << 20);
  }

  @Test
  void aMillionBlankLines() {
    assertTextParsesInLinearWork(n -> "Headline\n" + "\n \r\n\u00A0\r".repeat(n / 3 + 1) + "Body.\n", 1_000_000);
  }

  @Test
  void aMillionOneCharacterLines() {
    assertTextParsesInLinearWork(n -> "a\n".repeat(n), 1_000_000);
  }

  @Test
  void aPageOfOnlyChrome() {
    String chrome = String.join("\n", ArticlePages.CHROME) + "\n";
    assertTextParsesInLinearWork(n -> chrome.repeat(n / ArticlePages.CHROME.size()), 100_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<div>", "<b><i>", "<table><tr><td>", "<ul><li>", "<blockquote><p>", "<span><a href=x>"})
  void hundredThousandDeepNestedHtml(String open) {
    assertHtmlParsesInLinearWork(n -> open.repeat(n) + "deep text" + "</div></b>".repeat(n), 100_000);
  }

  @Test
  void oneMegabyteOfBinaryJunkAsText() {
    assertParsesInLinearWork(PathologicalInputTest::junk, 1 << 20, bytes -> bytes.length, parser::parseText,
        (bytes, article) -> ArticleInvariants.assertHoldForText(parser.decodeText(bytes), article));
  }

  @Test
  void oneMegabyteOfBinaryJunkAsHtml() {
    assertParsesInLinearWork(PathologicalInputTest::junk, 1 << 20, bytes -> bytes.length,
        bytes -> parser.parseHtml(bytes, BASE),
        (bytes, article) -> ArticleInvariants.assertHoldForHtml(parser.decodeHtml(bytes), article));
  }

  private static byte[] junk(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }
}
