/**
 * Reads an article's structure from the lines of its page, in two layers.
 *
 * <p>Recognisers ({@code structure.lines}) measure each line of the page and find what it is (prose, a credit, a
 * date, chrome, a picture credit, a newsletter prompt, a lone name), once per line, claiming nothing. Readers (this
 * package) decide what each line becomes, from those facts: {@code BodyLocator} finds the stretch the body runs over,
 * {@code HeadlineFinder} the headline, {@code HeaderReader} the credit and date lines; then the
 * {@linkplain org.copydesk.parser.internal.structure.BlockReader block readers}, which {@code StructureReader} lists
 * in the order they run, claim media embeds, disclaimers, asides, author profiles, and last headings and paragraphs.
 * {@code Layout} records what each line became; every line left over is reported as removed with a reason. Readers
 * never ask one another about a line: only {@code StructureReader} calls them.
 *
 * <p>The knowledge both layers use (chrome phrases, credit words, stop words, …) lives in the documented lists under
 * {@code org/copydesk/parser/structure/} on the class path, read through {@code internal.lexicon}.
 */
package org.copydesk.parser.internal.structure;
