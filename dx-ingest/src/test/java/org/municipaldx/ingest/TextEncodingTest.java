package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextEncodingTest {
  @Test
  void detection() {
    assertThat(TextEncoding.detect("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextEncoding.detect("部局".getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextEncoding.detect("部局".getBytes(TextEncoding.WINDOWS_31J))).isEqualTo(TextEncoding.WINDOWS_31J);
    // a beginning of a file cut inside a UTF-8 character is still UTF-8
    byte[] cut = {'a', (byte) 0xE9, (byte) 0x83};
    assertThat(TextEncoding.detect(cut)).isEqualTo(StandardCharsets.UTF_8);
    // ﾂｱ in Windows-31J is C2 B1, one valid UTF-8 sequence (±); the next half-width kana is not
    assertThat(TextEncoding.detect("ﾂｱｲ".getBytes(TextEncoding.WINDOWS_31J))).isEqualTo(TextEncoding.WINDOWS_31J);
    assertThat(TextEncoding.detect("±".getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void decodeDropsTheBomAndLocatesABadByte() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};
    assertThat(TextEncoding.decode(bom, Optional.empty(), "f")).isEqualTo("x");
    byte[] bad = {'a', '\r', '\n', 'b', '\r', (byte) 0xFF};
    IngestException e = catchThrowableOfType(IngestException.class,
        () -> TextEncoding.decode(bad, Optional.of(StandardCharsets.UTF_8), "f.txt"));
    assertThat(e.problems().get(0).location()).isEqualTo(new TextLocation("f.txt", 3, 0, 5));
  }

  @Test
  void strictUtf8() {
    assertThat(TextEncoding.utf8Invalid(new byte[] {(byte) 0xC0, (byte) 0x80}, 0, 2)).isEqualTo(0); // overlong
    assertThat(TextEncoding.utf8Invalid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3)).isEqualTo(0); // surrogate
    assertThat(TextEncoding.utf8Invalid("ok部".getBytes(StandardCharsets.UTF_8), 0, 5)).isEqualTo(-1);
    assertThat(TextEncoding.utf8Invalid("ok部".getBytes(StandardCharsets.UTF_8), 0, 4)).isEqualTo(2); // cut
  }
}
