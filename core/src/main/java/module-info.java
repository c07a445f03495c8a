/**
 * The Copydesk article model, its JSON form and renderers.
 *
 * <p>Jackson reads and writes the model reflectively, so the model package is open to it.
 */
module org.copydesk.core {
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static org.immutables.value.annotations;

  exports org.copydesk.core;
  exports org.copydesk.core.json;
  exports org.copydesk.core.render;

  opens org.copydesk.core to com.fasterxml.jackson.databind, tools.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with org.copydesk.core.json.ArticleJsonModule;
}
