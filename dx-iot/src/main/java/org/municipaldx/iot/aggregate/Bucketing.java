package org.municipaldx.iot.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.municipaldx.core.internal.Checks;

/**
 * Fixed-width time buckets: bucket {@code i} covers {@code [origin + i × width, origin + (i+1) ×
 * width)}; instants before the origin fall in negative buckets. Immutable and thread-safe.
 *
 * @param origin  the start of bucket 0, whole seconds, not null
 * @param width  the bucket width, a positive whole number of seconds, not null
 */
public record Bucketing(Instant origin, Duration width) {
  /**
   * Checks the arguments.
   *
   * @param origin  the start of bucket 0, whole seconds, not null
   * @param width  the bucket width, a positive whole number of seconds, not null
   */
  public Bucketing {
    Objects.requireNonNull(origin, "Bucketing.origin: must not be null");
    Objects.requireNonNull(width, "Bucketing.width: must not be null");
    if (width.isNegative() || width.isZero() || width.getNano() != 0) {
      throw Checks.invalid("Bucketing", "width", width, "must be a positive whole number of seconds");
    }
    if (origin.getNano() != 0) {
      throw Checks.invalid("Bucketing", "origin", origin, "must be a whole second");
    }
  }

  /**
   * {@return buckets starting at midnight of {@code firstDay} in {@code zone}}
   *
   * @param firstDay  the day bucket 0 starts, not null
   * @param zone  the zone whose midnight starts it, not null
   * @param width  the width, e.g. one hour or one day
   */
  public static Bucketing from(LocalDate firstDay, ZoneId zone, Duration width) {
    return new Bucketing(firstDay.atStartOfDay(zone).toInstant(), width);
  }

  /** {@return the width in seconds} */
  public long widthSeconds() {
    return width.getSeconds();
  }

  /**
   * {@return the bucket index}
   *
   * @param epochSecond  an instant as seconds since the epoch
   */
  public long index(long epochSecond) {
    return Math.floorDiv(Math.subtractExact(epochSecond, origin.getEpochSecond()), width.getSeconds());
  }

  /**
   * {@return the bucket index}
   *
   * @param instant  an instant, not null
   */
  public long index(Instant instant) {
    return index(instant.getEpochSecond());
  }

  /**
   * {@return the bucket's start, never null}
   *
   * @param index  a bucket index
   */
  public Instant start(long index) {
    return origin.plusSeconds(Math.multiplyExact(index, width.getSeconds()));
  }
}
