package org.copydesk.parser.internal.decode;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.copydesk.parser.internal.lexicon.Lexicon;

/**
 * The encodings of the WHATWG Encoding Standard, looked up by label as browsers look them up. The labels are data:
 * {@code org/copydesk/parser/decode/encoding-labels.txt}.
 */
final class EncodingLabels {

  /** The encoding that decodes any input to one U+FFFD. */
  static final String REPLACEMENT = "replacement";

  /** Encodings whose JVM charset has another name, because the standard's encoding is a superset of its namesake. */
  private static final Map<String, String> JVM_NAMES = Map.of(
      "ISO-8859-8-I", "ISO-8859-8", // the same bytes; "-I" only says the text is in logical order
      "macintosh", "x-MacRoman",
      "x-mac-cyrillic", "x-MacCyrillic",
      "Big5", "Big5-HKSCS",
      "Shift_JIS", "windows-31j",
      "EUC-KR", "x-windows-949");

  private static final Map<String, String> ENCODING_OF_LABEL = load();

  private EncodingLabels() {}

  private static Map<String, String> load() {
    Map<String, String> encodings = new HashMap<>();
    for (String entry : Lexicon.entries("decode/encoding-labels.txt")) {
      String[] labelAndEncoding = entry.split("\\s+");
      if (labelAndEncoding.length != 2 || encodings.put(labelAndEncoding[0], labelAndEncoding[1]) != null) {
        throw new IllegalStateException("decode/encoding-labels.txt: not a new label and an encoding: " + entry);
      }
    }
    return Map.copyOf(encodings);
  }

  /**
   * Returns the name of the encoding {@code label} stands for (the standard's "get an encoding"): the label with
   * ASCII whitespace around it removed, in any ASCII case, must be one of the standard's labels.
   */
  static Optional<String> encoding(String label) {
    int start = 0;
    int end = label.length();
    while (start < end && isAsciiWhitespace(label.charAt(start))) {
      start++;
    }
    while (end > start && isAsciiWhitespace(label.charAt(end - 1))) {
      end--;
    }
    StringBuilder key = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = label.charAt(i);
      key.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return Optional.ofNullable(ENCODING_OF_LABEL.get(key.toString()));
  }

  private static boolean isAsciiWhitespace(char c) {
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
  }

  /**
   * Returns the JVM charset that decodes {@code encoding}, if this JVM has one ({@link #REPLACEMENT} has none, and
   * some JVMs lack rare ones such as ISO-8859-10).
   */
  static Optional<Charset> charset(String encoding) {
    if (encoding.equals(REPLACEMENT)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(JVM_NAMES.getOrDefault(encoding, encoding)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException notInThisJvm) {
      return Optional.empty();
    }
  }
}
