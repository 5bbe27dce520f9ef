package org.municipaldx.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.testsupport.FuzzBudget.timed;
import static org.municipaldx.testsupport.FuzzBudget.utf8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.ReportingPeriod;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxJsonException;
import org.municipaldx.core.json.DxSchemas;

/**
 * Coverage-guided fuzz targets (Jazzer) for dx-core's readers of outside input. {@code mvn verify}
 * replays each target's corpus ({@code src/test/resources/org/municipaldx/core/fuzz/CoreReadersFuzzTestInputs/<target>/},
 * valid and invalid seeds); {@code JAZZER_FUZZ=1} fuzzes (README, "Fuzzing"). A target fails on any
 * exception but the reader's documented one, on an input slower than one second, and on a print/parse
 * round trip that changes the value.
 */
class CoreReadersFuzzTest {

  @FuzzTest(maxDuration = "5s")
  void fiscalYear(byte[] data) {
    FiscalYear fy;
    try {
      fy = timed(() -> FiscalYear.parse(utf8(data)));
    } catch (IllegalArgumentException documented) {
      return;
    }
    assertThat(FiscalYear.parse(fy.toString())).isEqualTo(fy);
    assertThat(FiscalYear.parse(fy.toJapaneseEraString())).isEqualTo(fy);
  }

  @FuzzTest(maxDuration = "5s")
  void reportingPeriod(byte[] data) {
    ReportingPeriod p;
    try {
      p = timed(() -> ReportingPeriod.parse(utf8(data)));
    } catch (IllegalArgumentException documented) {
      return;
    }
    assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
  }

  @FuzzTest(maxDuration = "5s")
  void municipalityCode(byte[] data) {
    MunicipalityCode c;
    try {
      c = timed(() -> MunicipalityCode.parse(utf8(data)));
    } catch (IllegalArgumentException documented) {
      return;
    }
    assertThat(MunicipalityCode.parse(c.toString())).isEqualTo(c);
  }

  /** The first byte picks the model type, the rest is the document. */
  @FuzzTest(maxDuration = "5s")
  void dxJsonModel(byte[] data) {
    if (data.length == 0) {
      return;
    }
    List<Class<?>> types = new java.util.ArrayList<>(DxSchemas.TYPES);
    types.add(SavingsEstimate.class);
    Class<?> type = types.get(Math.floorMod(data[0], types.size()));
    String json = new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
    Object value;
    try {
      value = timed(() -> DxJson.read(json, type));
    } catch (DxJsonException documented) {
      assertThat(documented.pointer()).startsWith("/");
      return;
    }
    assertThat(value).isNotNull();
    assertThat(DxJson.read(DxJson.write(value), type)).isEqualTo(value);
  }
}
