package org.municipaldx.metrics.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.municipaldx.core.FiscalYear;

/** The columnar path agrees with the straightforward object path on random tables. */
class ColumnarTableProperties {

  @Provide
  Arbitrary<List<ProcedureYearRow>> tables() {
    return BatchRows.tables();
  }

  /** Either both give the same result, or both reject the input with ArithmeticException. */
  private static void assertSame(Supplier<Rollup> expected, Supplier<Rollup> actual) {
    Rollup e;
    try {
      e = expected.get();
    } catch (ArithmeticException overflow) {
      assertThatThrownBy(actual::get).isInstanceOf(ArithmeticException.class);
      return;
    }
    assertThat(actual.get()).isEqualTo(e);
  }

  @Property(tries = 200)
  void columnarRollupEqualsObjectRollup(@ForAll("tables") List<ProcedureYearRow> rows) {
    ColumnarTable table = ColumnarTable.of(rows);
    assertSame(() -> Rollup.ofRows(rows), table::rollup);
    assertSame(() -> Rollup.ofRows(rows), table::rollupParallel);
    assertSame(() -> Rollup.ofRows(rows),
        () -> RollupPartial.of(table.dictionary(), rows).toRollup());
  }

  @Property(tries = 100)
  void rollupOfAFiscalYearEqualsObjectRollupOfItsRows(
      @ForAll("tables") List<ProcedureYearRow> rows, @ForAll @IntRange(min = 2019, max = 2024) int year) {
    FiscalYear fy = FiscalYear.of(year);
    List<ProcedureYearRow> ofYear =
        rows.stream().filter(r -> r.fiscalYear().equals(fy)).collect(Collectors.toList());
    ColumnarTable table = ColumnarTable.of(rows);
    assertSame(() -> Rollup.ofRows(ofYear), () -> table.rollup(fy));
  }

  @Property(tries = 200)
  void partialsOfAnySplitMergeToTheWhole(
      @ForAll("tables") List<ProcedureYearRow> rows, @ForAll @IntRange(max = 1000) int a,
      @ForAll @IntRange(max = 1000) int b) {
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

  @Property(tries = 100)
  void rowsOfTheTableAreTheInputRowsInClusteredOrder(@ForAll("tables") List<ProcedureYearRow> rows) {
    ColumnarTable table = ColumnarTable.of(rows);
    Comparator<ProcedureYearRow> byContent = Comparator.comparing(ProcedureYearRow::toString);
    List<ProcedureYearRow> expected = new ArrayList<>(rows);
    expected.sort(byContent);
    List<ProcedureYearRow> actual = new ArrayList<>(table.rows());
    actual.sort(byContent);
    assertThat(actual).isEqualTo(expected);
    assertThat(ColumnarTable.of(table.rows()).rollup().total())
        .isEqualTo(Rollup.ofRows(rows).total());
  }
}
