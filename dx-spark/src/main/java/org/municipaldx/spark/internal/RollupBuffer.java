package org.municipaldx.spark.internal;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.municipaldx.core.FiveLess;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.Sums;

/**
 * The mutable buffer of {@code RollupAggregator}: the same sums as the library's
 * {@code RollupPartial} and its {@code Accumulator} — by department and by five-less mask value (0
 * to 31), folded into the five categories only at the end, with the same rule (a row counts in each
 * of its categories) — but keyed by department id in a hash map, because across 1,741
 * municipalities there is no small dictionary of departments to index arrays by, and
 * {@code RollupPartial}'s constructor and {@code Accumulator} are not public. Every addition is
 * {@link Math#addExact}. Not thread-safe; not API.
 */
public final class RollupBuffer implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MASKS = 32;

  /** Per department id: rows, Σ minutes × online, Σ online, Σ total. */
  final HashMap<String, long[]> departments = new HashMap<>();
  /** Per mask m: [3m] Σ minutes × online, [3m+1] Σ online, [3m+2] Σ total. */
  final long[] masks = new long[MASKS * 3];

  /**
   * Adds one row.
   *
   * @throws ArithmeticException on overflow
   */
  public void add(String department, int mask, long minutesPerCase, long online, long total) {
    long mo = Math.multiplyExact(minutesPerCase, online);
    long[] d = departments.computeIfAbsent(department, k -> new long[4]);
    d[0] = Math.addExact(d[0], 1);
    d[1] = Math.addExact(d[1], mo);
    d[2] = Math.addExact(d[2], online);
    d[3] = Math.addExact(d[3], total);
    int m = mask * 3;
    masks[m] = Math.addExact(masks[m], mo);
    masks[m + 1] = Math.addExact(masks[m + 1], online);
    masks[m + 2] = Math.addExact(masks[m + 2], total);
  }

  /**
   * Adds another buffer.
   *
   * @throws ArithmeticException on overflow
   */
  public void merge(RollupBuffer o) {
    for (Map.Entry<String, long[]> e : o.departments.entrySet()) {
      long[] d = departments.get(e.getKey());
      if (d == null) {
        departments.put(e.getKey(), e.getValue().clone());
      } else {
        long[] x = e.getValue();
        for (int i = 0; i < 4; i++) {
          d[i] = Math.addExact(d[i], x[i]);
        }
      }
    }
    for (int i = 0; i < masks.length; i++) {
      masks[i] = Math.addExact(masks[i], o.masks[i]);
    }
  }

  /**
   * Folds the masks into the five categories, exactly as {@code RollupPartial.toRollup()}, and
   * builds the library's {@link ProcedureYearRollup}, which checks that the departments add up to the total.
   *
   * @return the roll-up, never null
   */
  public ProcedureYearRollup toRollup() {
    Map<String, Sums> byDept = new TreeMap<>();
    Sums total = Sums.ZERO;
    long rows = 0;
    for (Map.Entry<String, long[]> e : departments.entrySet()) {
      long[] d = e.getValue();
      Sums s = new Sums(d[1], d[2], d[3]);
      byDept.put(e.getKey(), s);
      total = total.plus(s);
      rows = Math.addExact(rows, d[0]);
    }
    Map<FiveLess, Sums> byFive = new EnumMap<>(FiveLess.class);
    for (FiveLess f : FiveLess.values()) {
      Sums s = Sums.ZERO;
      for (int m = 0; m < MASKS; m++) {
        if ((m & f.bit()) != 0) {
          s = s.plus(new Sums(masks[3 * m], masks[3 * m + 1], masks[3 * m + 2]));
        }
      }
      byFive.put(f, s);
    }
    return ProcedureYearRollup.of(byDept, byFive, total, rows);
  }

  /** @return the rows per department, for the row counts a {@link ProcedureYearRollup} does not keep per department */
  public Map<String, Long> rowsByDepartment() {
    Map<String, Long> out = new TreeMap<>();
    departments.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }
}
