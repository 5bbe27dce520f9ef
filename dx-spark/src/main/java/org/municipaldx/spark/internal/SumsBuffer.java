package org.municipaldx.spark.internal;

import java.io.Serializable;

/**
 * The mutable buffer of {@code SumsAggregator}: rows and the three exact sums of
 * {@link org.municipaldx.metrics.batch.Sums}, as a Java bean so that Spark encodes it as four
 * {@code long} columns. Not thread-safe; not API.
 */
public final class SumsBuffer implements Serializable {
  private static final long serialVersionUID = 1L;
  private long rows;
  private long minutesOnline;
  private long online;
  private long total;

  /** @return the rows added */
  public long getRows() {
    return rows;
  }

  /** @param rows  the rows added */
  public void setRows(long rows) {
    this.rows = rows;
  }

  /** @return Σ minutes × online */
  public long getMinutesOnline() {
    return minutesOnline;
  }

  /** @param minutesOnline  Σ minutes × online */
  public void setMinutesOnline(long minutesOnline) {
    this.minutesOnline = minutesOnline;
  }

  /** @return Σ online */
  public long getOnline() {
    return online;
  }

  /** @param online  Σ online */
  public void setOnline(long online) {
    this.online = online;
  }

  /** @return Σ total */
  public long getTotal() {
    return total;
  }

  /** @param total  Σ total */
  public void setTotal(long total) {
    this.total = total;
  }

  /**
   * Adds one procedure-year row, exactly.
   *
   * @throws ArithmeticException if a product or sum overflows {@code long}
   */
  public void add(long minutesPerCase, long onlineCases, long totalCases) {
    rows = Math.addExact(rows, 1);
    minutesOnline = Math.addExact(minutesOnline, Math.multiplyExact(minutesPerCase, onlineCases));
    online = Math.addExact(online, onlineCases);
    total = Math.addExact(total, totalCases);
  }

  /**
   * Adds another buffer, exactly.
   *
   * @throws ArithmeticException if a sum overflows {@code long}
   */
  public void merge(SumsBuffer o) {
    rows = Math.addExact(rows, o.rows);
    minutesOnline = Math.addExact(minutesOnline, o.minutesOnline);
    online = Math.addExact(online, o.online);
    total = Math.addExact(total, o.total);
  }
}
