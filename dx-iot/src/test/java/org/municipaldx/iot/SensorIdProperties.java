package org.municipaldx.iot;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SensorIdProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("Aa0.-_:/ é１").ofMaxLength(6),
        Arbitraries.strings().ofMaxLength(6));
  }

  @Property(tries = 500)
  void handWrittenCheckAgreesWithTheDocumentedPattern(@ForAll("texts") String text) {
    assertThat(Sensor.isValidId(text)).isEqualTo(text.matches(Sensor.ID_PATTERN));
  }
}
