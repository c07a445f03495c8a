/**
 * A page's lines and what each one is recognised to be; recognising claims nothing.
 *
 * <p>{@code Page} cuts a text into its non-blank lines and measures each once ({@code PageLine}: words, stop words,
 * bullet, stanza, key, first date, chrome reason, repetitions), and the line's {@code LineFacts} ask each recogniser
 * about it at most once and keep the answer: the facts that follow from its measures when the page is read, the ones
 * that read its text when a reader first asks. The recognisers are pure functions of a line or a text,
 * each over its own documented lists: {@code Prose} (running text, short sentences, list items written as prose),
 * {@code ChromeLexicon} (chrome phrases and shapes), {@code Credits} (credit lines read into names),
 * {@code Dates} (printed calendar dates in the page's language), {@code PictureCredits}, {@code Newsletters},
 * {@code PersonNames} (lone names, portraits) and {@code Languages} (the page's language from its stop words).
 * {@code PrintedDates} opens the date recogniser to the HTML stage.
 *
 * <p>Nothing here claims a line or knows the readers of {@code org.copydesk.parser.internal.structure}, which decide
 * what each line becomes from these facts.
 */
package org.copydesk.parser.internal.structure.lines;
