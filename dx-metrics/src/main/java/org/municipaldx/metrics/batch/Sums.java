package org.municipaldx.metrics.batch;

import org.municipaldx.core.internal.Checks;

/**
 * The three sums of a roll-up group: Σ(minutes per case × online cases), Σ online cases and Σ
 * cases. All exact; {@link #plus(Sums)} fails on overflow rather than wrapping.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minutesOnline  Σ(minutes per case × online cases): the minutes of the cases done online
 * @param online  Σ online cases
 * @param total  Σ cases
 */
public record Sums(long minutesOnline, long online, long total) {
  /** No rows. */
  public static final Sums ZERO = new Sums(0, 0, 0);

  /**
   * Checks the invariants.
   *
   * @param minutesOnline  Σ(minutes per case × online cases), zero or more
   * @param online  Σ online cases, zero or more
   * @param total  Σ cases, at least {@code online}
   * @throws IllegalArgumentException if a sum is negative or online exceeds total
   */
  public Sums {
    Checks.nonNegative(minutesOnline, "Sums", "minutesOnline");
    Checks.nonNegative(online, "Sums", "online");
    Checks.nonNegative(total, "Sums", "total");
    Checks.check(online <= total, "Sums", "online", online, "must not exceed total (" + total + ")");
  }

  /**
   * {@return the element-wise sum, never null}
   *
   * @param other  the sums to add, not null
   * @throws ArithmeticException if a sum overflows {@code long}
   */
  public Sums plus(Sums other) {
    return new Sums(
        Math.addExact(minutesOnline, other.minutesOnline),
        Math.addExact(online, other.online),
        Math.addExact(total, other.total));
  }
}
