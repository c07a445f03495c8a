package org.copydesk.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.copydesk.core.Article;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Quote;
import org.copydesk.core.Source;

/**
 * The flat table of quotes for analysts: one row per quote of every parsed article, written as Parquet.
 *
 * <p>Columns: {@code article_id} and {@code url} (of the page), {@code headline} and {@code published} (of the
 * article, as in its JSON), {@code quote_index} (the quote's position in the article's {@code quotes}),
 * {@code quote_text}, {@code quote_kind} ({@code direct}, {@code partial}, {@code indirect}, {@code scare}),
 * {@code speaker_name} and {@code speaker_kind} ({@code person}, {@code organization}, {@code group},
 * {@code unnamed}), and {@code cue} (the speech verb or phrase). Absent values are null.
 */
final class QuoteTable {

  static final StructType SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("headline", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("quote_index", DataTypes.IntegerType, false)
      .add("quote_text", DataTypes.StringType, false)
      .add("quote_kind", DataTypes.StringType, false)
      .add("speaker_name", DataTypes.StringType)
      .add("speaker_kind", DataTypes.StringType)
      .add("cue", DataTypes.StringType);

  private QuoteTable() {}

  /** The rows of the quotes of {@code article}, parsed from {@code page}. */
  static List<Row> rows(Page page, Article article) {
    List<Row> rows = new ArrayList<>(article.quotes().size());
    String headline = article.headline().orElse(null);
    String published = article.published().orElse(null);
    for (int i = 0; i < article.quotes().size(); i++) {
      Quote quote = article.quotes().get(i);
      Source speaker = article.speakerOf(quote).orElse(null);
      rows.add(RowFactory.create(
          page.id(), page.url(), headline, published,
          i, quote.text(), jsonName(quote.kind()),
          speaker == null ? null : speaker.name(), speaker == null ? null : jsonName(speaker.kind()),
          quote.cue().map(Excerpt::text).orElse(null)));
    }
    return rows;
  }

  /** The name an enum constant has in the article JSON ({@code DIRECT} is {@code direct}). */
  private static String jsonName(Enum<?> value) {
    return SharedParser.mapper().convertValue(value, String.class);
  }
}
