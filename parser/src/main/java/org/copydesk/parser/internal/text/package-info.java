/**
 * The one definition of each text notion the stages share: which characters are blank or a space, and the folded,
 * keyed and whitespace-collapsed forms of a text that lexicons and comparisons match against.
 */
package org.copydesk.parser.internal.text;
