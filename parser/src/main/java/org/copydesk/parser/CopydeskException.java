package org.copydesk.parser;

/**
 * The base of the exceptions the parser throws on purpose, so that callers can tell a refused input from a bug.
 * Apart from {@link NullPointerException} for a {@code null} argument, the parse methods throw nothing else.
 */
public class CopydeskException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with the given message. */
  public CopydeskException(String message) {
    super(message);
  }

  /** Creates an exception with the given message and cause. */
  public CopydeskException(String message, Throwable cause) {
    super(message, cause);
  }
}
