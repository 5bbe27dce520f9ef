package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.municipaldx.testsupport.JavaSerialisation.serialise;
import static org.municipaldx.testsupport.JavaSerialisation.deserialise;

import java.io.InvalidObjectException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.municipaldx.procurement.ocds.OcidPrefix;

/** Every Serializable value of dx-procurement round-trips and re-validates in readResolve. */
class SerialisationTest {

  @Test
  void everyValueRoundTrips() throws Exception {
    for (Object v : new Object[] {CorporateNumber.parse("7000012050002"), PeppolParticipantId.parse("0188:7000012050002"),
        OcidPrefix.parse("ocds-abc123-")}) {
      assertThat(deserialise(serialise(v))).isEqualTo(v);
    }
  }

  @Test
  void aStreamWithAWrongCheckDigitIsRejected() throws Exception {
    String text = new String(serialise(CorporateNumber.parse("7000012050002")), StandardCharsets.ISO_8859_1);
    assertThat(text).containsOnlyOnce("7000012050002");
    byte[] forged = text.replace("7000012050002", "1000012050002").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> deserialise(forged)).isInstanceOf(InvalidObjectException.class)
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000012050002");
  }
}
