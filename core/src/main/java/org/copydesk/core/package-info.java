/**
 * The article model: an immutable, JSON-serialisable description of a news article's structure.
 *
 * <p>{@link org.copydesk.core.Article} is the root. Its body is an ordered list of {@link org.copydesk.core.Block}s
 * (paragraphs, headings, media embeds, asides, disclaimers, author profiles); beside it stand the
 * {@link org.copydesk.core.Quote}s found in the body, the {@link org.copydesk.core.Source}s they are attributed to,
 * the {@link org.copydesk.core.Byline} and what the parser {@linkplain org.copydesk.core.Removal removed} as page
 * chrome. Every element carries a {@link org.copydesk.core.Span} into the input it was read from.
 *
 * <p>All types are immutable and thread-safe. Build them with their {@code builder()} methods; collections are never
 * {@code null}, absent values are {@link java.util.Optional#empty() empty}. Invariants (span order, speaker ids that
 * name a source, block indices in range) are checked when a value is built and fail with an
 * {@link java.lang.IllegalArgumentException} naming the field.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"removal:removed"})
package org.copydesk.core;

import org.immutables.value.Value;
