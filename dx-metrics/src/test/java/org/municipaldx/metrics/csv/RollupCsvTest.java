package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.metrics.batch.ColumnarTable;
import org.municipaldx.metrics.batch.ProcedureYearRow;

/** The roll-up as CSV for Excel (issue 13 part 4: {@link RollupCsv} had no test). */
class RollupCsvTest {

  @Test
  void departmentsThenEveryFiveLessCategoryThenTheTotalWithABomAndCrlf() {
    // rule: one row per department, one per five-less category (zeros included), then 合計; UTF-8 with BOM, CRLF
    ProcedureYearRow row = ProcedureYearRow.builder().departmentId("d1").fiscalYear(FiscalYear.of(2023))
        .minutesPerCase(30).online(2).total(4).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RollupCsv.write(ColumnarTable.of(List.of(row)).rollup(), out);
    StringBuilder expected = new StringBuilder("\uFEFF区分,名前,分×オンライン件数,オンライン件数,総件数\r\n部局,d1,60,2,4\r\n");
    for (FiveLess f : FiveLess.values()) {
      expected.append("5レス,").append(f.japaneseName()).append(",0,0,0\r\n");
    }
    expected.append("合計,,60,2,4\r\n");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }
}
