package org.copydesk.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.parser.ArticleParser;

/**
 * The parsed command line of {@code copydesk parse}.
 *
 * @param command what to do
 * @param mode how inputs are read: as text, as HTML, or as what they start like
 * @param format the output format
 * @param baseUri the page's address, for one HTML input
 * @param jobs how many inputs are parsed at a time
 * @param maxChars the parser's size limit, in characters
 * @param inputs the files, directories and "-" given, in order
 */
record Options(Command command, Mode mode, String format, Optional<URI> baseUri, int jobs, int maxChars,
    List<String> inputs) {

  /** What the tool was asked to do. */
  enum Command { PARSE, HELP, VERSION }

  /** How inputs are read. */
  enum Mode { SNIFF, TEXT, HTML }

  static final List<String> FORMATS = List.of("json", "jsonld", "markdown", "text", "html");
  static final int MAX_JOBS = 256;

  static final String USAGE = """
      usage: copydesk parse [OPTION]... INPUT...
             copydesk --help | --version
      Parses article pages and prints each as JSON (or another format).
        INPUT              a file of page text or HTML, "-" for standard input, or a directory
                           (every file in it, by name; not its subdirectories). Gzip files (.gz)
                           are gunzipped. An input that starts like HTML (a doctype, a comment,
                           <html>, <head>, <meta>..., or a tag closed soon after) is parsed as
                           HTML, any other as text.
        --html             parse every input as HTML
        --text             parse every input as text, even one that starts like HTML
        --base-uri URI     the page's address, against which its relative links resolve
                           (one input only)
        --format FORMAT    json (default), jsonld (schema.org), markdown, text or html (a report);
                           formats other than json take one input
        --jobs N           parse N inputs at a time with one shared parser (default 1); the
                           output keeps the order of the inputs
        --max-chars N      refuse inputs longer than N characters (default 5000000); reading
                           stops there
        -h, --help         print this help
        --version          print the version
      One file prints one JSON object. Several inputs, or a directory, print JSON Lines, one line
      per file: {"input":FILE,"article":{...}} or {"input":FILE,"error":"..."}; a file that fails,
      whatever the reason, never stops the batch.
      Exit status: 0 every input parsed; 1 some failed (each has its error); 2 bad usage;
      3 the output could not be written; 4 out of memory (give java more with -Xmx).""";

  static Options parse(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("no command given");
    }
    Optional<Command> early = helpOrVersion(args[0]);
    if (early.isPresent()) {
      return of(early.get());
    }
    if (!args[0].equals("parse")) {
      throw new IllegalArgumentException("unknown command \"" + args[0] + "\"");
    }
    Mode mode = Mode.SNIFF;
    String format = "json";
    Optional<URI> baseUri = Optional.empty();
    int jobs = 1;
    int maxChars = ArticleParser.DEFAULT_MAX_INPUT_CHARS;
    List<String> inputs = new ArrayList<>();
    boolean onlyInputs = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (onlyInputs || a.equals("-") || !a.startsWith("-")) {
        inputs.add(a);
        continue;
      }
      early = helpOrVersion(a);
      if (early.isPresent()) {
        return of(early.get());
      }
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (a.contains("=") && !takesValue(name)) {
        throw new IllegalArgumentException("unknown option \"" + a + "\"");
      }
      switch (name) {
        case "--" -> onlyInputs = true;
        case "--html" -> mode = mode(mode, Mode.HTML);
        case "--text" -> mode = mode(mode, Mode.TEXT);
        case "--format" -> {
          format = value(args, i, a);
          if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("unknown format \"" + format + "\": expected one of "
                + String.join(", ", FORMATS));
          }
        }
        case "--base-uri" -> baseUri = Optional.of(uri(value(args, i, a)));
        case "--jobs" -> jobs = number(name, value(args, i, a), MAX_JOBS);
        case "--max-chars" -> maxChars = number(name, value(args, i, a), Integer.MAX_VALUE);
        default -> throw new IllegalArgumentException("unknown option \"" + a + "\"");
      }
      if (!a.contains("=") && takesValue(name)) {
        i++;
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input given");
    }
    if (inputs.size() > 1 && !format.equals("json")) {
      throw new IllegalArgumentException("--format " + format + " prints one document: give one INPUT");
    }
    if (inputs.size() > 1 && baseUri.isPresent()) {
      throw new IllegalArgumentException("--base-uri is the address of one page: give one INPUT");
    }
    return new Options(Command.PARSE, mode, format, baseUri, jobs, maxChars, List.copyOf(inputs));
  }

  private static Options of(Command command) {
    return new Options(command, Mode.SNIFF, "json", Optional.empty(), 1, ArticleParser.DEFAULT_MAX_INPUT_CHARS,
        List.of());
  }

  private static Optional<Command> helpOrVersion(String arg) {
    return switch (arg) {
      case "-h", "--help", "help" -> Optional.of(Command.HELP);
      case "--version", "version" -> Optional.of(Command.VERSION);
      default -> Optional.empty();
    };
  }

  private static boolean takesValue(String name) {
    return List.of("--format", "--base-uri", "--jobs", "--max-chars").contains(name);
  }

  private static Mode mode(Mode current, Mode wanted) {
    if (current != Mode.SNIFF && current != wanted) {
      throw new IllegalArgumentException("--html and --text exclude each other");
    }
    return wanted;
  }

  private static String value(String[] args, int i, String arg) {
    int eq = arg.indexOf('=');
    if (eq >= 0) {
      return arg.substring(eq + 1);
    }
    if (i + 1 == args.length) {
      throw new IllegalArgumentException(arg + " needs a value");
    }
    return args[i + 1];
  }

  private static int number(String option, String value, int max) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " must be a whole number from 1 to " + max + ", was \"" + value
        + "\"");
  }

  private static URI uri(String value) {
    try {
      URI uri = new URI(value);
      if (uri.isAbsolute()) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException("--base-uri must be an absolute URI such as https://example.org/a, was \""
        + value + "\"");
  }
}
