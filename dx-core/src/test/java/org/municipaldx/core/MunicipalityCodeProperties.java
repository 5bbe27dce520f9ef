package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;
import org.municipaldx.core.json.ModelTrials;

class MunicipalityCodeProperties {

  @Test
  void everyFiveDigitPrefixCompletesToExactlyOneValidCode() {
    ModelTrials.API.integers(1, 47).and(ModelTrials.API.integers(0, 999)).withLimits(TrialScale.trials(1000), TrialScale.limits()).supplyTo((prefecture, local) -> {
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
    });
  }

  @Test
  void parseOfToStringIsIdentity() {
    ModelTrials.API.integers(1, 47).and(ModelTrials.API.integers(0, 999)).withLimits(TrialScale.trials(1000), TrialScale.limits()).supplyTo((prefecture, local) -> {
      MunicipalityCode code = MunicipalityCode.parse(String.format("%02d%03d", prefecture, local));
      assertThat(MunicipalityCode.parse(code.toString())).isEqualTo(code);
      assertThat(code.prefecture().code()).isEqualTo(prefecture);
    });
  }

  @Test
  void aChangedCheckDigitIsAlwaysRejected() {
    ModelTrials.API.integers(1, 47).and(ModelTrials.API.integers(0, 999)).and(ModelTrials.API.integers(1, 9))
        .withLimits(TrialScale.trials(1000), TrialScale.limits()).supplyTo((prefecture, local, shift) -> {
          String six = MunicipalityCode.parse(String.format("%02d%03d", prefecture, local)).value();
          int wrong = (six.charAt(5) - '0' + shift) % 10;
          assertThatThrownBy(() -> MunicipalityCode.parse(six.substring(0, 5) + wrong))
              .hasMessageContaining("must be " + six.charAt(5));
        });
  }
}
