package org.municipaldx.metrics.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.municipaldx.core.Department;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;

/**
 * Rolls up rows one at a time as a reader streams them, into a {@link RollupPartial}: the mutable
 * counterpart of the partial for a reader that has no table. Departments are registered as they
 * first appear ({@link #department(String)}) and put in id order by {@link #toPartial()}; sums are
 * kept per (department, five-less mask) cell in exact {@code long}s, so memory depends on the
 * number of departments, never on the number of rows.
 *
 * <p>Accumulators of consecutive parts of a file merge ({@link #addAll(RollupAccumulator)}) into
 * the accumulator of the whole. Not thread-safe: one per thread or chunk.
 */
public final class RollupAccumulator {
  private static final int MASKS = RollupPartial.MASKS;

  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private long[] rows = new long[16 * MASKS];
  private long[] minutesOnline = new long[16 * MASKS];
  private long[] online = new long[16 * MASKS];
  private long[] total = new long[16 * MASKS];

  /** Creates an accumulator of no rows. */
  public RollupAccumulator() {}

  /**
   * {@return its index in this accumulator (registered on first use)}
   *
   * @param id  a department id, not null, matching {@link Ids#MODEL_ID_PATTERN}
   * @throws IllegalArgumentException if the id does not match the pattern
   */
  public int department(String id) {
    Integer i = index.get(Objects.requireNonNull(id, "id"));
    if (i != null) {
      return i;
    }
    Checks.check(Ids.isModelId(id), "RollupAccumulator", "department", id,
        "must match " + Ids.MODEL_ID_PATTERN);
    int k = ids.size();
    ids.add(id);
    index.put(id, k);
    if ((k + 1) * MASKS > rows.length) {
      int n = rows.length * 2;
      rows = Arrays.copyOf(rows, n);
      minutesOnline = Arrays.copyOf(minutesOnline, n);
      online = Arrays.copyOf(online, n);
      total = Arrays.copyOf(total, n);
    }
    return k;
  }

  /** {@return the departments registered, in order of registration; never null} */
  public List<String> departments() {
    return List.copyOf(ids);
  }

  /**
   * Adds one row, exactly.
   *
   * @param department  an index from {@link #department(String)}
   * @param fiveLessMask  the five-less mask, 0 to 31
   * @param minutesPerCase  minutes per case, ≥ 0
   * @param online  online cases, ≥ 0
   * @param total  all cases, ≥ online
   * @throws ArithmeticException if minutes × online or a sum overflows {@code long}
   * @throws IndexOutOfBoundsException if the department or mask is out of range
   */
  public void add(int department, int fiveLessMask, long minutesPerCase, long online, long total) {
    Objects.checkIndex(department, ids.size());
    Objects.checkIndex(fiveLessMask, MASKS);
    int c = department * MASKS + fiveLessMask;
    rows[c]++;
    minutesOnline[c] = Math.addExact(minutesOnline[c], Math.multiplyExact(minutesPerCase, online));
    this.online[c] = Math.addExact(this.online[c], online);
    this.total[c] = Math.addExact(this.total[c], total);
  }

  /**
   * Adds another accumulator's rows to this one.
   *
   * @param other  the other accumulator, not null
   * @return this accumulator, never null
   * @throws ArithmeticException if a sum overflows
   */
  public RollupAccumulator addAll(RollupAccumulator other) {
    for (int d = 0; d < other.ids.size(); d++) {
      int t = department(other.ids.get(d));
      for (int m = 0; m < MASKS; m++) {
        int s = d * MASKS + m;
        int c = t * MASKS + m;
        rows[c] = Math.addExact(rows[c], other.rows[s]);
        minutesOnline[c] = Math.addExact(minutesOnline[c], other.minutesOnline[s]);
        online[c] = Math.addExact(online[c], other.online[s]);
        total[c] = Math.addExact(total[c], other.total[s]);
      }
    }
    return this;
  }

  /**
   * {@return the partial of the rows added, over a dictionary of the departments that have rows
   * (ids in natural order); never null}
   *
   * @throws ArithmeticException if a sum overflows
   */
  public RollupPartial toPartial() {
    List<String> present = new ArrayList<>();
    for (int d = 0; d < ids.size(); d++) {
      long n = 0;
      for (int m = 0; m < MASKS; m++) {
        n += rows[d * MASKS + m];
      }
      if (n > 0) {
        present.add(ids.get(d));
      }
    }
    DepartmentDictionary dictionary = DepartmentDictionary.of(present);
    Accumulator acc = new Accumulator(dictionary);
    for (int d = 0; d < ids.size(); d++) {
      if (!dictionary.contains(ids.get(d))) {
        continue;
      }
      int k = dictionary.index(ids.get(d));
      for (int m = 0; m < MASKS; m++) {
        int c = d * MASKS + m;
        if (rows[c] > 0) {
          acc.add(k, m, rows[c], minutesOnline[c], online[c], total[c]);
        }
      }
    }
    return acc.toPartial();
  }

  @Override
  public String toString() {
    return "RollupAccumulator{departments=" + ids + "}";
  }
}
