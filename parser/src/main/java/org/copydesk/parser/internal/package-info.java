/**
 * The parser's pipelines, in stages whose packages say what they do: {@code segment} (lines and their spans),
 * {@code structure} (chrome removal, headline, byline, block classification), {@code quote} (quote finding,
 * attribution, source resolution) and {@code html} (HTML to text with a map back to the source). Not API: nothing
 * here is exported.
 */
package org.copydesk.parser.internal;
