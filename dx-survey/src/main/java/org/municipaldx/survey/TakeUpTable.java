package org.municipaldx.survey;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Take-up by group, accumulated one procedure at a time (give it to {@link SurveyReader#forEach}
 * to stay in bounded memory) and mergeable: tables of two parts of a file merge to the table of
 * the whole, in any order. Not thread-safe.
 *
 * @param <K>  the group key
 */
public final class TakeUpTable<K> implements Consumer<SurveyProcedure> {
  private final Dimension<K> dimension;
  /** Whether only procedures carried out or received by local governments count. */
  private final boolean localOnly;
  /** Per group: procedures, Σ cases, Σ online, estimated (1) or not (0); plain longs, overflow checked. */
  private final Map<K, long[]> groups = new HashMap<>();
  private final long[] total = new long[4];
  private long ungrouped;

  private TakeUpTable(Dimension<K> dimension, boolean localOnly) {
    this.dimension = Objects.requireNonNull(dimension, "dimension");
    this.localOnly = localOnly;
  }

  /**
   * {@return an empty table of all procedures, never null}
   *
   * @param <K>  the group key
   * @param dimension  how to group, not null
   */
  public static <K> TakeUpTable<K> by(Dimension<K> dimension) {
    return new TakeUpTable<>(dimension, false);
  }

  /**
   * {@return an empty table of the local-government view: procedures whose actor or receiver
   * includes 地方等, never null}
   *
   * @param <K>  the group key
   * @param dimension  how to group, not null
   */
  public static <K> TakeUpTable<K> localBy(Dimension<K> dimension) {
    return new TakeUpTable<>(dimension, true);
  }

  @Override
  public void accept(SurveyProcedure p) {
    boolean estimated = p.totalCases().basis() == ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES
        || p.onlineCases().basis() == ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES;
    add(dimension.keys(p), p.involvesLocalGovernment(), p.totalCases().approximately(), p.onlineCases().approximately(),
        estimated);
  }

  /** Adds one procedure by what take-up reads of it (the reader's take-up path types only that). */
  void add(java.util.Collection<K> keys, boolean local, long cases, long online, boolean estimated) {
    if (localOnly && !local) {
      return;
    }
    add(total, cases, online, estimated);
    boolean any = false;
    for (K k : keys) {
      add(groups.computeIfAbsent(k, x -> new long[4]), cases, online, estimated);
      any = true;
    }
    if (!any) {
      ungrouped++;
    }
  }

  /** {@return the dimension's survey column} */
  SurveyColumn column() {
    return dimension.column();
  }

  /**
   * {@return this table, now holding both}
   *
   * @param other  a table of the same dimension and filter over other procedures, not null
   */
  public TakeUpTable<K> merge(TakeUpTable<K> other) {
    other.groups.forEach((k, t) -> add(groups.computeIfAbsent(k, x -> new long[4]), t));
    add(total, other.total);
    ungrouped = Math.addExact(ungrouped, other.ungrouped);
    return this;
  }

  private static void add(long[] acc, long cases, long online, boolean estimated) {
    acc[0] = Math.addExact(acc[0], 1);
    acc[1] = Math.addExact(acc[1], cases);
    acc[2] = Math.addExact(acc[2], online);
    if (estimated) {
      acc[3] = 1;
    }
  }

  private static void add(long[] acc, long[] other) {
    acc[0] = Math.addExact(acc[0], other[0]);
    acc[1] = Math.addExact(acc[1], other[1]);
    acc[2] = Math.addExact(acc[2], other[2]);
    acc[3] |= other[3];
  }

  private static ApproximateTakeUp takeUp(long[] acc) {
    ApproximateCount.Basis basis = acc[3] == 1 ? ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES
        : ApproximateCount.Basis.ROUNDED_REPORT;
    return ApproximateTakeUp.of(acc[0], ApproximateCount.of(acc[1], basis), ApproximateCount.of(acc[2], basis));
  }

  /** {@return the dimension, never null} */
  public Dimension<K> dimension() {
    return dimension;
  }

  /** {@return take-up by group, largest number of cases first; unmodifiable} */
  public Map<K, ApproximateTakeUp> groups() {
    Map<K, ApproximateTakeUp> out = new LinkedHashMap<>();
    groups.entrySet().stream()
        .sorted(Comparator.<Map.Entry<K, long[]>>comparingLong(e -> e.getValue()[1]).reversed()
            .thenComparing(e -> String.valueOf(e.getKey())))
        .forEach(e -> out.put(e.getKey(), takeUp(e.getValue())));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** {@return the take-up of every procedure counted (each once), never null} */
  public ApproximateTakeUp total() {
    return takeUp(total);
  }

  /** {@return how many counted procedures have no value in the dimension (a blank cell)} */
  public long ungrouped() {
    return ungrouped;
  }
}
