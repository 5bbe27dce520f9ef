package org.municipaldx.iot.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Limit;

/**
 * A span during which one sensor was outside a limit.
 *
 * <p>For a {@link Judgement#PER_READING} limit: consecutive readings of the sensor on the same side
 * of the same limit; it starts at the first of them and ends when the next reading of the sensor
 * comes in range, but no later than one reporting interval after the last reading outside (a
 * longer silence is a gap, not time out of range); {@link #worst()} is the value farthest outside.
 * For a {@link Judgement#DAILY_AVERAGE} limit: a day whose mean over the location's readings is
 * outside, from the day's first to its last reading; {@link #day()} is that day, {@link #worst()}
 * the day's mean rounded half-even to 3 decimals, and the sensor id that of the location's first
 * sensor. Immutable and thread-safe.
 *
 * @param sensorId  the sensor, not null
 * @param limit  the limit, not null
 * @param above  true if above the upper bound, false if below the lower
 * @param start  the start, not null
 * @param end  the end, not before the start, not null
 * @param readings  the readings in the span, positive
 * @param worst  the value farthest outside, or the day's mean, not null
 * @param day  the day judged, for a daily average
 */
public record Span(String sensorId, Limit limit, boolean above, Instant start, Instant end, long readings,
    BigDecimal worst, Optional<LocalDate> day) {
  /**
   * Checks the components.
   *
   * @param sensorId  the sensor, not null
   * @param limit  the limit, not null
   * @param above  true if above the upper bound, false if below the lower
   * @param start  the start, not null
   * @param end  the end, not before the start, not null
   * @param readings  the readings in the span, positive
   * @param worst  the value farthest outside, or the day's mean, not null
   * @param day  the day judged, for a daily average
   */
  public Span {
    Objects.requireNonNull(sensorId, "sensorId");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(worst, "worst");
    Objects.requireNonNull(day, "day");
    if (end.isBefore(start)) {
      throw Checks.invalid("Span", "end", end, "must not be before start " + start);
    }
    if (readings <= 0) {
      throw Checks.invalid("Span", "readings", readings, "must be positive");
    }
  }

  /** {@return the length of the span, never null} */
  public Duration duration() {
    return Duration.between(start, end);
  }
}
