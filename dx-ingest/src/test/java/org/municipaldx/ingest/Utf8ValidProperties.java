package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/**
 * {@link TextEncoding#utf8Valid} (the decoder {@link CsvSource}'s records use for a UTF-8 field once its bytes
 * are checked, issue 11h) gives the string the JDK's UTF-8 decoder gives, for any valid UTF-8: texts of random
 * code points of every length of encoding (one to four bytes, so surrogate pairs too), placed anywhere in a
 * larger array.
 */
class Utf8ValidProperties {
  /** Code points from every range of encoded length; surrogates are not code points of valid UTF-8. */
  static final Trials<Integer> CODE_POINT = Trials.api().alternate(
      Trials.api().integers(0, 0x7F),
      Trials.api().integers(0x80, 0x7FF),
      Trials.api().integers(0x800, 0xFFFF).filter(c -> c < 0xD800 || c > 0xDFFF),
      Trials.api().integers(0x10000, 0x10FFFF),
      Trials.api().choose(0x3042, 0x6F22, 0xFF11, 0x1F600, 0xE9, 0xFFFF, 0x10000, 0x800, 0x7FF));

  @Test
  void decodesAsTheJdkDoes() {
    CODE_POINT.immutableLists().and(Trials.api().integers(0, 9))
        .withLimits(TrialScale.trials(1000), TrialScale.limits()).supplyTo((points, offset) -> {
          StringBuilder sb = new StringBuilder();
          points.forEach(sb::appendCodePoint);
          byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
          byte[] b = new byte[offset + text.length + 3];
          java.util.Arrays.fill(b, (byte) 0xE3); // around the text: bytes that would change it if read
          System.arraycopy(text, 0, b, offset, text.length);
          assertThat(TextEncoding.utf8Invalid(b, offset, offset + text.length)).isEqualTo(-1);
          String decoded = TextEncoding.utf8Valid(b, offset, text.length);
          assertThat(decoded).isEqualTo(new String(b, offset, text.length, StandardCharsets.UTF_8));
          assertThat(decoded).isEqualTo(sb.toString());
        });
  }
}
