package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/**
 * Issue 11j: a {@link CsvSource} decodes its UTF-8 fields through one reusable array of chars
 * ({@link TextEncoding#utf8Valid(byte[], int, int, char[])}) instead of a counted array per field, and a field
 * whose lazy check is left checks it while decoding ({@link TextEncoding#utf8Decode}). The rules checked: the
 * text is the one the JDK's strict decoder gives, whatever the array held before (it is the previous field's
 * chars) and however many fields are decoded, in any order; a string once returned never changes when later
 * fields are decoded; a field longer than the scratch limit (64 KiB) is decoded as well; the one-pass check
 * rejects exactly what the strict check ({@link TextEncoding#utf8Invalid}) rejects.
 */
class Utf8ScratchProperties {
  /** Code points from every range of encoded length, as {@link Utf8ValidProperties} draws them. */
  private static final Trials<Integer> CODE_POINT = Utf8ValidProperties.CODE_POINT;

  private static final Trials<String> TEXT = CODE_POINT.immutableLists().map(points -> {
    StringBuilder sb = new StringBuilder();
    points.forEach(sb::appendCodePoint);
    return sb.toString();
  });

  /** One scratch array for a list of texts, each decoded after the one before: each as the JDK decodes it. */
  @Test
  void aReusedScratchDecodesEachTextAsTheJdkDoes() {
    TEXT.immutableLists().withLimits(TrialScale.trials(500), TrialScale.limits()).supplyTo(texts -> {
      char[] scratch = new char[texts.stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).max().orElse(0)];
      java.util.Arrays.fill(scratch, '\u30A2'); // left over from "an earlier field"
      List<String> decoded = new ArrayList<>();
      for (String t : texts) {
        byte[] b = t.getBytes(StandardCharsets.UTF_8);
        decoded.add(TextEncoding.utf8Valid(b, 0, b.length, scratch));
      }
      assertThat(decoded).isEqualTo(texts); // earlier strings are not changed by later decodes
    });
  }

  /** Pieces of valid and invalid UTF-8: every lead byte's edge cases, cut-off sequences, stray continuation bytes. */
  private static final Trials<byte[]> PIECES = Trials.api().alternate(
      TEXT.map(t -> t.getBytes(StandardCharsets.UTF_8)),
      Trials.api().choose(
          new byte[] {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, // overlong three-byte
          new byte[] {(byte) 0xE0, (byte) 0xA0, (byte) 0x80}, // the first valid three-byte after it
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
          new byte[] {(byte) 0xED, (byte) 0x9F, (byte) 0xBF}, // the last before the surrogates
          new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xC1, (byte) 0xBF}, // overlong two-byte
          new byte[] {(byte) 0xC2, (byte) 0x80}, new byte[] {(byte) 0xDF, (byte) 0xBF},
          new byte[] {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, // overlong four-byte
          new byte[] {(byte) 0xF0, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, // U+10FFFF
          new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above it
          new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xE3, (byte) 0x81}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, // cut off
          new byte[] {(byte) 0xE3, (byte) 0x41, (byte) 0x82}, new byte[] {(byte) 0xC3, (byte) 0x28},
          new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x28, (byte) 0x80},
          new byte[] {(byte) 0xE3, (byte) 0x81, (byte) 0x28},
          new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x28}),
      Trials.api().integers(0, 255).map(b -> new byte[] {(byte) (int) b}));

  /**
   * The one-pass check-and-decode says "not valid" exactly where the strict check finds an invalid byte, and
   * otherwise gives the JDK decoder's text.
   */
  @Test
  void checkingWhileDecodingAgreesWithTheStrictCheckAndTheJdk() {
    PIECES.immutableLists().and(Trials.api().integers(0, 5))
        .withLimits(TrialScale.trials(2000), TrialScale.limits()).supplyTo((pieces, offset) -> {
          java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
          out.write(new byte[offset], 0, offset);
          pieces.forEach(out::writeBytes);
          byte[] text = out.toByteArray();
          byte[] b = java.util.Arrays.copyOf(text, text.length + 4);
          java.util.Arrays.fill(b, text.length, b.length, (byte) 0x80); // continuation bytes beyond the end
          int len = text.length - offset;
          char[] scratch = new char[len];
          java.util.Arrays.fill(scratch, '\u30A2');
          int k = TextEncoding.utf8Decode(b, offset, len, scratch);
          boolean valid = TextEncoding.utf8Invalid(b, offset, offset + len) < 0;
          assertThat(k >= 0).as("decoded, against the strict check's verdict").isEqualTo(valid);
          if (valid) {
            assertThat(new String(scratch, 0, k)).isEqualTo(new String(b, offset, len, StandardCharsets.UTF_8));
          }
        });
  }

  /**
   * Records of UTF-8 fields read through a {@link CsvSource}: every field's text, read in reverse order and
   * again forwards, equals the text written, and strings kept from earlier records are unchanged.
   */
  @Test
  void aSourceGivesEveryFieldsTextWhateverTheOrderItIsRead() {
    TEXT.filter(t -> t.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n'))
        .immutableListsOfSize(3).immutableLists()
        .withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(records -> {
          StringBuilder csv = new StringBuilder("\uFEFF");
          for (List<String> r : records) {
            csv.append(String.join(",", r)).append("\r\n");
          }
          List<List<String>> read = new ArrayList<>();
          try (CsvSource s = CsvSource.of(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
              "t", Optional.empty())) {
            while (s.next()) {
              Record r = s.record();
              String[] fields = new String[r.size()];
              for (int i = r.size() - 1; i >= 0; i--) {
                fields[i] = r.get(i);
              }
              for (int i = 0; i < r.size(); i++) {
                assertThat(r.get(i)).isEqualTo(fields[i]);
              }
              read.add(List.of(fields));
            }
          }
          assertThat(read).isEqualTo(records);
        });
  }

  /** A field of 70,000 bytes of Japanese text (above the 64 KiB scratch limit) and a short one after it. */
  @Test
  void aFieldLongerThanTheScratchLimitIsDecodedToo() {
    String longText = "漢字かな".repeat(70_000 / 12 + 1);
    String csv = "\uFEFF" + longText + ",市民課\r\n短い," + longText.substring(0, 100) + "\r\n";
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t",
        Optional.empty())) {
      assertThat(s.next()).isTrue();
      assertThat(longText.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1 << 16);
      assertThat(s.record().get(0)).isEqualTo(longText);
      assertThat(s.record().get(1)).isEqualTo("市民課");
      assertThat(s.next()).isTrue();
      assertThat(s.record().get(0)).isEqualTo("短い");
      assertThat(s.record().get(1)).isEqualTo(longText.substring(0, 100));
      assertThat(s.next()).isFalse();
    }
  }
}
