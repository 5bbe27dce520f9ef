package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Provide
  Arbitrary<SavingsEstimate> estimates() {
    Arbitrary<SavingsEstimate> formula = Combinators.combine(Arbitraries.longs().between(0, 600),
            Arbitraries.longs().between(0, 100_000), Arbitraries.of("件", "回", "人"))
        .as((d, n, u) -> FormulaEstimate.of(Factor.of(d, "分"), Factor.of(n, u)));
    Arbitrary<SavingsEstimate> lump = Arbitraries.integers().between(0, 20_000)
        .map(h -> LumpSumEstimate.builder().hours(BigDecimal.valueOf(h)).build());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, formula), net.jqwik.api.Tuple.of(2, lump),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(PendingEstimate.builder().build())),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(NotEstimated.of())));
  }

  @Provide
  Arbitrary<List<Initiative>> initiatives() {
    Arbitrary<Spec> spec = Builders.withBuilder(Spec::new)
        .use(Arbitraries.of("a", "b", "c").optional(0.8)).in((s, v) -> { s.dept = v; return s; })
        .use(Arbitraries.of(DxTag.class).set().ofMaxSize(4)).in((s, v) -> { s.tags = v; return s; })
        .use(Arbitraries.of(Beneficiary.class)).in((s, v) -> { s.beneficiary = v; return s; })
        .use(Arbitraries.of(InitiativeStatus.class)).in((s, v) -> { s.status = v; return s; })
        .use(Arbitraries.integers().between(1, 3).optional(0.8)).in((s, v) -> { s.vision = v; return s; })
        .use(Arbitraries.integers().between(2022, 2024)).in((s, v) -> { s.year = v; return s; })
        .use(estimates().list().ofMaxSize(3)).in((s, v) -> { s.estimates = v; return s; })
        .use(Arbitraries.integers().between(0, 999).optional(0.3)).in((s, v) -> { s.repostOf = v.map(x -> x / 1000.0).orElse(-1.0); return s; })
        .use(Arbitraries.of(true, false)).in((s, v) -> { s.copyOriginal = v; return s; })
        .build();
    return spec.list().ofMaxSize(12).map(SavingsRollupsProperties::build);
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

  @Property(tries = 200)
  void single_key_roll_ups_add_up_to_the_grand_total(@ForAll("initiatives") List<Initiative> all) {
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

  @Property(tries = 200)
  void five_less_rows_give_each_tag_the_full_minutes_so_they_cover_the_total(@ForAll("initiatives") List<Initiative> all) {
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

  @Property(tries = 200)
  void totals_are_conserved_under_permutation(@ForAll("initiatives") List<Initiative> all, @ForAll Random random) {
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

  @Property(tries = 200)
  void an_estimate_repeated_in_reposts_is_counted_once(@ForAll("initiatives") List<Initiative> all) {
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
      String owner = e.itemId().substring(0, e.itemId().indexOf('#'));
      assertThat(seen.add(rootOf.get(owner) + "|" + e.estimate())).as("counted twice: %s", e.itemId()).isTrue();
    }
  }
}
