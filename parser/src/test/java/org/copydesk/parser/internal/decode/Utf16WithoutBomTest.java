package org.copydesk.parser.internal.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Text in UTF-16 without a byte order mark is recognised, never decoded silently into letters and NULs. */
class Utf16WithoutBomTest {

  private static final String PAGE = """
      Council Approves New Budget

      The council voted 7-2 on Tuesday to approve the city's budget.
      """;

  @Test
  void littleEndianUtf16TextWithoutAByteOrderMarkIsDecodedAsSuch() throws Decoder.TooLong {
    DecodedText decoded = Decoder.decode(PAGE.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_8, 1_000_000);
    assertEquals(PAGE, decoded.text());
    assertEquals(List.of(), decoded.replaced());
  }

  @Test
  void bigEndianUtf16TextWithoutAByteOrderMarkIsDecodedAsSuch() throws Decoder.TooLong {
    DecodedText decoded = Decoder.decode(PAGE.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_8, 1_000_000);
    assertEquals(PAGE, decoded.text());
  }

  @Test
  void recognisedWhateverAsciiCompatibleCharsetTheCallerNamed() throws Decoder.TooLong {
    assertEquals(PAGE, Decoder.decode(PAGE.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1, 1_000_000)
        .text());
  }

  @Test
  void textWithAFewNulsIsNotTakenForUtf16() {
    byte[] withNuls = ("a\0b\0" + PAGE).getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.empty(), Utf16WithoutBom.detect(withNuls));
  }

  @Test
  void aRunOfNulsIsNotTakenForUtf16() {
    assertEquals(Optional.empty(), Utf16WithoutBom.detect(new byte[64]));
  }

  @Test
  void utf16OfAnotherScriptIsNotRecognisedButItsUndecodableBytesAreReported() throws Decoder.TooLong {
    byte[] greek = "Η βουλή ενέκρινε τον προϋπολογισμό".getBytes(StandardCharsets.UTF_16LE);
    DecodedText decoded = Decoder.decode(greek, StandardCharsets.UTF_8, 1_000_000);
    assertFalse(decoded.replaced().isEmpty());
  }
}
