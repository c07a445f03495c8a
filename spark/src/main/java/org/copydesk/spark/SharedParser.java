package org.copydesk.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.copydesk.core.json.ArticleJson;
import org.copydesk.parser.ArticleParser;

/**
 * The one {@link ArticleParser} and JSON mapper of a JVM, shared by every task that runs in it.
 *
 * <p>Both are immutable and thread-safe. They are built on first use in each executor JVM (the holder class is
 * initialised then, once, by the JVM's class initialisation lock), never shipped from the driver and never built per
 * record.
 */
final class SharedParser {

  private SharedParser() {}

  /** The JVM's parser, with the default settings. */
  static ArticleParser parser() {
    return Holder.PARSER;
  }

  /** The JVM's mapper for the article JSON contract ({@link ArticleJson#newMapper()}). */
  static ObjectMapper mapper() {
    return Holder.MAPPER;
  }

  private static final class Holder {
    static final ArticleParser PARSER = ArticleParser.create();
    static final ObjectMapper MAPPER = ArticleJson.newMapper();
  }
}
