package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class MunicipalityCodeProperties {

  @Property
  void everyFiveDigitPrefixCompletesToExactlyOneValidCode(
      @ForAll @IntRange(min = 1, max = 47) int prefecture, @ForAll @IntRange(min = 0, max = 999) int local) {
    String five = String.format("%02d%03d", prefecture, local);
    int valid = 0;
    for (int d = 0; d <= 9; d++) {
      String six = five + d;
      try {
        MunicipalityCode.parse(six);
        valid++;
      } catch (IllegalArgumentException e) {
        assertThat(e).hasMessageContaining("check digit");
      }
    }
    assertThat(valid).isEqualTo(1);
    assertThat(MunicipalityCode.parse(five).withoutCheckDigit()).isEqualTo(five);
  }

  @Property
  void parseOfToStringIsIdentity(@ForAll @IntRange(min = 1, max = 47) int prefecture, @ForAll @IntRange(min = 0, max = 999) int local) {
    MunicipalityCode code = MunicipalityCode.parse(String.format("%02d%03d", prefecture, local));
    assertThat(MunicipalityCode.parse(code.toString())).isEqualTo(code);
    assertThat(code.prefecture().code()).isEqualTo(prefecture);
  }

  @Property
  void aChangedCheckDigitIsAlwaysRejected(@ForAll @IntRange(min = 1, max = 47) int prefecture,
      @ForAll @IntRange(min = 0, max = 999) int local, @ForAll @IntRange(min = 1, max = 9) int shift) {
    String six = MunicipalityCode.parse(String.format("%02d%03d", prefecture, local)).value();
    int wrong = (six.charAt(5) - '0' + shift) % 10;
    assertThatThrownBy(() -> MunicipalityCode.parse(six.substring(0, 5) + wrong))
        .hasMessageContaining("must be " + six.charAt(5));
  }
}
