/**
 * Reads an article's structure from the lines of its page: measures each line ({@code Page}), finds the stretch the
 * body runs over ({@code BodyLocator}), the headline ({@code HeadlineFinder}), the credit and date lines
 * ({@code HeaderReader}, {@code Credits}, {@code Dates}), then claims media embeds, disclaimers, asides,
 * author profiles, headings and paragraphs, and reports every other line as removed with a reason. The knowledge it
 * uses (chrome phrases, credit words, month names, stop words, …) lives in the documented lists under
 * {@code org/copydesk/parser/structure/} on the class path.
 */
package org.copydesk.parser.internal.structure;
