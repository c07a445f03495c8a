/**
 * Runnable examples of the Copydesk API, one class per README section, and the command-line tool in
 * {@link org.copydesk.examples.cli}.
 */
package org.copydesk.examples;
