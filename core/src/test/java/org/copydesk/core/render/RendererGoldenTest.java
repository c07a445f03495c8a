package org.copydesk.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.copydesk.core.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderer gives, byte for byte, the hand-checked golden file of each fixture article:
 * {@code golden/<article>.<format>} for the seed, the council and the harbour articles.
 */
class RendererGoldenTest {

  private static final Map<String, Function<Article, String>> RENDERERS = Map.of(
      "jsonld", JsonLdRenderer::render,
      "md", MarkdownRenderer::render,
      "txt", PlainTextRenderer::render,
      "html", HtmlReportRenderer::render);

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Fixtures.Named fixture : Fixtures.all()) {
      for (String format : List.of("jsonld", "md", "txt", "html")) {
        cases.add(Arguments.of(fixture, format));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("cases")
  void renderingGivesTheGoldenFile(Fixtures.Named fixture, String format) {
    String golden = Fixtures.resource("golden/" + fixture.name() + "." + format);
    String rendered = RENDERERS.get(format).apply(fixture.article());
    assertEquals(golden, rendered, () -> "golden/" + fixture.name() + "." + format + " differs from line "
        + firstDifferentLine(golden, rendered));
  }

  private static int firstDifferentLine(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    int i = 0;
    while (i < x.length && i < y.length && x[i].equals(y[i])) {
      i++;
    }
    return i + 1;
  }
}
