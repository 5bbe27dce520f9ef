package org.municipaldx.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.municipaldx.core.estimate.SavingsEstimate;

class JsonRoundTripProperties {

  @Provide
  Arbitrary<Object> models() {
    return ModelArbitraries.anyTopLevel();
  }

  @Property(tries = 300)
  void readOfWriteIsIdentityForEveryModelType(@ForAll("models") Object value) {
    String json = DxJson.write(value);
    Class<?> type = value instanceof SavingsEstimate ? SavingsEstimate.class : DxSchemas.TYPES.stream()
        .filter(t -> t.isInstance(value)).findFirst().orElseThrow();
    Object back = DxJson.read(json, type);
    assertThat(back).isEqualTo(value);
    assertThat(DxJson.write(back)).isEqualTo(json);
  }
}
