/** Runnable examples of the Copydesk API, one per README section. */
module org.copydesk.examples {
  requires org.copydesk.parser;
  requires com.fasterxml.jackson.databind;

  exports org.copydesk.examples;
}
