package org.municipaldx.examples.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * A rounding policy as JSON: the mode, the increment a figure is rounded to, and, when set, the number
 * of decimals within which an exact figure is kept unrounded (the source's own habit). Immutable.
 *
 * @param mode  the rounding mode by its constant name, e.g. {@code HALF_UP}
 * @param increment  the increment, e.g. {@code 0.1}
 * @param exactDecimals  decimals within which an exact value is not rounded, when the policy has them
 */
public record Rounding(RoundingMode mode, BigDecimal increment, Optional<Integer> exactDecimals) {
  /** Validates the parts. @throws NullPointerException if a part is null */
  public Rounding {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(increment, "increment");
    Objects.requireNonNull(exactDecimals, "exactDecimals");
  }

  /**
   * @param policy  the policy, not null
   * @return the policy as JSON, never null
   */
  public static Rounding of(RoundingPolicy policy) {
    return new Rounding(policy.mode(), policy.increment(),
        policy.exactDecimals().isPresent() ? Optional.of(policy.exactDecimals().getAsInt()) : Optional.empty());
  }
}
