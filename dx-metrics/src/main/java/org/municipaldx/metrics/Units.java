package org.municipaldx.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Exact conversions between minutes (the model's {@code long} unit) and hours. Days depend on what
 * a day is: see {@link DayBasis}.
 */
public final class Units {
  /** Minutes in an hour. */
  public static final int MINUTES_PER_HOUR = 60;

  private Units() {}

  /**
   * {@return {@code minutes / 60} exactly, never null}
   *
   * @param minutes  a number of minutes
   */
  public static Rational hours(long minutes) {
    return Rational.of(minutes, MINUTES_PER_HOUR);
  }

  /**
   * {@return the minutes}
   *
   * @param hours  hours that are a whole number of minutes, not null
   * @throws IllegalArgumentException if the hours are not a whole number of minutes or the minutes
   *     do not fit a {@code long}
   */
  public static long minutes(BigDecimal hours) {
    Objects.requireNonNull(hours, "hours: must not be null");
    try {
      return hours.multiply(BigDecimal.valueOf(MINUTES_PER_HOUR)).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("hours: must be a whole number of minutes that fits a long (was '"
          + org.municipaldx.core.internal.Checks.plain(hours) + "')", e);
    }
  }
}
