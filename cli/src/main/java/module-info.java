/** The {@code copydesk} command-line tool: parses article pages and prints them as JSON Lines or another format. */
module org.copydesk.cli {
  requires org.copydesk.parser;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports org.copydesk.cli;
}
