package org.municipaldx.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;
import org.municipaldx.core.estimate.SavingsEstimate;

class JsonRoundTripProperties {

  @Test
  void readOfWriteIsIdentityForEveryModelType() {
    ModelTrials.anyTopLevel().withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(value -> {
      String json = DxJson.write(value);
      Class<?> type = value instanceof SavingsEstimate ? SavingsEstimate.class : DxSchemas.TYPES.stream()
          .filter(t -> t.isInstance(value)).findFirst().orElseThrow();
      Object back = DxJson.read(json, type);
      assertThat(back).isEqualTo(value);
      assertThat(DxJson.write(back)).isEqualTo(json);
    });
  }
}
