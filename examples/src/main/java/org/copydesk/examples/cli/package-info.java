/**
 * The {@code copydesk} command-line tool: {@code java -jar copydesk.jar parse [--html] [--format F] FILE…}. See
 * {@link org.copydesk.examples.cli.Main}.
 */
package org.copydesk.examples.cli;
