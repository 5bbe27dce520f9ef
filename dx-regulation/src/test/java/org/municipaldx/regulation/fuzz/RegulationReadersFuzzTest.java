package org.municipaldx.regulation.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.List;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.csv.RegulationCsv;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.regulation.law.LawId;
import org.municipaldx.regulation.law.ProvisionReference;

/**
 * Coverage-guided fuzz targets (Jazzer) for dx-regulation's readers of outside input. {@code mvn verify}
 * replays each target's corpus ({@code src/test/resources/org/municipaldx/regulation/fuzz/RegulationReadersFuzzTestInputs/<target>/}, valid
 * and invalid seeds); {@code JAZZER_FUZZ=1} fuzzes (README, "Fuzzing"). A target fails on any exception
 * but the reader's documented one, on an input slower than one second while fuzzing, and on a
 * print/parse round trip that changes the value.
 */
class RegulationReadersFuzzTest {
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
  void lawId(byte[] data) {
    LawId id;
    try {
      id = timed(() -> LawId.parse(utf8(data)));
    } catch (IllegalArgumentException documented) {
      return;
    }
    assertThat(LawId.parse(id.toString())).isEqualTo(id);
  }

  @FuzzTest(maxDuration = "5s")
  void provisionReference(byte[] data) {
    ProvisionReference r;
    try {
      r = timed(() -> ProvisionReference.parse(utf8(data)));
    } catch (IllegalArgumentException documented) {
      return;
    }
    assertThat(ProvisionReference.parse(r.toKanjiString())).isEqualTo(r);
    assertThat(ProvisionReference.parse(r.toArabicString())).isEqualTo(r);
  }

  /** The bytes up to the first NUL are the items file, the rest the history file. */
  @FuzzTest(maxDuration = "5s")
  void regulationCsv(byte[] data) {
    int cut = 0;
    while (cut < data.length && data[cut] != 0) {
      cut++;
    }
    byte[] items = java.util.Arrays.copyOfRange(data, 0, cut);
    byte[] history = java.util.Arrays.copyOfRange(data, Math.min(cut + 1, data.length), data.length);
    List<RegulationItem> read;
    try {
      read = timed(() -> RegulationCsv.read(items, history));
    } catch (IngestException documented) {
      return;
    }
    assertThat(RegulationCsv.read(RegulationCsv.writeItems(read), RegulationCsv.writeHistory(read))).isEqualTo(read);
  }
}
