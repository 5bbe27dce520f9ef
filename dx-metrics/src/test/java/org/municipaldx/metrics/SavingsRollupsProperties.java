package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.metrics.MetricsTrials.API;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.DxTag;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.estimate.NotEstimated;
import org.municipaldx.core.estimate.PendingEstimate;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.initiative.InitiativeStatus;
import org.municipaldx.testsupport.TrialScale;

class SavingsRollupsProperties {

  /** The random choices for one initiative; turned into an Initiative once earlier ones exist. */
  static final class Spec {
    Optional<String> dept = Optional.empty();
    Set<DxTag> tags = Set.of();
    Beneficiary beneficiary = Beneficiary.STAFF;
    InitiativeStatus status = InitiativeStatus.NEW;
    Optional<Integer> vision = Optional.empty();
    int year = 2023;
    List<SavingsEstimate> estimates = List.of();
    double repostOf = -1; // < 0: not a repost; else the fraction of the earlier initiatives to pick from
    boolean copyOriginal;
  }

  static Trials<SavingsEstimate> estimates() {
    Trials<SavingsEstimate> formula = API.longs(0, 600).flatMap(d -> API.longs(0, 100_000).flatMap(n ->
        API.choose("件", "回", "人").map(u -> (SavingsEstimate) FormulaEstimate.of(Factor.of(d, "分"), Factor.of(n, u)))));
    Trials<SavingsEstimate> lump = API.integers(0, 20_000)
        .map(h -> LumpSumEstimate.builder().hours(BigDecimal.valueOf(h)).build());
    return MetricsTrials.weighted(MetricsTrials.weight(5, formula), MetricsTrials.weight(2, lump),
        MetricsTrials.weight(1, API.only(PendingEstimate.builder().build())),
        MetricsTrials.weight(1, API.only(NotEstimated.of())));
  }

  static Trials<List<Initiative>> initiatives() {
    Trials<Spec> spec = API.choose("a", "b", "c").optionals().flatMap(dept -> MetricsTrials.enumSetsUpTo(DxTag.class, 4)
        .flatMap(tags -> API.choose(Beneficiary.values()).flatMap(beneficiary -> API.choose(InitiativeStatus.values())
            .flatMap(status -> API.integers(1, 3).optionals().flatMap(vision -> API.integers(2022, 2024).flatMap(year ->
                MetricsTrials.listsUpTo(estimates(), 3).flatMap(estimates -> API.integers(0, 999).optionals()
                    .flatMap(repost -> API.booleans().map(copy -> {
                      Spec s = new Spec();
                      s.dept = dept;
                      s.tags = tags;
                      s.beneficiary = beneficiary;
                      s.status = status;
                      s.vision = vision;
                      s.year = year;
                      s.estimates = estimates;
                      s.repostOf = repost.map(x -> x / 1000.0).orElse(-1.0);
                      s.copyOriginal = copy;
                      return s;
                    })))))))));
    return MetricsTrials.listsUpTo(spec, 12).map(SavingsRollupsProperties::build);
  }

  static List<Initiative> build(List<Spec> specs) {
    List<Initiative> out = new ArrayList<>();
    for (int k = 0; k < specs.size(); k++) {
      Spec s = specs.get(k);
      Initiative.Builder b = Initiative.builder();
      b.id("i" + k).fiscalYear(FiscalYear.of(s.year)).status(s.status).title("t" + k).beneficiary(s.beneficiary)
          .addAllTags(s.tags).vision(s.vision);
      s.dept.ifPresent(b::departmentId);
      List<SavingsEstimate> es = new ArrayList<>(s.estimates);
      if (s.repostOf >= 0 && k > 0) {
        Initiative original = out.get((int) (s.repostOf * k));
        b.repostOf(original.id());
        if (s.copyOriginal && !original.estimates().isEmpty()) {
          es.add(original.estimates().get(0)); // the very same estimate repeated in the repost
        }
      }
      b.addAllEstimates(es.stream().filter(e -> e.label().isEmpty()).collect(Collectors.toList()));
      out.add(b.build());
    }
    return out;
  }

  @Test
  void single_key_roll_ups_add_up_to_the_grand_total() {
    initiatives().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(SavingsRollupsProperties::singleKeyRollUpsAddUp);
  }

  private static void singleKeyRollUpsAddUp(List<Initiative> all) {
    long grand = SavingsRollups.total(all).minutes();
    assertThat(SavingsRollups.byDepartment(all).sumOfRowsMinutes()).isEqualTo(grand);
    assertThat(SavingsRollups.byBeneficiary(all).sumOfRowsMinutes()).isEqualTo(grand);
    assertThat(SavingsRollups.byStatus(all).sumOfRowsMinutes()).isEqualTo(grand);
    assertThat(SavingsRollups.byVision(all).sumOfRowsMinutes()).isEqualTo(grand);
    assertThat(SavingsRollups.byFiscalYear(all).sumOfRowsMinutes()).isEqualTo(grand);
    assertThat(SavingsRollups.byDepartment(all).grandTotal().minutes()).isEqualTo(grand);
    int omitted = SavingsRollups.total(all).omittedCount();
    Rollup<String> dept = SavingsRollups.byDepartment(all);
    assertThat(dept.rows().values().stream().mapToInt(Total::omittedCount).sum() + dept.unassigned().omittedCount())
        .isEqualTo(omitted);
  }

  @Test
  void five_less_rows_give_each_tag_the_full_minutes_so_they_cover_the_total() {
    initiatives().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(SavingsRollupsProperties::fiveLessRowsCoverTheTotal);
  }

  private static void fiveLessRowsCoverTheTotal(List<Initiative> all) {
    Rollup<FiveLess> r = SavingsRollups.byFiveLess(all);
    long grand = r.grandTotal().minutes();
    long expectedRows = 0;
    boolean multiTagWithMinutes = false;
    for (Evaluation e : SavingsRollups.evaluations(all)) {
      if (!e.hasFigure()) {
        continue;
      }
      Initiative owner = all.stream().filter(i -> e.itemId().startsWith(i.id() + "#")).findFirst().orElseThrow();
      int tags = Integer.bitCount(owner.fiveLessMask());
      expectedRows += e.minutes().getAsLong() * Math.max(1, tags);
      multiTagWithMinutes |= tags >= 2 && e.minutes().getAsLong() > 0;
    }
    assertThat(r.sumOfRowsMinutes()).isEqualTo(expectedRows);
    assertThat(r.sumOfRowsMinutes()).isGreaterThanOrEqualTo(grand);
    assertThat(r.sumOfRowsMinutes() == grand).isEqualTo(!multiTagWithMinutes);
  }

  @Test
  void totals_are_conserved_under_permutation() {
    initiatives().and(MetricsTrials.seeds()).withLimits(TrialScale.trials(200), TrialScale.limits())
        .supplyTo((all, seed) -> totalsAreConservedUnderPermutation(all, new Random(seed)));
  }

  private static void totalsAreConservedUnderPermutation(List<Initiative> all, Random random) {
    List<Initiative> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, random);
    Total a = SavingsRollups.total(all);
    Total b = SavingsRollups.total(shuffled);
    assertThat(b.minutes()).isEqualTo(a.minutes());
    assertThat(b.contributions()).containsExactlyInAnyOrderElementsOf(a.contributions());
    assertThat(b.omissions()).containsExactlyInAnyOrderElementsOf(a.omissions());
    Rollup<String> da = SavingsRollups.byDepartment(all);
    Rollup<String> db = SavingsRollups.byDepartment(shuffled);
    assertThat(db.rows().keySet()).isEqualTo(da.rows().keySet());
    da.rows().forEach((k, t) -> assertThat(db.row(k).minutes()).isEqualTo(t.minutes()));
    Rollup<FiveLess> fa = SavingsRollups.byFiveLess(all);
    Rollup<FiveLess> fb = SavingsRollups.byFiveLess(shuffled);
    fa.rows().forEach((k, t) -> assertThat(fb.row(k).minutes()).isEqualTo(t.minutes()));
  }

  @Test
  void an_estimate_repeated_in_reposts_is_counted_once() {
    initiatives().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(SavingsRollupsProperties::anEstimateRepeatedInRepostsIsCountedOnce);
  }

  private static void anEstimateRepeatedInRepostsIsCountedOnce(List<Initiative> all) {
    List<Evaluation> evaluations = SavingsRollups.evaluations(all);
    // no two counted items of the same original initiative carry the same estimate
    java.util.Map<String, String> rootOf = new java.util.HashMap<>();
    for (Initiative i : all) {
      String root = i.id();
      Optional<String> next = i.repostOf();
      while (next.isPresent()) {
        root = next.get();
        String r = root;
        next = all.stream().filter(x -> x.id().equals(r)).findFirst().flatMap(Initiative::repostOf);
      }
      rootOf.put(i.id(), root);
    }
    Set<String> seen = new java.util.HashSet<>();
    for (Evaluation e : evaluations) {
      String owner = e.initiativeId().orElseThrow(); // a field, not taken apart from itemId
      assertThat(seen.add(rootOf.get(owner) + "|" + e.estimate())).as("counted twice: %s", e.itemId()).isTrue();
    }
  }
}
