package org.municipaldx.spark.internal;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The buffer of {@code ComplianceDayAggregator}: the readings of one location, quantity and day as
 * growable primitive columns (epoch microseconds, fixed-point value, quality ordinal) and sensor ids.
 * Judging runs of exceedances needs the readings in time order, which no fixed-size partial keeps, so
 * the day is the unit that holds raw readings (at 10-minute readings, 144 per sensor). Merging
 * appends. Not thread-safe; not API.
 */
public final class DayReadings implements Serializable {
  private static final long serialVersionUID = 1L;
  int quantity = -1;
  int size;
  long[] micros = new long[16];
  long[] unscaled = new long[16];
  byte[] quality = new byte[16];
  String[] sensor = new String[16];

  /** @return the quantity ordinal, -1 if empty */
  public int quantity() {
    return quantity;
  }

  /** @return the number of readings */
  public int size() {
    return size;
  }

  /** @return the epoch microseconds of reading i */
  public long micros(int i) {
    return micros[i];
  }

  /** @return the fixed-point value of reading i */
  public long unscaled(int i) {
    return unscaled[i];
  }

  /** @return the quality ordinal of reading i */
  public int quality(int i) {
    return quality[i];
  }

  /** @return the sensor id of reading i */
  public String sensor(int i) {
    return sensor[i];
  }

  /**
   * Appends a reading.
   *
   * @throws IllegalArgumentException if the quantity differs from the readings before
   */
  public void add(int q, String sensorId, long epochMicros, long value, int qualityOrdinal) {
    if (quantity >= 0 && quantity != q) {
      throw new IllegalArgumentException("dx_compliance_day.quantity: a group must hold one quantity (was ordinals "
          + quantity + " and " + q + ")");
    }
    quantity = q;
    if (size == micros.length) {
      grow(size + 1);
    }
    micros[size] = epochMicros;
    unscaled[size] = value;
    quality[size] = (byte) qualityOrdinal;
    sensor[size] = sensorId;
    size++;
  }

  private void grow(int min) {
    int n = Math.max(min, size + (size >> 1) + 16);
    micros = Arrays.copyOf(micros, n);
    unscaled = Arrays.copyOf(unscaled, n);
    quality = Arrays.copyOf(quality, n);
    sensor = Arrays.copyOf(sensor, n);
  }

  /** Empties the buffer (the arrays stay, to be filled again). */
  public void clear() {
    quantity = -1;
    java.util.Arrays.fill(sensor, 0, size, null);
    size = 0;
  }

  /**
   * Appends another buffer's readings.
   *
   * @throws IllegalArgumentException if the quantities differ
   */
  public void merge(DayReadings o) {
    if (o.size == 0) {
      return;
    }
    if (quantity >= 0 && quantity != o.quantity) {
      throw new IllegalArgumentException("dx_compliance_day.quantity: a group must hold one quantity (was ordinals "
          + quantity + " and " + o.quantity + ")");
    }
    quantity = o.quantity;
    if (size + o.size > micros.length) {
      grow(size + o.size);
    }
    System.arraycopy(o.micros, 0, micros, size, o.size);
    System.arraycopy(o.unscaled, 0, unscaled, size, o.size);
    System.arraycopy(o.quality, 0, quality, size, o.size);
    System.arraycopy(o.sensor, 0, sensor, size, o.size);
    size += o.size;
  }
}
