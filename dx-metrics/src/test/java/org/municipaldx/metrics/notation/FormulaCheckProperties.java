package org.municipaldx.metrics.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.metrics.MetricsTrials;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.testsupport.TrialScale;

/** One implementation of the formula rules: a found formula answers exactly as {@link FormulaCheck} does. */
class FormulaCheckProperties {
  private static final RoundingPolicy SEED = RoundingPolicy.seed(RoundingMode.HALF_UP);

  @Test
  void aFindingAgreesWithFormulaCheck() {
    // stated minutes off by -1, 0 or +1; stated hours the seed policy's figure, or one more
    var api = com.sageserpent.americium.java.Trials.api();
    MetricsTrials.formulas().and(api.integers(-1, 1)).and(api.integers(0, 1)).withLimits(TrialScale.trials(200), TrialScale.limits())
        .supplyTo((formula, minutesOff, hoursOff) -> {
          long exact = formula.exactMinutes();
          FormulaEstimate f = FormulaEstimate.builder().addAllFactors(formula.factors())
              .statedMinutes(Math.max(0, exact + minutesOff))
              .statedHours(SEED.hours(exact).add(java.math.BigDecimal.valueOf(hoursOff))).build();
          FormulaFinding finding = FormulaFinding.builder().text("x").offset(0).line(1).column(1).formula(f).build();
          assertThat(FormulaCheck.minutesConsistent(f)).isEqualTo(Math.max(0, exact + minutesOff) == exact);
          assertThat(FormulaCheck.hoursConsistent(f, SEED)).isEqualTo(hoursOff == 0);
          assertThat(finding.minutesConsistent()).isEqualTo(FormulaCheck.minutesConsistent(f));
          assertThat(finding.hoursConsistentWith(SEED)).isEqualTo(FormulaCheck.hoursConsistent(f, SEED));
        });
  }

  @Test
  void theSeedsSlipsAreFound() {
    // seed: 5分×64か所×250日=80,000分=1,334時間: minutes right, 1,333.33… printed 1,334 (half-up gives 1,333)
    FormulaEstimate f = FormulaEstimate.builder().addFactors(Factor.of(5, "分"), Factor.of(64, "か所"), Factor.of(250, "日"))
        .statedMinutes(80_000).statedHours(new java.math.BigDecimal("1334")).build();
    assertThat(FormulaCheck.minutesConsistent(f)).isTrue();
    assertThat(FormulaCheck.hoursConsistent(f, SEED)).isFalse();
    assertThat(FormulaCheck.hoursConsistent(f, RoundingPolicy.seed(RoundingMode.CEILING))).isTrue();
    FormulaEstimate wrongMinutes = FormulaEstimate.builder().addFactors(Factor.of(30, "分"), Factor.of(1_303, "件"))
        .statedMinutes(39_000).build();
    assertThat(FormulaCheck.minutesConsistent(wrongMinutes)).isFalse();
  }
}
