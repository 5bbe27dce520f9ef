package org.municipaldx.iot.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;

/**
 * Count, exact sum, minimum and maximum of a set of values: a mergeable partial aggregate
 * ({@link #merge} is associative and commutative, {@link #EMPTY} its identity), so summaries of
 * parts combine into the summary of the whole in any order.
 *
 * <p>Equality compares numbers by value ({@code 27.2} equals {@code 27.20}). This class is
 * immutable and thread-safe.
 */
public final class Summary {
  /** The summary of no values. */
  public static final Summary EMPTY = new Summary(0, BigDecimal.ZERO, null, null);

  private final long count;
  private final BigDecimal sum;
  private final BigDecimal min;
  private final BigDecimal max;

  private Summary(long count, BigDecimal sum, BigDecimal min, BigDecimal max) {
    this.count = count;
    this.sum = sum;
    this.min = min;
    this.max = max;
  }

  /**
   * {@return the summary of that one value, never null}
   *
   * @param value  a value, not null
   */
  public static Summary of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return new Summary(1, value, value, value);
  }

  /**
   * {@return the summary, never null}
   *
   * @param count  the number of values, positive
   * @param sum  their sum, not null
   * @param min  the smallest, not null
   * @param max  the largest, not null
   * @throws IllegalArgumentException if min exceeds max or count is not positive
   */
  public static Summary of(long count, BigDecimal sum, BigDecimal min, BigDecimal max) {
    Objects.requireNonNull(sum, "sum");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (count <= 0) {
      throw Checks.invalid("Summary", "count", count, "must be positive");
    }
    if (min.compareTo(max) > 0) {
      throw Checks.invalid("Summary", "min", min, "must not exceed max " + max);
    }
    return new Summary(count, sum, min, max);
  }

  /**
   * {@return the summary of both sets of values, never null}
   *
   * @param other  another summary, not null
   */
  public Summary merge(Summary other) {
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    return new Summary(Math.addExact(count, other.count), sum.add(other.sum),
        min.compareTo(other.min) <= 0 ? min : other.min, max.compareTo(other.max) >= 0 ? max : other.max);
  }

  /**
   * {@return the summary with the value added, never null}
   *
   * @param value  a value, not null
   */
  public Summary add(BigDecimal value) {
    return merge(of(value));
  }

  /** {@return the number of values} */
  public long count() {
    return count;
  }

  /** {@return the exact sum, zero when empty} */
  public BigDecimal sum() {
    return sum;
  }

  /** {@return the smallest value, if any} */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /** {@return the largest value, if any} */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /**
   * {@return the mean, if any value}
   *
   * @param scale  decimal places of the result
   * @param rounding  the rounding, not null
   */
  public Optional<BigDecimal> mean(int scale, RoundingMode rounding) {
    return count == 0 ? Optional.empty() : Optional.of(sum.divide(BigDecimal.valueOf(count), scale, rounding));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Summary)) {
      return false;
    }
    Summary s = (Summary) o;
    return count == s.count && sum.compareTo(s.sum) == 0 && cmp(min, s.min) && cmp(max, s.max);
  }

  private static boolean cmp(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, sum.stripTrailingZeros(), min == null ? null : min.stripTrailingZeros(),
        max == null ? null : max.stripTrailingZeros());
  }

  /** {@return e.g. {@code Summary{count=3, sum=75.5, min=24.8, max=25.5}}} */
  @Override
  public String toString() {
    return "Summary{count=" + count + ", sum=" + sum.toPlainString()
        + (count == 0 ? "" : ", min=" + min.toPlainString() + ", max=" + max.toPlainString()) + "}";
  }
}
