package org.municipaldx.spark.internal;

import java.io.Serializable;

/**
 * The mutable buffer of {@code SummaryAggregator}: count, exact fixed-point sum, minimum and maximum
 * of one quantity's readings at the quantity's column scale — the cell of the library's
 * {@code ColumnarAggregate} — and the number of invalid readings left out. A Java bean, so Spark
 * encodes it as six primitive columns. Not thread-safe; not API.
 */
public final class SummaryBuffer implements Serializable {
  private static final long serialVersionUID = 1L;
  private int quantity = -1;
  private long count;
  private long sum;
  private long min = Long.MAX_VALUE;
  private long max = Long.MIN_VALUE;
  private long invalid;

  /** @return the quantity's ordinal, -1 while no valid reading was added */
  public int getQuantity() {
    return quantity;
  }

  /** @param quantity  the quantity's ordinal */
  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  /** @return the number of valid readings */
  public long getCount() {
    return count;
  }

  /** @param count  the number of valid readings */
  public void setCount(long count) {
    this.count = count;
  }

  /** @return the fixed-point sum */
  public long getSum() {
    return sum;
  }

  /** @param sum  the fixed-point sum */
  public void setSum(long sum) {
    this.sum = sum;
  }

  /** @return the smallest fixed-point value */
  public long getMin() {
    return min;
  }

  /** @param min  the smallest fixed-point value */
  public void setMin(long min) {
    this.min = min;
  }

  /** @return the largest fixed-point value */
  public long getMax() {
    return max;
  }

  /** @param max  the largest fixed-point value */
  public void setMax(long max) {
    this.max = max;
  }

  /** @return the invalid readings left out */
  public long getInvalid() {
    return invalid;
  }

  /** @param invalid  the invalid readings left out */
  public void setInvalid(long invalid) {
    this.invalid = invalid;
  }

  /**
   * Adds a valid reading.
   *
   * @throws ArithmeticException if the sum overflows
   */
  public void add(long unscaled) {
    count++;
    sum = Math.addExact(sum, unscaled);
    if (unscaled < min) {
      min = unscaled;
    }
    if (unscaled > max) {
      max = unscaled;
    }
  }

  /** Counts an invalid reading. */
  public void addInvalid() {
    invalid++;
  }

  /**
   * Adds another buffer.
   *
   * @throws IllegalArgumentException if the buffers hold different quantities
   * @throws ArithmeticException if the sum overflows
   */
  public void merge(SummaryBuffer o) {
    if (o.quantity >= 0) {
      if (quantity >= 0 && quantity != o.quantity) {
        throw new IllegalArgumentException("dx_summary.quantity: a group must hold one quantity (was ordinals "
            + quantity + " and " + o.quantity + ")");
      }
      quantity = o.quantity;
    }
    count = Math.addExact(count, o.count);
    sum = Math.addExact(sum, o.sum);
    min = Math.min(min, o.min);
    max = Math.max(max, o.max);
    invalid = Math.addExact(invalid, o.invalid);
  }
}
