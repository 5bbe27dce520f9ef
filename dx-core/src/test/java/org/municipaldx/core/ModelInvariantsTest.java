package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.estimate.MeasuredEstimate;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.initiative.InitiativeStatus;
import org.municipaldx.core.plan.KpiGranularity;
import org.municipaldx.core.plan.KpiPoint;
import org.municipaldx.core.plan.KpiSeries;
import org.municipaldx.core.plan.Vision;

/**
 * Each model invariant named in issue 13 (mutation testing found that deleting it failed no test): the
 * rule, a value just inside it that is accepted, and a value just outside it that is rejected naming
 * the field and the rule.
 */
class ModelInvariantsTest {

  private static Initiative.Builder initiative() {
    return withoutId().id("e-bidding");
  }

  private static Initiative.Builder withoutId() {
    return Initiative.builder().fiscalYear(FiscalYear.of(2023)).status(InitiativeStatus.NEW)
        .title("電子入札").beneficiary(Beneficiary.BUSINESSES);
  }

  @Test
  void initiativeIdMustMatchTheIdPattern() {
    assertThatCode(() -> withoutId().id("a1-b2").build()).doesNotThrowAnyException();
    assertThatThrownBy(() -> withoutId().id("a_b").build()).hasMessageContaining("Initiative.id: must match");
    assertThatThrownBy(() -> withoutId().id("Not An Id").build())
        .hasMessageContaining("Initiative.id: must match " + Ids.MODEL_ID_PATTERN).hasMessageContaining("'Not An Id'");
  }

  @Test
  void initiativeVisionIsFrom1To99() {
    assertThat(initiative().vision(1).build().vision()).hasValue(1);
    assertThat(initiative().vision(99).build().vision()).hasValue(99);
    assertThatThrownBy(() -> initiative().vision(0).build()).hasMessageContaining("Initiative.vision: must be from 1 to 99 (was '0')");
    assertThatThrownBy(() -> initiative().vision(100).build()).hasMessageContaining("Initiative.vision: must be from 1 to 99 (was '100')");
  }

  @Test
  void initiativeSummaryPointsMustNotBeBlank() {
    assertThat(initiative().addSummary("窓口に来なくてよい").build().summary()).hasSize(1);
    assertThatThrownBy(() -> initiative().addSummary(" ").build())
        .hasMessageContaining("Initiative.summary: elements must not be blank");
  }

  @Test
  void anInitiativeIsNotARepostOfItself() {
    assertThat(initiative().repostOf("other").build().repostOf()).hasValue("other");
    assertThatThrownBy(() -> initiative().repostOf("e-bidding").build())
        .hasMessageContaining("Initiative.repostOf: must not be the initiative itself (was 'e-bidding')");
  }

  @Test
  void breakdownOfNamesTheLabelOfAnotherEstimate() {
    FormulaEstimate whole = FormulaEstimate.builder().addFactors(Factor.of(30, "分"), Factor.of(10, "件")).label("全体").build();
    LumpSumEstimate part = LumpSumEstimate.builder().hours(BigDecimal.ONE).label("一部").breakdownOf("全体").build();
    assertThat(initiative().addEstimates(whole, part).build().estimates()).hasSize(2);
    LumpSumEstimate orphan = LumpSumEstimate.builder().hours(BigDecimal.ONE).breakdownOf("なし").build();
    assertThatThrownBy(() -> initiative().addEstimates(whole, orphan).build())
        .hasMessageContaining("Initiative.estimates.breakdownOf: must name the label of another estimate of the initiative (was 'なし')");
    LumpSumEstimate itself = LumpSumEstimate.builder().hours(BigDecimal.ONE).label("自分").breakdownOf("自分").build();
    assertThatThrownBy(() -> initiative().addEstimates(itself).build())
        .hasMessageContaining("Initiative.estimates.breakdownOf");
    LumpSumEstimate sameLabel = LumpSumEstimate.builder().hours(BigDecimal.TEN).label("全体").build();
    assertThatThrownBy(() -> initiative().addEstimates(whole, sameLabel).build())
        .hasMessageContaining("Initiative.estimates.label: must be unique (was '全体')");
  }

  private static KpiSeries.Builder monthly() {
    return KpiSeries.builder().id("paperless").indicator("用紙枚数").unit("枚").granularity(KpiGranularity.MONTH);
  }

  @Test
  void aKpiSeriesDoesNotRepeatAPeriod() {
    KpiPoint april = KpiPoint.ofMonth(YearMonth.of(2023, 4), BigDecimal.ONE);
    assertThatThrownBy(() -> monthly().addPoints(april, KpiPoint.ofMonth(YearMonth.of(2023, 4), BigDecimal.TEN)).build())
        .hasMessageContaining("KpiSeries.points[1]: must not repeat a period (was '2023-04')");
  }

  @Test
  void aKpiSeriesIsInChronologicalOrder() {
    KpiPoint april = KpiPoint.ofMonth(YearMonth.of(2023, 4), BigDecimal.ONE);
    KpiPoint may = KpiPoint.ofMonth(YearMonth.of(2023, 5), BigDecimal.ONE);
    assertThat(monthly().addPoints(april, may).build().points()).containsExactly(april, may);
    assertThatThrownBy(() -> monthly().addPoints(may, april).build())
        .hasMessageContaining("KpiSeries.points[1]: points must be in chronological order (was '2023-04')");
  }

  @Test
  void aKpiPointHasAtMostOneOfMonthFiscalYearAndAsOf() {
    assertThatCode(() -> KpiPoint.builder().value(BigDecimal.ONE).build()).doesNotThrowAnyException();
    assertThatCode(() -> KpiPoint.builder().asOf(LocalDate.of(2023, 2, 14)).value(BigDecimal.ONE).build())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> KpiPoint.builder().month(YearMonth.of(2023, 4)).fiscalYear(FiscalYear.of(2023))
        .value(BigDecimal.ONE).build()).hasMessageContaining("KpiPoint.month/fiscalYear/asOf: at most one may be set");
    assertThatThrownBy(() -> KpiPoint.builder().fiscalYear(FiscalYear.of(2023)).asOf(LocalDate.of(2023, 2, 14))
        .value(BigDecimal.ONE).build()).hasMessageContaining("at most one may be set");
    assertThatThrownBy(() -> KpiPoint.builder().month(YearMonth.of(2023, 4)).asOf(LocalDate.of(2023, 2, 14))
        .value(BigDecimal.ONE).build()).hasMessageContaining("at most one may be set");
  }

  @Test
  void measuredHoursAreWholeMinutes() {
    // 0.1 h = 6 min is whole; 0.01 h = 36 s is not
    assertThat(MeasuredEstimate.builder().beforeHours(new BigDecimal("0.1")).afterHours(BigDecimal.ZERO)
        .savedHours(new BigDecimal("0.1")).build().minutes()).hasValue(6L);
    assertThatThrownBy(() -> MeasuredEstimate.builder().beforeHours(new BigDecimal("0.01")).afterHours(BigDecimal.ZERO)
        .savedHours(new BigDecimal("0.01")).build())
        .hasMessageContaining("MeasuredEstimate.savedHours: must be a whole number of minutes that fits a long");
    assertThatThrownBy(() -> MeasuredEstimate.builder().beforeHours(new BigDecimal("1.01")).afterHours(new BigDecimal("0.01"))
        .savedHours(BigDecimal.ONE).build())
        .hasMessageContaining("MeasuredEstimate.beforeHours: must be a whole number of minutes that fits a long (was '1.01')");
    assertThatThrownBy(() -> MeasuredEstimate.builder().afterHours(new BigDecimal("0.01"))
        .savedHours(BigDecimal.ONE).build())
        .hasMessageContaining("MeasuredEstimate.afterHours: must be a whole number of minutes that fits a long (was '0.01')");
  }

  @Test
  void measuredComparisonComesAfterTheBaseline() {
    MeasuredEstimate.Builder b = MeasuredEstimate.builder().savedHours(BigDecimal.ONE);
    assertThatCode(() -> MeasuredEstimate.builder().savedHours(BigDecimal.ONE).baselinePeriod(ReportingPeriod.calendarYear(2020))
        .comparisonPeriod(ReportingPeriod.calendarYear(2021)).build()).doesNotThrowAnyException();
    assertThatThrownBy(() -> b.baselinePeriod(ReportingPeriod.calendarYear(2021))
        .comparisonPeriod(ReportingPeriod.calendarYear(2021)).build())
        .hasMessageContaining("MeasuredEstimate.comparisonPeriod: must come after baselinePeriod");
  }

  @Test
  void positiveNumbersStartAtOne() {
    assertThat(Vision.builder().number(1).title("誰一人取り残さない").build().number()).isEqualTo(1);
    assertThatThrownBy(() -> Vision.builder().number(0).title("t").build())
        .hasMessageContaining("Vision.number: must be positive (was '0')");
    assertThatThrownBy(() -> Vision.builder().number(-1).title("t").build())
        .hasMessageContaining("Vision.number: must be positive (was '-1')");
  }

  // ---- further invariants found by mutation testing (issue 13, part 4)

  @Test
  void initiativeDepartmentIdMustMatchTheIdPattern() {
    assertThat(initiative().departmentId("kensetsu").build().departmentId()).hasValue("kensetsu");
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> initiative().departmentId("建設部").build(), InvalidValueException.class);
    assertThat(e.type()).isEqualTo("Initiative");
    assertThat(e.field()).isEqualTo("departmentId");
    assertThat(e.value()).isEqualTo("建設部");
    assertThat(e.rule()).isEqualTo("must match " + Ids.MODEL_ID_PATTERN);
  }

  @Test
  void anInferredDepartmentNeedsADepartmentIdToExplain() {
    assertThat(initiative().departmentId("kensetsu").departmentInference("工事の所管から推定").build()
        .departmentInference()).hasValue("工事の所管から推定");
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> initiative().departmentInference("工事の所管から推定").build(), InvalidValueException.class);
    assertThat(e.field()).isEqualTo("departmentInference");
    assertThat(e.value()).isEqualTo("工事の所管から推定");
    assertThat(e.rule()).isEqualTo("needs a departmentId to explain");
  }

  @Test
  void anInitiativesFiveLessMaskHasTheBitsOfItsFiveLessTagsOnly() {
    Initiative i = initiative().addTags(DxTag.PAPERLESS, DxTag.COUNTERLESS, DxTag.AI_UTILISATION).build();
    assertThat(i.fiveLessMask()).isEqualTo(FiveLess.PAPERLESS.bit() | FiveLess.COUNTERLESS.bit());
    assertThat(initiative().addTags(DxTag.RPA).build().fiveLessMask()).isZero();
  }

  @Test
  void onlyEstimatesThatBreakNothingDownAreCountedTowardsTotals() {
    FormulaEstimate whole = FormulaEstimate.builder().addFactors(Factor.of(30, "分"), Factor.of(10, "件")).label("全体").build();
    LumpSumEstimate part = LumpSumEstimate.builder().hours(BigDecimal.ONE).label("一部").breakdownOf("全体").build();
    LumpSumEstimate other = LumpSumEstimate.builder().hours(BigDecimal.TEN).label("別").build();
    assertThat(initiative().addEstimates(whole, part, other).build().countedEstimates()).containsExactly(whole, other);
  }

  @Test
  void aFormulasStatedFiguresAreZeroOrMoreAndItIsExactUnlessMarkedApproximate() {
    FormulaEstimate.Builder b = FormulaEstimate.builder().addFactors(Factor.of(30, "分"), Factor.of(2, "件"));
    assertThat(b.build().approximate()).isFalse();
    assertThat(FormulaEstimate.builder().addFactors(Factor.of(30, "分")).statedMinutes(0).statedHours(BigDecimal.ZERO)
        .build().statedMinutes()).hasValue(0L);
    InvalidValueException minutes = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> FormulaEstimate.builder().addFactors(Factor.of(30, "分")).statedMinutes(-1).build(), InvalidValueException.class);
    assertThat(minutes.field()).isEqualTo("statedMinutes");
    assertThat(minutes.rule()).isEqualTo("must be zero or more");
    InvalidValueException hours = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> FormulaEstimate.builder().addFactors(Factor.of(30, "分")).statedHours(new BigDecimal("-0.5")).build(),
        InvalidValueException.class);
    assertThat(hours.field()).isEqualTo("statedHours");
    assertThat(hours.value()).isEqualTo("-0.5");
    assertThat(hours.rule()).isEqualTo("must be zero or more");
  }
}
