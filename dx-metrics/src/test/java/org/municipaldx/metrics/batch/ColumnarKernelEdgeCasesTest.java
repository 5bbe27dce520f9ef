package org.municipaldx.metrics.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;

/**
 * Edge cases of the columnar kernels that mutation testing showed untested (issue 13): each kernel
 * (int blocks, long, checked) sums minutes × online, online and total exactly, also past
 * {@link Integer#MAX_VALUE}, and the group index grows past its initial capacity of 16.
 */
class ColumnarKernelEdgeCasesTest {
  private static final FiscalYear FY2023 = FiscalYear.of(2023);
  private static final long MAX = Integer.MAX_VALUE;

  private static ProcedureYearRow row(String dept, long minutes, long online, long total) {
    return ProcedureYearRow.builder().departmentId(dept).fiscalYear(FY2023)
        .minutesPerCase(minutes).online(online).total(total).build();
  }

  @Test
  void checkedKernelSumsOnlineAndTotalExactlyPastIntegerMax() {
    // rule: when the largest product times the row count overflows a long, the checked kernel runs;
    // its Σ online and Σ total are exact longs. (2^31 − 1)² × 3 rows > Long.MAX_VALUE selects it.
    List<ProcedureYearRow> rows = List.of(row("d1", MAX, MAX, MAX), row("d1", 0, 1, 5),
        row("d2", 3, 2, 4));
    ProcedureYearRollup r = ColumnarTable.of(rows).rollup();
    // Σ minutes × online = 4,611,686,014,132,420,609 + 0 + 6; Σ online = 2,147,483,650;
    // Σ total = 2,147,483,656
    assertThat(r.total()).isEqualTo(new Sums(4_611_686_014_132_420_615L, 2_147_483_650L,
        2_147_483_656L));
    assertThat(r.byDepartment().get("d1"))
        .isEqualTo(new Sums(4_611_686_014_132_420_609L, 2_147_483_648L, 2_147_483_652L));
    assertThat(r.byDepartment().get("d2")).isEqualTo(new Sums(6, 2, 4));
    assertThat(r).isEqualTo(ProcedureYearRollup.ofRows(rows));
  }

  @Test
  void longKernelSumsProductsAboveIntegerMaxExactly() {
    // rule: a largest product above Integer.MAX_VALUE whose product with the row count fits a long
    // is summed in long: 100,000 × 100,000 = 10^10 per row
    List<ProcedureYearRow> rows = List.of(row("d1", 100_000, 100_000, 100_000),
        row("d1", 100_000, 100_000, 150_000), row("d2", 7, 3, 9));
    ProcedureYearRollup r = ColumnarTable.of(rows).rollup();
    assertThat(r.total()).isEqualTo(new Sums(20_000_000_021L, 200_003, 250_009));
    assertThat(r.byDepartment().get("d1")).isEqualTo(new Sums(20_000_000_000L, 200_000, 250_000));
    assertThat(r).isEqualTo(ProcedureYearRollup.ofRows(rows));
  }

  @Test
  void intKernelTotalAboveIntegerMaxIsExact() {
    // rule: the int kernel sums blocks of at most Integer.MAX_VALUE / max(largest product, largest
    // total) rows in int and widens each block sum, so a total above Integer.MAX_VALUE is exact.
    // Three totals of 2^31 − 1 (block of 1 row) and 5,000 rows of total 1,000,000 (blocks of 2,147).
    List<ProcedureYearRow> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rows.add(row("d1", 1, 1, MAX));
    }
    assertThat(ColumnarTable.of(rows).rollup().total())
        .isEqualTo(new Sums(3, 3, 6_442_450_941L));
    rows.clear();
    for (int i = 0; i < 5_000; i++) {
      rows.add(row("d2", 2, 400_000, 1_000_000));
    }
    // Σ total = 5 × 10^9, Σ online = 2 × 10^9, Σ minutes × online = 4 × 10^9: all above 2^31 − 1
    ProcedureYearRollup r = ColumnarTable.of(rows).rollup();
    assertThat(r.total()).isEqualTo(new Sums(4_000_000_000L, 2_000_000_000L, 5_000_000_000L));
    assertThat(r).isEqualTo(ProcedureYearRollup.ofRows(rows));
  }

  @Test
  void exactlySixteenGroupsAndOneMoreOrLess() {
    // rule: every (fiscal year, department, mask) run is one group; the group index starts with room
    // for 16 and grows, so 15, 16 and 17 groups each keep every group's sums
    for (int groups : new int[] {15, 16, 17, 33}) {
      List<ProcedureYearRow> rows = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        rows.add(row(String.format("d%02d", g), g + 1, 1, 2));
        rows.add(row(String.format("d%02d", g), 1, 1, 1));
      }
      ColumnarTable table = ColumnarTable.of(rows);
      assertThat(table.groupCount()).as("groups").isEqualTo(groups);
      assertThat(table.rowCount()).isEqualTo(2 * groups);
      ProcedureYearRollup r = table.rollup();
      assertThat(r.byDepartment()).hasSize(groups);
      for (int g = 0; g < groups; g++) {
        // (g + 1) × 1 + 1 × 1 minutes online, 2 online, 3 cases
        assertThat(r.byDepartment().get(String.format("d%02d", g))).isEqualTo(new Sums(g + 2, 2, 3));
      }
      assertThat(r).isEqualTo(ProcedureYearRollup.ofRows(rows));
      assertThat(table.row(2 * groups - 1).departmentId()).isEqualTo(String.format("d%02d", groups - 1));
    }
  }

  @Test
  void groupsAreSplitByFiscalYearAndMaskToo() {
    // rule: a group is a run of equal (fiscal year, department, mask), not of department alone
    ColumnarTable.Builder b = ColumnarTable.builder(DepartmentDictionary.of(List.of("d1")));
    b.add(0, 0, FiscalYear.of(2022), 1, 1, 1);
    b.add(0, 1, FiscalYear.of(2022), 1, 1, 1);
    b.add(0, 0, FiscalYear.of(2023), 1, 1, 1);
    b.add(0, 0, FiscalYear.of(2022), 2, 1, 1);
    ColumnarTable t = b.build();
    assertThat(t.groupCount()).isEqualTo(3);
    assertThat(t.fiscalYears()).containsExactly(FiscalYear.of(2022), FiscalYear.of(2023));
    assertThat(t.rollup(FiscalYear.of(2022)).total()).isEqualTo(new Sums(4, 3, 3));
    assertThat(t.rollup(FiscalYear.of(2023)).total()).isEqualTo(new Sums(1, 1, 1));
    assertThat(t.rollup().byDepartment()).containsOnlyKeys("d1");
    assertThat(Set.copyOf(List.of(t.row(0).fiscalYear(), t.row(3).fiscalYear())))
        .containsExactlyInAnyOrder(FiscalYear.of(2022), FiscalYear.of(2023));
  }
}
