package org.copydesk.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;

/**
 * Pages read from JSON Lines files, one JSON object a line: {@code {"id": …, "url": …, "html": …}} or
 * {@code {"id": …, "text": …}}.
 *
 * <p>{@code id} (a string or a number) is required, and exactly one of {@code html} (the page's HTML) and
 * {@code text} (the page dumped to text); {@code url}, optional, is the address links resolve against and must be an
 * absolute URI. Other fields are ignored; blank lines are skipped. A line that breaks these rules becomes a failure
 * naming the rule. The file's path is each record's input.
 */
final class JsonLinesInput {

  private JsonLinesInput() {}

  /** The pages of the JSON Lines files {@code paths} names (comma-separated; {@code .gz} files are decompressed). */
  static JavaRDD<Page> read(SparkSession spark, String paths) {
    return spark.read().text(paths.split(","))
        .select("value", "_metadata.file_path")
        .javaRDD()
        .filter(row -> !row.getString(0).isBlank())
        .map(row -> page(row.getString(0), row.getString(1)));
  }

  /** The page one line of the file {@code input} describes. */
  static Page page(String line, String input) {
    JsonNode record;
    try {
      record = SharedParser.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return Page.unreadable(null, input, "line is not JSON (" + start(line) + "): " + e.getOriginalMessage());
    }
    if (!record.isObject()) {
      return Page.unreadable(null, input, "line is not a JSON object");
    }
    JsonNode idNode = record.path("id");
    if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
      return Page.unreadable(null, input, "record has no \"id\" (a string or a number)");
    }
    String id = idNode.asText();
    JsonNode html = record.path("html");
    JsonNode text = record.path("text");
    if (html.isMissingNode() == text.isMissingNode()) {
      return Page.unreadable(id, input, "record must have exactly one of \"html\" and \"text\"");
    }
    JsonNode content = html.isMissingNode() ? text : html;
    if (!content.isTextual()) {
      return Page.unreadable(id, input, "\"" + (html.isMissingNode() ? "text" : "html") + "\" must be a string");
    }
    String url = null;
    JsonNode urlNode = record.path("url");
    if (!urlNode.isMissingNode() && !urlNode.isNull()) {
      url = urlNode.asText();
      if (!urlNode.isTextual() || !isAbsoluteUri(url)) {
        return Page.unreadable(id, input, "\"url\" must be an absolute URI, was " + urlNode);
      }
    }
    return Page.ofText(id, input, url, !html.isMissingNode(), content.asText());
  }

  /** The start of a line, to find it by. */
  private static String start(String line) {
    return line.length() <= 40 ? "\"" + line + "\"" : "starts \"" + line.substring(0, 40) + "\"";
  }

  private static boolean isAbsoluteUri(String url) {
    try {
      return new URI(url).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
