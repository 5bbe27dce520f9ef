package org.municipaldx.iot.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.Sensor;

/**
 * Finds the silences of sensors: stretches longer than the sensor's reporting interval without a
 * reading, within a window. Readings may come in any order; readings outside the window are
 * ignored. A gap is a silence of the device: any reading ends it, whatever its quality (an INVALID
 * reading still shows the sensor transmitting; finding bad data is the compliance report's job).
 */
public final class Gaps {
  private Gaps() {}

  /**
   * {@return the gaps in time order, never null}
   *
   * @param sensor  the sensor, whose {@link Sensor#reportingInterval()} is the allowed silence, not null
   * @param readings  readings (those of other sensors are ignored), not null
   * @param from  the start of the window (inclusive), not null
   * @param to  the end of the window (exclusive), after {@code from}, not null
   */
  public static List<Gap> find(Sensor sensor, Iterable<Reading> readings, Instant from, Instant to) {
    Objects.requireNonNull(sensor, "sensor");
    long[] times = new long[16];
    int n = 0;
    for (Reading r : readings) {
      if (r.sensorId().equals(sensor.id())) {
        if (n == times.length) {
          times = Arrays.copyOf(times, n * 2);
        }
        times[n++] = toNanos(r.observedAt());
      }
    }
    return find(sensor.id(), sensor.reportingInterval(), Arrays.copyOf(times, n), from, to);
  }

  /**
   * The columnar form: gaps of one sensor index in columns of readings, with no object per reading.
   *
   * @param columns  the readings, not null
   * @param sensorIndex  the sensor index examined
   * @param sensorId  its id, for the result, not null
   * @param interval  the allowed silence, positive, not null
   * @param from  the start of the window (inclusive), whole seconds, not null
   * @param to  the end of the window (exclusive), not null
   * @return the gaps in time order, never null
   */
  public static List<Gap> find(ReadingColumns columns, int sensorIndex, String sensorId, Duration interval,
      Instant from, Instant to) {
    int[] sensorCol = columns.sensorColumn();
    long[] timeCol = columns.epochSecondColumn();
    int n = 0;
    for (int i = 0; i < columns.size(); i++) {
      if (sensorCol[i] == sensorIndex) {
        n++;
      }
    }
    long[] times = new long[n];
    int k = 0;
    for (int i = 0; i < columns.size(); i++) {
      if (sensorCol[i] == sensorIndex) {
        times[k++] = Math.multiplyExact(timeCol[i], 1_000_000_000L);
      }
    }
    return find(sensorId, interval, times, from, to);
  }

  private static long toNanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  private static Instant ofNanos(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  private static List<Gap> find(String sensorId, Duration interval, long[] nanos, Instant from, Instant to) {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (interval.isNegative() || interval.isZero()) {
      throw Checks.invalid("Gaps", "interval", interval, "must be positive");
    }
    if (!to.isAfter(from)) {
      throw Checks.invalid("Gaps", "to", to, "must be after from " + from);
    }
    long allowed = interval.toNanos();
    long start = toNanos(from);
    long end = toNanos(to);
    Arrays.sort(nanos);
    List<Gap> out = new ArrayList<>();
    long previous = start;
    for (long t : nanos) {
      if (t < start || t >= end) {
        continue;
      }
      if (t - previous > allowed) {
        out.add(new Gap(sensorId, ofNanos(previous), ofNanos(t)));
      }
      previous = t;
    }
    if (end - previous > allowed) {
      out.add(new Gap(sensorId, ofNanos(previous), ofNanos(end)));
    }
    return out;
  }
}
