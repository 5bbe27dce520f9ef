package org.municipaldx.procurement.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
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
  /** The most one input may take (issue 13). */
  static final long MAX_NANOS = 1_000_000_000L;
  /** Time is checked while fuzzing (a warm JVM), not while {@code mvn verify} replays the corpus cold. */
  static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();

  static <T> T timed(Supplier<T> reader) {
    long start = System.nanoTime();
    try {
      return reader.get();
    } finally {
      long took = System.nanoTime() - start;
      if (FUZZING) {
        assertThat(took).as("a reader took %d ms on one input", took / 1_000_000).isLessThan(MAX_NANOS);
      }
    }
  }

  static String utf8(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

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
