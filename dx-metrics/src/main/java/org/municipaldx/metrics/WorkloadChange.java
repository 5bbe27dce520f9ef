package org.municipaldx.metrics;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.plan.WorkloadComparison;

/**
 * The change between two workload surveys (業務量調査), e.g. 205,132時間 → 197,745時間: difference
 * △7,387時間, percent change △3.6%. Printed as the source prints it: {@code △} for a decrease, no
 * sign for an increase ({@code 4,445時間}). The percent change is undefined for a zero baseline.
 * Immutable and thread-safe.
 */
public final class WorkloadChange implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The baseline survey's hours per year. */
  private final BigDecimal baseline;
  /** The comparison survey's hours per year. */
  private final BigDecimal comparison;

  private WorkloadChange(BigDecimal baseline, BigDecimal comparison) {
    this.baseline = baseline;
    this.comparison = comparison;
  }

  /**
   * {@return the change, never null}
   *
   * @param baselineHours  the earlier survey's hours, zero or more, not null
   * @param comparisonHours  the later survey's hours, zero or more, not null
   * @throws IllegalArgumentException if either is negative
   */
  public static WorkloadChange of(BigDecimal baselineHours, BigDecimal comparisonHours) {
    Objects.requireNonNull(baselineHours, "WorkloadChange.baselineHours: must not be null");
    Objects.requireNonNull(comparisonHours, "WorkloadChange.comparisonHours: must not be null");
    if (baselineHours.signum() < 0) {
      throw Checks.invalid("WorkloadChange", "baselineHours", baselineHours, "must be zero or more");
    }
    if (comparisonHours.signum() < 0) {
      throw Checks.invalid("WorkloadChange", "comparisonHours", comparisonHours, "must be zero or more");
    }
    return new WorkloadChange(baselineHours, comparisonHours);
  }

  /**
   * {@return their change, never null}
   *
   * @param c  two surveys of a department, not null
   */
  public static WorkloadChange of(WorkloadComparison c) {
    return of(BigDecimal.valueOf(c.baseline().hours()), BigDecimal.valueOf(c.comparison().hours()));
  }

  /**
   * {@return whether the printed change (if printed) is comparison − baseline; empty if none is
   * printed}
   *
   * @param c  two surveys with the change the source printed, not null
   */
  public static Optional<Boolean> statedChangeConsistent(WorkloadComparison c) {
    return c.statedChangeHours().isPresent()
        ? Optional.of(c.statedChangeHours().getAsLong() == c.changeHours()) : Optional.empty();
  }

  /** {@return the earlier survey's hours, never null} */
  public BigDecimal baselineHours() {
    return baseline;
  }

  /** {@return the later survey's hours, never null} */
  public BigDecimal comparisonHours() {
    return comparison;
  }

  /** {@return comparison − baseline, negative for a decrease, never null} */
  public BigDecimal difference() {
    return comparison.subtract(baseline);
  }

  /** {@return difference / baseline exactly, or empty when the baseline is zero} */
  public Optional<Rational> relativeChange() {
    return baseline.signum() == 0 ? Optional.empty() : Optional.of(Rational.of(difference()).dividedBy(Rational.of(baseline)));
  }

  /**
   * {@return the percent change, or empty when the baseline is zero}
   *
   * @param policy  how to round the percentage, not null
   */
  public Optional<BigDecimal> percentChange(RoundingPolicy policy) {
    return relativeChange().map(r -> policy.apply(r.times(Rational.of(100))));
  }

  /** {@return e.g. {@code △7,387時間} or {@code 4,445時間}, never null} */
  public String formatDifference() {
    return Figures.triangle(difference()) + "時間";
  }

  /**
   * {@return e.g. {@code △3.6%}, or {@code —} when undefined, never null}
   *
   * @param policy  how to round the percentage, not null
   */
  public String formatPercentChange(RoundingPolicy policy) {
    return percentChange(policy).map(p -> Figures.triangle(p) + "%").orElse("—");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkloadChange && baseline.compareTo(((WorkloadChange) o).baseline) == 0
        && comparison.compareTo(((WorkloadChange) o).comparison) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(RoundingPolicy.strip(baseline), RoundingPolicy.strip(comparison));
  }

  /** {@return e.g. {@code 205,132時間 → 197,745時間 (△7,387時間)}} */
  @Override
  public String toString() {
    return Figures.group(baseline) + "時間 → " + Figures.group(comparison) + "時間 (" + formatDifference() + ")";
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * hours the factory rejects is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> of(baseline, comparison));
  }
}
