/** Runnable examples of the Copydesk API and the {@code copydesk} command-line tool. */
module org.copydesk.examples {
  requires org.copydesk.parser;
  requires com.fasterxml.jackson.databind;

  exports org.copydesk.examples;
  exports org.copydesk.examples.cli;
}
