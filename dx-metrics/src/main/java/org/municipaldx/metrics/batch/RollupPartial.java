package org.municipaldx.metrics.batch;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.municipaldx.core.FiveLess;

/**
 * A partial roll-up: the sums of some rows by department index and by five-less mask value (0 to
 * 31), not yet folded into five-less categories. Partials of disjoint sets of rows
 * {@link #merge(RollupPartial) merge} into the partial of their union; merging is associative and
 * commutative, so chunks may be rolled up in any order, in parallel or in a distributed engine's
 * aggregator, and {@link #toRollup()} gives the same result.
 *
 * <p>All sums are exact; merging fails with {@link ArithmeticException} on overflow. Immutable and
 * thread-safe.
 */
public final class RollupPartial {
  /** The number of distinct five-less masks. */
  static final int MASKS = 32;

  private final DepartmentDictionary dictionary;
  // per department index: rows, Σ minutes×online, Σ online, Σ total
  private final long[] deptRows;
  private final long[] deptMinutesOnline;
  private final long[] deptOnline;
  private final long[] deptTotal;
  // per mask value 0..31
  private final long[] maskMinutesOnline;
  private final long[] maskOnline;
  private final long[] maskTotal;

  RollupPartial(DepartmentDictionary dictionary, long[] deptRows, long[] deptMinutesOnline,
      long[] deptOnline, long[] deptTotal, long[] maskMinutesOnline, long[] maskOnline,
      long[] maskTotal) {
    this.dictionary = dictionary;
    this.deptRows = deptRows;
    this.deptMinutesOnline = deptMinutesOnline;
    this.deptOnline = deptOnline;
    this.deptTotal = deptTotal;
    this.maskMinutesOnline = maskMinutesOnline;
    this.maskOnline = maskOnline;
    this.maskTotal = maskTotal;
  }

  /**
   * {@return the partial of no rows, never null}
   *
   * @param dictionary  the departments, not null
   */
  public static RollupPartial empty(DepartmentDictionary dictionary) {
    int d = dictionary.size();
    return new RollupPartial(dictionary, new long[d], new long[d], new long[d], new long[d],
        new long[MASKS], new long[MASKS], new long[MASKS]);
  }

  /**
   * Rolls up rows one by one (the object path's semantics, partial form).
   *
   * @param dictionary  the departments, not null, containing every row's department
   * @param rows  the rows, not null
   * @return the partial of the rows, never null
   * @throws IllegalArgumentException if a row's department is not in the dictionary
   * @throws ArithmeticException if a sum overflows {@code long}
   */
  public static RollupPartial of(DepartmentDictionary dictionary, Iterable<ProcedureYearRow> rows) {
    RollupPartial p = empty(dictionary);
    for (ProcedureYearRow r : rows) {
      int d = dictionary.index(r.departmentId());
      int m = r.fiveLessMask();
      long mo = Math.multiplyExact(r.minutesPerCase(), r.online());
      p.deptRows[d] = Math.addExact(p.deptRows[d], 1);
      p.deptMinutesOnline[d] = Math.addExact(p.deptMinutesOnline[d], mo);
      p.deptOnline[d] = Math.addExact(p.deptOnline[d], r.online());
      p.deptTotal[d] = Math.addExact(p.deptTotal[d], r.total());
      p.maskMinutesOnline[m] = Math.addExact(p.maskMinutesOnline[m], mo);
      p.maskOnline[m] = Math.addExact(p.maskOnline[m], r.online());
      p.maskTotal[m] = Math.addExact(p.maskTotal[m], r.total());
    }
    return p;
  }

  /** {@return the departments this partial is indexed by, never null} */
  public DepartmentDictionary dictionary() {
    return dictionary;
  }

  /** {@return the number of rows rolled up} */
  public long rows() {
    long n = 0;
    for (long r : deptRows) {
      n = Math.addExact(n, r);
    }
    return n;
  }

  /**
   * {@return the partial of both sets of rows, never null}
   *
   * @param other  a partial of other rows over an equal dictionary, not null
   * @throws IllegalArgumentException if the dictionaries differ
   * @throws ArithmeticException if a sum overflows {@code long}
   */
  public RollupPartial merge(RollupPartial other) {
    if (!dictionary.equals(other.dictionary)) {
      throw new IllegalArgumentException(
          "RollupPartial.dictionary: partials over different departments cannot merge (was '"
              + other.dictionary + "', expected '" + dictionary + "')");
    }
    return new RollupPartial(dictionary,
        add(deptRows, other.deptRows), add(deptMinutesOnline, other.deptMinutesOnline),
        add(deptOnline, other.deptOnline), add(deptTotal, other.deptTotal),
        add(maskMinutesOnline, other.maskMinutesOnline), add(maskOnline, other.maskOnline),
        add(maskTotal, other.maskTotal));
  }

  private static long[] add(long[] a, long[] b) {
    long[] c = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = Math.addExact(a[i], b[i]);
    }
    return c;
  }

  /**
   * Folds the mask sums into the five categories (a row counts in each of its categories) and
   * names the departments.
   *
   * @return the roll-up, never null
   */
  public ProcedureYearRollup toRollup() {
    Map<String, Sums> byDept = new TreeMap<>();
    Sums total = Sums.ZERO;
    for (int d = 0; d < deptRows.length; d++) {
      if (deptRows[d] > 0) {
        Sums s = new Sums(deptMinutesOnline[d], deptOnline[d], deptTotal[d]);
        byDept.put(dictionary.id(d), s);
        total = total.plus(s);
      }
    }
    Map<FiveLess, Sums> byFive = new EnumMap<>(FiveLess.class);
    for (FiveLess f : FiveLess.values()) {
      Sums s = Sums.ZERO;
      for (int m = 0; m < MASKS; m++) {
        if ((m & f.bit()) != 0) {
          s = s.plus(new Sums(maskMinutesOnline[m], maskOnline[m], maskTotal[m]));
        }
      }
      byFive.put(f, s);
    }
    return ProcedureYearRollup.of(byDept, byFive, total, rows());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RollupPartial)) {
      return false;
    }
    RollupPartial p = (RollupPartial) o;
    return dictionary.equals(p.dictionary) && Arrays.equals(deptRows, p.deptRows)
        && Arrays.equals(deptMinutesOnline, p.deptMinutesOnline)
        && Arrays.equals(deptOnline, p.deptOnline) && Arrays.equals(deptTotal, p.deptTotal)
        && Arrays.equals(maskMinutesOnline, p.maskMinutesOnline)
        && Arrays.equals(maskOnline, p.maskOnline) && Arrays.equals(maskTotal, p.maskTotal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dictionary, Arrays.hashCode(deptRows), Arrays.hashCode(deptMinutesOnline),
        Arrays.hashCode(deptOnline), Arrays.hashCode(deptTotal),
        Arrays.hashCode(maskMinutesOnline), Arrays.hashCode(maskOnline),
        Arrays.hashCode(maskTotal));
  }

  @Override
  public String toString() {
    return "RollupPartial{rows=" + rows() + ", " + toRollup() + "}";
  }
}
