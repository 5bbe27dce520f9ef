package org.municipaldx.metrics.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;

class ColumnarTableTest {
  private static final FiscalYear FY2022 = FiscalYear.of(2022);

  private static ProcedureYearRow row(String dept, Set<FiveLess> five, long minutes, long online,
      long total) {
    return ProcedureYearRow.builder().departmentId(dept).fiscalYear(FY2022).addAllFiveLess(five)
        .minutesPerCase(minutes).online(online).total(total).build();
  }

  @Test
  void seedsOnlineProceduresFigure() {
    // seed: 12,512件中1,303件がオンラインによる申請等; 30分×1,303件=39,090分 (カウンターレス).
    // The seed counts calendar 2022; the fiscal year of this fixture is only a label.
    ColumnarTable table = ColumnarTable.of(
        List.of(row("general-affairs", EnumSet.of(FiveLess.COUNTERLESS), 30, 1_303, 12_512)));
    ProcedureYearRollup r = table.rollup();
    assertThat(r.total()).isEqualTo(new Sums(39_090, 1_303, 12_512));
    assertThat(r.byFiveLess().get(FiveLess.COUNTERLESS)).isEqualTo(new Sums(39_090, 1_303, 12_512));
    assertThat(r.byFiveLess().get(FiveLess.CASHLESS)).isEqualTo(Sums.ZERO);
    assertThat(r.byDepartment()).containsOnlyKeys("general-affairs");
  }

  @Test
  void toStringStatesTheRowGroupAndDepartmentCounts() {
    // 3 rows in 2 (year, department, mask) runs over 2 departments: the two citizens rows of the
    // same mask are one run (issue 13m: ColumnarTable.toString was not covered)
    ColumnarTable table = ColumnarTable.of(List.of(
        row("citizens", EnumSet.of(FiveLess.PAPERLESS), 3, 1, 1),
        row("citizens", EnumSet.of(FiveLess.PAPERLESS), 4, 1, 2),
        row("education", EnumSet.noneOf(FiveLess.class), 7, 2, 2)));
    assertThat(table.rowCount()).isEqualTo(3);
    assertThat(table.groupCount()).isEqualTo(2);
    assertThat(table).hasToString("ColumnarTable{rows=3, groups=2, departments=2}");
  }

  @Test
  void aRowWithSeveralCategoriesCountsInEachButOnceInTheTotal() {
    List<ProcedureYearRow> rows = List.of(
        row("citizens", EnumSet.of(FiveLess.COUNTERLESS, FiveLess.PAPERLESS), 10, 5, 8),
        row("citizens", EnumSet.of(FiveLess.PAPERLESS), 3, 1, 1),
        row("education", EnumSet.noneOf(FiveLess.class), 7, 2, 2));
    ProcedureYearRollup r = ColumnarTable.of(rows).rollup();
    assertThat(r.byFiveLess().get(FiveLess.COUNTERLESS)).isEqualTo(new Sums(50, 5, 8));
    assertThat(r.byFiveLess().get(FiveLess.PAPERLESS)).isEqualTo(new Sums(53, 6, 9));
    assertThat(r.total()).isEqualTo(new Sums(50 + 3 + 14, 8, 11));
    assertThat(r.byDepartment().get("citizens")).isEqualTo(new Sums(53, 6, 9));
    assertThat(r.byDepartment().get("education")).isEqualTo(new Sums(14, 2, 2));
    assertThat(r.rows()).isEqualTo(3);
  }

  @Test
  void parallelModeOnManyChunksEqualsSingleThread() {
    SplittableRandom random = new SplittableRandom(7);
    DepartmentDictionary dict = DepartmentDictionary.of(org.municipaldx.metrics.MetricsTrials.DEPARTMENTS);
    ColumnarTable.Builder b = ColumnarTable.builder(dict);
    List<ProcedureYearRow> rows = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      int total = random.nextInt(50_001);
      int online = random.nextInt(total + 1);
      int minutes = 1 + random.nextInt(180);
      int mask = random.nextInt(32);
      int dept = random.nextInt(dict.size());
      b.add(dept, mask, FiscalYear.of(2021 + random.nextInt(3)), minutes, online, total);
      Set<FiveLess> five = EnumSet.noneOf(FiveLess.class);
      for (FiveLess f : FiveLess.values()) {
        if ((mask & f.bit()) != 0) {
          five.add(f);
        }
      }
      rows.add(ProcedureYearRow.builder().departmentId(dict.id(dept))
          .fiscalYear(FiscalYear.of(2021)).addAllFiveLess(five).minutesPerCase(minutes)
          .online(online).total(total).build());
    }
    ColumnarTable table = b.build();
    ProcedureYearRollup expected = ProcedureYearRollup.ofRows(rows); // years differ, but the all-years roll-up does not see them
    assertThat(table.rollup()).isEqualTo(expected);
    assertThat(table.rollupParallel()).isEqualTo(expected);
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      assertThat(table.partialParallel(pool).toRollup()).isEqualTo(expected);
    } finally {
      pool.shutdown();
    }
    assertThat(table.fiscalYears()).containsExactly(
        FiscalYear.of(2021), FiscalYear.of(2022), FiscalYear.of(2023));
  }

  @Test
  void overflowIsAnErrorNotAWrap() {
    // (2^31 - 1)^2 ≈ 4.6e18: two such products exceed Long.MAX_VALUE ≈ 9.2e18 by the third
    long max = Integer.MAX_VALUE;
    List<ProcedureYearRow> rows = List.of(
        row("d1", Set.of(), max, max, max), row("d1", Set.of(), max, max, max),
        row("d1", Set.of(), max, max, max));
    ColumnarTable table = ColumnarTable.of(rows);
    assertThatThrownBy(table::rollup).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> ProcedureYearRollup.ofRows(rows)).isInstanceOf(ArithmeticException.class);
    // two of them fit: 2 × 4,611,686,014,132,420,609 = 9,223,372,028,264,841,218
    assertThat(ColumnarTable.of(rows.subList(0, 2)).rollup().total().minutesOnline())
        .isEqualTo(9_223_372_028_264_841_218L);
  }

  @Test
  void builderRejectsBadRowsNamingRowFieldValueAndRule() {
    ColumnarTable.Builder b = ColumnarTable.builder(DepartmentDictionary.of(List.of("d1")));
    b.add(0, 0, FY2022, 1, 1, 1);
    assertThatThrownBy(() -> b.add(0, 0, FY2022, 10, 51, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ColumnarTable.online: must be from 0 to total (50) at row 1 (was '51')");
    assertThatThrownBy(() -> b.add(0, 32, FY2022, 10, 1, 1))
        .hasMessage("ColumnarTable.fiveLessMask: must be from 0 to 31 at row 1 (was '32')");
    assertThatThrownBy(() -> b.add(1, 0, FY2022, 10, 1, 1))
        .hasMessage("ColumnarTable.departmentIndex: must be from 0 to 0 at row 1 (was '1')");
    assertThatThrownBy(() -> b.add(0, 0, FY2022, 1L << 31, 1, 1))
        .hasMessage("ColumnarTable.minutesPerCase: must be from 0 to 2147483647 at row 1 (was '2147483648')");
    assertThat(b.size()).isEqualTo(1);
    assertThat(b.build().rollup().total()).isEqualTo(new Sums(1, 1, 1));
  }

  @Test
  void rowRejectsOnlineAboveTotal() {
    assertThatThrownBy(() -> row("d1", Set.of(), 1, 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ProcedureYearRow.online: must not exceed total (2) (was '3')");
    assertThatThrownBy(() -> row("Bad Id", Set.of(), 1, 1, 2))
        .hasMessageContaining("ProcedureYearRow.departmentId");
  }

  @Test
  void partialsOfDifferentDictionariesDoNotMerge() {
    RollupPartial a = RollupPartial.empty(DepartmentDictionary.of(List.of("a")));
    RollupPartial b = RollupPartial.empty(DepartmentDictionary.of(List.of("b")));
    assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RollupPartial.dictionary");
  }

  @Test
  void dictionaryIsOrderedAndRejectsUnknownIds() {
    DepartmentDictionary d = DepartmentDictionary.of(List.of("b", "a", "b"));
    assertThat(d.ids()).containsExactly("a", "b");
    assertThat(d.index("b")).isEqualTo(1);
    assertThat(d).isEqualTo(DepartmentDictionary.of(List.of("a", "b")));
    assertThatThrownBy(() -> d.index("c"))
        .hasMessage("DepartmentDictionary.id: unknown department (was 'c')");
    assertThatThrownBy(() -> DepartmentDictionary.of(List.of("保健福祉部")))
        .hasMessageContaining("DepartmentDictionary.id: must match");
  }

  @Test
  void rollupOfAYearWithoutRowsIsEmpty() {
    ColumnarTable table = ColumnarTable.of(List.of(row("d1", Set.of(), 2, 1, 1)));
    ProcedureYearRollup r = table.rollup(FiscalYear.of(2030));
    assertThat(r.rows()).isZero();
    assertThat(r.total()).isEqualTo(Sums.ZERO);
    assertThat(r.byDepartment()).isEmpty();
    assertThat(ColumnarTable.of(List.of()).rollup().rows()).isZero();
  }
}
