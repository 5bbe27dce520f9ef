package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/**
 * Law of {@link TextEncoding#utf8Invalid}: on any bytes and any range of them, the first invalid UTF-8
 * sequence it reports is the one the JDK's strict UTF-8 decoder (RFC 3629: shortest form, no
 * surrogates, at most U+10FFFF) stops at, and -1 exactly when that decoder reads the whole range.
 * The bytes are pieces chosen at the edges of each rule (the lowest and highest valid lead and
 * continuation of every length, the overlong and surrogate sequences next to them, cut-off
 * sequences) and runs of ASCII and kana long enough for the eight-byte and six-byte fast paths, in
 * any alignment (issue 13 part 4: the survivors of PIT in {@code TextEncoding}).
 */
class TextEncodingProperties {
  private static final List<byte[]> PIECES = List.of(
      bytes(0x41), bytes(0x7F), bytes(0x00), "abcdefgh".getBytes(StandardCharsets.US_ASCII),
      "部局".getBytes(StandardCharsets.UTF_8), "市民課です".getBytes(StandardCharsets.UTF_8),
      bytes(0xC2, 0x80), bytes(0xDF, 0xBF), bytes(0xC1, 0xBF), bytes(0xC0, 0x80), bytes(0xC2, 0x7F), bytes(0xC2, 0xC0),
      bytes(0xE0, 0xA0, 0x80), bytes(0xE0, 0x9F, 0xBF), bytes(0xE1, 0x80, 0x80), bytes(0xEC, 0xBF, 0xBF),
      bytes(0xED, 0x9F, 0xBF), bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xEE, 0x80, 0x80),
      bytes(0xEF, 0xBF, 0xBF), bytes(0xE3, 0x81), bytes(0xE3, 0x41, 0x82), bytes(0xE3, 0x81, 0x41),
      bytes(0xE3, 0xC1, 0x82), bytes(0xE3, 0x81, 0xC2),
      bytes(0xF0, 0x90, 0x80, 0x80), bytes(0xF0, 0x8F, 0xBF, 0xBF), bytes(0xF4, 0x8F, 0xBF, 0xBF),
      bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xF1, 0x80, 0x80),
      bytes(0xF0, 0x9F, 0x8F, 0xAF), bytes(0x80), bytes(0xBF), bytes(0xFF), bytes(0xFE));

  private static final Trials<byte[]> TEXTS = Trials.api().choose(PIECES).immutableLists().map(pieces -> {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  });

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  /** The offset at which the JDK's strict decoder stops on {@code b[from, to)}, or -1 if it reads it all. */
  static int jdkInvalid(byte[] b, int from, int to) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from + 1);
    CoderResult r = d.decode(in, out, true);
    return r.isError() ? in.position() : -1;
  }

  @Test
  void theFirstInvalidSequenceIsWhereTheJdksStrictDecoderStops() {
    TEXTS.and(Trials.api().integers(0, 7)).and(Trials.api().integers(0, 7))
        .withLimits(TrialScale.trials(2000), TrialScale.limits()).supplyTo((b, cutFront, cutBack) -> {
          int from = Math.min(cutFront, b.length);
          int to = Math.max(from, b.length - cutBack);
          assertThat(TextEncoding.utf8Invalid(b, from, to))
              .as("%s [%d, %d)", java.util.HexFormat.ofDelimiter(" ").formatHex(b), from, to)
              .isEqualTo(jdkInvalid(b, from, to));
        });
  }

  @Test
  void theFastPathsRefuseWhatTheByteByByteCheckRefuses() {
    // rule: the eight-byte ASCII step and the six-byte step over two three-byte sequences (kana,
    // kanji) accept exactly what the JDK's decoder accepts: an overlong E0 80–9F or a surrogate ED A0–BF
    // in either half of the word is refused at its lead, at every alignment (0 to 8 ASCII bytes before)
    byte[] kana = "部".getBytes(StandardCharsets.UTF_8);
    byte[][] thirds = {kana, bytes(0xE0, 0x9F, 0xBF), bytes(0xE0, 0xA0, 0x80), bytes(0xED, 0xA0, 0x80),
        bytes(0xED, 0x9F, 0xBF), bytes(0xEF, 0xBF, 0xBF), bytes(0xE0, 0x80, 0x80), bytes(0xED, 0xBF, 0xBF)};
    for (int pad = 0; pad <= 8; pad++) {
      for (byte[] first : thirds) {
        for (byte[] second : thirds) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.writeBytes("a".repeat(pad).getBytes(StandardCharsets.US_ASCII));
          out.writeBytes(first);
          out.writeBytes(second);
          out.writeBytes("xyzuvw".getBytes(StandardCharsets.US_ASCII));
          byte[] b = out.toByteArray();
          assertThat(TextEncoding.utf8Invalid(b, 0, b.length))
              .as("%s", java.util.HexFormat.ofDelimiter(" ").formatHex(b)).isEqualTo(jdkInvalid(b, 0, b.length));
        }
      }
      byte[] ascii = ("a".repeat(pad) + "abcdefgh").getBytes(StandardCharsets.US_ASCII);
      byte[] bad = java.util.Arrays.copyOf(ascii, ascii.length + 1);
      bad[ascii.length] = (byte) 0xFF;
      assertThat(TextEncoding.utf8Invalid(bad, 0, bad.length)).isEqualTo(ascii.length);
      assertThat(TextEncoding.utf8Invalid(ascii, 0, ascii.length)).isEqualTo(-1);
    }
  }

  @Test
  void aWholeTextDecodesAsTheJdkDecodesItOrIsRefusedWhereItStops() {
    TEXTS.withLimits(TrialScale.trials(500), TrialScale.limits()).supplyTo(b -> {
      int bad = jdkInvalid(b, 0, b.length);
      if (bad < 0) {
        assertThat(TextEncoding.decode(b, java.util.Optional.of(StandardCharsets.UTF_8), "t"))
            .isEqualTo(new String(b, StandardCharsets.UTF_8));
      } else {
        IngestException e = org.assertj.core.api.Assertions.catchThrowableOfType(IngestException.class,
            () -> TextEncoding.decode(b, java.util.Optional.of(StandardCharsets.UTF_8), "t"));
        assertThat(((TextLocation) e.problems().get(0).location()).byteOffset()).isEqualTo(bad);
      }
    });
  }
}
