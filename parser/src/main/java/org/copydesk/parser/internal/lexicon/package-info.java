/**
 * The parser's knowledge loader: every word and phrase list under {@code org/copydesk/parser/} is read through
 * {@link org.copydesk.parser.internal.lexicon.Lexicon}, one grammar for all of them. Lists shared by several stages
 * (such as {@code lexicon/name-particles.txt}) live beside it in {@code org/copydesk/parser/lexicon/}.
 * {@link org.copydesk.parser.internal.lexicon.PhraseList} matches a list of phrases against a line's key, prepared
 * once per line as a {@link org.copydesk.parser.internal.lexicon.PhraseKey}; it knows keys, not pages.
 */
package org.copydesk.parser.internal.lexicon;
