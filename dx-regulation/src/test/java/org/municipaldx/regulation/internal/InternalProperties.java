package org.municipaldx.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.municipaldx.regulation.RegulationTrials;

class InternalProperties {

  @Test
  void everyKanjiNumeralFrom1To9999RoundTrips() {
    for (int n = 1; n <= KanjiNumerals.MAX; n++) {
      assertThat(KanjiNumerals.parse(KanjiNumerals.format(n))).isEqualTo(n);
    }
    assertThat(KanjiNumerals.format(123)).isEqualTo("百二十三");
    assertThat(KanjiNumerals.format(9999)).isEqualTo("九千九百九十九");
    assertThat(KanjiNumerals.format(10)).isEqualTo("十");
    assertThat(KanjiNumerals.format(2005)).isEqualTo("二千五");
  }

  @Test
  void malformedKanjiNumeralsAreRejected() {
    assertThatThrownBy(() -> KanjiNumerals.parse("二三")).hasMessageContaining("two digits in a row");
    assertThatThrownBy(() -> KanjiNumerals.parse("百千")).hasMessageContaining("out of order");
    assertThatThrownBy(() -> KanjiNumerals.format(0)).hasMessageContaining("from 1 to 9999");
  }

  @Test
  void decodesUtf8WithAndWithoutBomAndWindows31j() {
    RegulationTrials.API.integers(0, 40).withLimit(100).supplyTo(InternalProperties::decodes);
  }

  private static void decodes(int n) {
    String text = "第" + n + "条、目視による点検。①～";
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertThat(TextDecoding.decode(utf8)).isEqualTo(text);
    assertThat(TextDecoding.decode(bom)).isEqualTo(text);
    assertThat(TextDecoding.decode(text.getBytes(TextDecoding.WINDOWS_31J))).isEqualTo(text);
  }
}
