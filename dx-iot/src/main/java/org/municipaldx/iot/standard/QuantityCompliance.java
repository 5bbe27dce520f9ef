package org.municipaldx.iot.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.iot.Quantity;

/**
 * The statistics and the judgement of one quantity at one location over one period.
 *
 * <p>{@code judged} counts the units judged — readings under a per-reading limit, days under a
 * daily-average limit — and {@code withinRange} those within; readings on dates with no limit in
 * force are counted in the statistics but not judged. Immutable and thread-safe.
 *
 * @param quantity  the quantity, not null
 * @param count  the number of readings (invalid ones excluded)
 * @param min  the smallest value, if any reading
 * @param max  the largest value, if any reading
 * @param sum  the exact sum of the values, not null
 * @param judged  the number of units judged
 * @param withinRange  the number of units within the limit
 * @param exceedances  every exceedance in time order, not null
 */
public record QuantityCompliance(Quantity quantity, long count, Optional<BigDecimal> min, Optional<BigDecimal> max,
    BigDecimal sum, long judged, long withinRange, List<Exceedance> exceedances) {
  /**
   * Checks and copies the arguments.
   *
   * @param quantity  the quantity, not null
   * @param count  the number of readings (invalid ones excluded)
   * @param min  the smallest value, if any reading
   * @param max  the largest value, if any reading
   * @param sum  the exact sum of the values, not null
   * @param judged  the number of units judged
   * @param withinRange  the number of units within the limit
   * @param exceedances  every exceedance in time order, not null
   */
  public QuantityCompliance {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(sum, "sum");
    exceedances = List.copyOf(exceedances);
    if (withinRange < 0 || withinRange > judged) {
      throw Checks.invalid("QuantityCompliance", "withinRange", withinRange, "must be from 0 to judged " + judged);
    }
  }

  /**
   * {@return the mean of the values, if any reading}
   *
   * @param scale  the decimal places of the result
   * @param rounding  the rounding, not null
   */
  public Optional<BigDecimal> mean(int scale, RoundingMode rounding) {
    return count == 0 ? Optional.empty() : Optional.of(sum.divide(BigDecimal.valueOf(count), scale, rounding));
  }

  /**
   * {@return the share of judged units within range, from 0 to 1, if any was judged}
   *
   * @param scale  the decimal places of the result (e.g. 4 for 0.9875)
   * @param rounding  the rounding, not null
   */
  public Optional<BigDecimal> shareWithinRange(int scale, RoundingMode rounding) {
    return judged == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(withinRange).divide(BigDecimal.valueOf(judged), scale, rounding));
  }
}
