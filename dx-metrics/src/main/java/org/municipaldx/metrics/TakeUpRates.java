package org.municipaldx.metrics;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.municipaldx.core.ChannelVolume;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.core.ReportingPeriod;

/**
 * Roll-ups of online take-up by department, reporting period (fiscal or calendar year) and overall.
 * Every roll-up is Σ numerator / Σ denominator over its rows — never a mean of the rows' ratios,
 * which would weigh a department of 21 applications like one of 481,085.
 */
public final class TakeUpRates {
  /** The key of take-ups whose department is not known: not a valid department id, so it cannot clash. */
  public static final String UNKNOWN_DEPARTMENT = "(unknown)";

  private TakeUpRates() {}

  /**
   * {@return the overall take-up, {@link TakeUp#NONE} for no rows, never null}
   *
   * @param takeUps  the departments' take-ups, not null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public static TakeUp overall(Collection<ProcedureTakeUp> takeUps) {
    TakeUp t = TakeUp.NONE;
    for (ProcedureTakeUp p : Objects.requireNonNull(takeUps, "takeUps: must not be null")) {
      t = t.plus(TakeUp.of(p));
    }
    return t;
  }

  /**
   * {@return by department id (or {@link #UNKNOWN_DEPARTMENT}), in id order, never null}
   *
   * @param takeUps  the departments' take-ups, not null
   */
  public static SortedMap<String, TakeUp> byDepartment(Collection<ProcedureTakeUp> takeUps) {
    return group(takeUps, p -> p.departmentId().orElse(UNKNOWN_DEPARTMENT));
  }

  /**
   * {@return by reporting period, in time order, never null}
   *
   * @param takeUps  the departments' take-ups, not null
   */
  public static SortedMap<ReportingPeriod, TakeUp> byPeriod(Collection<ProcedureTakeUp> takeUps) {
    return group(takeUps, ProcedureTakeUp::period);
  }

  private static <K> SortedMap<K, TakeUp> group(Collection<ProcedureTakeUp> takeUps, Function<ProcedureTakeUp, K> key) {
    Objects.requireNonNull(takeUps, "takeUps: must not be null");
    SortedMap<K, TakeUp> out = new TreeMap<>();
    for (ProcedureTakeUp p : takeUps) {
      out.merge(key.apply(p), TakeUp.of(p), TakeUp::plus);
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * {@return Σ online / Σ total applications, undefined for no applications, never null}
   *
   * @param volumes  per-procedure application volumes, not null
   */
  public static Rate applications(Collection<ChannelVolume> volumes) {
    Rate r = Rate.UNDEFINED;
    for (ChannelVolume v : Objects.requireNonNull(volumes, "volumes: must not be null")) {
      r = r.plus(Rate.of(v.onlineApplications(), v.totalApplications()));
    }
    return r;
  }

  /**
   * {@return the application rate by reporting period, in time order, never null}
   *
   * @param volumes  per-procedure application volumes, not null
   */
  public static SortedMap<ReportingPeriod, Rate> applicationsByPeriod(Collection<ChannelVolume> volumes) {
    SortedMap<ReportingPeriod, Rate> out = new TreeMap<>();
    for (ChannelVolume v : Objects.requireNonNull(volumes, "volumes: must not be null")) {
      out.merge(v.period(), Rate.of(v.onlineApplications(), v.totalApplications()), Rate::plus);
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * {@return the application rate by department, in id order, never null}
   *
   * @param volumes  per-procedure application volumes, not null
   * @param departmentOfProcedure  the department id of each procedure id; procedures not in it count
   *     as {@link #UNKNOWN_DEPARTMENT}, not null
   */
  public static SortedMap<String, Rate> applicationsByDepartment(Collection<ChannelVolume> volumes,
      Map<String, String> departmentOfProcedure) {
    Objects.requireNonNull(departmentOfProcedure, "departmentOfProcedure: must not be null");
    SortedMap<String, Rate> out = new TreeMap<>();
    for (ChannelVolume v : Objects.requireNonNull(volumes, "volumes: must not be null")) {
      out.merge(departmentOfProcedure.getOrDefault(v.procedureId(), UNKNOWN_DEPARTMENT),
          Rate.of(v.onlineApplications(), v.totalApplications()), Rate::plus);
    }
    return Collections.unmodifiableSortedMap(out);
  }
}
