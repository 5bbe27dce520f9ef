package org.municipaldx.procurement.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.testsupport.FuzzBudget.timed;
import static org.municipaldx.testsupport.FuzzBudget.utf8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.municipaldx.procurement.CorporateNumber;
import org.municipaldx.procurement.PeppolParticipantId;

/**
 * Coverage-guided fuzz targets (Jazzer) for dx-procurement's readers of outside input. {@code mvn verify}
 * replays each target's corpus ({@code src/test/resources/org/municipaldx/procurement/fuzz/ProcurementReadersFuzzTestInputs/<target>/}, valid
 * and invalid seeds); {@code JAZZER_FUZZ=1} fuzzes (README, "Fuzzing"). A target fails on any exception
 * but the reader's documented one, on an input slower than one second while fuzzing, and on a
 * print/parse round trip that changes the value.
 */
class ProcurementReadersFuzzTest {

  @FuzzTest(maxDuration = "5s")
  void corporateNumber(byte[] data) {
    CorporateNumber n;
    try {
      n = timed(() -> CorporateNumber.parse(utf8(data)));
    } catch (IllegalArgumentException documented) {
      return;
    }
    assertThat(CorporateNumber.parse(n.toString())).isEqualTo(n);
  }

  @FuzzTest(maxDuration = "5s")
  void peppolParticipantId(byte[] data) {
    PeppolParticipantId id;
    try {
      id = timed(() -> PeppolParticipantId.parse(utf8(data)));
    } catch (IllegalArgumentException documented) {
      return;
    }
    assertThat(PeppolParticipantId.parse(id.toString())).isEqualTo(id);
  }
}
