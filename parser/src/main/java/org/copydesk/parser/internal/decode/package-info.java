/**
 * Turns input bytes into the text the parser reads: picks the charset (a byte order mark, the charset a page declares,
 * or the caller's), decodes, and replaces bytes that cannot be decoded with U+FFFD, remembering where.
 */
package org.copydesk.parser.internal.decode;
