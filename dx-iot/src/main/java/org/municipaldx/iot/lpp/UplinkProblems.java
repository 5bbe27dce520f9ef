package org.municipaldx.iot.lpp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.municipaldx.core.internal.Checks;

/**
 * Collects the problems of a stream of uplinks in bounded memory: every problem is counted by kind,
 * the first {@link #limit()} are kept in full. Not thread-safe; one per stream.
 */
public final class UplinkProblems {
  /** How many problems are kept in full by default. */
  public static final int DEFAULT_LIMIT = 10_000;

  private final int limit;
  private final List<UplinkProblem> kept = new ArrayList<>();
  private final Map<UplinkProblem.Kind, Long> counts = new EnumMap<>(UplinkProblem.Kind.class);
  private long total;

  private UplinkProblems(int limit) {
    this.limit = limit;
  }

  /** {@return a collector keeping the first {@value #DEFAULT_LIMIT} problems, never null} */
  public static UplinkProblems create() {
    return new UplinkProblems(DEFAULT_LIMIT);
  }

  /**
   * {@return a collector, never null}
   *
   * @param limit  how many problems to keep in full, zero or more
   */
  public static UplinkProblems keeping(int limit) {
    if (limit < 0) {
      throw Checks.invalid("UplinkProblems", "limit", limit, "must not be negative");
    }
    return new UplinkProblems(limit);
  }

  /**
   * Counts a problem, and keeps it if fewer than the limit are kept.
   *
   * @param problem  the problem, not null
   */
  public void add(UplinkProblem problem) {
    counts.merge(problem.kind(), 1L, Long::sum);
    total++;
    if (kept.size() < limit) {
      kept.add(problem);
    }
  }

  /** {@return how many problems are kept in full} */
  public int limit() {
    return limit;
  }

  /** {@return the problems kept, in the order found, never null} */
  public List<UplinkProblem> kept() {
    return Collections.unmodifiableList(kept);
  }

  /** {@return every problem counted, kept or not} */
  public long total() {
    return total;
  }

  /** {@return the count of problems by kind, never null} */
  public Map<UplinkProblem.Kind, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }
}
