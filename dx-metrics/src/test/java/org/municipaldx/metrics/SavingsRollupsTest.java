package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.DxTag;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.estimate.NotEstimated;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.initiative.InitiativeStatus;

/** Roll-ups over initiatives modelled on the seed's 財務部/税務部 pages (department ids chosen for the test). */
class SavingsRollupsTest {
  private static final FiscalYear FY2023 = FiscalYear.of(2023);

  private static Initiative.Builder initiative(String id, String dept, InitiativeStatus status, Beneficiary b, DxTag... tags) {
    Initiative.Builder i = Initiative.builder();
    i.id(id).fiscalYear(FY2023).departmentId(dept).status(status).title(id).beneficiary(b).vision(1).addTags(tags);
    return i;
  }

  /** Seed: 電子入札 120分×5者×1,166件=699,600分 (bidders). */
  private static final FormulaEstimate BIDDERS = FormulaEstimate.builder()
      .addFactors(Factor.of(120, "分"), Factor.of(5, "者"), Factor.of(1_166, "件")).description("入札参加のための移動等の時間（事業者）").build();
  /** Seed: 【再掲】電子入札 45分×1,166件=52,470分 (staff). */
  private static final FormulaEstimate STAFF = FormulaEstimate.builder()
      .addFactors(Factor.of(45, "分"), Factor.of(1_166, "件")).description("入札事務の処理時間（職員）").build();
  /** Seed: 納税キャッシュレス決済 30分×20,000件=600,000分, four five-less tags. */
  private static final FormulaEstimate CASHLESS_TAX = FormulaEstimate.of(Factor.of(30, "分"), Factor.of(20_000, "件"));

  private static List<Initiative> seedLike() {
    return List.of(
        initiative("denshi-nyusatsu", "zaimu", InitiativeStatus.CONTINUING, Beneficiary.BUSINESSES, DxTag.COUNTERLESS)
            .addEstimates(BIDDERS).build(),
        initiative("denshi-nyusatsu-staff", "zaimu", InitiativeStatus.CONTINUING, Beneficiary.STAFF, DxTag.COUNTERLESS)
            .repostOf("denshi-nyusatsu").addEstimates(STAFF).build(),
        initiative("nozei-cashless", "zeimu", InitiativeStatus.CONTINUING, Beneficiary.RESIDENTS,
            DxTag.COUNTERLESS, DxTag.CASHLESS, DxTag.MOVELESS, DxTag.FILELESS).addEstimates(CASHLESS_TAX).build(),
        initiative("zaimu-kessai", "zaimu", InitiativeStatus.CONTINUING, Beneficiary.STAFF, DxTag.FILELESS)
            .addEstimates(NotEstimated.of()).build(),
        initiative("denshi-keiyaku", "zaimu", InitiativeStatus.NEW, Beneficiary.BUSINESSES, DxTag.AI_UTILISATION)
            .addEstimates(LumpSumEstimate.builder().hours(new BigDecimal("2000")).approximate(true).basis("別途積算").build())
            .build());
  }

  @Test
  void reposts_count_with_their_own_estimates() {
    Total t = SavingsRollups.total(seedLike());
    // 699,600 (bidders) + 52,470 (staff, repost) + 600,000 (tax) + 120,000 (約2,000時間) = 1,472,070 min
    assertThat(t.minutes()).isEqualTo(1_472_070);
    assertThat(t.contributions()).extracting(Evaluation::itemId)
        .containsExactly("denshi-nyusatsu#1", "denshi-nyusatsu-staff#1", "nozei-cashless#1", "denshi-keiyaku#1");
    assertThat(t.omissions()).extracting(Evaluation::itemId).containsExactly("zaimu-kessai#1");
  }

  @Test
  void each_evaluation_carries_its_initiatives_id_as_a_field() {
    // the id is a field: no caller takes "initiativeId#label" apart (ids and labels may contain '#')
    // every counted estimate, with a figure or not (zaimu-kessai's is not estimated)
    assertThat(SavingsRollups.evaluations(seedLike())).extracting(e -> e.initiativeId().orElseThrow())
        .containsExactly("denshi-nyusatsu", "denshi-nyusatsu-staff", "nozei-cashless", "zaimu-kessai", "denshi-keiyaku");
    assertThat(Estimates.evaluate("x#1", BIDDERS).initiativeId()).isEmpty();
  }

  @Test
  void an_estimate_repeated_in_a_repost_is_counted_once_in_the_original() {
    // seed: 建築計画概要書の電子化 5分×30件×200日=30,000分, repeated under 【再掲】 — if the very same estimate is
    // repeated it is counted once; with a different description (whose time it saves) it is another estimate
    FormulaEstimate same = FormulaEstimate.of(Factor.of(5, "分"), Factor.of(30, "件"), Factor.of(200, "日"));
    Initiative original = initiative("gaiyosho", "kenchiku", InitiativeStatus.CONTINUING, Beneficiary.RESIDENTS,
        DxTag.FILELESS).addEstimates(same).build();
    Initiative repost = initiative("gaiyosho-staff", "toshi", InitiativeStatus.CONTINUING, Beneficiary.STAFF,
        DxTag.FILELESS).repostOf("gaiyosho").addEstimates(same).build();
    assertThat(SavingsRollups.total(List.of(repost, original)).minutes()).isEqualTo(30_000);
    assertThat(SavingsRollups.byDepartment(List.of(repost, original)).row("kenchiku").minutes()).isEqualTo(30_000);
    assertThat(SavingsRollups.byDepartment(List.of(repost, original)).row("toshi").minutes()).isZero();
    SavingsEstimate other = FormulaEstimate.builder().addAllFactors(same.factors())
        .description("書類検索の時間（職員）").build();
    Initiative repost2 = initiative("gaiyosho-staff", "toshi", InitiativeStatus.CONTINUING, Beneficiary.STAFF,
        DxTag.FILELESS).repostOf("gaiyosho").addEstimates(other).build();
    assertThat(SavingsRollups.total(List.of(original, repost2)).minutes()).isEqualTo(60_000);
  }

  @Test
  void the_original_keeps_a_repeated_estimate_whatever_the_ids_order_and_unrelated_originals_each_count() {
    // issue 13y, PIT survivors SavingsRollups 76 (the originals-first sort key replaced by a constant) and 116
    // (root returning ""): the repost's id sorts before its original's, so only the sort key puts the original first
    FormulaEstimate same = FormulaEstimate.of(Factor.of(5, "分"), Factor.of(30, "件"), Factor.of(200, "日"));
    Initiative original = initiative("gaiyosho", "kenchiku", InitiativeStatus.CONTINUING, Beneficiary.RESIDENTS,
        DxTag.FILELESS).addEstimates(same).build();
    Initiative repost = initiative("a-gaiyosho-staff", "toshi", InitiativeStatus.CONTINUING, Beneficiary.STAFF,
        DxTag.FILELESS).repostOf("gaiyosho").addEstimates(same).build();
    assertThat(SavingsRollups.byDepartment(List.of(repost, original)).row("kenchiku").minutes()).isEqualTo(30_000);
    assertThat(SavingsRollups.byDepartment(List.of(repost, original)).row("toshi").minutes()).isZero();
    // two originals that are not reposts of each other each count the same estimate
    Initiative another = initiative("betsu", "toshi", InitiativeStatus.NEW, Beneficiary.STAFF, DxTag.FILELESS)
        .addEstimates(same).build();
    assertThat(SavingsRollups.total(List.of(original, another)).minutes()).isEqualTo(60_000);
    // a roll-up prints one line per row in key order, then the unassigned and the grand total (Rollup.toString,
    // not covered in the issue 13y run)
    Rollup<String> byDept = SavingsRollups.byDepartment(List.of(original, another));
    assertThat(byDept.toString()).isEqualTo("kenchiku: " + byDept.row("kenchiku") + "\ntoshi: " + byDept.row("toshi")
        + "\n(unassigned): " + byDept.unassigned() + "\n(grand total): " + byDept.grandTotal() + "\n");
  }

  @Test
  void several_five_less_tags_each_row_full_minutes_grand_total_once() {
    Rollup<FiveLess> r = SavingsRollups.byFiveLess(seedLike());
    // 30分×20,000件 = 600,000 min is in each of its four rows
    assertThat(r.row(FiveLess.CASHLESS).minutes()).isEqualTo(600_000);
    assertThat(r.row(FiveLess.MOVELESS).minutes()).isEqualTo(600_000);
    assertThat(r.row(FiveLess.FILELESS).minutes()).isEqualTo(600_000);
    assertThat(r.row(FiveLess.FILELESS).omittedCount()).isEqualTo(1);
    assertThat(r.row(FiveLess.COUNTERLESS).minutes()).isEqualTo(699_600 + 52_470 + 600_000);
    assertThat(r.row(FiveLess.PAPERLESS).minutes()).isZero();
    assertThat(r.unassigned().minutes()).isEqualTo(120_000); // 電子契約 tagged only AI利活用 here
    assertThat(r.grandTotal().minutes()).isEqualTo(1_472_070);
    // Σ rows = grand total + 3 × 600,000 (the tax item's three extra tags)
    assertThat(r.sumOfRowsMinutes()).isEqualTo(1_472_070 + 3 * 600_000);
  }

  @Test
  void single_key_dimensions_add_up_to_the_grand_total() {
    List<Initiative> all = seedLike();
    Rollup<String> dept = SavingsRollups.byDepartment(all);
    assertThat(dept.rows().keySet()).containsExactly("zaimu", "zeimu");
    assertThat(dept.row("zaimu").minutes()).isEqualTo(699_600 + 52_470 + 120_000);
    assertThat(dept.sumOfRowsMinutes()).isEqualTo(dept.grandTotal().minutes());
    Rollup<Beneficiary> ben = SavingsRollups.byBeneficiary(all);
    assertThat(ben.row(Beneficiary.STAFF).minutes()).isEqualTo(52_470);
    assertThat(ben.row(Beneficiary.BUSINESSES).minutes()).isEqualTo(699_600 + 120_000);
    assertThat(SavingsRollups.byStatus(all).row(InitiativeStatus.NEW).minutes()).isEqualTo(120_000);
    assertThat(SavingsRollups.byVision(all).row(1).minutes()).isEqualTo(1_472_070);
    assertThat(SavingsRollups.byFiscalYear(all).row(FY2023).minutes()).isEqualTo(1_472_070);
  }

  @Test
  void rollup_equality() {
    Total t = SavingsRollups.total(seedLike());
    nl.jqno.equalsverifier.EqualsVerifier.forClass(Rollup.class)
        .withPrefabValues(Total.class, t, Total.empty())
        .withNonnullFields("rows", "unassigned", "grandTotal").verify();
    assertThat(SavingsRollups.byDepartment(seedLike())).isEqualTo(SavingsRollups.byDepartment(seedLike()));
  }

  @Test
  void duplicate_ids_and_repost_cycles_are_rejected() {
    Initiative a = initiative("a", "x", InitiativeStatus.NEW, Beneficiary.STAFF).build();
    assertThatThrownBy(() -> SavingsRollups.total(List.of(a, a))).hasMessageContaining("'a' twice");
    Initiative b = initiative("b", "x", InitiativeStatus.NEW, Beneficiary.STAFF).repostOf("c").build();
    Initiative c = initiative("c", "x", InitiativeStatus.NEW, Beneficiary.STAFF).repostOf("b").build();
    assertThatThrownBy(() -> SavingsRollups.total(List.of(b, c))).hasMessageContaining("cycle");
  }

  @Test
  void a_negative_saving_with_two_tags_makes_the_five_less_rows_less_than_the_grand_total() {
    // a measured change of −1 hour (more time spent) on an item tagged CASHLESS and PAPERLESS
    Initiative more = initiative("more-time", "zaimu", InitiativeStatus.NEW, Beneficiary.STAFF, DxTag.CASHLESS, DxTag.PAPERLESS)
        .addEstimates(org.municipaldx.core.estimate.MeasuredEstimate.builder().savedHours(new BigDecimal("-1")).build())
        .build();
    Rollup<FiveLess> r = SavingsRollups.byFiveLess(List.of(more));
    assertThat(r.grandTotal().minutes()).isEqualTo(-60);
    assertThat(r.sumOfRowsMinutes()).isEqualTo(-120); // −60 in each of the two rows: below the grand total
  }
}
