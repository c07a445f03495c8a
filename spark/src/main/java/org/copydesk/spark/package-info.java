/**
 * Parsing a crawl on Apache Spark: {@link org.copydesk.spark.ParseJob} reads page files, JSON Lines of pages and WARC
 * files, parses each page with one shared {@code ArticleParser} per executor JVM, and writes the articles as JSON
 * Lines, their quotes as a Parquet table and the failures as JSON Lines.
 */
package org.copydesk.spark;
