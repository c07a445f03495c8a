/**
 * The Copydesk parser: article page text or HTML in, {@link org.copydesk.core.Article} out.
 *
 * <p>Entry point: {@link org.copydesk.parser.ArticleParser}.
 */
module org.copydesk.parser {
  requires transitive org.copydesk.core;
  requires org.jsoup;

  exports org.copydesk.parser;
}
