package org.municipaldx.regulation.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.metrics.Rate;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.RegulationType;

/**
 * Progress of a review over an inventory, as of a date.
 *
 * <h2>What is counted</h2>
 * <ul>
 *   <li>Items in view: those identified on or before the date (an item without an identification
 *       date is always in view), each in the state its history had reached by the end of that day.
 *   <li>{@link #cells()}: each item in view counts once <em>per type it has</em>, in the cell of that
 *       type × its state × its department. Hence the sum over all cells, {@link #total()}, equals
 *       {@link #typeAssignments()}, the sum over items of their number of types — not the number of
 *       items: a provision with three types is counted three times, once in each type's row.
 *   <li>{@link #countByState(ReviewState)}: each item in view once.
 *   <li>In scope: items in view not assessed as 非該当 (not an analog regulation).
 *   <li>Decided: in scope with a final policy (見直し or 見直し不要, not 検討中), in
 *       {@link ReviewState#POLICY_DECIDED} or later. Revised: in scope and in
 *       {@link ReviewState#REVISED} or {@link ReviewState#FOLLOWED_UP}. Both shares are over the
 *       items in scope.
 *   <li>Past target: in scope, with a target date before the as-of date, and not finished (finished
 *       = revised, followed up, or decided 見直し不要).
 * </ul>
 * This class is immutable and thread-safe.
 */
public final class ReviewProgress {
  private final LocalDate asOf;
  private final Map<ProgressCell, Long> cells;
  private final Map<ReviewState, Long> byState;
  private final long items;
  private final long typeAssignments;
  private final Rate decided;
  private final Rate revised;
  private final List<String> pastTarget;

  private ReviewProgress(LocalDate asOf, Map<ProgressCell, Long> cells, Map<ReviewState, Long> byState, long items,
      long typeAssignments, Rate decided, Rate revised, List<String> pastTarget) {
    this.asOf = asOf;
    this.cells = cells;
    this.byState = byState;
    this.items = items;
    this.typeAssignments = typeAssignments;
    this.decided = decided;
    this.revised = revised;
    this.pastTarget = pastTarget;
  }

  /**
   * {@return the progress at the end of that day, never null}
   *
   * @param inventory  the items, not null
   * @param asOf  the date, not null
   */
  public static ReviewProgress of(Collection<RegulationItem> inventory, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Map<ProgressCell, Long> cells = new TreeMap<>();
    Map<ReviewState, Long> byState = new EnumMap<>(ReviewState.class);
    long items = 0;
    long assignments = 0;
    long inScope = 0;
    long decided = 0;
    long revised = 0;
    List<String> pastTarget = new ArrayList<>();
    for (RegulationItem item : inventory) {
      Optional<ReviewHistory> then = item.review().asOf(asOf);
      if (then.isEmpty()) {
        continue;
      }
      ReviewHistory h = then.get();
      ReviewState state = h.state();
      items++;
      byState.merge(state, 1L, Long::sum);
      for (RegulationType type : item.types()) {
        cells.merge(ProgressCell.of(type, state, item.departmentId()), 1L, Long::sum);
        assignments = Math.addExact(assignments, 1);
      }
      if (h.verdict().orElse(null) == AssessmentVerdict.NOT_ANALOG_REGULATION) {
        continue;
      }
      inScope++;
      ReviewPolicy policy = h.policy().orElse(null);
      boolean isDecided = state.compareTo(ReviewState.POLICY_DECIDED) >= 0 && policy != ReviewPolicy.UNDER_CONSIDERATION;
      boolean isRevised = state.compareTo(ReviewState.REVISED) >= 0;
      if (isDecided) {
        decided++;
      }
      if (isRevised) {
        revised++;
      }
      boolean finished = isRevised || (state == ReviewState.POLICY_DECIDED && policy == ReviewPolicy.NO_REVISION_NEEDED);
      if (!finished && item.targetDate().isPresent() && item.targetDate().get().isBefore(asOf)) {
        pastTarget.add(item.id());
      }
    }
    return new ReviewProgress(asOf, Collections.unmodifiableMap(cells), Collections.unmodifiableMap(byState), items,
        assignments, Rate.of(decided, inScope), Rate.of(revised, inScope), List.copyOf(pastTarget));
  }

  /**
   * The fiscal-year view: progress as it stood at the end of a fiscal year (31 March).
   *
   * @param inventory  the items, not null
   * @param year  the fiscal year, not null
   * @return the progress on {@link FiscalYear#endDate()}, never null
   */
  public static ReviewProgress atEndOf(Collection<RegulationItem> inventory, FiscalYear year) {
    return of(inventory, year.endDate());
  }

  /**
   * Steps taken per fiscal year, by the state they led to: e.g. how many provisions were revised in
   * 2023（令和5）年度.
   *
   * @param inventory  the items, not null
   * @return fiscal year → target state → number of steps, in order, never null
   */
  public static Map<FiscalYear, Map<ReviewState, Long>> stepsByFiscalYear(Collection<RegulationItem> inventory) {
    Map<FiscalYear, Map<ReviewState, Long>> out = new TreeMap<>();
    for (RegulationItem item : inventory) {
      for (ReviewStep s : item.review().steps()) {
        out.computeIfAbsent(FiscalYear.containing(s.on()), k -> new EnumMap<>(ReviewState.class))
            .merge(s.to(), 1L, Long::sum);
      }
    }
    Map<FiscalYear, Map<ReviewState, Long>> frozen = new TreeMap<>();
    out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    return Collections.unmodifiableMap(frozen);
  }

  /** {@return the as-of date, never null} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the non-empty cells, ordered by type, state and department, never null} */
  public Map<ProgressCell, Long> cells() {
    return cells;
  }

  /**
   * {@return the count in that cell (0 if empty)}
   *
   * @param type  the type, not null
   * @param state  the state, not null
   * @param departmentId  the department id, not null
   */
  public long count(RegulationType type, ReviewState state, String departmentId) {
    return cells.getOrDefault(ProgressCell.of(type, state, departmentId), 0L);
  }

  /**
   * {@return the items in view that have the type}
   *
   * @param type  the type, not null
   */
  public long countByType(RegulationType type) {
    return cells.entrySet().stream().filter(e -> e.getKey().type() == type).mapToLong(Map.Entry::getValue).sum();
  }

  /**
   * {@return the items in view in that state (each once)}
   *
   * @param state  the state, not null
   */
  public long countByState(ReviewState state) {
    return byState.getOrDefault(state, 0L);
  }

  /** {@return the sum over all cells; always equals {@link #typeAssignments()}} */
  public long total() {
    long sum = 0;
    for (long v : cells.values()) {
      sum = Math.addExact(sum, v);
    }
    return sum;
  }

  /** {@return the number of items in view} */
  public long items() {
    return items;
  }

  /** {@return the sum over items in view of their number of types} */
  public long typeAssignments() {
    return typeAssignments;
  }

  /**
   * {@return decided items of the items in scope, never null; as a percentage through
   * {@link Rate#percent(org.municipaldx.metrics.RoundingPolicy)}, undefined when nothing is in
   * scope}
   */
  public Rate decidedShare() {
    return decided;
  }

  /** {@return revised items of the items in scope, never null} */
  public Rate revisedShare() {
    return revised;
  }

  /** {@return ids of the items past their target date, in inventory order, never null} */
  public List<String> pastTarget() {
    return pastTarget;
  }
}
