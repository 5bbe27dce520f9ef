package org.municipaldx.iot.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.municipaldx.core.internal.Checks;

/**
 * A silence of a sensor longer than its reporting interval: no reading strictly between
 * {@code from} and {@code to}. {@code from} is the last reading before the silence (or the start of
 * the window examined) and {@code to} the next reading (or the end of the window). Immutable and
 * thread-safe.
 *
 * @param sensorId  the sensor, not null
 * @param from  the start of the silence, not null
 * @param to  the end of the silence, after {@code from}, not null
 */
public record Gap(String sensorId, Instant from, Instant to) {
  /**
   * Checks the arguments.
   *
   * @param sensorId  the sensor, not null
   * @param from  the start of the silence, not null
   * @param to  the end of the silence, after {@code from}, not null
   */
  public Gap {
    Objects.requireNonNull(sensorId, "sensorId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw Checks.invalid("Gap", "to", to, "must be after from " + from);
    }
  }

  /** {@return the length of the silence, never null} */
  public Duration duration() {
    return Duration.between(from, to);
  }
}
