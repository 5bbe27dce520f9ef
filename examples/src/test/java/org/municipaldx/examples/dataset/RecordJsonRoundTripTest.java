package org.municipaldx.examples.dataset;

import org.municipaldx.dataset.*;
import org.municipaldx.examples.cli.BundledDataset;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxJson;

/** The dataset's own record types write and read back equal with the strict dx-core mapper (as the CLI's JSON needs). */
class RecordJsonRoundTripTest {
  private static final Dataset DATA = BundledDataset.load();

  @Test
  void recordsRoundTrip() {
    assertRoundTrip(DATA.manifest(), DatasetManifest.class);
    assertThat(DxJson.read(DxJson.write(DATA.blocks()), new TypeReference<List<DepartmentBlock>>() {})).isEqualTo(DATA.blocks());
    assertThat(DxJson.read(DxJson.write(DATA.takeUps()), new TypeReference<List<BlockTakeUp>>() {})).isEqualTo(DATA.takeUps());
    assertThat(DxJson.read(DxJson.write(DATA.initiatives()), new TypeReference<List<BlockInitiative>>() {}))
        .isEqualTo(DATA.initiatives());
    assertThat(DxJson.read(DxJson.write(DATA.workloads()), new TypeReference<List<BlockWorkload>>() {})).isEqualTo(DATA.workloads());
    assertThat(DxJson.read(DxJson.write(DATA.headlineFigures()), new TypeReference<List<HeadlineFigure>>() {}))
        .isEqualTo(DATA.headlineFigures());
    assertThat(DxJson.read(DxJson.write(DATA.highlights()), new TypeReference<List<Highlight>>() {})).isEqualTo(DATA.highlights());
    assertThat(DxJson.read(DxJson.write(DATA.history()), new TypeReference<List<HistoryEvent>>() {})).isEqualTo(DATA.history());
    assertRoundTrip(DATA.tools().orElseThrow(), DigitalTools.class);
    assertRoundTrip(DATA.analogRegulation().orElseThrow(), AnalogRegulationPolicy.class);
  }

  @Test
  void aBlockWithoutDepartmentWritesNoDepartmentProperty() {
    String json = DxJson.write(DATA.block("block-03").orElseThrow());
    assertThat(json).doesNotContain("departmentId").contains("\"id\" : \"block-03\"");
  }

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    assertThat(DxJson.read(DxJson.write(value), type)).isEqualTo(value);
  }
}
