package org.copydesk.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One record read from the job's inputs: a page to parse, or the reason it could not be read.
 *
 * <p>A readable page holds its content either as a string ({@link #text()}, from JSON Lines) or as bytes
 * ({@link #bytes()}, from files and WARC records, decoded by the parser). A page that could not be read holds
 * {@link #unreadable()} instead, so that it reaches the failures output like a page that could not be parsed.
 *
 * @param id identifies the record in the outputs: the file's path, the JSON object's {@code id}, the WARC record id
 * @param input where the record came from: the file's path
 * @param url the page's address, or {@code null}; for HTML, links resolve against it when it is an absolute URI
 * @param html whether the content is HTML rather than page text
 * @param text the content as a string, or {@code null}
 * @param bytes the content as bytes, or {@code null}
 * @param unreadable why the record could not be read, or {@code null}
 */
record Page(String id, String input, String url, boolean html, String text, byte[] bytes, String unreadable)
    implements Serializable {

  Page {
    Objects.requireNonNull(input, "input must not be null");
    if ((text == null) == (bytes == null) && unreadable == null) {
      throw new IllegalArgumentException("a readable page has exactly one of text and bytes");
    }
  }

  static Page ofText(String id, String input, String url, boolean html, String text) {
    return new Page(id, input, url, html, Objects.requireNonNull(text, "text must not be null"), null, null);
  }

  static Page ofBytes(String id, String input, String url, boolean html, byte[] bytes) {
    return new Page(id, input, url, html, null, Objects.requireNonNull(bytes, "bytes must not be null"), null);
  }

  static Page unreadable(String id, String input, String reason) {
    return new Page(id, input, null, false, null, null, Objects.requireNonNull(reason, "reason must not be null"));
  }
}
