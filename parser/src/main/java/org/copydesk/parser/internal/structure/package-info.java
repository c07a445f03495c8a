/**
 * Reads an article's structure from its lines: removes page chrome (reporting each removal), finds the headline, the
 * byline and the date, and classifies the remaining blocks (paragraphs, headings, media, asides, disclaimers, author
 * profiles).
 */
package org.copydesk.parser.internal.structure;
