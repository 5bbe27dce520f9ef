package org.municipaldx.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.initiative.InitiativeStatus;
import org.municipaldx.core.internal.Checks;

/**
 * Roll-ups of the expected saved time of initiatives by department, five-less category,
 * beneficiary, vision, status and fiscal year, with provenance.
 *
 * <h2>What is counted</h2>
 * <ul>
 *   <li>Each initiative contributes its {@link Initiative#countedEstimates()}: estimates that break
 *       another one down ({@code breakdownOf}) are not added again.
 *   <li><b>Reposts</b> (【再掲】, {@link Initiative#repostOf()}) are counted: a repost shows the same
 *       initiative for another beneficiary with its own estimates (e.g. 電子入札 saves bidders
 *       11,660時間 and, reposted, the city's staff 875時間). But an estimate is never counted twice:
 *       an estimate of a repost that is equal to an estimate of the same original initiative is
 *       counted once: in the original if it has it, else in the repost with the smallest id (so
 *       the result does not depend on the input order). The repost's own department,
 *       beneficiary, status and year place its estimates in the roll-ups.
 *   <li>Each estimate is one item, with id {@code initiativeId#label} (or {@code initiativeId#n}, n
 *       its 1-based position, when it has no label). Pending and not-estimated items are counted in
 *       {@link Total#omissions()}.
 *   <li><b>Several five-less tags</b>: in {@link #byFiveLess} each tag's row gets the item's full
 *       minutes (the saving is attributed to every category it serves), while the grand total counts
 *       each item once; so Σ rows + unassigned exceeds the grand total by (tags − 1) × minutes of
 *       each item with two or more tags: it is at least the grand total when no figure is negative
 *       (a measured saving can be), and equal to it when no such item has a non-zero figure. Items
 *       with no five-less tag are {@link Rollup#unassigned()}.
 * </ul>
 */
public final class SavingsRollups {
  /** An initiative's evaluated item. */
  private static final class Item {
    final Initiative initiative;
    final Evaluation evaluation;

    Item(Initiative initiative, Evaluation evaluation) {
      this.initiative = initiative;
      this.evaluation = evaluation;
    }
  }

  private SavingsRollups() {}

  private static List<Item> items(Collection<Initiative> initiatives) {
    Objects.requireNonNull(initiatives, "initiatives: must not be null");
    Map<String, Initiative> byId = new HashMap<>();
    for (Initiative i : initiatives) {
      if (byId.put(i.id(), i) != null) {
        throw new IllegalArgumentException("initiatives: ids must be unique (was '" + i.id() + "' twice)");
      }
    }
    // decide which estimates count in a fixed order (originals first, then reposts by id), so that the
    // result does not depend on the order of the input; then emit them in input order
    List<Initiative> decisionOrder = new ArrayList<>(initiatives);
    decisionOrder.sort(Comparator.comparing((Initiative i) -> i.repostOf().isPresent()).thenComparing(Initiative::id));
    Map<String, Set<SavingsEstimate>> countedByRoot = new HashMap<>();
    Set<String> kept = new HashSet<>();
    for (Initiative i : decisionOrder) {
      Set<SavingsEstimate> counted = countedByRoot.computeIfAbsent(root(i, byId), k -> new HashSet<>());
      List<SavingsEstimate> estimates = i.countedEstimates();
      for (int n = 0; n < estimates.size(); n++) {
        if (counted.add(estimates.get(n))) {
          kept.add(i.id() + '\u0000' + n);
        }
      }
    }
    List<Item> out = new ArrayList<>();
    for (Initiative i : initiatives) {
      List<SavingsEstimate> estimates = i.countedEstimates();
      for (int n = 0; n < estimates.size(); n++) {
        if (kept.contains(i.id() + '\u0000' + n)) {
          out.add(new Item(i, Estimates.evaluate(itemId(i, estimates.get(n), n), Optional.of(i.id()), estimates.get(n))));
        }
      }
    }
    return out;
  }

  private static String itemId(Initiative i, SavingsEstimate e, int n) {
    return i.id() + "#" + e.label().orElse(String.valueOf(n + 1));
  }

  private static String root(Initiative i, Map<String, Initiative> byId) {
    String id = i.id();
    Set<String> seen = new HashSet<>();
    Optional<String> next = i.repostOf();
    while (next.isPresent()) {
      if (!seen.add(id)) {
        throw Checks.invalid("Initiative", "repostOf", i.id(), "reposts must not form a cycle");
      }
      id = next.get();
      Initiative parent = byId.get(id);
      next = parent == null ? Optional.empty() : parent.repostOf();
    }
    return id;
  }

  /**
   * {@return the evaluation of every counted estimate, in input order, never null}
   *
   * @param initiatives  the initiatives, ids unique, not null
   */
  public static List<Evaluation> evaluations(Collection<Initiative> initiatives) {
    return items(initiatives).stream().map(it -> it.evaluation).collect(Collectors.toList());
  }

  /**
   * {@return the grand total, each estimate once, never null}
   *
   * @param initiatives  the initiatives, ids unique, not null
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public static Total total(Collection<Initiative> initiatives) {
    return Total.of(evaluations(initiatives));
  }

  /**
   * Groups by any dimension.
   *
   * @param <K> the key type, naturally ordered
   * @param initiatives  the initiatives, ids unique, not null
   * @param keys  the keys of an initiative (empty: unassigned; several: the item goes to each row), not null
   * @return the roll-up, never null
   */
  public static <K extends Comparable<? super K>> Rollup<K> by(Collection<Initiative> initiatives,
      Function<Initiative, ? extends Collection<K>> keys) {
    List<Item> items = items(initiatives);
    Map<K, List<Evaluation>> rows = new TreeMap<>();
    List<Evaluation> unassigned = new ArrayList<>();
    List<Evaluation> all = new ArrayList<>();
    for (Item it : items) {
      Collection<K> ks = new LinkedHashSet<>(keys.apply(it.initiative));
      if (ks.isEmpty()) {
        unassigned.add(it.evaluation);
      }
      for (K k : ks) {
        rows.computeIfAbsent(k, x -> new ArrayList<>()).add(it.evaluation);
      }
      all.add(it.evaluation);
    }
    Map<K, Total> totals = new TreeMap<>();
    rows.forEach((k, v) -> totals.put(k, Total.of(v)));
    return new Rollup<>(totals, Total.of(unassigned), Total.of(all));
  }

  /**
   * Rolls the initiatives' savings up by department id.
   *
   * @param initiatives  the initiatives, not null
   * @return the roll-up by department id; unknown departments unassigned, never null
   */
  public static Rollup<String> byDepartment(Collection<Initiative> initiatives) {
    return by(initiatives, i -> i.departmentId().map(Set::of).orElse(Set.of()));
  }

  /**
   * Rolls the initiatives' savings up by five-less category.
   *
   * @param initiatives  the initiatives, not null
   * @return the roll-up by five-less category; an item with several tags is in each of their rows (see class doc), never null
   */
  public static Rollup<FiveLess> byFiveLess(Collection<Initiative> initiatives) {
    return by(initiatives, i -> {
      Set<FiveLess> s = new LinkedHashSet<>();
      for (FiveLess f : FiveLess.values()) {
        if ((i.fiveLessMask() & f.bit()) != 0) {
          s.add(f);
        }
      }
      return s;
    });
  }

  /**
   * Rolls the initiatives' savings up by beneficiary.
   *
   * @param initiatives  the initiatives, not null
   * @return the roll-up by beneficiary, never null
   */
  public static Rollup<Beneficiary> byBeneficiary(Collection<Initiative> initiatives) {
    return by(initiatives, i -> Set.of(i.beneficiary()));
  }

  /**
   * Rolls the initiatives' savings up by the plan's vision number.
   *
   * @param initiatives  the initiatives, not null
   * @return the roll-up by the plan's vision number; initiatives without one unassigned, never null
   */
  public static Rollup<Integer> byVision(Collection<Initiative> initiatives) {
    return by(initiatives, i -> i.vision().map(Set::of).orElse(Set.of()));
  }

  /**
   * Rolls the initiatives' savings up by status (継続/新規/拡充).
   *
   * @param initiatives  the initiatives, not null
   * @return the roll-up by status (継続/新規/拡充), never null
   */
  public static Rollup<InitiativeStatus> byStatus(Collection<Initiative> initiatives) {
    return by(initiatives, i -> Set.of(i.status()));
  }

  /**
   * Rolls the initiatives' savings up by fiscal year of the plan.
   *
   * @param initiatives  the initiatives, not null
   * @return the roll-up by fiscal year of the plan, never null
   */
  public static Rollup<FiscalYear> byFiscalYear(Collection<Initiative> initiatives) {
    return by(initiatives, i -> Set.of(i.fiscalYear()));
  }
}
