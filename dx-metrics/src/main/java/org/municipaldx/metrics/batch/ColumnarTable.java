package org.municipaldx.metrics.batch;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;

/**
 * A columnar table of procedure-year rows for roll-ups over large volumes: minutes per case,
 * online and total counts in {@code int[]} columns; department, five-less mask and fiscal year
 * run-length encoded.
 *
 * <h2>Layout</h2>
 * The table is built once and queried many times, so {@link Builder#build()} clusters the rows by
 * (fiscal year, department, five-less mask) with a stable counting sort. Each such group is then a
 * contiguous run of rows, and the roll-up kernel sums a run in registers (Σ minutes × online,
 * Σ online, Σ total) and adds it to its department and its mask once per run. This avoids the
 * store-to-load dependency of a per-row {@code sums[dept[i]] += ...} loop and reads only the three
 * value columns; department, mask and year cost nothing per row. Sums by five-less category are
 * accumulated per mask value (32 buckets) and folded into the five categories at the end (see
 * {@link ProcedureYearRollup} for the rule on rows with several categories). Row order is therefore the
 * clustered order, not the order rows were added in.
 *
 * <h2>Exactness</h2>
 * All sums are exact {@code long}s. Each value is a non-negative {@code int} and a table has fewer
 * than 2<sup>31</sup> rows, so Σ online and Σ total are below 2<sup>62</sup> and cannot overflow.
 * For Σ minutes × online the build records the largest minutes, online and total values and picks
 * a kernel: if the largest product fits an {@code int}, products are taken in {@code int} (exact)
 * and summed in {@code int} over blocks of at most {@code Integer.MAX_VALUE / max(largest product,
 * largest total)} rows (capped at 4,096), so no block sum can overflow — the JIT vectorises these
 * {@code int} loops — and each block sum is added to a {@code long}, which stays below
 * 2<sup>62</sup>; else, if that product times the row count fits a {@code long},
 * products are taken in {@code long} and no partial sum can exceed that bound; otherwise every
 * addition is checked with {@link Math#addExact} (a product of two non-negative {@code int}s is
 * below 2<sup>62</sup>, so the product itself is always exact) and a real overflow throws
 * {@link ArithmeticException}.
 *
 * <h2>Parallel mode</h2>
 * {@link #partialParallel()} splits the rows into chunks, rolls each up into a
 * {@link RollupPartial} on a fork/join pool and merges them; the result equals
 * {@link #partial()} because merging is associative and commutative.
 *
 * <p>Immutable and thread-safe.
 */
public final class ColumnarTable {
  private static final int KERNEL_INT = 0;
  private static final int KERNEL_LONG = 1;
  private static final int KERNEL_CHECKED = 2;
  /** Largest number of (year, department, mask) keys counted with a plain counting sort. */
  private static final int COUNTING_SORT_KEYS = 1 << 22;
  /** Longest block of rows the int kernel sums in {@code int} before widening. */
  private static final int MAX_BLOCK = 1 << 12;
  /** Smallest chunk the parallel mode hands to a thread. */
  private static final int MIN_CHUNK = 1 << 16;

  private final DepartmentDictionary dictionary;
  private final int rows;
  private final int[] minutes;
  private final int[] online;
  private final int[] total;
  private final int groups;
  private final int[] groupStart;
  private final int[] groupDept;
  private final int[] groupMask;
  private final int[] groupYear;
  private final int kernel;
  private final int block;

  private ColumnarTable(DepartmentDictionary dictionary, int rows, int[] minutes, int[] online,
      int[] total, int groups, int[] groupStart, int[] groupDept, int[] groupMask,
      int[] groupYear, int kernel, int block) {
    this.dictionary = dictionary;
    this.rows = rows;
    this.minutes = minutes;
    this.online = online;
    this.total = total;
    this.groups = groups;
    this.groupStart = groupStart;
    this.groupDept = groupDept;
    this.groupMask = groupMask;
    this.groupYear = groupYear;
    this.kernel = kernel;
    this.block = block;
  }

  /**
   * {@return a new builder, never null}
   *
   * @param dictionary  the departments rows may refer to, not null
   */
  public static Builder builder(DepartmentDictionary dictionary) {
    return new Builder(dictionary);
  }

  /**
   * Builds a table from model rows, with a dictionary of the rows' departments.
   *
   * @param rows  the rows, not null
   * @return the table, never null
   * @throws IllegalArgumentException if a value does not fit the table's 32-bit columns
   */
  public static ColumnarTable of(Collection<ProcedureYearRow> rows) {
    List<String> ids = new ArrayList<>();
    for (ProcedureYearRow r : rows) {
      ids.add(r.departmentId());
    }
    Builder b = builder(DepartmentDictionary.of(ids));
    for (ProcedureYearRow r : rows) {
      b.add(r);
    }
    return b.build();
  }

  /** {@return the departments, never null} */
  public DepartmentDictionary dictionary() {
    return dictionary;
  }

  /** {@return the number of rows} */
  public int rowCount() {
    return rows;
  }

  /** {@return the number of distinct (fiscal year, department, mask) runs} */
  public int groupCount() {
    return groups;
  }

  /** {@return the fiscal years present, in order, never null} */
  public List<FiscalYear> fiscalYears() {
    List<FiscalYear> years = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      if (g == 0 || groupYear[g] != groupYear[g - 1]) {
        years.add(FiscalYear.of(groupYear[g]));
      }
    }
    return years;
  }

  /**
   * {@return the row as a model object, never null}
   *
   * @param row  the row, from 0 to {@code rowCount() - 1}, in clustered order
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public ProcedureYearRow row(int row) {
    Objects.checkIndex(row, rows);
    int g = groupOf(row);
    Set<FiveLess> five = EnumSet.noneOf(FiveLess.class);
    for (FiveLess f : FiveLess.values()) {
      if ((groupMask[g] & f.bit()) != 0) {
        five.add(f);
      }
    }
    return ProcedureYearRow.builder()
        .departmentId(dictionary.id(groupDept[g]))
        .fiscalYear(FiscalYear.of(groupYear[g]))
        .addAllFiveLess(five)
        .minutesPerCase(minutes[row])
        .online(online[row])
        .total(total[row])
        .build();
  }

  /** {@return the rows as model objects, in clustered order; a view, never null} */
  public List<ProcedureYearRow> rows() {
    return new AbstractList<>() {
      @Override
      public ProcedureYearRow get(int index) {
        return row(index);
      }

      @Override
      public int size() {
        return rows;
      }
    };
  }

  /** {@return a copy of the minutes-per-case column, in clustered order, never null} */
  public int[] minutesPerCaseColumn() {
    return minutes.clone();
  }

  /** {@return a copy of the online column, in clustered order, never null} */
  public int[] onlineColumn() {
    return online.clone();
  }

  /** {@return a copy of the total column, in clustered order, never null} */
  public int[] totalColumn() {
    return total.clone();
  }

  /** {@return the roll-up of all rows in one thread, never null} */
  public ProcedureYearRollup rollup() {
    return partial().toRollup();
  }

  /**
   * {@return the roll-up of the rows of that fiscal year in one thread, never null}
   *
   * @param fiscalYear  the fiscal year, not null
   */
  public ProcedureYearRollup rollup(FiscalYear fiscalYear) {
    int[] r = rowRange(fiscalYear);
    return partial(r[0], r[1]).toRollup();
  }

  /** {@return the roll-up of all rows on the common fork/join pool, never null} */
  public ProcedureYearRollup rollupParallel() {
    return partialParallel().toRollup();
  }

  /** {@return the partial roll-up of all rows in one thread, never null} */
  public RollupPartial partial() {
    return partial(0, rows);
  }

  /**
   * {@return the partial roll-up of the rows {@code [fromRow, toRow)} in one thread, never null}
   *
   * @param fromRow  the first row, inclusive, in clustered order
   * @param toRow  the end row, exclusive
   * @throws IndexOutOfBoundsException if the range is not within the table
   */
  public RollupPartial partial(int fromRow, int toRow) {
    Objects.checkFromToIndex(fromRow, toRow, rows);
    Accumulator acc = new Accumulator(dictionary);
    accumulate(fromRow, toRow, acc);
    return acc.toPartial();
  }

  /**
   * Rolls up chunks of rows on the common fork/join pool (the calling thread takes part) and
   * merges their partials.
   *
   * @return the partial roll-up of all rows, never null
   */
  public RollupPartial partialParallel() {
    return partialParallel(ForkJoinPool.getCommonPoolParallelism() + 1);
  }

  /**
   * Rolls up chunks of rows on a given pool and merges their partials.
   *
   * @param pool  the pool, not null
   * @return the partial roll-up of all rows, never null
   */
  public RollupPartial partialParallel(ForkJoinPool pool) {
    return pool.submit(() -> partialParallel(pool.getParallelism())).join();
  }

  private RollupPartial partialParallel(int threads) {
    int chunks = (int) Math.max(1, Math.min((long) threads * 4, rows / MIN_CHUNK));
    long n = rows;
    return IntStream.range(0, chunks)
        .parallel()
        .mapToObj(c -> partial((int) (n * c / chunks), (int) (n * (c + 1) / chunks)))
        .reduce(RollupPartial::merge)
        .orElseGet(() -> RollupPartial.empty(dictionary));
  }

  private int[] rowRange(FiscalYear fiscalYear) {
    int y = fiscalYear.year();
    int g0 = 0;
    while (g0 < groups && groupYear[g0] < y) {
      g0++;
    }
    int g1 = g0;
    while (g1 < groups && groupYear[g1] == y) {
      g1++;
    }
    return new int[] {groupStart[g0], groupStart[g1]};
  }

  /** {@return the group containing the row: the last g with groupStart[g] ≤ row} */
  private int groupOf(int row) {
    int lo = 0;
    int hi = groups - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (groupStart[mid] <= row) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private void accumulate(int from, int to, Accumulator acc) {
    if (from >= to) {
      return;
    }
    final int[] m = minutes;
    final int[] o = online;
    final int[] t = total;
    for (int g = groupOf(from); g < groups && groupStart[g] < to; g++) {
      int s = Math.max(from, groupStart[g]);
      int e = Math.min(to, groupStart[g + 1]);
      long mo = 0;
      long so = 0;
      long st = 0;
      if (kernel == KERNEL_INT) {
        // Blocks of at most `block` rows are summed in int: block × (largest product or total)
        // ≤ Integer.MAX_VALUE (chosen at build), so no int sum can overflow; int loops vectorise.
        // Each block sum is then added to a long; all sums stay below 2^62.
        final int b = block;
        for (int bs = s; bs < e; bs += b) {
          int be = Math.min(e, bs + b);
          int bmo = 0;
          int bo = 0;
          int bt = 0;
          for (int i = bs; i < be; i++) {
            bmo += m[i] * o[i];
            bo += o[i];
            bt += t[i];
          }
          mo += bmo;
          so += bo;
          st += bt;
        }
      } else if (kernel == KERNEL_LONG) {
        // max product × rows fits a long (checked at build): no partial sum can overflow
        for (int i = s; i < e; i++) {
          int on = o[i];
          mo += (long) m[i] * on;
          so += on;
          st += t[i];
        }
      } else {
        for (int i = s; i < e; i++) {
          int on = o[i];
          // a product of two non-negative ints is below 2^62: exact; the sum is checked
          mo = Math.addExact(mo, (long) m[i] * on);
          so += on;
          st += t[i];
        }
      }
      acc.add(groupDept[g], groupMask[g], e - s, mo, so, st);
    }
  }

  @Override
  public String toString() {
    return "ColumnarTable{rows=" + rows + ", groups=" + groups + ", departments="
        + dictionary.size() + "}";
  }

  /**
   * Collects rows for a {@link ColumnarTable}. Each {@code add} validates its row; nothing is
   * visible until {@link #build()}. Not thread-safe.
   */
  public static final class Builder {
    private static final int MAX_ROWS = Integer.MAX_VALUE - 8;
    private final DepartmentDictionary dictionary;
    private int n;
    private int[] dept = new int[16];
    private int[] mask = new int[16];
    private int[] year = new int[16];
    private int[] minutes = new int[16];
    private int[] online = new int[16];
    private int[] total = new int[16];

    private Builder(DepartmentDictionary dictionary) {
      this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    }

    /**
     * {@return this builder, never null}
     *
     * @param row  the row, not null, its department in the dictionary
     * @throws IllegalArgumentException if the department is unknown or a value exceeds
     *     {@link Integer#MAX_VALUE}
     */
    public Builder add(ProcedureYearRow row) {
      return add(dictionary.index(row.departmentId()), row.fiveLessMask(), row.fiscalYear(),
          row.minutesPerCase(), row.online(), row.total());
    }

    /**
     * {@return this builder, never null}
     *
     * @param departmentIndex  the department's index in the dictionary
     * @param fiveLessMask  the OR of the rows' {@link FiveLess#bit()}s, 0 to 31
     * @param fiscalYear  the fiscal year, not null
     * @param minutesPerCase  minutes per case, 0 to {@link Integer#MAX_VALUE}
     * @param online  online cases, 0 to {@code total}
     * @param total  all cases, 0 to {@link Integer#MAX_VALUE}
     * @throws IllegalArgumentException naming the row (0-based, in order of addition), the field,
     *     the value and the rule if a value is out of range
     */
    public Builder add(int departmentIndex, int fiveLessMask, FiscalYear fiscalYear,
        long minutesPerCase, long online, long total) {
      Objects.requireNonNull(fiscalYear, "fiscalYear");
      check(departmentIndex >= 0 && departmentIndex < dictionary.size(), "departmentIndex",
          departmentIndex, "must be from 0 to " + (dictionary.size() - 1));
      check(fiveLessMask >= 0 && fiveLessMask < RollupPartial.MASKS, "fiveLessMask", fiveLessMask,
          "must be from 0 to 31");
      check(minutesPerCase >= 0 && minutesPerCase <= Integer.MAX_VALUE, "minutesPerCase",
          minutesPerCase, "must be from 0 to " + Integer.MAX_VALUE);
      check(total >= 0 && total <= Integer.MAX_VALUE, "total", total,
          "must be from 0 to " + Integer.MAX_VALUE);
      check(online >= 0 && online <= total, "online", online, "must be from 0 to total (" + total + ")");
      check(n < MAX_ROWS, "rows", n, "a table holds at most " + MAX_ROWS + " rows");
      if (n == dept.length) {
        int cap = (int) Math.min(MAX_ROWS, (long) n * 2);
        dept = Arrays.copyOf(dept, cap);
        mask = Arrays.copyOf(mask, cap);
        year = Arrays.copyOf(year, cap);
        this.minutes = Arrays.copyOf(this.minutes, cap);
        this.online = Arrays.copyOf(this.online, cap);
        this.total = Arrays.copyOf(this.total, cap);
      }
      dept[n] = departmentIndex;
      mask[n] = fiveLessMask;
      year[n] = fiscalYear.year();
      this.minutes[n] = (int) minutesPerCase;
      this.online[n] = (int) online;
      this.total[n] = (int) total;
      n++;
      return this;
    }

    private void check(boolean ok, String field, Object value, String rule) {
      if (!ok) {
        throw org.municipaldx.core.internal.Checks.invalid("ColumnarTable", field, value, rule + " at row " + n);
      }
    }

    /** {@return the number of rows added so far} */
    public int size() {
      return n;
    }

    /**
     * Clusters the rows by (fiscal year, department, mask) and builds the table. The builder may
     * be used again afterwards; the table does not share its arrays.
     *
     * @return the table, never null
     * @throws IllegalArgumentException if there are too many distinct (year, department) pairs to
     *     index (more than 2<sup>27</sup>)
     */
    public ColumnarTable build() {
      int d = Math.max(1, dictionary.size());
      // dense indices of the distinct fiscal years, in order
      boolean[] present = new boolean[FiscalYear.MAX_YEAR - FiscalYear.MIN_YEAR + 1];
      for (int i = 0; i < n; i++) {
        present[year[i] - FiscalYear.MIN_YEAR] = true;
      }
      int[] yearIndex = new int[present.length];
      int[] years = new int[present.length];
      int y = 0;
      for (int i = 0; i < present.length; i++) {
        if (present[i]) {
          yearIndex[i] = y;
          years[y++] = i + FiscalYear.MIN_YEAR;
        }
      }
      long keys = (long) Math.max(1, y) * d * RollupPartial.MASKS;
      int[] order = keys <= COUNTING_SORT_KEYS ? countingOrder(yearIndex, d, (int) keys)
          : packedOrder(yearIndex, d, keys);

      int[] m = new int[n];
      int[] o = new int[n];
      int[] t = new int[n];
      int[] gStart = new int[16];
      int[] gDept = new int[16];
      int[] gMask = new int[16];
      int[] gYear = new int[16];
      int g = 0;
      long maxMinutes = 0;
      long maxOnline = 0;
      long maxTotal = 0;
      for (int i = 0; i < n; i++) {
        int r = order[i];
        m[i] = minutes[r];
        o[i] = online[r];
        t[i] = total[r];
        maxMinutes = Math.max(maxMinutes, minutes[r]);
        maxOnline = Math.max(maxOnline, online[r]);
        maxTotal = Math.max(maxTotal, total[r]);
        if (g == 0 || gDept[g - 1] != dept[r] || gMask[g - 1] != mask[r] || gYear[g - 1] != year[r]) {
          if (g + 1 >= gStart.length) {
            gStart = Arrays.copyOf(gStart, gStart.length * 2);
            gDept = Arrays.copyOf(gDept, gStart.length);
            gMask = Arrays.copyOf(gMask, gStart.length);
            gYear = Arrays.copyOf(gYear, gStart.length);
          }
          gStart[g] = i;
          gDept[g] = dept[r];
          gMask[g] = mask[r];
          gYear[g] = year[r];
          g++;
        }
      }
      gStart[g] = n;
      long maxProduct = maxMinutes * maxOnline; // both < 2^31: exact
      long maxTerm = Math.max(1, Math.max(maxProduct, maxTotal)); // online ≤ total
      int block = (int) Math.max(1, Math.min(MAX_BLOCK, Integer.MAX_VALUE / maxTerm));
      int kernel;
      if (maxProduct <= Integer.MAX_VALUE) {
        kernel = KERNEL_INT;
      } else if (Math.multiplyHigh(maxProduct, n) == 0 && maxProduct * n >= 0) {
        kernel = KERNEL_LONG;
      } else {
        kernel = KERNEL_CHECKED;
      }
      return new ColumnarTable(dictionary, n, m, o, t, g, Arrays.copyOf(gStart, g + 1),
          Arrays.copyOf(gDept, g), Arrays.copyOf(gMask, g), Arrays.copyOf(gYear, g), kernel, block);
    }

    private int key(int[] yearIndex, int d, int r) {
      return (yearIndex[year[r] - FiscalYear.MIN_YEAR] * d + dept[r]) * RollupPartial.MASKS + mask[r];
    }

    /** A stable counting sort by key. */
    private int[] countingOrder(int[] yearIndex, int d, int keys) {
      int[] start = new int[keys + 1];
      for (int r = 0; r < n; r++) {
        start[key(yearIndex, d, r) + 1]++;
      }
      for (int k = 0; k < keys; k++) {
        start[k + 1] += start[k];
      }
      int[] order = new int[n];
      for (int r = 0; r < n; r++) {
        order[start[key(yearIndex, d, r)]++] = r;
      }
      return order;
    }

    /** Sorts (key, row) pairs packed in longs: stable because the row breaks ties. */
    private int[] packedOrder(int[] yearIndex, int d, long keys) {
      if (keys > (1L << 32)) {
        throw new IllegalArgumentException("ColumnarTable.rows: too many fiscal year × department"
            + " pairs to index (was '" + keys / RollupPartial.MASKS + "', at most 2^27)");
      }
      long[] packed = new long[n];
      for (int r = 0; r < n; r++) {
        long k = ((long) yearIndex[year[r] - FiscalYear.MIN_YEAR] * d + dept[r])
            * RollupPartial.MASKS + mask[r];
        packed[r] = (k << 31) | r;
      }
      Arrays.parallelSort(packed);
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = (int) (packed[i] & Integer.MAX_VALUE);
      }
      return order;
    }
  }
}
