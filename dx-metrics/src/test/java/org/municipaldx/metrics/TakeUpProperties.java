package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.testsupport.TrialScale;

class TakeUpProperties {

  @Test
  void department_and_period_roll_ups_add_up_to_overall() {
    MetricsTrials.takeUps().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(rows -> {
      TakeUp overall = TakeUpRates.overall(rows);
      assertThat(TakeUpRates.byDepartment(rows).values().stream().reduce(TakeUp.NONE, TakeUp::plus)).isEqualTo(overall);
      assertThat(TakeUpRates.byPeriod(rows).values().stream().reduce(TakeUp.NONE, TakeUp::plus)).isEqualTo(overall);
      assertThat(overall.applications().isDefined())
          .isEqualTo(rows.stream().anyMatch(r -> r.applications() > 0));
    });
  }

  @Test
  void overall_is_order_independent() {
    MetricsTrials.takeUps().and(MetricsTrials.seeds()).withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo((rows, seed) -> {
      List<ProcedureTakeUp> shuffled = new ArrayList<>(rows);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(TakeUpRates.overall(shuffled)).isEqualTo(TakeUpRates.overall(rows));
      assertThat(TakeUpRates.byDepartment(shuffled)).isEqualTo(TakeUpRates.byDepartment(rows));
    });
  }

  @Test
  void the_overall_rate_lies_between_the_smallest_and_largest_defined_rate() {
    MetricsTrials.takeUps().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(rows -> {
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
    });
  }
}
