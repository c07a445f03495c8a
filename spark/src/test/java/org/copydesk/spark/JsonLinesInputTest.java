package org.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonLinesInputTest {

  private static final String FILE = "file:/crawl/pages.jsonl";

  @Test
  void aRecordWithHtmlAndUrlIsAnHtmlPageAtThatUrl() {
    Page page = JsonLinesInput.page("""
        {"id":"a1","url":"https://example.org/a","html":"<p>Hi</p>","lang":"en"}""", FILE);
    assertEquals("a1", page.id());
    assertEquals(FILE, page.input());
    assertEquals("https://example.org/a", page.url());
    assertTrue(page.html());
    assertEquals("<p>Hi</p>", page.text());
    assertNull(page.unreadable());
  }

  @Test
  void aRecordWithTextIsPageTextAndMayHaveANumericIdAndNoUrl() {
    Page page = JsonLinesInput.page("""
        {"id":42,"text":"Headline\\n\\nBody."}""", FILE);
    assertEquals("42", page.id());
    assertFalse(page.html());
    assertEquals("Headline\n\nBody.", page.text());
    assertNull(page.url());
  }

  @Test
  void aLineThatBreaksARuleIsUnreadableNamingTheRule() {
    assertUnreadable(null, "line is not JSON (\"{\"id\":\"a\",\"): Unexpected end-of-input", "{\"id\":\"a\",");
    assertUnreadable(null, "line is not JSON (\"{\"id\":\"a\",\"text\":\"x\"} {}\"): ",
        "{\"id\":\"a\",\"text\":\"x\"} {}");
    assertUnreadable(null, "line is not a JSON object", "[1, 2]");
    assertUnreadable(null, "record has no \"id\" (a string or a number)", "{\"text\":\"x\"}");
    assertUnreadable(null, "record has no \"id\" (a string or a number)", "{\"id\":{},\"text\":\"x\"}");
    assertUnreadable("a", "record must have exactly one of \"html\" and \"text\"", "{\"id\":\"a\"}");
    assertUnreadable("a", "record must have exactly one of \"html\" and \"text\"",
        "{\"id\":\"a\",\"html\":\"<p>x</p>\",\"text\":\"x\"}");
    assertUnreadable("a", "\"html\" must be a string", "{\"id\":\"a\",\"html\":7}");
    assertUnreadable("a", "\"url\" must be an absolute URI, was \"/a\"",
        "{\"id\":\"a\",\"url\":\"/a\",\"text\":\"x\"}");
    assertUnreadable("a", "\"url\" must be an absolute URI, was 3", "{\"id\":\"a\",\"url\":3,\"text\":\"x\"}");
  }

  private static void assertUnreadable(String id, String reason, String line) {
    Page page = JsonLinesInput.page(line, FILE);
    assertEquals(id, page.id(), line);
    assertEquals(FILE, page.input());
    assertTrue(page.unreadable() != null && page.unreadable().startsWith(reason), line + " -> " + page.unreadable());
  }
}
