package org.municipaldx.metrics.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.metrics.MetricsTrials;
import org.municipaldx.testsupport.TrialScale;

class ProcedureYearRowProperties {

  @Test
  void jsonRoundTrip() {
    MetricsTrials.anyRows().withLimits(TrialScale.trials(200), TrialScale.limits())
        .supplyTo(row -> assertThat(DxJson.read(DxJson.write(row), ProcedureYearRow.class)).isEqualTo(row));
  }

  @Test
  void maskHasTheBitOfEachCategory() {
    MetricsTrials.anyRows().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(row -> {
      for (FiveLess f : FiveLess.values()) {
        assertThat((row.fiveLessMask() & f.bit()) != 0).isEqualTo(row.fiveLess().contains(f));
      }
      assertThat(row.fiveLessMask()).isBetween(0, 31);
    });
  }

  @Test
  void jsonWithOnlineAboveTotalIsRejectedNamingTheRule() {
    String json = "{\"departmentId\":\"d1\",\"fiscalYear\":2023,\"fiveLess\":[\"COUNTERLESS\"],"
        + "\"minutesPerCase\":30,\"online\":1304,\"total\":1303}";
    assertThatThrownBy(() -> DxJson.read(json, ProcedureYearRow.class))
        .hasMessageContaining("ProcedureYearRow.online: must not exceed total (1303) (was '1304')");
  }
}
