package org.municipaldx.iot.lpp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes and encodes Cayenne Low Power Payload frames: a sequence of records
 * {@code [channel][type][data]}, data big-endian, sizes and resolutions as listed in
 * {@link LppType} (which cites the specification).
 *
 * <p><b>Strict</b> decoding ({@link #decode(byte[])}) returns every record or throws one
 * {@link LppFormatException} naming the byte offset, the type byte and the payload in hex: an
 * unknown type, a payload that ends inside a record (a truncated value or a stray trailing byte)
 * all reject the whole payload. <b>Lenient</b> decoding ({@link #decodeLenient(byte[])}) returns the
 * records before the fault together with the fault. {@link LppFormatException} is the only
 * exception either throws for any input (null arguments aside).
 *
 * <p>Example, from the specification: {@code 03 67 01 10 05 67 00 FF} is channel 3 temperature
 * 27.2 °C and channel 5 temperature 25.5 °C. This class is stateless and thread-safe.
 */
public final class CayenneLpp {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private CayenneLpp() {}

  /**
   * Decodes a payload strictly.
   *
   * @param payload  the payload bytes, not null
   * @return every record in payload order, never null
   * @throws LppFormatException if any part of the payload cannot be decoded
   */
  public static List<LppValue> decode(byte[] payload) {
    LppDecoding d = decodeLenient(payload);
    if (d.fault().isPresent()) {
      throw d.fault().get();
    }
    return d.values();
  }

  /**
   * Decodes a payload given as hex (spaces, colons and dashes between bytes allowed), strictly.
   *
   * @param hex  the hex text, not null
   * @return every record, never null
   * @throws LppFormatException if the text is not hex or the payload cannot be decoded
   */
  public static List<LppValue> decodeHex(CharSequence hex) {
    return decode(fromHex(hex));
  }

  /**
   * Decodes a payload given as standard Base64 (as in LoRaWAN network servers' JSON), strictly.
   *
   * @param base64  the Base64 text, not null
   * @return every record, never null
   * @throws LppFormatException if the text is not Base64 or the payload cannot be decoded
   */
  public static List<LppValue> decodeBase64(CharSequence base64) {
    return decode(fromBase64(base64));
  }

  /**
   * Decodes a payload leniently: the records before the first fault, and the fault.
   *
   * @param payload  the payload bytes, not null
   * @return the decoding, never null
   */
  public static LppDecoding decodeLenient(byte[] payload) {
    Objects.requireNonNull(payload, "payload");
    List<LppValue> out = new ArrayList<>(payload.length / 3 + 1);
    int i = 0;
    while (i < payload.length) {
      int start = i;
      int channel = payload[i] & 0xFF;
      if (i + 1 >= payload.length) {
        return new LppDecoding(out, Optional.of(new LppFormatException(LppFormatException.Reason.TRUNCATED_HEADER,
            start, -1, HEX.formatHex(payload), "channel " + channel + " is not followed by a type byte")));
      }
      int code = payload[i + 1] & 0xFF;
      Optional<LppType> type = LppType.fromCode(code);
      if (type.isEmpty()) {
        return new LppDecoding(out, Optional.of(new LppFormatException(LppFormatException.Reason.UNKNOWN_TYPE,
            start, code, HEX.formatHex(payload), "unknown data type " + code + " on channel " + channel)));
      }
      LppType t = type.get();
      int dataStart = i + 2;
      if (dataStart + t.size() > payload.length) {
        return new LppDecoding(out, Optional.of(new LppFormatException(LppFormatException.Reason.TRUNCATED_VALUE,
            start, code, HEX.formatHex(payload), t.label() + " on channel " + channel + " needs " + t.size()
                + " data byte(s) but " + (payload.length - dataStart) + " remain")));
      }
      List<LppType.Field> fields = t.fields();
      BigDecimal[] values = new BigDecimal[fields.size()];
      int p = dataStart;
      for (int f = 0; f < values.length; f++) {
        LppType.Field field = fields.get(f);
        values[f] = t.fieldValue(f, readRaw(payload, p, field.bytes(), field.signed()));
        p += field.bytes();
      }
      out.add(LppValue.decoded(channel, t, values));
      i = p;
    }
    return new LppDecoding(out, Optional.empty());
  }

  private static long readRaw(byte[] b, int at, int bytes, boolean signed) {
    long v = 0;
    for (int k = 0; k < bytes; k++) {
      v = (v << 8) | (b[at + k] & 0xFF);
    }
    if (signed) {
      int shift = 64 - 8 * bytes;
      v = (v << shift) >> shift;
    }
    return v;
  }

  /**
   * Encodes records as a payload, in the given order.
   *
   * @param values  the records, not null
   * @return the payload, never null
   */
  public static byte[] encode(List<LppValue> values) {
    Objects.requireNonNull(values, "values");
    int size = 0;
    for (LppValue v : values) {
      size += v.encodedSize();
    }
    byte[] out = new byte[size];
    int p = 0;
    for (LppValue v : values) {
      out[p++] = (byte) v.channel();
      out[p++] = (byte) v.type().code();
      List<LppType.Field> fields = v.type().fields();
      for (int f = 0; f < fields.size(); f++) {
        LppType.Field field = fields.get(f);
        long raw = field.raw(v.values().get(f));
        for (int k = field.bytes() - 1; k >= 0; k--) {
          out[p + k] = (byte) raw;
          raw >>= 8;
        }
        p += field.bytes();
      }
    }
    return out;
  }

  /**
   * {@return upper-case hex without separators, e.g. {@code 03670110056700FF}}
   *
   * @param payload  bytes, not null
   */
  public static String toHex(byte[] payload) {
    return HEX.formatHex(payload);
  }

  /**
   * Parses hex text; spaces, colons and dashes are ignored, an optional {@code 0x} prefix too.
   *
   * @param hex  the text, not null
   * @return the bytes, never null
   * @throws LppFormatException with {@link LppFormatException.Reason#MALFORMED_TEXT} and the index
   *     of the offending character if the text is not an even number of hex digits
   */
  public static byte[] fromHex(CharSequence hex) {
    Objects.requireNonNull(hex, "hex");
    String s = hex.toString();
    int from = s.startsWith("0x") || s.startsWith("0X") ? 2 : 0;
    byte[] buf = new byte[s.length() / 2 + 1];
    int n = 0;
    int high = -1;
    int highAt = -1;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == ':' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
        if (high >= 0) {
          throw malformed(s, i, "a separator splits a byte");
        }
        continue;
      }
      int d = Character.digit(c, 16);
      if (d < 0 || c > 'f') {
        throw malformed(s, i, "'" + c + "' is not a hex digit");
      }
      if (high < 0) {
        high = d;
        highAt = i;
      } else {
        buf[n++] = (byte) (high << 4 | d);
        high = -1;
      }
    }
    if (high >= 0) {
      throw malformed(s, highAt, "odd number of hex digits");
    }
    byte[] out = new byte[n];
    System.arraycopy(buf, 0, out, 0, n);
    return out;
  }

  /**
   * Parses standard Base64 (RFC 4648 §4, padded or not).
   *
   * @param base64  the text, not null
   * @return the bytes, never null
   * @throws LppFormatException with {@link LppFormatException.Reason#MALFORMED_TEXT} if the text is
   *     not Base64
   */
  public static byte[] fromBase64(CharSequence base64) {
    Objects.requireNonNull(base64, "base64");
    String given = base64.toString();
    String s = given.strip();
    // offsets are reported in the text as given, leading blanks included
    int lead = s.isEmpty() ? 0 : given.indexOf(s.charAt(0));
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
      if (!ok) {
        throw malformed(given, lead + i, "'" + c + "' is not a Base64 character");
      }
    }
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw malformed(given, lead + s.length(), "not valid Base64: " + e.getMessage());
    }
  }

  private static LppFormatException malformed(String text, int at, String detail) {
    return new LppFormatException(LppFormatException.Reason.MALFORMED_TEXT, at, -1, text, detail);
  }
}
