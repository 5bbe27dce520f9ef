package org.municipaldx.iot.aggregate;

import java.util.Comparator;
import java.util.Objects;
import org.municipaldx.iot.Quantity;

/**
 * The key of an aggregate cell: sensor × quantity × time bucket. Immutable and thread-safe.
 *
 * @param sensorId  the sensor id, not null
 * @param quantity  the quantity, not null
 * @param bucket  the bucket index of a {@link Bucketing}
 */
public record SeriesKey(String sensorId, Quantity quantity, long bucket) implements Comparable<SeriesKey> {
  private static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::sensorId)
      .thenComparing(SeriesKey::quantity).thenComparingLong(SeriesKey::bucket);

  /**
   * Checks the arguments.
   *
   * @param sensorId  the sensor id, not null
   * @param quantity  the quantity, not null
   * @param bucket  the bucket index of a {@link Bucketing}
   */
  public SeriesKey {
    Objects.requireNonNull(sensorId, "sensorId");
    Objects.requireNonNull(quantity, "quantity");
  }

  @Override
  public int compareTo(SeriesKey o) {
    return ORDER.compare(this, o);
  }
}
