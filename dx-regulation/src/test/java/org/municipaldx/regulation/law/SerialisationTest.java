package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.municipaldx.testsupport.JavaSerialisation.serialise;
import static org.municipaldx.testsupport.JavaSerialisation.deserialise;

import java.io.InvalidObjectException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.municipaldx.regulation.RegulationSubType;
import org.municipaldx.regulation.RegulationType;

/** Every Serializable value of dx-regulation round-trips and re-validates in readResolve. */
class SerialisationTest {

  @Test
  void everyValueRoundTrips() throws Exception {
    for (Object v : new Object[] {LawId.parse("322AC0000000067"), ProvisionNumber.of(12, 2), ProvisionReference.of(12, 1, 3),
        ProvisionReference.article(44), RegulationSubType.of(RegulationType.VISUAL_INSPECTION, "目視での確認")}) {
      assertThat(deserialise(serialise(v))).isEqualTo(v);
    }
    // a defined sub-type comes back as the constant itself
    assertThat(deserialise(serialise(RegulationSubType.RESIDENT))).isSameAs(RegulationSubType.RESIDENT);
  }

  @Test
  void aStreamWithALawIdOfNoShapeIsRejected() throws Exception {
    String text = new String(serialise(LawId.parse("322AC0000000067")), StandardCharsets.ISO_8859_1);
    assertThat(text).containsOnlyOnce("322AC0000000067");
    byte[] forged = text.replace("322AC0000000067", "322XX0000000067").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> deserialise(forged)).isInstanceOf(InvalidObjectException.class)
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }
}
