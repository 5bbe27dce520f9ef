package org.municipaldx.regulation.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a file written by Excel or by hand: UTF-8 with or without a byte-order mark,
 * else Windows-31J (Shift_JIS as Windows writes it). Decoding is strict: a byte sequence that is
 * valid in neither is an error naming its byte offset. Not API.
 */
public final class TextDecoding {
  /** Windows-31J, the code page Excel for Japanese Windows writes as "CSV". */
  public static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

  private TextDecoding() {}

  /**
   * @param bytes  the file's bytes, not null
   * @return the text, without a byte-order mark, never null
   * @throws IllegalArgumentException naming the byte offset of the first undecodable byte
   */
  public static String decode(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
      return strict(StandardCharsets.UTF_8, bytes, start, "UTF-8 (the file starts with a UTF-8 byte-order mark)");
    }
    int utf8Failure;
    try {
      return strict(StandardCharsets.UTF_8, bytes, start, "UTF-8");
    } catch (Malformed notUtf8) {
      utf8Failure = notUtf8.offset;
    }
    try {
      return strict(WINDOWS_31J, bytes, start, "Windows-31J");
    } catch (Malformed notSjis) {
      // report the encoding that got further: the file is most likely meant to be in that one
      if (utf8Failure >= notSjis.offset) {
        throw new IllegalArgumentException("text: not valid UTF-8 at byte offset " + utf8Failure
            + " (nor Windows-31J, which fails at byte offset " + notSjis.offset + ")");
      }
      throw new IllegalArgumentException("text: not valid Windows-31J at byte offset " + notSjis.offset
          + " (nor UTF-8, which fails at byte offset " + utf8Failure + ")");
    }
  }

  /** A decoding failure at a byte offset. */
  private static final class Malformed extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final int offset;

    Malformed(String message, int offset) {
      super(message);
      this.offset = offset;
    }
  }

  private static String strict(Charset cs, byte[] bytes, int start, String what) {
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new Malformed("text: not valid " + what + " at byte offset " + in.position(), in.position());
    }
    r = decoder.flush(out);
    if (r.isError()) {
      throw new Malformed("text: not valid " + what + " at the end of the input", bytes.length);
    }
    out.flip();
    return out.toString();
  }
}
