package org.municipaldx.iot.standard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;

/**
 * A span during which a location was outside a limit.
 *
 * <p>For a {@link Judgement#PER_READING} limit: a run of consecutive readings (in time order,
 * across the location's sensors) on the same side of the same limit, from the first to the last of
 * them; {@link #worst()} is the value farthest outside. For a {@link Judgement#DAILY_AVERAGE} limit:
 * a day whose mean is outside, from its first to its last reading; {@link #day()} is that day and
 * {@link #worst()} the day's mean rounded half-even to two more decimal places than the readings.
 * Immutable and thread-safe.
 *
 * @param limit  the limit exceeded, not null
 * @param above  true if above the upper bound, false if below the lower
 * @param start  the first reading's instant, not null
 * @param end  the last reading's instant, not null
 * @param readings  the number of readings in the span, positive
 * @param worst  the value farthest outside (per reading) or the mean (daily), not null
 * @param day  the day judged, for daily averages
 */
public record Exceedance(Limit limit, boolean above, Instant start, Instant end, long readings, BigDecimal worst,
    Optional<LocalDate> day) {
  /**
   * Checks the arguments.
   *
   * @param limit  the limit exceeded, not null
   * @param above  true if above the upper bound, false if below the lower
   * @param start  the first reading's instant, not null
   * @param end  the last reading's instant, not null
   * @param readings  the number of readings in the span, positive
   * @param worst  the value farthest outside (per reading) or the mean (daily), not null
   * @param day  the day judged, for daily averages
   */
  public Exceedance {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(worst, "worst");
    Objects.requireNonNull(day, "day");
    if (end.isBefore(start)) {
      throw Checks.invalid("Exceedance", "end", end, "must not be before start " + start);
    }
    if (readings <= 0) {
      throw Checks.invalid("Exceedance", "readings", readings, "must be positive");
    }
  }

  /** {@return the length of the span, from the first to the last reading} */
  public java.time.Duration duration() {
    return java.time.Duration.between(start, end);
  }
}
