package org.copydesk.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.core.Article;
import org.copydesk.core.json.ArticleJson;
import org.copydesk.parser.ArticleParser;

/**
 * The README's first command: parses an article page dumped to text (by default the project's seed article) and prints
 * the article as JSON.
 */
public final class ParseSeedArticle {

  private ParseSeedArticle() {}

  /** Parses the file named by {@code args[0]} and prints its JSON. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ParseSeedArticle FILE");
      System.exit(2);
    }
    String text = Files.readString(Path.of(args[0]));
    Article article = ArticleParser.create().parseText(text);
    System.out.println(ArticleJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(article));
  }
}
