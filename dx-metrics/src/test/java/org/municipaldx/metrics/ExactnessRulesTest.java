package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure is approximate (約) only when its source says so (issue 13 part 4: survivors of
 * {@code Evaluation.approximate} and {@code Total.approximate}), and a total prints what it adds up.
 */
class ExactnessRulesTest {

  @Test
  void aFormulaIsExactAndSoIsATotalOfExactFigures() {
    // rule: an evaluation is approximate only if the estimate says 約; a total only if a contribution is
    Evaluation exact = Estimates.evaluate("a", EstimatesTest.REMOTE_INSPECTION);
    assertThat(exact.approximate()).isFalse();
    Total t = Total.of(List.of(exact));
    assertThat(t.approximate()).isFalse();
    assertThat(t).hasToString("68,000分 = 3400/3時間 from 1 items, 0 without a figure");
  }
}
