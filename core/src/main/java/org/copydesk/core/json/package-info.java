/**
 * Reading and writing articles as JSON: {@link org.copydesk.core.json.ArticleJson} makes a configured Jackson mapper,
 * {@link org.copydesk.core.json.ArticleJsonModule} is the Jackson module behind it.
 *
 * <p>The JSON form is a public contract, described by the JSON Schema at
 * {@code org/copydesk/core/article.schema.json} on the class path. Field names and type ids are stable within a
 * {@linkplain org.copydesk.core.Article#SCHEMA_VERSION schema version}; absent values are left out.
 */
package org.copydesk.core.json;
