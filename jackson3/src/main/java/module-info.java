/** Jackson 3 ({@code tools.jackson}) support for the Copydesk article model. */
module org.copydesk.jackson3 {
  requires transitive org.copydesk.core;
  requires transitive tools.jackson.databind;

  exports org.copydesk.jackson3;

  provides tools.jackson.databind.JacksonModule with org.copydesk.jackson3.ArticleJackson3Module;
}
