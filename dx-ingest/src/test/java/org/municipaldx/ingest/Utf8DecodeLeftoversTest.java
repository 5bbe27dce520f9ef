package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link TextEncoding#utf8Decode}, the one-pass check and decode of issue 11j, on every edge of UTF-8 at once
 * (issue 13 part 4, issue 13x): every lead byte 00-FF, followed by continuation and non-continuation bytes at
 * the edges of each lead's range (80, 8F/90, 9F/A0, BF, and 7F, C0 that are none), cut at every length, with
 * valid continuation bytes lying just after the range (so a check that looks past the range's end shows). The
 * reference is the JDK's strict UTF-8 decoder (which {@link TextEncoding#utf8Invalid} follows): the same chars
 * where it decodes, -1 where it refuses. Utf8ScratchProperties draws random texts; this test is exhaustive on
 * the edges, so a boundary moved by one fails it whatever the case count.
 */
class Utf8DecodeLeftoversTest {
  private static final int[] NEXT = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF5, 0xFF};

  /** The JDK's strict decoding of the range, or null if it is not valid UTF-8. */
  private static String jdk(java.nio.charset.CharsetDecoder strict, byte[] b, int from, int len) {
    CharBuffer cb = CharBuffer.allocate(len + 1);
    strict.reset();
    // the CoderResult form: no exception per refused case
    if (strict.decode(ByteBuffer.wrap(b, from, len), cb, true).isError() || strict.flush(cb).isError()) {
      return null;
    }
    return cb.flip().toString();
  }

  @Test
  void decodesWhatTheStrictDecoderDecodesAndRefusesWhatItRefuses() {
    // rule: utf8Decode(b, from, len, out) = the JDK's strict decoding of b[from, from + len) (chars and count),
    // or -1 exactly where that decoding fails; bytes outside the range change nothing
    byte[] b = new byte[12];
    char[] out = new char[12];
    int cases = 0;
    java.nio.charset.CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
    java.util.List<String> wrong = new java.util.ArrayList<>();
    for (int lead = 0; lead < 256; lead++) {
      for (int t1 : NEXT) {
        for (int t2 : new int[] {0x41, 0x7F, 0x80, 0xBF, 0xC0}) {
          for (int t3 : new int[] {0x41, 0x7F, 0x80, 0xBF, 0xC0}) {
            int[] seq = {lead, t1, t2, t3};
            for (int len = 1; len <= 4; len++) {
              b[0] = 'a';
              for (int i = 0; i < 4; i++) {
                b[1 + i] = (byte) seq[i];
              }
              for (int i = 1 + len; i < b.length; i++) {
                b[i] = (byte) 0x80; // continuation bytes after the range: never part of it
              }
              String expected = jdk(strict, b, 1, len);
              int k = TextEncoding.utf8Decode(b, 1, len, out);
              String got = k < 0 ? null : new String(out, 0, k);
              if (!java.util.Objects.equals(got, expected)) {
                wrong.add(String.format("bytes %02X %02X %02X %02X, length %d: %s, expected %s", lead, t1, t2, t3,
                    len, got, expected));
              }
              cases++;
            }
          }
        }
      }
    }
    assertThat(wrong).as("decoded otherwise than the JDK's strict decoder").isEmpty();
    assertThat(cases).isEqualTo(256 * NEXT.length * 5 * 5 * 4);
  }

  @Test
  void theEdgesOfEachRangeOfCodePointsDecode() {
    // rule: the first and last code point of each UTF-8 length and the surrogate gap's neighbours decode to
    // themselves, after and before ASCII; the surrogates themselves and the code points past U+10FFFF do not
    int[] valid = {0x00, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF};
    char[] out = new char[16];
    for (int cp : valid) {
      String text = "x" + new String(Character.toChars(cp)) + "y";
      byte[] b = ("<" + text + ">").getBytes(StandardCharsets.UTF_8);
      int k = TextEncoding.utf8Decode(b, 1, b.length - 2, out);
      assertThat(new String(out, 0, Math.max(k, 0))).as("U+%04X", cp).isEqualTo(text);
    }
    byte[][] invalid = {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
        {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xC0, (byte) 0x80}};
    for (byte[] bad : invalid) {
      assertThat(TextEncoding.utf8Decode(bad, 0, bad.length, out)).as("%s", java.util.HexFormat.of().formatHex(bad))
          .isEqualTo(-1);
    }
  }
}
