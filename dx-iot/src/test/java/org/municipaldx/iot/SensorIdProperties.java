package org.municipaldx.iot;

import org.municipaldx.testsupport.TrialScale;
import static org.municipaldx.iot.IotTrials.API;

import org.junit.jupiter.api.Test;
import org.municipaldx.core.Ids;
import static org.assertj.core.api.Assertions.assertThat;


class SensorIdProperties {

  @Test
  void handWrittenCheckAgreesWithTheDocumentedPattern() {
    API.alternate(IotTrials.strings("Aa0.-_:/ é１", 0, 6), IotTrials.anyStrings(6)).withLimits(TrialScale.trials(500), TrialScale.limits())
        .supplyTo(text -> assertThat(Sensor.isValidId(text)).isEqualTo(Ids.isDeviceId(text)));
  }
}
