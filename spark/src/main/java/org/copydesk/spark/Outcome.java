package org.copydesk.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What became of one page: its line in the articles or the failures output, and, when parsed, its rows of the quote
 * table and its number of sources.
 *
 * @param parsed whether the page was parsed ({@code json} is then an articles line, else a failures line)
 * @param json the page's line of JSON
 * @param quotes the page's rows of the {@linkplain QuoteTable quote table}; empty for a failure
 * @param sources how many sources the article cites; 0 for a failure
 */
record Outcome(boolean parsed, String json, List<Row> quotes, int sources) implements Serializable {

  static Outcome failure(String json) {
    return new Outcome(false, json, List.of(), 0);
  }
}
