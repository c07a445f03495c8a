/** Splits input text into lines with exact spans, without changing a character of it. */
package org.copydesk.parser.internal.segment;
