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
    this(length, limit, what + " is " + length + " characters long, over the limit of maxInputChars = " + limit + HINT);
  }

  private static final String HINT = " (raise it with ArticleParser.builder().maxInputChars(...))";

  private InputTooLargeException(long length, long limit, String message) {
    super(message);
    this.length = length;
    this.limit = limit;
  }

  /**
   * For an input refused by its size in bytes, before or while reading: longer than {@code maxBytes}, which
   * {@code limit} characters of at most {@code bytesPerChar} bytes each never exceed.
   */
  static InputTooLargeException ofBytes(String what, long maxBytes, int bytesPerChar, long limit) {
    return new InputTooLargeException(limit + 1, limit, what + " is longer than " + maxBytes + " bytes (" + bytesPerChar
        + " bytes per character), so over the limit of maxInputChars = " + limit + HINT);
  }

  /**
   * The length of the refused input, in characters; for an input refused by its size in bytes (see
   * {@link ArticleParser}), a lower bound: {@code limit() + 1}.
   */
  public long length() {
    return length;
  }

  /** The limit it exceeded, in characters. */
  public long limit() {
    return limit;
  }
}
