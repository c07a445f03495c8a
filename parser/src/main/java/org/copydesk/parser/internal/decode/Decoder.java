package org.copydesk.parser.internal.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Span;

/**
 * Decodes bytes, replacing each malformed or unmappable sequence the charset's decoder reports with one U+FFFD (for
 * UTF-8 that is each maximal ill-formed subsequence, as {@code new String(bytes, UTF_8)} does) and recording the runs
 * of replacements. A byte order mark (UTF-8, UTF-16BE, UTF-16LE) at the start chooses the charset over any other and is
 * not part of the text. Stateless and thread-safe.
 *
 * <p>Text without a byte order mark whose start reads as Latin-script UTF-16 ({@link Utf16WithoutBom}) is decoded as
 * that, whatever charset the caller named, because read as the named one it would decode without an error into text
 * with a NUL after every letter. HTML is decoded as browsers decode it: only the WHATWG Encoding Standard's labels
 * count ({@link HtmlCharset}), a page without a usable declaration is read as UTF-8 (the standard's default), and an
 * encoding the standard replaces (ISO-2022-KR, HZ-GB-2312, …) decodes the whole page to one reported U+FFFD.
 */
public final class Decoder {

  private static final char REPLACEMENT = '\uFFFD';
  private static final int CHUNK = 8192;

  private Decoder() {}

  /** Thrown when the decoded text would be longer than the caller's limit; decoding stops storing text then. */
  public static final class TooLong extends Exception {

    private static final long serialVersionUID = 1L;

    private final long length;
    private final transient Charset charset;

    TooLong(long length, Charset charset) {
      super(null, null, false, false);
      this.length = length;
      this.charset = charset;
    }

    /** The length the whole decoded text has, in characters. */
    public long length() {
      return length;
    }

    /** The charset the bytes were decoded with. */
    public Charset charset() {
      return charset;
    }
  }

  /**
   * Decodes {@code bytes} as {@code charset}, unless they start with a byte order mark or read as UTF-16 without one.
   */
  public static DecodedText decode(byte[] bytes, Charset charset, int maxChars) throws TooLong {
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return decode(bytes, bom.length, bom.charset, maxChars);
    }
    boolean unicode = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    return decode(bytes, 0, unicode ? charset : Utf16WithoutBom.detect(bytes).orElse(charset), maxChars);
  }

  /**
   * Decodes the bytes of an HTML page: by its byte order mark, else by the encoding it declares near its start (see
   * {@link HtmlCharset}), else, or when this JVM cannot decode that encoding, as UTF-8.
   */
  public static DecodedText decodeHtml(byte[] bytes, int maxChars) throws TooLong {
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return decode(bytes, bom.length, bom.charset, maxChars);
    }
    String encoding = HtmlCharset.declared(bytes).orElse("UTF-8");
    if (encoding.equals(EncodingLabels.REPLACEMENT)) {
      return bytes.length == 0 ? new DecodedText("", List.of())
          : new DecodedText(String.valueOf(REPLACEMENT), List.of(Span.of(0, 1)));
    }
    return decode(bytes, 0, EncodingLabels.charset(encoding).orElse(StandardCharsets.UTF_8), maxChars);
  }

  private static DecodedText decode(byte[] bytes, int offset, Charset charset, int maxChars) throws TooLong {
    Output out = new Output(maxChars, Math.min(bytes.length - offset, maxChars));
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer chunk = CharBuffer.allocate(CHUNK);
    boolean flushing = false;
    while (true) {
      CoderResult result = flushing ? decoder.flush(chunk) : decoder.decode(in, chunk, true);
      if (result.isError()) {
        out.append(chunk);
        out.replace();
        in.position(in.position() + result.length());
      } else if (result.isOverflow()) {
        out.append(chunk);
      } else if (!flushing) {
        flushing = true;
      } else {
        out.append(chunk);
        break;
      }
    }
    if (out.length > maxChars) {
      throw new TooLong(out.length, charset);
    }
    return new DecodedText(out.text.toString(), out.replaced);
  }

  /** The decoded text, kept only up to the limit but counted to the end. */
  private static final class Output {
    final StringBuilder text;
    final List<Span> replaced = new ArrayList<>();
    final int maxChars;
    long length;

    Output(int maxChars, int expected) {
      this.maxChars = maxChars;
      this.text = new StringBuilder(Math.max(16, expected));
    }

    void append(CharBuffer chunk) {
      chunk.flip();
      length += chunk.remaining();
      if (length <= maxChars) {
        text.append(chunk);
      }
      chunk.clear();
    }

    void replace() {
      if (length < maxChars) {
        int at = (int) length;
        int last = replaced.size() - 1;
        if (last >= 0 && replaced.get(last).end() == at) {
          replaced.set(last, Span.of(replaced.get(last).start(), at + 1));
        } else {
          replaced.add(Span.of(at, at + 1));
        }
        text.append(REPLACEMENT);
      }
      length++;
    }
  }

  /** A byte order mark: the charset it announces and its length in bytes. */
  private record Bom(Charset charset, int length) {

    static Bom of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }
  }
}
