package org.municipaldx.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Saved time grouped by one dimension (department, five-less category, beneficiary, vision, status,
 * fiscal year): one {@link Total} per key, the items with no key ({@link #unassigned()}, e.g. an
 * unknown department or no five-less tag), and the {@link #grandTotal()} counting each item once.
 *
 * <p>When an item can have several keys (five-less tags), each key's row gets the item's full
 * minutes, so the rows may add up to more than the grand total; for single-key dimensions
 * Σ rows + unassigned = grand total. Immutable and thread-safe.
 *
 * <p>Built by {@link SavingsRollups} from evaluated initiatives. The batch roll-up of procedure-year
 * rows (applications and minutes by department and five-less category) is a different concept:
 * {@link org.municipaldx.metrics.batch.ProcedureYearRollup}.
 *
 * @param <K> the key type
 */
public final class Rollup<K> {
  private final Map<K, Total> rows;
  private final Total unassigned;
  private final Total grandTotal;

  Rollup(Map<K, Total> rows, Total unassigned, Total grandTotal) {
    this.rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    this.unassigned = Objects.requireNonNull(unassigned);
    this.grandTotal = Objects.requireNonNull(grandTotal);
  }

  /** {@return the rows in key order (natural order of the key), never null} */
  public Map<K, Total> rows() {
    return rows;
  }

  /**
   * {@return the row's total, or an empty total if no item has the key, never null}
   *
   * @param key  the key, not null
   */
  public Total row(K key) {
    return rows.getOrDefault(key, Total.empty());
  }

  /** {@return the items with no key, never null} */
  public Total unassigned() {
    return unassigned;
  }

  /** {@return every item once, never null} */
  public Total grandTotal() {
    return grandTotal;
  }

  /**
   * {@return Σ rows + unassigned in minutes: equal to the grand total for single-key dimensions;
   * for multi-key ones each item counts once per key, so this is at least the grand total only when
   * no item with several keys has a negative figure}
   *
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public long sumOfRowsMinutes() {
    long s = unassigned.minutes();
    for (Total t : rows.values()) {
      s = Math.addExact(s, t.minutes());
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rollup && rows.equals(((Rollup<?>) o).rows) && unassigned.equals(((Rollup<?>) o).unassigned)
        && grandTotal.equals(((Rollup<?>) o).grandTotal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, unassigned, grandTotal);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    rows.forEach((k, t) -> sb.append(k).append(": ").append(t).append('\n'));
    sb.append("(unassigned): ").append(unassigned).append('\n');
    sb.append("(grand total): ").append(grandTotal).append('\n');
    return sb.toString();
  }
}
