package org.municipaldx.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The encodings office files come in, and how to tell them apart: UTF-8 with a byte order mark
 * (Excel's "CSV UTF-8"), UTF-8 without one, or Windows-31J (Microsoft's Shift_JIS, Excel's plain
 * "CSV" on Japanese Windows).
 *
 * <p>The rule, the same for whole texts ({@link #detect(byte[])}) and streams ({@link CsvSource}):
 * a UTF-8 byte order mark means UTF-8; otherwise the first non-ASCII byte decides — if the bytes
 * from there are valid UTF-8, UTF-8 (Japanese text in Windows-31J practically never forms valid
 * UTF-8 multi-byte sequences), else Windows-31J; a text of ASCII only is UTF-8. Decoding is
 * strict: a byte sequence that is not valid in the encoding is a {@link Problem} whose
 * {@link TextLocation#byteOffset()} is the offset of its first byte, never a replacement
 * character. Thread-safe (no state).
 */
public final class TextEncoding {
  /** Windows-31J (MS932), the encoding Excel on Japanese Windows saves plain CSV in. */
  public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
      .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private TextEncoding() {}

  /**
   * {@return whether the bytes start with the UTF-8 byte order mark EF BB BF}
   *
   * @param bytes  the text's bytes (a whole file or its beginning), not null
   */
  public static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  /**
   * {@return UTF-8 or Windows-31J by the rule of this class, never null}
   *
   * @param bytes  the text's bytes (a whole file or its beginning), not null
   */
  public static Charset detect(byte[] bytes) {
    if (hasUtf8Bom(bytes)) {
      return StandardCharsets.UTF_8;
    }
    int k = 0;
    while (k < bytes.length && bytes[k] >= 0) {
      k++;
    }
    return k == bytes.length || utf8At(bytes, k, bytes.length, true) ? StandardCharsets.UTF_8
        : WINDOWS_31J;
  }

  /**
   * Judges the first non-ASCII character: a valid UTF-8 sequence of three or four bytes (kana and
   * kanji) means UTF-8; a valid two-byte sequence means UTF-8 only if what follows is ASCII, the
   * end, or another valid UTF-8 sequence (two Windows-31J half-width katakana such as ﾂｱ, C2 B1,
   * happen to form one two-byte UTF-8 sequence).
   *
   * @param cutOk  whether a sequence cut off by the end of the bytes counts as valid (the bytes are
   *     only the beginning of the text)
   */
  static boolean utf8At(byte[] b, int k, int to, boolean cutOk) {
    int len = utf8Length(b, k, to);
    if (len == 0) {
      return cutOk;
    }
    if (len < 0) {
      return false;
    }
    if (len >= 3) {
      return true;
    }
    int next = k + len;
    if (next >= to || b[next] >= 0) {
      return true;
    }
    int len2 = utf8Length(b, next, to);
    return len2 > 0 || (len2 == 0 && cutOk);
  }

  /** {@return the length of the valid UTF-8 sequence at k, 0 if it is cut off by {@code to}, -1 if invalid} */
  private static int utf8Length(byte[] b, int k, int to) {
    int c = b[k] & 0xFF;
    int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
    if (need < 0) {
      return -1;
    }
    int end = Math.min(to, k + need + 1);
    int bad = utf8Invalid(b, k, end);
    if (end < k + need + 1) {
      // cut off: valid so far?
      for (int i = k + 1; i < end; i++) {
        if ((b[i] & 0xC0) != 0x80) {
          return -1;
        }
      }
      return 0;
    }
    return bad < 0 ? need + 1 : -1;
  }

  /**
   * Decodes a whole text strictly; a UTF-8 byte order mark is dropped.
   *
   * @param bytes  the text's bytes, not null
   * @param charset  the encoding, or empty to {@link #detect} it
   * @param source  what is read, for the problem, not null
   * @return the text, never null
   * @throws IngestException with one problem locating the first invalid byte sequence by line and
   *     byte offset
   */
  public static String decode(byte[] bytes, Optional<Charset> charset, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    Charset cs = charset.orElseGet(() -> detect(bytes));
    int start = cs.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(
        (int) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int offset = in.position();
      throw IngestException.of(Problem.of(new TextLocation(source, lineAt(bytes, start, offset), 0,
          offset), "the bytes at offset " + offset + " are not valid " + cs.name()
              + "; save the file as UTF-8 or as Excel's Japanese CSV (Windows-31J), or name its"
              + " encoding"));
    }
    out.flip();
    return out.toString();
  }

  /** The line of a byte: CR, LF and CRLF end lines, and are never part of a multi-byte character. */
  private static long lineAt(byte[] bytes, int from, int offset) {
    long line = 1;
    for (int i = from; i < offset; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /**
   * {@return whether the three-byte sequence in the low bytes of {@code w} (a lead 1110xxxx and two
   * continuation bytes, already checked) is in shortest form and not a surrogate: E0 needs a second
   * byte from A0, ED one below A0}
   */
  private static boolean threeByteLead(long w) {
    // the lead's four low bits and the second byte's bit 5: 0 is an overlong E0 80–9F, 27 a surrogate ED A0–BF
    int v = (((int) w & 0x0F) << 1) | (((int) w >>> 13) & 1);
    return v != 0 && v != 27;
  }

  /**
   * {@return the text of bytes that are valid UTF-8 ({@link #utf8Invalid} found no invalid byte in them): the
   * string the JDK's UTF-8 decoder gives them}
   *
   * <p>Made with one array of chars counted first and the string's own array. Java 17's decoder makes three for
   * Japanese text: a Latin-1 attempt as long as the bytes, a UTF-16 array twice as long as the bytes, and then
   * its exact copy (issue 11h: those were 35% of the bytes the survey's full read allocated, for its one
   * decoded column of names).
   *
   * @param b  the bytes
   * @param from  the first byte
   * @param len  how many bytes, all of them valid UTF-8
   */
  static String utf8Valid(byte[] b, int from, int len) {
    int to = from + len;
    int n = 0;
    for (int i = from; i < to; i++) {
      int c = b[i];
      // a character begins at every byte but a continuation byte (10xxxxxx); a four-byte one is two chars
      n += ((c & 0xC0) != 0x80 ? 1 : 0) + ((c & 0xF8) == 0xF0 ? 1 : 0);
    }
    return utf8Valid(b, from, len, new char[n]);
  }

  /**
   * {@return the text of bytes that are valid UTF-8, as {@link #utf8Valid(byte[], int, int)}, decoded through
   * {@code scratch}} A reader that decodes a column of every record passes the same array each time, so the
   * string's own array (and the JDK's Latin-1 attempt) are all that is made per field (issue 11j: the counted
   * array was 9% of the bytes the survey's full read allocated).
   *
   * @param b  the bytes
   * @param from  the first byte
   * @param len  how many bytes, all of them valid UTF-8
   * @param scratch  where the chars are decoded, at least as many as the chars the bytes make (at most
   *     {@code len}); its contents are overwritten
   */
  static String utf8Valid(byte[] b, int from, int len, char[] scratch) {
    int to = from + len;
    char[] out = scratch;
    int k = 0;
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        out[k++] = (char) c;
        i++;
      } else if (c < 0xE0) {
        out[k++] = (char) (((c & 0x1F) << 6) | (b[i + 1] & 0x3F));
        i += 2;
      } else if (c < 0xF0) {
        out[k++] = (char) (((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F));
        i += 3;
      } else {
        int cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
        out[k++] = Character.highSurrogate(cp);
        out[k++] = Character.lowSurrogate(cp);
        i += 4;
      }
    }
    return new String(out, 0, k);
  }

  /**
   * Checks and decodes in one pass: the chars of the bytes if they are valid UTF-8 under the rules of
   * {@link #utf8Invalid} (which then finds no invalid byte), or -1 if they are not (and nothing is said of
   * where: {@link #utf8Invalid} says that). For a field that is checked when its text is first read (a
   * {@link CsvSource} that checks lazily), so its bytes are read once, not once to check and once to decode
   * (issue 11j: the survey's column of names).
   *
   * @param b  the bytes
   * @param from  the first byte
   * @param len  how many bytes
   * @param out  where the chars go, at least {@code len} long; overwritten
   * @return how many chars were decoded into {@code out}, or -1 if the bytes are not valid UTF-8
   */
  static int utf8Decode(byte[] b, int from, int len, char[] out) {
    int to = from + len;
    int k = 0;
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        out[k++] = (char) c;
        i++;
      } else if (c >= 0xE0 && c <= 0xEF) {
        if (i + 2 >= to) {
          return -1; // cut off
        }
        int t1 = b[i + 1];
        int t2 = b[i + 2];
        if ((t1 & 0xC0) != 0x80 || (t2 & 0xC0) != 0x80) {
          return -1;
        }
        int cp = ((c & 0x0F) << 12) | ((t1 & 0x3F) << 6) | (t2 & 0x3F);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
          return -1; // overlong, or a surrogate
        }
        out[k++] = (char) cp;
        i += 3;
      } else if (c >= 0xC2 && c <= 0xDF) {
        if (i + 1 >= to) {
          return -1;
        }
        int t1 = b[i + 1];
        if ((t1 & 0xC0) != 0x80) {
          return -1;
        }
        out[k++] = (char) (((c & 0x1F) << 6) | (t1 & 0x3F));
        i += 2;
      } else if (c >= 0xF0 && c <= 0xF4) {
        if (i + 3 >= to) {
          return -1;
        }
        int t1 = b[i + 1];
        int t2 = b[i + 2];
        int t3 = b[i + 3];
        if ((t1 & 0xC0) != 0x80 || (t2 & 0xC0) != 0x80 || (t3 & 0xC0) != 0x80) {
          return -1;
        }
        int cp = ((c & 0x07) << 18) | ((t1 & 0x3F) << 12) | ((t2 & 0x3F) << 6) | (t3 & 0x3F);
        if (cp < 0x10000 || cp > 0x10FFFF) {
          return -1;
        }
        out[k++] = Character.highSurrogate(cp);
        out[k++] = Character.lowSurrogate(cp);
        i += 4;
      } else {
        return -1; // a continuation byte without a lead, C0, C1 or F5–FF
      }
    }
    return k;
  }

  /**
   * Checks UTF-8 strictly (RFC 3629: shortest form, no surrogates, at most U+10FFFF).
   *
   * @param b  the bytes, not null
   * @param from  the first index
   * @param to  the end index, exclusive
   * @return the index of the first byte of the first invalid sequence, or -1 if all are valid
   */
  static int utf8Invalid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      if (i + 8 <= to) {
        long w = (long) LONGS.get(b, i);
        // runs of ASCII eight bytes at a time (the survey's fields mix ASCII codes and Japanese text)
        if ((w & 0x8080808080808080L) == 0) {
          i += 8;
          continue;
        }
        // Japanese text: two three-byte sequences (kana, kanji) checked from one word, six bytes at
        // a time (twice as fast as one sequence at a time on the survey's text, SurveyCpuTime)
        if ((w & 0x0000C0C0F0C0C0F0L) == 0x00008080E08080E0L && threeByteLead(w) && threeByteLead(w >>> 24)) {
          i += 6;
          continue;
        }
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      // the common case of Japanese text: a three-byte sequence E1–EC or EE–EF (E0 and ED need the
      // range checks below)
      if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 2 < to && (b[i + 1] & 0xC0) == 0x80
          && (b[i + 2] & 0xC0) == 0x80) {
        i += 3;
        continue;
      }
      int need;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + need >= to) {
        return i; // the sequence is cut off
      }
      int cp = c & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int t = b[i + k] & 0xFF;
        if ((t & 0xC0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (t & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i;
      }
      i += need + 1;
    }
    return -1;
  }
}
