/**
 * Renderers that turn an {@link org.copydesk.core.Article} into the formats other tools read: schema.org JSON-LD
 * ({@link org.copydesk.core.render.JsonLdRenderer}), Markdown ({@link org.copydesk.core.render.MarkdownRenderer}),
 * plain text ({@link org.copydesk.core.render.PlainTextRenderer}) and a standalone HTML report for reviewers
 * ({@link org.copydesk.core.render.HtmlReportRenderer}).
 *
 * <p>Each renderer is one class with one static {@code render(Article)} method. Renderers are stateless and
 * thread-safe, never fail on an article the model accepts, and return text that ends with a line break (or no text at
 * all for an article with nothing to show). Every piece of article text is escaped for the format it lands in, and
 * only {@code http} and {@code https} addresses ever become links. For the JSON form of the model itself, see {@link org.copydesk.core.json.ArticleJson}.
 */
package org.copydesk.core.render;
