package org.municipaldx.metrics.batch;

/**
 * The mutable, single-threaded form of a {@link RollupPartial} while a kernel fills it. Not
 * thread-safe; each thread or chunk has its own, and {@link #toPartial()} hands the arrays over.
 */
final class Accumulator {
  private final DepartmentDictionary dictionary;
  private final long[] deptRows;
  private final long[] deptMinutesOnline;
  private final long[] deptOnline;
  private final long[] deptTotal;
  private final long[] maskMinutesOnline = new long[RollupPartial.MASKS];
  private final long[] maskOnline = new long[RollupPartial.MASKS];
  private final long[] maskTotal = new long[RollupPartial.MASKS];

  Accumulator(DepartmentDictionary dictionary) {
    this.dictionary = dictionary;
    int d = dictionary.size();
    deptRows = new long[d];
    deptMinutesOnline = new long[d];
    deptOnline = new long[d];
    deptTotal = new long[d];
  }

  /** Adds the sums of {@code rows} rows of one department and one mask; exact. */
  void add(int dept, int mask, long rows, long minutesOnline, long online, long total) {
    deptRows[dept] = Math.addExact(deptRows[dept], rows);
    deptMinutesOnline[dept] = Math.addExact(deptMinutesOnline[dept], minutesOnline);
    deptOnline[dept] = Math.addExact(deptOnline[dept], online);
    deptTotal[dept] = Math.addExact(deptTotal[dept], total);
    maskMinutesOnline[mask] = Math.addExact(maskMinutesOnline[mask], minutesOnline);
    maskOnline[mask] = Math.addExact(maskOnline[mask], online);
    maskTotal[mask] = Math.addExact(maskTotal[mask], total);
  }

  RollupPartial toPartial() {
    return new RollupPartial(dictionary, deptRows, deptMinutesOnline, deptOnline, deptTotal,
        maskMinutesOnline, maskOnline, maskTotal);
  }
}
