package org.copydesk.parser.internal.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises text in UTF-16 that has no byte order mark. Read as UTF-8 or any other ASCII-compatible charset, such
 * text decodes without an error but with a NUL after (or before) every Latin letter, so it would be garbled silently.
 * Its mark is plain: in Latin-script UTF-16 most code units have a zero high byte, always on the same side of each
 * pair, while text in an ASCII-compatible charset has no NULs at all. UTF-16 text of other scripts has few zero bytes
 * and is not recognised here; read as UTF-8 it fails to decode, and the failures are reported.
 */
final class Utf16WithoutBom {

  /** How much of the start of the text is looked at. */
  static final int SAMPLE_BYTES = 4096;

  private Utf16WithoutBom() {}

  /** Returns UTF-16LE or UTF-16BE when {@code bytes} start as Latin-script text in that charset does. */
  static Optional<Charset> detect(byte[] bytes) {
    int pairs = Math.min(bytes.length, SAMPLE_BYTES) / 2;
    int zeroFirst = 0;
    int zeroSecond = 0;
    for (int i = 0; i < pairs; i++) {
      zeroFirst += bytes[2 * i] == 0 ? 1 : 0;
      zeroSecond += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    // At least half the pairs have their zero on one side, and hardly any on the other (a run of NULs is not text).
    if (pairs > 0 && zeroSecond * 2 >= pairs && zeroFirst * 10 <= zeroSecond) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (pairs > 0 && zeroFirst * 2 >= pairs && zeroSecond * 10 <= zeroFirst) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }
}
