package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.core.ReportingPeriod;

class TakeUpProperties {
  @Provide
  Arbitrary<List<ProcedureTakeUp>> takeUps() {
    Arbitrary<ProcedureTakeUp> one = Combinators.combine(
            Arbitraries.of("a", "b", "c", "d").optional(0.8),
            Arbitraries.integers().between(2020, 2023),
            Arbitraries.longs().between(0, 2_000),
            Arbitraries.longs().between(0, 500_000),
            Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
        .as((dept, year, procs, apps, pctP, pctA) -> {
          ProcedureTakeUp.Builder b = ProcedureTakeUp.builder();
          b.period(ReportingPeriod.calendarYear(year)).procedures(procs).onlineProcedures(procs * pctP / 100)
              .applications(apps).onlineApplications(apps * pctA / 100);
          dept.ifPresent(b::departmentId);
          return b.build();
        });
    return one.list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void department_and_period_roll_ups_add_up_to_overall(@ForAll("takeUps") List<ProcedureTakeUp> rows) {
    TakeUp overall = TakeUpRates.overall(rows);
    assertThat(TakeUpRates.byDepartment(rows).values().stream().reduce(TakeUp.NONE, TakeUp::plus)).isEqualTo(overall);
    assertThat(TakeUpRates.byPeriod(rows).values().stream().reduce(TakeUp.NONE, TakeUp::plus)).isEqualTo(overall);
    assertThat(overall.applications().isDefined())
        .isEqualTo(rows.stream().anyMatch(r -> r.applications() > 0));
  }

  @Property(tries = 200)
  void overall_is_order_independent(@ForAll("takeUps") List<ProcedureTakeUp> rows, @ForAll Random random) {
    List<ProcedureTakeUp> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, random);
    assertThat(TakeUpRates.overall(shuffled)).isEqualTo(TakeUpRates.overall(rows));
    assertThat(TakeUpRates.byDepartment(shuffled)).isEqualTo(TakeUpRates.byDepartment(rows));
  }

  @Property(tries = 200)
  void the_overall_rate_lies_between_the_smallest_and_largest_defined_rate(@ForAll("takeUps") List<ProcedureTakeUp> rows) {
    Rate overall = TakeUpRates.overall(rows).applications();
    List<Rational> defined = new ArrayList<>();
    for (ProcedureTakeUp r : rows) {
      TakeUp.of(r).applications().value().ifPresent(defined::add);
    }
    if (defined.isEmpty()) {
      assertThat(overall.isDefined()).isFalse();
      return;
    }
    Rational v = overall.value().orElseThrow();
    assertThat(v).isBetween(Collections.min(defined), Collections.max(defined));
  }
}
