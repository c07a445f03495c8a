/**
 * Turns an HTML page into the text a browser's text dump would give (one block per line, blank lines between), with a
 * map from every character of that text back to its position in the HTML, and reads the page's metadata.
 */
package org.copydesk.parser.internal.html;
