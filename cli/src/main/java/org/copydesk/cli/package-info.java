/**
 * The {@code copydesk} command-line tool ({@link org.copydesk.cli.Main}), built as the runnable jar
 * {@code cli/target/copydesk.jar}.
 */
package org.copydesk.cli;
