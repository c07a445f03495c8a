package org.copydesk.examples;

import java.io.IOException;
import org.copydesk.core.Article;
import org.copydesk.core.json.ArticleJson;
import org.copydesk.parser.ArticleParser;

/** README "JSON": write an article as JSON and read it back to an equal value. */
public final class ReadAndWriteJson {

  private ReadAndWriteJson() {}

  /** Prints an article's JSON and whether reading it back gives an equal article. */
  public static void main(String[] args) throws IOException {
    Article article = ArticleParser.create().parseText("Markets Rally\n\nStocks rose on Friday.\n");
    String json = ArticleJson.toJson(article);
    Article back = ArticleJson.fromJson(json);
    System.out.println(json);
    System.out.println("equal after a round trip: " + back.equals(article));
  }
}
