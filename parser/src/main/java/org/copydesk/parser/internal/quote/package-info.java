/**
 * Finds quotations in an article's body, attributes them to speakers through speech cues, pronouns and context, and
 * resolves the speakers into sources.
 */
package org.copydesk.parser.internal.quote;
