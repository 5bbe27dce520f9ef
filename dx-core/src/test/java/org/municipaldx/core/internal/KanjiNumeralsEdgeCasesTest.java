package org.municipaldx.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The characters and error positions of kanji numerals (issue 13, mutation testing). */
class KanjiNumeralsEdgeCasesTest {

  @Test
  @DisplayName("a kanji numeral is written with 一 to 九, 十, 百 and 千; 〇 and other characters are not part of one")
  void numeralCharacters() {
    for (char c : "一二三四五六七八九十百千".toCharArray()) {
      assertThat(KanjiNumerals.isKanjiNumeralChar(c)).as("%s", c).isTrue();
    }
    for (char c : "〇万年1元".toCharArray()) {
      assertThat(KanjiNumerals.isKanjiNumeralChar(c)).as("%s", c).isFalse();
    }
  }

  @Test
  @DisplayName("〇 is not a digit of the notation: it is rejected as such, not read as zero")
  void zeroIsNotADigit() {
    assertThatThrownBy(() -> KanjiNumerals.parse("〇")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kanji numeral '〇': '〇' is not a kanji digit or 十/百/千");
    assertThatThrownBy(() -> KanjiNumerals.parse("十〇")).hasMessage("kanji numeral '十〇': '〇' is not a kanji digit or 十/百/千");
  }

  @Test
  @DisplayName("two digits in a row are rejected at the 1-based position of the second")
  void twoDigitsInARowNameThePosition() {
    assertThatThrownBy(() -> KanjiNumerals.parse("二三")).hasMessage("kanji numeral '二三': two digits in a row at position 2");
    assertThatThrownBy(() -> KanjiNumerals.parse("百二三")).hasMessage("kanji numeral '百二三': two digits in a row at position 3");
  }

  @Test
  @DisplayName("an empty numeral is rejected")
  void emptyIsRejected() {
    assertThatThrownBy(() -> KanjiNumerals.parse("")).hasMessage("kanji numeral: must not be empty");
  }
}
