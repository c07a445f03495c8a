package org.copydesk.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.copydesk.core.Article;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes reading article JSON: whatever the input, {@link ArticleJson#fromJson(String)} gives an article or throws a
 * {@link JsonProcessingException}, and an article it gives writes back to JSON that reads as an equal article.
 *
 * <p>The default build runs the saved inputs under {@code ArticleJsonFuzzTestInputs/fromJson} in the test resources
 * as regression tests; the README's "Robustness and limits" section shows how to fuzz.
 */
@Tag("slow")
class ArticleJsonFuzzTest {

  @FuzzTest
  @DictionaryEntries({"\"schemaVersion\"", "\"headline\"", "\"headlineSpan\"", "\"byline\"", "\"authors\"",
      "\"contributors\"", "\"published\"", "\"publishedSpan\"", "\"language\"", "\"blocks\"", "\"quotes\"",
      "\"sources\"", "\"removed\"", "\"type\"", "\"text\"", "\"span\"", "\"start\"", "\"end\"", "\"paragraph\"",
      "\"heading\"", "\"media\"", "\"aside\"", "\"disclaimer\"", "\"authorProfile\"", "\"duplicateOf\"", "\"level\"",
      "\"kind\"", "\"parts\"", "\"speaker\"", "\"cue\"", "\"block\"", "\"id\"", "\"name\"", "\"mentions\"",
      "\"reason\"", "\"direct\"", "\"person\"", "\"navigation\"", "\"undecodable\"", "\"durationSeconds\"",
      "\"playable\"", "\"caption\"", "\"title\"", "\"bio\"", "\"gender\"", "\"pseudonymous\"", "\"description\""})
  void fromJson(byte[] input) throws JsonProcessingException {
    Article article;
    try {
      article = ArticleJson.fromJson(new String(input, StandardCharsets.UTF_8));
    } catch (JsonProcessingException refused) {
      return;
    }
    assertEquals(article, ArticleJson.fromJson(ArticleJson.toJson(article)));
  }
}
