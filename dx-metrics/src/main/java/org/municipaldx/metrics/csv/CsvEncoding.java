package org.municipaldx.metrics.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The encodings of office CSV files and how to tell them apart.
 *
 * <p>Files come as UTF-8 with a byte order mark (Excel's "CSV UTF-8"), UTF-8 without one, or
 * Windows-31J (Microsoft's Shift_JIS, Excel's plain "CSV" on Japanese Windows). {@link #detect}
 * decides: a UTF-8 BOM means UTF-8; otherwise bytes that decode as strict UTF-8 are UTF-8 (Japanese
 * text in Windows-31J practically never forms valid UTF-8 multi-byte sequences); everything else is
 * Windows-31J. Decoding is strict: a byte sequence that is not valid in the encoding is an error
 * naming its line and byte offset, never a replacement character.
 */
public final class CsvEncoding {
  /** Windows-31J (MS932), the encoding Excel on Japanese Windows saves plain CSV in. */
  public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvEncoding() {}

  /**
   * @param bytes  the file's bytes, not null
   * @return UTF-8 if the bytes start with a UTF-8 BOM or are valid UTF-8, else Windows-31J
   */
  public static Charset detect(byte[] bytes) {
    if (hasUtf8Bom(bytes)) {
      return StandardCharsets.UTF_8;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return WINDOWS_31J;
    }
  }

  /** @return whether the bytes start with the UTF-8 byte order mark EF BB BF */
  public static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1]
        && bytes[2] == UTF8_BOM[2];
  }

  /**
   * Decodes a file strictly; a UTF-8 BOM is dropped.
   *
   * @param bytes  the file's bytes, not null
   * @param charset  the encoding, or empty to {@link #detect} it
   * @param source  what is read, for error messages, not null
   * @return the text, never null
   * @throws CsvFormatException naming the line and byte offset of the first byte sequence that is
   *     not valid in the encoding
   */
  public static String decode(byte[] bytes, Optional<Charset> charset, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Charset cs = charset.orElseGet(() -> detect(bytes));
    int start = cs.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int offset = in.position();
      long line = 1;
      // a LF byte is a line feed in UTF-8 and in Windows-31J (never a trail byte in either)
      for (int i = start; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new CsvFormatException(source, List.of(new CsvError(line, 0, "",
          "bytes at offset " + offset + " are not valid " + cs.name()
              + " (save the file as UTF-8 or as Excel's Japanese CSV, Windows-31J)")));
    }
    out.flip();
    return out.toString();
  }
}
