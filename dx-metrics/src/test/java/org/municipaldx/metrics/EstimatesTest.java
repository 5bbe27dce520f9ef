package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.ReportingPeriod;
import org.municipaldx.core.estimate.EstimateKind;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.estimate.MeasuredEstimate;
import org.municipaldx.core.estimate.NotEstimated;
import org.municipaldx.core.estimate.PendingEstimate;

class EstimatesTest {
  /** Seed, 公共工事遠隔臨場: 40分×2（往復）×1人×5回×170件 = 68,000分. */
  static final FormulaEstimate REMOTE_INSPECTION = FormulaEstimate.builder()
      .addFactors(Factor.of(40, "分"), Factor.of(2, "", "往復"), Factor.of(1, "人"), Factor.of(5, "回"), Factor.of(170, "件"))
      .statedMinutes(68_000).statedHours(new BigDecimal("1134")).build();

  @Test
  void formula_is_the_exact_product_with_its_notation() {
    Evaluation e = Estimates.evaluate("enkaku-rinjo", REMOTE_INSPECTION);
    assertThat(e.kind()).isEqualTo(EstimateKind.FORMULA);
    assertThat(e.minutes()).hasValue(68_000);
    assertThat(e.hours()).contains(Rational.of(3400, 3)); // 1,133.33… h
    assertThat(e.explanation()).isEqualTo("40分×2（往復）×1人×5回×170件=68,000分");
    assertThat(e.warnings()).isEmpty();
    assertThat(e.missingReason()).isEmpty();
  }

  @Test
  void formula_with_wrong_stated_minutes_keeps_the_product_and_warns() {
    FormulaEstimate f = FormulaEstimate.builder().addFactors(Factor.of(25, "分"), Factor.of(4, "件")).statedMinutes(110).build();
    Evaluation e = Estimates.evaluate("x", f);
    assertThat(e.minutes()).hasValue(100);
    assertThat(e.warnings()).containsExactly("stated 110分 but the factors give 100分");
  }

  @Test
  void formula_overflow_is_rejected_naming_the_factors() {
    assertThatThrownBy(() -> FormulaEstimate.of(Factor.of(60, "分"), Factor.of(Long.MAX_VALUE / 10, "件")))
        .hasMessageContaining("overflows").hasMessageContaining("60分×" + Long.MAX_VALUE / 10 + "件");
  }

  @Test
  void formula_with_a_zero_factor_is_zero_however_large_the_others_as_in_the_model() {
    // the model builds it (a zero factor makes the product 0); evaluating it must not overflow
    FormulaEstimate f = FormulaEstimate.of(Factor.of(30, "分"), Factor.of(1_000_000_000_000_000_000L, "件"), Factor.of(0, "回"));
    assertThat(f.exactMinutes()).isZero();
    assertThat(Estimates.evaluate("x", f).minutes()).hasValue(0);
    FormulaEstimate hours = FormulaEstimate.of(Factor.of(1_000_000_000_000_000_000L, "時間"), Factor.of(0, "件"));
    assertThat(Estimates.product(hours)).isZero();
  }

  @Test
  void lump_sum_is_its_stated_hours_approximate_with_basis() {
    // seed, 電子契約: 約2,000時間（別途積算）= 120,000 min
    LumpSumEstimate l = LumpSumEstimate.builder().hours(new BigDecimal("2000")).approximate(true).basis("別途積算").build();
    Evaluation e = Estimates.evaluate("denshi-keiyaku#事業者", l);
    assertThat(e.minutes()).hasValue(120_000);
    assertThat(e.approximate()).isTrue();
    assertThat(e.explanation()).isEqualTo("約2,000時間（別途積算）");
    // without 約 a figure is exact, and an evaluation that sets nothing (measured, pending, none) is not approximate:
    // approximate() defaults to false (issue 13y, PIT survivor Evaluation 44)
    Evaluation exact = Estimates.evaluate("denshi-keiyaku#2", LumpSumEstimate.builder().hours(new BigDecimal("2000")).build());
    assertThat(exact.approximate()).isFalse();
    assertThat(Estimates.evaluate("p", org.municipaldx.core.estimate.PendingEstimate.builder().build()).approximate()).isFalse();
    assertThat(Estimates.evaluate("n", org.municipaldx.core.estimate.NotEstimated.of()).approximate()).isFalse();
  }

  @Test
  void lump_sum_parts_are_checked() {
    // seed, 保育所入所 AI: 1,200時間＋1,300時間=2,500時間 adds up
    LumpSumEstimate ok = LumpSumEstimate.builder().hours(new BigDecimal("2500"))
        .addParts(LumpSumEstimate.Part.of("申請書確認、情報照会業務", new BigDecimal("1200")),
            LumpSumEstimate.Part.of("選考業務", new BigDecimal("1300"))).build();
    assertThat(Estimates.evaluate("ai-ocr", ok).warnings()).isEmpty();
    LumpSumEstimate bad = LumpSumEstimate.builder().hours(new BigDecimal("2400"))
        .addParts(LumpSumEstimate.Part.of("a", new BigDecimal("1200")), LumpSumEstimate.Part.of("b", new BigDecimal("1300")))
        .build();
    assertThat(Estimates.evaluate("ai-ocr", bad).warnings()).containsExactly("parts add up to 2,500時間, not 2,400時間");
    assertThat(Estimates.evaluate("ai-ocr", bad).minutes()).hasValue(2_400 * 60);
  }

  @Test
  void measured_is_the_saved_hours_with_its_periods() {
    // seed, 要介護認定事務のDX: 320時間（2020年と2022年の比較）
    MeasuredEstimate m = MeasuredEstimate.builder().savedHours(new BigDecimal("320"))
        .baselinePeriod(ReportingPeriod.calendarYear(2020)).comparisonPeriod(ReportingPeriod.calendarYear(2022)).build();
    Evaluation e = Estimates.evaluate("kaigo-nintei", m);
    assertThat(e.minutes()).hasValue(19_200);
    assertThat(e.explanation()).isEqualTo("320時間（CY2020とCY2022の比較）");
    MeasuredEstimate more = MeasuredEstimate.builder().savedHours(new BigDecimal("-1.5")).build();
    assertThat(Estimates.evaluate("x", more).minutes()).hasValue(-90);
  }

  @Test
  void pending_and_none_have_no_figure_and_say_why() {
    Evaluation pending = Estimates.evaluate("rpa", PendingEstimate.builder().build());
    assertThat(pending.minutes()).isEmpty();
    assertThat(pending.missingReason()).contains("検証中");
    Evaluation reasoned = Estimates.evaluate("rpa", PendingEstimate.builder().reason("効果測定中").build());
    assertThat(reasoned.missingReason()).contains("効果測定中");
    Evaluation none = Estimates.evaluate("denshi-kessai", NotEstimated.of());
    assertThat(none.minutes()).isEmpty();
    assertThat(none.missingReason()).contains("—");
    assertThatThrownBy(() -> Estimates.evaluate(" ", NotEstimated.of())).hasMessageContaining("itemId");
  }

  @Test
  void totals_keep_their_provenance_and_count_what_has_no_estimate() {
    Total t = Total.of(List.of(
        Estimates.evaluate("a", REMOTE_INSPECTION),
        Estimates.evaluate("b", LumpSumEstimate.builder().hours(new BigDecimal("2000")).approximate(true).build()),
        Estimates.evaluate("c", NotEstimated.builder().reason("効果が時間で測れない").build()),
        Estimates.evaluate("d", PendingEstimate.builder().build())));
    assertThat(t.minutes()).isEqualTo(68_000 + 120_000);
    assertThat(t.contributions()).extracting(Evaluation::itemId).containsExactly("a", "b");
    assertThat(t.omittedCount()).isEqualTo(2);
    assertThat(t.omissions()).extracting(e -> e.missingReason().orElseThrow()).containsExactly("効果が時間で測れない", "検証中");
    assertThat(t.approximate()).isTrue();
    assertThat(t.minutesByKind()).isEqualTo(Map.of(EstimateKind.FORMULA, 68_000L, EstimateKind.LUMP_SUM, 120_000L));
    assertThat(t.hours()).isEqualTo(Rational.of(9400, 3));
    assertThat(t.plus(t).minutes()).isEqualTo(2 * 188_000);
    assertThat(Total.empty().minutes()).isZero();
  }

  @Test
  void total_overflow_names_the_item() {
    FormulaEstimate huge = FormulaEstimate.of(Factor.of(1, "分"), Factor.of(Long.MAX_VALUE, "件"));
    assertThatThrownBy(() -> Total.of(List.of(Estimates.evaluate("first", huge), Estimates.evaluate("second", huge))))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("adding second").hasMessageContaining("overflows");
  }
}
