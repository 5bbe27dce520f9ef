package org.municipaldx.metrics.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.json.DxJson;

class ProcedureYearRowProperties {

  @Provide
  Arbitrary<ProcedureYearRow> rows() {
    return BatchRows.anyRows();
  }

  @Property(tries = 200)
  void jsonRoundTrip(@ForAll("rows") ProcedureYearRow row) {
    assertThat(DxJson.read(DxJson.write(row), ProcedureYearRow.class)).isEqualTo(row);
  }

  @Property(tries = 200)
  void maskHasTheBitOfEachCategory(@ForAll("rows") ProcedureYearRow row) {
    for (FiveLess f : FiveLess.values()) {
      assertThat((row.fiveLessMask() & f.bit()) != 0).isEqualTo(row.fiveLess().contains(f));
    }
    assertThat(row.fiveLessMask()).isBetween(0, 31);
  }

  @Example
  void jsonWithOnlineAboveTotalIsRejectedNamingTheRule() {
    String json = "{\"departmentId\":\"d1\",\"fiscalYear\":2023,\"fiveLess\":[\"COUNTERLESS\"],"
        + "\"minutesPerCase\":30,\"online\":1304,\"total\":1303}";
    assertThatThrownBy(() -> DxJson.read(json, ProcedureYearRow.class))
        .hasMessageContaining("ProcedureYearRow.online: must not exceed total (1303) (was '1304')");
  }
}
