package org.municipaldx.metrics.batch;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;

/** Generators of procedure-year rows and tables for the batch properties. */
final class BatchRows {
  private BatchRows() {}

  static final List<String> DEPARTMENTS =
      List.of("general-affairs", "health-welfare", "citizens", "construction", "education", "d1");

  /**
   * Rows with values small enough for the int kernel, or (bigRatio of the time) values that force
   * the long or the checked kernel.
   */
  static Arbitrary<ProcedureYearRow> rows(Arbitrary<Long> minutes, Arbitrary<Long> totals) {
    Arbitrary<String> dept = Arbitraries.of(DEPARTMENTS);
    Arbitrary<FiscalYear> year = Arbitraries.integers().between(2020, 2023).map(FiscalYear::of);
    Arbitrary<java.util.Set<FiveLess>> five = Arbitraries.of(FiveLess.class).set();
    Arbitrary<long[]> counts = totals.flatMap(t ->
        Arbitraries.longs().between(0, t).map(o -> new long[] {o, t}));
    return Combinators.combine(dept, year, five, minutes, counts)
        .as((d, y, f, m, c) -> ProcedureYearRow.builder()
            .departmentId(d).fiscalYear(y).addAllFiveLess(f)
            .minutesPerCase(m).online(c[0]).total(c[1]).build());
  }

  /** Rows in the benchmark's ranges (minutes 1–180, online ≤ total ≤ 50,000) and zeros. */
  static Arbitrary<ProcedureYearRow> smallRows() {
    return rows(Arbitraries.longs().between(0, 180), Arbitraries.longs().between(0, 50_000));
  }

  /** Rows of every kernel: small, products beyond int, and values near Integer.MAX_VALUE. */
  static Arbitrary<ProcedureYearRow> anyRows() {
    return Arbitraries.oneOf(
        smallRows(),
        rows(Arbitraries.longs().between(0, 1_000_000), Arbitraries.longs().between(0, 1_000_000)),
        rows(Arbitraries.longs().between(0, Integer.MAX_VALUE),
            Arbitraries.longs().between(0, Integer.MAX_VALUE)));
  }

  static Arbitrary<List<ProcedureYearRow>> tables() {
    return Arbitraries.oneOf(smallRows().list().ofMaxSize(300), anyRows().list().ofMaxSize(60));
  }
}
