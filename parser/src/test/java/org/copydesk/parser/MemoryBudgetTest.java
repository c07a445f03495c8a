package org.copydesk.parser;

import java.net.URI;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.copydesk.core.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shapes of input that once needed hundreds of bytes of heap per input character (issue 13, item 2), at the size
 * they were reported at, on the text and the HTML path: each keeps the {@link MemoryBudget memory budget} and takes
 * linear CPU time. Long-running: each input is megabytes and is parsed several times.
 */
@Tag("slow")
class MemoryBudgetTest {

  private static final URI BASE = URI.create("https://example.org/a");
  private static final String PARAGRAPH = "The council voted 7-2 on Tuesday to approve the budget, which adds money for"
      + " roads and parks. “This budget keeps our promises,” said Mayor Ana Ruiz. Critics said the plan was rushed.";

  private final ArticleParser parser = ArticleParser.builder().maxInputChars(50_000_000).build();

  /** A shape of input, as text and as HTML, and the size in characters it was reported at. */
  enum Shape {
    BULLET_LINES(2_000_000, n -> fill("• Item with a few words in it\n", n),
        n -> "<ul>" + fill("<li>Item with a few words in it</li>\n", n) + "</ul>"),
    SHORT_PARAGRAPHS(4_300_000, n -> fill("A short paragraph of the story.\n\n", n),
        n -> fill("<p>A short paragraph of the story.</p>\n", n)),
    LONG_ARTICLE(4_900_000, n -> "Council Approves Budget\n\nBy Jane Doe\n\nOctober 18, 2022\n\n"
        + fill(PARAGRAPH + "\n\n", n),
        n -> "<html><head><title>Council Approves Budget</title></head><body><article><h1>Council Approves Budget</h1>"
            + "<p>By Jane Doe</p>" + fill("<p>" + PARAGRAPH + "</p>\n", n) + "</article></body></html>"),
    MANY_QUOTES(2_000_000, n -> fill("“We will build it,” the mayor said.\n\n", n),
        n -> fill("<p>“We will build it,” the mayor said.</p>\n", n));

    final int size;
    final IntFunction<String> text;
    final IntFunction<String> html;

    Shape(int size, IntFunction<String> text, IntFunction<String> html) {
      this.size = size;
      this.text = text;
      this.html = html;
    }
  }

  static String fill(String unit, int chars) {
    return unit.repeat(Math.max(1, chars / unit.length()));
  }

  private static void assertWithinBudgetAndLinear(IntFunction<String> input, int size, Function<String, Article> parse) {
    String full = input.apply(size);
    parse.apply(input.apply(size / 16));
    Article[] article = new Article[1];
    long allocated = Work.of(() -> article[0] = parse.apply(full)).allocatedBytes();
    MemoryBudget.assertWithin(full.length(), allocated, Work.heapFreedBy(() -> article[0] = null));
    Work.assertLinearCpu(input, size, parse::apply);
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void asTextEachShapeKeepsTheBudgetAndTakesLinearCpu(Shape shape) {
    assertWithinBudgetAndLinear(shape.text, shape.size, parser::parseText);
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void asHtmlEachShapeKeepsTheBudgetAndTakesLinearCpu(Shape shape) {
    assertWithinBudgetAndLinear(shape.html, shape.size, html -> parser.parseHtml(html, BASE));
  }

  private static String giantLine(int chars) {
    return fill("He said “yes” and she said ‘no’, officials said. ", chars);
  }

  /**
   * The 4.8 million characters on one line of the report: within the memory budget, and linear in CPU since the quote
   * stage's direct attribution looks only at the cues within each quote's reach (issue 13 item 1).
   */
  @Test
  void aGiantLineKeepsTheBudgetAndTakesLinearCpuAsTextAndHtml() {
    assertWithinBudgetAndLinear(MemoryBudgetTest::giantLine, 4_800_000, parser::parseText);
    assertWithinBudgetAndLinear(n -> "<p>" + giantLine(n) + "</p>", 4_800_000, html -> parser.parseHtml(html, BASE));
  }
}
