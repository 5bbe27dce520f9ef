package org.municipaldx.metrics.batch;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.internal.Checks;

/**
 * The result of a roll-up of procedure-year rows ({@link ProcedureYearRow}: department, five-less
 * categories, minutes per case, online and total applications): {@link Sums} by department, by
 * five-less category and in total, computed by the columnar batch path ({@link ColumnarTable},
 * {@link RollupAccumulator}) or row by row ({@link #ofRows}). Not to be confused with
 * {@link org.municipaldx.metrics.Rollup}, which groups initiatives' saved time with provenance by
 * any one dimension.
 *
 * <h2>Rows with several five-less categories</h2>
 * A row counts in full in the sums of <em>each</em> of its five-less categories, and in none if it
 * has none. The five-less sums therefore overlap and do not add up to {@link #total()}; the grand
 * total counts every row exactly once (no double counting). Every row has one department, so the
 * department sums do add up to the total.
 *
 * <p>{@link #byDepartment()} lists the departments that have at least one row, in id order;
 * {@link #byFiveLess()} always lists all five categories. Immutable and thread-safe.
 */
public final class ProcedureYearRollup {
  private final SortedMap<String, Sums> byDepartment;
  private final Map<FiveLess, Sums> byFiveLess;
  private final Sums total;
  private final long rows;

  private ProcedureYearRollup(SortedMap<String, Sums> byDepartment, Map<FiveLess, Sums> byFiveLess,
      Sums total, long rows) {
    this.byDepartment = Collections.unmodifiableSortedMap(new TreeMap<>(byDepartment));
    EnumMap<FiveLess, Sums> f = new EnumMap<>(FiveLess.class);
    for (FiveLess c : FiveLess.values()) {
      f.put(c, Objects.requireNonNull(byFiveLess.get(c),
          () -> "ProcedureYearRollup.byFiveLess: missing " + c));
    }
    this.byFiveLess = Collections.unmodifiableMap(f);
    this.total = Objects.requireNonNull(total, "total");
    this.rows = Checks.nonNegative(rows, "ProcedureYearRollup", "rows");
  }

  /**
   * {@return the roll-up, never null}
   *
   * @param byDepartment  the sums of each department with rows, not null
   * @param byFiveLess  the sums of each of the five categories, not null, all five present
   * @param total  the grand total, not null
   * @param rows  the number of rows rolled up, ≥ 0
   * @throws NullPointerException if a category is missing
   * @throws IllegalArgumentException if the department sums do not add up to the total
   */
  public static ProcedureYearRollup of(Map<String, Sums> byDepartment,
      Map<FiveLess, Sums> byFiveLess, Sums total, long rows) {
    Sums check = Sums.ZERO;
    for (Sums s : byDepartment.values()) {
      check = check.plus(s);
    }
    Checks.check(check.equals(total), "ProcedureYearRollup", "total", total,
        "must equal the sum of the department sums " + check);
    return new ProcedureYearRollup(new TreeMap<>(byDepartment), byFiveLess, total, rows);
  }

  /**
   * Rolls up rows one by one with maps and exact {@code long} arithmetic: the straightforward object
   * path, the reference the columnar path must agree with.
   *
   * @param rows  the rows, not null
   * @return the roll-up, never null
   * @throws ArithmeticException if a product or sum overflows {@code long}
   */
  public static ProcedureYearRollup ofRows(Iterable<ProcedureYearRow> rows) {
    Map<String, Sums> byDept = new TreeMap<>();
    Map<FiveLess, Sums> byFive = new EnumMap<>(FiveLess.class);
    for (FiveLess f : FiveLess.values()) {
      byFive.put(f, Sums.ZERO);
    }
    Sums total = Sums.ZERO;
    long n = 0;
    for (ProcedureYearRow r : rows) {
      Sums s = new Sums(Math.multiplyExact(r.minutesPerCase(), r.online()), r.online(), r.total());
      byDept.merge(r.departmentId(), s, Sums::plus);
      for (FiveLess f : r.fiveLess()) {
        byFive.merge(f, s, Sums::plus);
      }
      total = total.plus(s);
      n++;
    }
    return new ProcedureYearRollup(new TreeMap<>(byDept), byFive, total, n);
  }

  /** {@return the sums by department id, in id order, only departments with rows; never null} */
  public SortedMap<String, Sums> byDepartment() {
    return byDepartment;
  }

  /** {@return the sums by five-less category, all five present (overlapping); never null} */
  public Map<FiveLess, Sums> byFiveLess() {
    return byFiveLess;
  }

  /** {@return the grand total, each row counted once; never null} */
  public Sums total() {
    return total;
  }

  /** {@return the number of rows rolled up} */
  public long rows() {
    return rows;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProcedureYearRollup)) {
      return false;
    }
    ProcedureYearRollup r = (ProcedureYearRollup) o;
    return rows == r.rows && total.equals(r.total) && byDepartment.equals(r.byDepartment)
        && byFiveLess.equals(r.byFiveLess);
  }

  @Override
  public int hashCode() {
    return Objects.hash(byDepartment, byFiveLess, total, rows);
  }

  @Override
  public String toString() {
    return "ProcedureYearRollup{rows=" + rows + ", total=" + total + ", byDepartment=" + byDepartment
        + ", byFiveLess=" + byFiveLess + "}";
  }
}
