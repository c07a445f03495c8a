/**
 * Runnable examples of the Copydesk API, one class per README section; run one with
 * {@code ./mvnw -q -pl examples -am package -DskipTests exec:java -Dexec.mainClass=org.copydesk.examples.QuickStart}.
 */
package org.copydesk.examples;
