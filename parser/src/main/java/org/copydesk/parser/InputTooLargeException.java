package org.copydesk.parser;

/**
 * Thrown when an input is longer than the parser's configured {@link ArticleParser.Builder#maxInputChars(int) limit}.
 * The message gives both the input's length and the limit.
 */
public final class InputTooLargeException extends CopydeskException {

  private static final long serialVersionUID = 1L;

  private final long length;
  private final long limit;

  /** Creates the exception for an input of {@code length} characters against a limit of {@code limit}. */
  public InputTooLargeException(String what, long length, long limit) {
    super(what + " is " + length + " characters long, over the limit of maxInputChars = " + limit
        + " (raise it with ArticleParser.builder().maxInputChars(...))");
    this.length = length;
    this.limit = limit;
  }

  /** The length of the refused input, in characters. */
  public long length() {
    return length;
  }

  /** The limit it exceeded, in characters. */
  public long limit() {
    return limit;
  }
}
