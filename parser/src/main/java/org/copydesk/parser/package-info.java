/**
 * Parses the text of a news article page, or its HTML, into the immutable {@link org.copydesk.core.Article} model.
 *
 * <p>{@link org.copydesk.parser.ArticleParser} is the entry point; it is immutable and thread-safe, so one instance
 * serves a whole application. Inputs above its configured size limit are refused with an
 * {@link org.copydesk.parser.InputTooLargeException}; every exception the parser throws on purpose is a
 * {@link org.copydesk.parser.CopydeskException}.
 */
package org.copydesk.parser;
