package org.municipaldx.metrics.notation;

import java.util.Objects;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.metrics.Units;

/**
 * The library's consistency rules for a formula's stated figures, in one place: {@link FormulaFinding}
 * (formulas found in a text by {@link NotationAudit}) and the dataset audit of dx-dataset (formulas
 * recorded in a dataset) both ask these.
 */
public final class FormulaCheck {
  private FormulaCheck() {}

  /**
   * Minutes are never rounded: stated minutes must equal the exact product of the factors.
   *
   * @param formula  the formula with its stated figures, not null
   * @return whether the stated minutes (if any) equal the exact product
   * @throws ArithmeticException if the product overflows a {@code long}
   */
  public static boolean minutesConsistent(FormulaEstimate formula) {
    Objects.requireNonNull(formula, "formula");
    return formula.statedMinutes().isEmpty() || formula.statedMinutes().getAsLong() == formula.exactMinutes();
  }

  /**
   * Stated hours must be what the policy prints for the exact hours (exact minutes / 60).
   *
   * @param formula  the formula with its stated figures, not null
   * @param policy  the rounding policy, not null
   * @return whether {@code policy} prints the exact hours as the stated hours (true if none are stated)
   * @throws ArithmeticException if the product overflows a {@code long}
   */
  public static boolean hoursConsistent(FormulaEstimate formula, RoundingPolicy policy) {
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(policy, "policy");
    return formula.statedHours().isEmpty()
        || policy.explains(Units.hours(formula.exactMinutes()), formula.statedHours().get());
  }
}
