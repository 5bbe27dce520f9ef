package org.municipaldx.regulation.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact share {@code numerator / denominator} of items, e.g. 3 of 4 decided. Printing it as a
 * percentage rounds explicitly; a share of nothing (denominator 0) has no percentage.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Share {
  private final long numerator;
  private final long denominator;

  private Share(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * @param numerator  how many, from 0 to {@code denominator}
   * @param denominator  of how many, 0 or more
   * @return the share, never null
   * @throws IllegalArgumentException if the numbers are out of range
   */
  public static Share of(long numerator, long denominator) {
    if (denominator < 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "Share: numerator must be from 0 to the denominator, and the denominator 0 or more (was '" + numerator + "/" + denominator + "')");
    }
    return new Share(numerator, denominator);
  }

  /** @return how many */
  public long numerator() {
    return numerator;
  }

  /** @return of how many */
  public long denominator() {
    return denominator;
  }

  /**
   * @param scale  the number of decimal places
   * @param rounding  the rounding mode, not null
   * @return the percentage, e.g. 33.3 for 1/3 at scale 1 HALF_UP; empty if the denominator is 0
   */
  public Optional<BigDecimal> percent(int scale, RoundingMode rounding) {
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), scale, rounding));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share && ((Share) o).numerator == numerator && ((Share) o).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /** @return e.g. {@code 3/4} */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
