package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Byline;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/** The label and value pairs of Twitter cards credit the value when the label introduces a credit. */
class TwitterCardCreditTest {

  private final ArticleParser parser = ArticleParser.create();

  private List<String> authors(String metas) {
    return parser.parseHtml("<html><head><title>Storm Closes Schools</title>" + metas + "</head><body><article>"
        + "<h1>Storm Closes Schools</h1>"
        + "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p>"
        + "<p>Classes resume on Wednesday, when the roads are expected to be clear again.</p></article></body></html>")
        .byline().map(Byline::authors).orElse(List.of());
  }

  @Test
  void aWrittenByLabelCreditsItsData() {
    assertEquals(List.of("Jane Doe"), authors("<meta name=\"twitter:label1\" content=\"Written by\">"
        + "<meta name=\"twitter:data1\" content=\"Jane Doe\">"
        + "<meta name=\"twitter:label2\" content=\"Est. reading time\">"
        + "<meta name=\"twitter:data2\" content=\"4 minutes\">"));
  }

  @Test
  void theDataOfTheLabelThatCreditsIsTakenWhateverItsNumber() {
    assertEquals(List.of("Jane Doe"), authors("<meta name=\"twitter:label1\" content=\"Est. reading time\">"
        + "<meta name=\"twitter:data1\" content=\"Four Minutes\">"
        + "<meta name=\"twitter:label2\" content=\"Author\">"
        + "<meta name=\"twitter:data2\" content=\"Jane Doe\">"));
  }

  @Test
  void otherLabelsCreditNobody() {
    assertEquals(List.of(), authors("<meta name=\"twitter:label1\" content=\"Est. reading time\">"
        + "<meta name=\"twitter:data1\" content=\"Four Minutes\">"));
  }
}
