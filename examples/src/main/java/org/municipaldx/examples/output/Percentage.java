package org.municipaldx.examples.output;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.metrics.Rate;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * A share as JSON: the exact numerator and denominator (integers) and the percentage rounded under the
 * stated policy; the percentage is absent when the denominator is 0. Immutable.
 *
 * @param numerator  the part, e.g. online applications
 * @param denominator  the whole, e.g. all applications
 * @param percent  {@code 100 × numerator / denominator} rounded under {@code rounding}, absent when undefined
 * @param rounding  how {@code percent} was rounded
 */
public record Percentage(long numerator, long denominator, Optional<BigDecimal> percent, Rounding rounding) {
  /** Validates the parts. @throws NullPointerException if a part is null */
  public Percentage {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(rounding, "rounding");
  }

  /**
   * @param numerator  the part
   * @param denominator  the whole
   * @param policy  how the percentage is rounded, not null
   * @return the share, never null
   */
  public static Percentage of(long numerator, long denominator, RoundingPolicy policy) {
    return new Percentage(numerator, denominator, Rate.of(numerator, denominator).percent(policy), Rounding.of(policy));
  }
}
