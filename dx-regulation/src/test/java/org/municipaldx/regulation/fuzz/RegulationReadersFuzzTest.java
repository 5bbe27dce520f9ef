package org.municipaldx.regulation.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.testsupport.FuzzBudget.timed;
import static org.municipaldx.testsupport.FuzzBudget.utf8;

import com.code_intelligence.jazzer.junit.FuzzTest;
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
