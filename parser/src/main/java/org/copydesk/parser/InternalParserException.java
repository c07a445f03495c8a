package org.copydesk.parser;

/**
 * Thrown when the parser fails on an input because of a bug in the parser itself, in place of the unexpected exception
 * that a stage threw (kept as the {@linkplain #getCause() cause}). The message names the stage; please report it,
 * with the input, to the project.
 *
 * <p>The parser is tested (with properties, pathological inputs and fuzzing) never to throw it; it exists so that
 * callers who process millions of pages can treat every failure on a page alike, as a {@link CopydeskException}.
 */
public final class InternalParserException extends CopydeskException {

  private static final long serialVersionUID = 1L;

  private static final String INTERNAL = "org.copydesk.parser.internal.";

  private final String stage;

  /** Creates the exception for {@code cause}, an exception that escaped a stage of the parser. */
  InternalParserException(Throwable cause) {
    this(stageOf(cause), cause);
  }

  private InternalParserException(String stage, Throwable cause) {
    super("internal error in the parser's " + stage + " stage, please report it with the input: " + cause, cause);
    this.stage = stage;
  }

  /**
   * The stage that failed: the package under {@code org.copydesk.parser.internal} of the innermost parser class on the
   * cause's stack ({@code "structure"}, {@code "quote"}, {@code "html"}, …), the class's name for a class directly in
   * that package, or {@code "parser"} when no internal class was involved.
   */
  public String stage() {
    return stage;
  }

  private static String stageOf(Throwable cause) {
    for (StackTraceElement frame : cause.getStackTrace()) {
      String name = frame.getClassName();
      if (name.startsWith(INTERNAL)) {
        String rest = name.substring(INTERNAL.length());
        int dot = rest.indexOf('.');
        String stage = dot >= 0 ? rest.substring(0, dot) : rest;
        int nested = stage.indexOf('$');
        return nested >= 0 ? stage.substring(0, nested) : stage;
      }
    }
    return "parser";
  }
}
