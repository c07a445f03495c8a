package org.copydesk.consumercheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.json.ArticleJson;
import org.copydesk.jackson3.ArticleJson3;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** copydesk-jackson3 used from a separate project: Jackson 3 reads and writes the same JSON as Jackson 2. */
class Jackson3ConsumerTest {

  @Test
  void classPathHoldsThePinnedJackson3() {
    String jackson3 = System.getProperty("expected.jackson3.version");
    assertEquals(jackson3, tools.jackson.core.json.PackageVersion.VERSION.toString());
    assertEquals(jackson3, tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
  }

  @Test
  void articlesRoundTripThroughArticleJson3InTheJackson2Form() throws Exception {
    for (Article article : List.of(Pages.text(), Pages.html())) {
      String json = ArticleJson3.toJson(article);
      assertFalse(json.contains("null"), json);
      assertEquals(ArticleJson.toJson(article), json);
      assertEquals(article, ArticleJson3.fromJson(json));
    }
  }

  @Test
  void mapperWithFoundModulesReadsTheJson() {
    Article article = Pages.html();
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertEquals(article, mapper.readValue(ArticleJson.toJson(article), Article.class));
  }
}
