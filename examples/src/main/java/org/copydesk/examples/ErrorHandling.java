package org.copydesk.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.copydesk.core.json.ArticleJson;
import org.copydesk.parser.ArticleParser;
import org.copydesk.parser.CopydeskException;
import org.copydesk.parser.InputTooLargeException;

/**
 * README "Robustness and limits": the exceptions to expect, each with a message that names the problem. A
 * {@link CopydeskException} is a refused input (or, should the parser have a bug, an internal error naming its stage);
 * reading a file or stream adds {@link IOException}; reading JSON throws {@link JsonProcessingException}.
 */
public final class ErrorHandling {

  private ErrorHandling() {}

  /** Triggers each kind of failure and prints its message. */
  public static void main(String[] args) {
    ArticleParser parser = ArticleParser.builder().maxInputChars(1_000).build();
    try {
      parser.parseText("word ".repeat(1_000));
    } catch (InputTooLargeException e) {
      System.out.println("too large: " + e.getMessage());
    }
    try {
      parser.parseText(new ByteArrayInputStream(new byte[10_000]));   // reading stops at the limit
    } catch (CopydeskException e) {
      System.out.println("stream refused: " + e.getMessage());
    } catch (IOException e) {
      System.out.println("cannot read: " + e.getMessage());
    }
    try {
      parser.parseText(Path.of("no", "such", "page.txt"));
    } catch (IOException e) {
      System.out.println("cannot read: " + e);
    }
    try {
      ArticleJson.fromJson("{\"schemaVersion\":1,\"blocks\":[{\"type\":\"poll\"}],\"quotes\":[],\"sources\":[],\"removed\":[]}");
    } catch (JsonProcessingException e) {
      System.out.println("bad JSON: " + e.getOriginalMessage());
    }
    try {
      ArticleParser.builder().maxInputChars(0).build();
    } catch (IllegalArgumentException e) {
      System.out.println("bad setting: " + e.getMessage());
    }
  }
}
