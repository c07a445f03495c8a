package org.copydesk.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.SampleArticles;

/** The articles the renderer tests render: the seed and two short hand-made articles. */
final class Fixtures {

  /** A fixture article with the name its golden files go by. */
  record Named(String name, Article article) {
    @Override
    public String toString() {
      return name;
    }
  }

  private Fixtures() {}

  /** The seed ({@link SeedArticle}), the council article of the model tests and the harbour article. */
  static List<Named> all() {
    return List.of(new Named("seed", SeedArticle.ARTICLE), new Named("council", SampleArticles.allKinds()),
        new Named("harbour", HarbourArticle.ARTICLE));
  }

  /** Returns a test resource of this package as text. */
  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
