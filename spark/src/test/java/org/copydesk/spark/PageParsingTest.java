package org.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.copydesk.core.Article;
import org.copydesk.core.json.ArticleJson;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

class PageParsingTest {

  @Test
  void aParsedPageIsAnArticleLineWithItsIdInputUrlAndArticle() throws IOException {
    Page page = Page.ofText("a1", "file:/crawl/pages.jsonl", "https://example.org/news/bridge", true,
        SampleInput.BRIDGE);
    Outcome outcome = PageParsing.parse(page);
    assertTrue(outcome.parsed());
    JsonNode line = SharedParser.mapper().readTree(outcome.json());
    assertEquals(List.of("id", "input", "url", "article"), fieldNames(line));
    assertEquals("a1", line.path("id").asText());
    assertEquals("file:/crawl/pages.jsonl", line.path("input").asText());
    assertEquals("https://example.org/news/bridge", line.path("url").asText());
    Article expected = ArticleParser.create().parseHtml(SampleInput.BRIDGE,
        URI.create("https://example.org/news/bridge"));
    assertEquals(expected, ArticleJson.fromJson(line.path("article").toString()));
    assertEquals(expected.sources().size(), outcome.sources());
  }

  @Test
  void bytesAreDecodedAsTheParserDecodesThem() {
    byte[] latin1 = "Caf\u00e9 Opens\n\nThe caf\u00e9 opened on Monday.\n".getBytes(StandardCharsets.ISO_8859_1);
    Outcome outcome = PageParsing.parse(Page.ofBytes("f", "f", null, false, latin1));
    assertTrue(outcome.parsed());
    assertTrue(outcome.json().contains("\"reason\":\"undecodable\""), "a Latin-1 byte is reported: " + outcome.json());
  }

  @Test
  void eachQuoteIsOneRowWithItsArticleAndSpeaker() {
    Outcome outcome = PageParsing.parse(Page.ofText("h", "file:/h.txt", null, false, SampleInput.HARBOUR));
    List<Row> rows = outcome.quotes();
    assertFalse(rows.isEmpty());
    Row first = rows.get(0);
    assertEquals(QuoteTable.SCHEMA.size(), first.size());
    assertEquals("h", first.get(0));
    assertEquals(null, first.get(1));
    assertEquals("Harbour Reopens After Storm", first.get(2));
    assertEquals(0, first.get(4));
    assertEquals("direct", first.get(6));
    assertEquals("Maria Costa", first.get(7));
    assertEquals("person", first.get(8));
    assertEquals("said", first.get(9));
  }

  @Test
  void anUnreadablePageIsAReadFailure() throws IOException {
    Outcome outcome = PageParsing.parse(Page.unreadable(null, "file:/a.jsonl", "line is not JSON: x"));
    assertFalse(outcome.parsed());
    assertEquals(List.of(), outcome.quotes());
    JsonNode line = SharedParser.mapper().readTree(outcome.json());
    assertEquals(List.of("input", "stage", "error"), fieldNames(line));
    assertEquals("read", line.path("stage").asText());
    assertEquals("line is not JSON: x", line.path("error").asText());
  }

  @Test
  void aPageTheParserRejectsIsAParseFailureNamingTheException() throws IOException {
    String tooLong = "x".repeat(ArticleParser.DEFAULT_MAX_INPUT_CHARS + 1);
    Outcome outcome = PageParsing.parse(Page.ofText("big", "file:/big.txt", null, false, tooLong));
    assertFalse(outcome.parsed());
    JsonNode line = SharedParser.mapper().readTree(outcome.json());
    assertEquals("parse", line.path("stage").asText());
    assertTrue(line.path("error").asText().startsWith("InputTooLargeException: "), line.toString());
    assertEquals("big", line.path("id").asText());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
