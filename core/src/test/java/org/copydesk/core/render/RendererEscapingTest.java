package org.copydesk.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * No article text survives as markup: {@link HostileArticle}'s scripts, event handlers, attribute-breaking quotes and
 * {@code javascript:} addresses come out of every renderer as text.
 */
class RendererEscapingTest {

  /** Asserts a parsed HTML page runs nothing: no script, no event handler, no link or source that is not the web. */
  static void assertInert(Document doc) {
    assertTrue(doc.select("script").isEmpty(), "no script element");
    assertTrue(doc.select("img, iframe, object, embed, svg, math, form, input, [autofocus], [x]").isEmpty(),
        "no element made from article text");
    for (Element element : doc.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertFalse(attribute.getKey().toLowerCase().startsWith("on"), element.outerHtml());
        if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
          assertTrue(attribute.getValue().matches("https?://.*|#block-\\d+"), attribute.toString());
        }
      }
    }
  }

  @Test
  void theHtmlReportShowsEveryAttackAsText() {
    String html = HtmlReportRenderer.render(HostileArticle.ARTICLE);
    Document doc = Jsoup.parse(html);
    assertInert(doc);
    assertEquals(HostileArticle.PAYLOAD, doc.selectFirst("h1").text());
    assertEquals(HostileArticle.PAYLOAD, doc.selectFirst("main mark.quote").text());
    assertEquals(HostileArticle.DOUBLE_QUOTED, doc.selectFirst("main mark.quote").attr("data-source"),
        "an attribute value comes back whole");
    assertEquals(List.of(HostileArticle.DOUBLE_QUOTED, HostileArticle.SINGLE_QUOTED),
        doc.select("#sources li").eachAttr("data-source"));
    assertEquals(HostileArticle.LANGUAGE, doc.selectFirst("main").attr("lang"));
    assertTrue(doc.select("a").stream().allMatch(a -> a.attr("href").startsWith("#block-")), "no media link");
    for (String url : HostileArticle.BAD_URLS) {
      assertTrue(doc.select(".media-url").eachText().stream().anyMatch(t -> t.endsWith(Texts.collapse(url))), url);
    }
  }

  @Test
  void theMarkdownHoldsNoHtmlAndRendersToInertHtml() {
    String markdown = MarkdownRenderer.render(HostileArticle.ARTICLE);
    Node document = Parser.builder().build().parse(markdown);
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlInline html) {
        throw new AssertionError("raw HTML in the Markdown: " + html.getLiteral());
      }

      @Override
      public void visit(HtmlBlock html) {
        throw new AssertionError("raw HTML in the Markdown: " + html.getLiteral());
      }
    });
    Document doc = Jsoup.parse(HtmlRenderer.builder().build().render(document));
    assertInert(doc);
    assertTrue(doc.select("a").isEmpty(), "no link made from a non-web address");
    assertEquals(HostileArticle.PAYLOAD, doc.selectFirst("h1").text());
  }

  @Test
  void theJsonLdCanStandInAScriptElementAndReadsBackToTheText() throws Exception {
    String jsonLd = JsonLdRenderer.render(HostileArticle.ARTICLE);
    Document doc = Jsoup.parse("<script type=\"application/ld+json\">" + jsonLd + "</script>");
    assertEquals(jsonLd, doc.selectFirst("script").data(), "nothing in the JSON closes the script element");
    assertEquals(HostileArticle.PAYLOAD, new ObjectMapper().readTree(jsonLd).get("headline").asText());
  }
}
