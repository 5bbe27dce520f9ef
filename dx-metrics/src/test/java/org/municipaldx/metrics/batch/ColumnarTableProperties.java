package org.municipaldx.metrics.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.metrics.MetricsTrials;
import org.municipaldx.testsupport.TrialScale;

/** The columnar path agrees with the straightforward object path on random tables. */
class ColumnarTableProperties {

  /** Either both give the same result, or both reject the input with ArithmeticException. */
  private static void assertSame(Supplier<ProcedureYearRollup> expected, Supplier<ProcedureYearRollup> actual) {
    ProcedureYearRollup e;
    try {
      e = expected.get();
    } catch (ArithmeticException overflow) {
      assertThatThrownBy(actual::get).isInstanceOf(ArithmeticException.class);
      return;
    }
    assertThat(actual.get()).isEqualTo(e);
  }

  @Test
  void columnarRollupEqualsObjectRollup() {
    MetricsTrials.tables().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(ColumnarTableProperties::columnarRollupEqualsObjectRollup);
  }

  private static void columnarRollupEqualsObjectRollup(List<ProcedureYearRow> rows) {
    ColumnarTable table = ColumnarTable.of(rows);
    assertSame(() -> ProcedureYearRollup.ofRows(rows), table::rollup);
    assertSame(() -> ProcedureYearRollup.ofRows(rows), table::rollupParallel);
    assertSame(() -> ProcedureYearRollup.ofRows(rows),
        () -> RollupPartial.of(table.dictionary(), rows).toRollup());
  }

  @Test
  void rollupOfAFiscalYearEqualsObjectRollupOfItsRows() {
    MetricsTrials.tables().and(MetricsTrials.API.integers(2019, 2024)).withLimits(TrialScale.trials(100), TrialScale.limits())
        .supplyTo((rows, year) -> rollupOfAFiscalYearEqualsObjectRollupOfItsRows(rows, year));
  }

  private static void rollupOfAFiscalYearEqualsObjectRollupOfItsRows(List<ProcedureYearRow> rows, int year) {
    FiscalYear fy = FiscalYear.of(year);
    List<ProcedureYearRow> ofYear =
        rows.stream().filter(r -> r.fiscalYear().equals(fy)).collect(Collectors.toList());
    ColumnarTable table = ColumnarTable.of(rows);
    assertSame(() -> ProcedureYearRollup.ofRows(ofYear), () -> table.rollup(fy));
  }

  @Test
  void partialsOfAnySplitMergeToTheWhole() {
    MetricsTrials.tables().and(MetricsTrials.API.integers(0, 1000)).and(MetricsTrials.API.integers(0, 1000))
        .withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo((rows, a, b) -> partialsOfAnySplitMergeToTheWhole(rows, a, b));
  }

  private static void partialsOfAnySplitMergeToTheWhole(List<ProcedureYearRow> rows, int a, int b) {
    ColumnarTable table = ColumnarTable.of(rows);
    int n = table.rowCount();
    int i = Math.min(a, b) * n / 1000;
    int j = Math.max(a, b) * n / 1000;
    RollupPartial whole;
    try {
      whole = table.partial();
    } catch (ArithmeticException overflow) {
      return; // covered by columnarRollupEqualsObjectRollup
    }
    assertThat(table.partial(0, i).merge(table.partial(i, j)).merge(table.partial(j, n)))
        .isEqualTo(whole);
    assertThat(table.partial(j, n).merge(table.partial(0, i).merge(table.partial(i, j))))
        .isEqualTo(whole);
  }

  @Test
  void rowsOfTheTableAreTheInputRowsInClusteredOrder() {
    MetricsTrials.tables().withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo(ColumnarTableProperties::rowsOfTheTableAreTheInputRowsInClusteredOrder);
  }

  private static void rowsOfTheTableAreTheInputRowsInClusteredOrder(List<ProcedureYearRow> rows) {
    ColumnarTable table = ColumnarTable.of(rows);
    Comparator<ProcedureYearRow> byContent = Comparator.comparing(ProcedureYearRow::toString);
    List<ProcedureYearRow> expected = new ArrayList<>(rows);
    expected.sort(byContent);
    List<ProcedureYearRow> actual = new ArrayList<>(table.rows());
    actual.sort(byContent);
    assertThat(actual).isEqualTo(expected);
    // the same rows give the same roll-up, or both overflow (Americium finds tables whose sums overflow a long)
    assertSame(() -> ProcedureYearRollup.ofRows(rows), () -> ColumnarTable.of(table.rows()).rollup());
  }
}
