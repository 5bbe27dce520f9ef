package org.municipaldx.iot.aggregate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;

/**
 * Readings as columns of primitives, with no object per reading: a sensor index, a quantity
 * ordinal, the observation instant in epoch seconds and the value as a fixed-point {@code long}
 * scaled by the quantity's {@link Quantity#columnScale()} (27.2 °C is {@code 2720} at scale 2).
 *
 * <p>Sensor indexes refer to a list of sensor ids the caller keeps. Values finer than the column
 * scale are rejected rather than rounded, and so are readings flagged {@link Quality#INVALID}
 * (there is no quality column). Immutable and thread-safe once built (the arrays are
 * copied in and never exposed).
 */
public final class ReadingColumns {
  private final int size;
  private final int[] sensor;
  private final byte[] quantity;
  private final long[] epochSecond;
  private final long[] unscaled;
  private final int maxSensor;
  private final int quantityMask;

  private ReadingColumns(int size, int[] sensor, byte[] quantity, long[] epochSecond, long[] unscaled,
      int maxSensor, int quantityMask) {
    this.size = size;
    this.maxSensor = maxSensor;
    this.quantityMask = quantityMask;
    this.sensor = sensor;
    this.quantity = quantity;
    this.epochSecond = epochSecond;
    this.unscaled = unscaled;
  }

  /**
   * Starts columns for a known number of rows; the builder grows past it if needed.
   *
   * @param capacity  the rows to make room for, zero or more
   * @return a builder with room for {@code capacity} rows
   * @throws org.municipaldx.core.InvalidValueException if the capacity is negative
   */
  public static Builder builder(int capacity) {
    return new Builder(capacity);
  }

  /** {@return the number of rows} */
  public int size() {
    return size;
  }

  /**
   * {@return the sensor index of a row}
   *
   * @param row  the row, from 0 to {@code size() - 1}
   */
  public int sensor(int row) {
    Objects.checkIndex(row, size);
    return sensor[row];
  }

  /**
   * {@return the quantity of a row}
   *
   * @param row  the row, from 0 to {@code size() - 1}
   */
  public Quantity quantity(int row) {
    Objects.checkIndex(row, size);
    return Quantity.values()[quantity[row]];
  }

  /**
   * {@return the observation instant of a row, in epoch seconds}
   *
   * @param row  the row, from 0 to {@code size() - 1}
   */
  public long epochSecond(int row) {
    Objects.checkIndex(row, size);
    return epochSecond[row];
  }

  /**
   * {@return the fixed-point value of a row, at its quantity's column scale}
   *
   * @param row  the row, from 0 to {@code size() - 1}
   */
  public long unscaled(int row) {
    Objects.checkIndex(row, size);
    return unscaled[row];
  }

  /**
   * {@return the exact value of a row, never null}
   *
   * @param row  the row, from 0 to {@code size() - 1}
   */
  public BigDecimal value(int row) {
    return BigDecimal.valueOf(unscaled(row), quantity(row).columnScale());
  }

  /** {@return the largest sensor index in the rows, or -1 if there are none} */
  public int maxSensor() {
    return maxSensor;
  }

  /** {@return the quantities present, as bits {@code 1 << ordinal()}} */
  public int quantityMask() {
    return quantityMask;
  }

  // package-private raw access for the kernels of this package
  int[] sensorColumn() {
    return sensor;
  }

  byte[] quantityColumn() {
    return quantity;
  }

  long[] epochSecondColumn() {
    return epochSecond;
  }

  long[] unscaledColumn() {
    return unscaled;
  }

  /**
   * Converts a value to its fixed-point column representation, exactly.
   *
   * @param quantity  the quantity, not null
   * @param value  the value, not null
   * @return the value times 10^{@link Quantity#columnScale()}
   * @throws IllegalArgumentException if the value has more decimal places than the column keeps or
   *     does not fit a long
   */
  public static long toUnscaled(Quantity quantity, BigDecimal value) {
    try {
      return value.setScale(quantity.columnScale()).unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw Checks.invalid("ReadingColumns", "value", org.municipaldx.core.internal.Checks.plain(value), "" + quantity + " columns keep "
          + quantity.columnScale() + " decimal place(s) exactly", e);
    }
  }

  /** Appends rows; grows as needed. Not thread-safe. */
  public static final class Builder {
    private int size;
    private int[] sensor;
    private byte[] quantity;
    private long[] epochSecond;
    private long[] unscaled;
    private int maxSensor = -1;
    private int quantityMask;

    private Builder(int capacity) {
      if (capacity < 0) {
        throw Checks.invalid("ReadingColumns", "capacity", capacity, "must be zero or more");
      }
      sensor = new int[capacity];
      quantity = new byte[capacity];
      epochSecond = new long[capacity];
      unscaled = new long[capacity];
    }

    /**
     * {@return this builder}
     *
     * @param sensorIndex  the sensor index, zero or more
     * @param q  the quantity, not null
     * @param epochSec  the instant in epoch seconds
     * @param fixedPoint  the value at {@code q}'s column scale
     */
    public Builder add(int sensorIndex, Quantity q, long epochSec, long fixedPoint) {
      if (sensorIndex < 0) {
        throw Checks.invalid("ReadingColumns", "sensor", sensorIndex, "must be zero or more");
      }
      if (size == sensor.length) {
        int n = Math.max(16, size + (size >> 1));
        sensor = Arrays.copyOf(sensor, n);
        quantity = Arrays.copyOf(quantity, n);
        epochSecond = Arrays.copyOf(epochSecond, n);
        unscaled = Arrays.copyOf(unscaled, n);
      }
      maxSensor = Math.max(maxSensor, sensorIndex);
      quantityMask |= 1 << q.ordinal();
      sensor[size] = sensorIndex;
      quantity[size] = (byte) q.ordinal();
      epochSecond[size] = epochSec;
      unscaled[size] = fixedPoint;
      size++;
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param sensorIndex  the index of the reading's sensor
     * @param reading  the reading, not null
     * @throws IllegalArgumentException if the reading is flagged {@link Quality#INVALID} (columns
     *     have no quality flag, and {@link ReadingAggregator} leaves such readings out), the value
     *     is finer than the column scale or the instant has a fraction of a second
     */
    public Builder add(int sensorIndex, Reading reading) {
      if (reading.quality() == Quality.INVALID) {
        throw new IllegalArgumentException("ReadingColumns.quality: columns keep valid readings only; leave out or count"
            + " the INVALID reading of sensor '" + reading.sensorId() + "' at " + reading.observedAt()
            + " before adding (was '" + reading.quality() + "')");
      }
      if (reading.observedAt().getNano() != 0) {
        throw Checks.invalid("ReadingColumns", "epochSecond", reading.observedAt(), "columns keep whole seconds");
      }
      return add(sensorIndex, reading.quantity(), reading.observedAt().getEpochSecond(),
          toUnscaled(reading.quantity(), reading.value()));
    }

    /** {@return the columns, trimmed to size, never null} */
    public ReadingColumns build() {
      return new ReadingColumns(size, Arrays.copyOf(sensor, size), Arrays.copyOf(quantity, size),
          Arrays.copyOf(epochSecond, size), Arrays.copyOf(unscaled, size), maxSensor, quantityMask);
    }
  }
}
