package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalityCodeTest {

  @ParameterizedTest(name = "{0} completes to {1}")
  @CsvSource({
    // 6·1 + 5·3 = 21; 21 mod 11 = 10; 11 − 10 = 1 → 130001 (東京都)
    "13000, 130001",
    // 0·6 + 7·5 + 2·4 + 0·3 + 3·2 = 49; 49 mod 11 = 5; 11 − 5 = 6 → 072036 (郡山市)
    "07203, 072036",
    // 0·6 + 1·5 = 5; 11 − 5 = 6 → 010006 (北海道)
    "01000, 010006",
    // 1·6 + 3·5 + 1·4 + 0·3 + 1·2 = 27; 27 mod 11 = 5; 11 − 5 = 6 → 131016 (千代田区)
    "13101, 131016",
    // 2·6 + 7·5 + 1·4 + 0·3 + 0·2 = 51; 51 mod 11 = 7; 11 − 7 = 4 → 271004 (大阪市)
    "27100, 271004"
  })
  void completesFiveDigitCodesWithTheirCheckDigit(String five, String six) {
    assertThat(MunicipalityCode.parse(five).value()).isEqualTo(six);
    assertThat(MunicipalityCode.parse(six).value()).isEqualTo(six);
  }

  @Test
  void sumDivisibleByElevenGivesCheckDigitOneAndRemainderOneGivesZero() {
    // 1·6 + 1·5 + 0 + 0 + 0 = 11; mod 11 = 0; 11 − 0 = 11 → last digit 1
    assertThat(MunicipalityCode.checkDigit("11000")).isEqualTo(1);
    // 1·6 + 0·5 + 1·4 + 0 + 0 = 10; mod 11 = 10; 11 − 10 = 1
    assertThat(MunicipalityCode.checkDigit("10100")).isEqualTo(1);
    // 1·6 + 1·5 + 0 + 0 + 1·2 = 13; mod 11 = 2; 11 − 2 = 9
    assertThat(MunicipalityCode.checkDigit("11001")).isEqualTo(9);
    // 0·6 + 2·5 + 0·4 + 0·3 + 1·2 = 12; mod 11 = 1; 11 − 1 = 10 → last digit 0
    assertThat(MunicipalityCode.checkDigit("02001")).isEqualTo(0);
  }

  @Test
  void rejectsAWrongCheckDigitNamingTheRightOne() {
    assertThatThrownBy(() -> MunicipalityCode.parse("072035"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 6")
        .hasMessageContaining("072036");
  }

  @Test
  void rejectsMalformedCodesAndUnknownPrefectures() {
    assertThatThrownBy(() -> MunicipalityCode.parse("7203")).hasMessageContaining("expected 5 or 6 digits");
    assertThatThrownBy(() -> MunicipalityCode.parse("48001")).hasMessageContaining("prefecture code 48");
    assertThatThrownBy(() -> MunicipalityCode.parse("00001")).hasMessageContaining("prefecture code 00");
  }

  @Test
  void acceptsFullWidthDigitsAndKnowsThePrefecture() {
    MunicipalityCode koriyama = MunicipalityCode.parse("０７２０３６");
    assertThat(koriyama.prefecture()).isEqualTo(Prefecture.FUKUSHIMA);
    assertThat(koriyama.prefecture().japaneseName()).isEqualTo("福島県");
    assertThat(MunicipalityCode.parse("13000").isPrefecture()).isTrue();
    assertThat(koriyama.isPrefecture()).isFalse();
  }

  @Test
  void municipalityPrefectureMustAgreeWithTheCode() {
    assertThatThrownBy(() -> Municipality.builder()
            .code(MunicipalityCode.parse("07203")).japaneseName("郡山市").prefecture(Prefecture.TOKYO).build())
        .hasMessageContaining("Municipality.prefecture")
        .hasMessageContaining("FUKUSHIMA");
  }
}
