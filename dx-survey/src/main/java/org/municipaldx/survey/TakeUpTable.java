package org.municipaldx.survey;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Take-up by group, accumulated one procedure at a time (give it to {@link SurveyReader#forEach}
 * to stay in bounded memory) and mergeable: tables of two parts of a file merge to the table of
 * the whole, in any order. Not thread-safe.
 *
 * @param <K>  the group key
 */
public final class TakeUpTable<K> implements Consumer<SurveyProcedure> {
  private final Dimension<K> dimension;
  private final Predicate<SurveyProcedure> filter;
  private final Map<K, ApproximateTakeUp> groups = new HashMap<>();
  private ApproximateTakeUp total = ApproximateTakeUp.NONE;
  private long ungrouped;

  private TakeUpTable(Dimension<K> dimension, Predicate<SurveyProcedure> filter) {
    this.dimension = Objects.requireNonNull(dimension, "dimension");
    this.filter = Objects.requireNonNull(filter, "filter");
  }

  /**
   * @param <K>  the group key
   * @param dimension  how to group, not null
   * @return an empty table of all procedures, never null
   */
  public static <K> TakeUpTable<K> by(Dimension<K> dimension) {
    return new TakeUpTable<>(dimension, p -> true);
  }

  /**
   * @param <K>  the group key
   * @param dimension  how to group, not null
   * @return an empty table of the local-government view: procedures whose actor or receiver
   *     includes 地方等, never null
   */
  public static <K> TakeUpTable<K> localBy(Dimension<K> dimension) {
    return new TakeUpTable<>(dimension, SurveyProcedure::involvesLocalGovernment);
  }

  @Override
  public void accept(SurveyProcedure p) {
    if (!filter.test(p)) {
      return;
    }
    total = total.plus(p);
    boolean any = false;
    for (K k : dimension.keys(p)) {
      groups.merge(k, ApproximateTakeUp.NONE.plus(p), ApproximateTakeUp::plus);
      any = true;
    }
    if (!any) {
      ungrouped++;
    }
  }

  /**
   * @param other  a table of the same dimension and filter over other procedures, not null
   * @return this table, now holding both
   */
  public TakeUpTable<K> merge(TakeUpTable<K> other) {
    other.groups.forEach((k, t) -> groups.merge(k, t, ApproximateTakeUp::plus));
    total = total.plus(other.total);
    ungrouped += other.ungrouped;
    return this;
  }

  /** {@return the dimension, never null} */
  public Dimension<K> dimension() {
    return dimension;
  }

  /** {@return take-up by group, largest number of cases first; unmodifiable} */
  public Map<K, ApproximateTakeUp> groups() {
    Map<K, ApproximateTakeUp> out = new LinkedHashMap<>();
    groups.entrySet().stream()
        .sorted(Comparator.<Map.Entry<K, ApproximateTakeUp>, ApproximateCount>comparing(e -> e.getValue().cases()).reversed()
            .thenComparing(e -> String.valueOf(e.getKey())))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** {@return the take-up of every procedure counted (each once), never null} */
  public ApproximateTakeUp total() {
    return total;
  }

  /** {@return how many counted procedures have no value in the dimension (a blank cell)} */
  public long ungrouped() {
    return ungrouped;
  }
}
