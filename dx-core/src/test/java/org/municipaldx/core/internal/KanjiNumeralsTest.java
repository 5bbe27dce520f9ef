package org.municipaldx.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KanjiNumeralsTest {

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
}
