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
    return series(KpiGranularity.MONTH);
  }

  private static KpiSeries.Builder series(KpiGranularity granularity) {
    return KpiSeries.builder().id("paperless").indicator("用紙枚数").unit("枚").granularity(granularity);
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

  @Test
  void aKpiSeriesIdMatchesTheIdPatternAndItsNotesAreNotBlank() {
    InvalidValueException id = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> KpiSeries.builder().id("Paper Less").indicator("用紙枚数").unit("枚")
            .granularity(KpiGranularity.MONTH).build(), InvalidValueException.class);
    assertThat(id.field()).isEqualTo("id");
    assertThat(id.value()).isEqualTo("Paper Less");
    assertThat(id.rule()).isEqualTo("must match " + Ids.MODEL_ID_PATTERN);
    assertThat(monthly().addNotes("月は決算月で揃えた").build().notes()).containsExactly("月は決算月で揃えた");
    InvalidValueException note = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> monthly().addNotes(" ").build(), InvalidValueException.class);
    assertThat(note.field()).isEqualTo("notes");
    assertThat(note.rule()).isEqualTo("elements must not be blank");
  }

  @Test
  void everyPointOfASeriesIsDatedAsItsGranularitySays() {
    KpiPoint fy2022 = KpiPoint.ofFiscalYear(FiscalYear.of(2022), BigDecimal.ONE);
    KpiPoint april = KpiPoint.ofMonth(YearMonth.of(2023, 4), BigDecimal.ONE);
    KpiPoint snapshot = KpiPoint.builder().asOf(LocalDate.of(2023, 2, 14)).value(BigDecimal.TEN).build();
    KpiPoint undated = KpiPoint.builder().value(BigDecimal.TEN).note("庁内システム").build();
    InvalidValueException month = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> monthly().addPoints(april, fy2022).build(), InvalidValueException.class);
    assertThat(month.field()).isEqualTo("points[1].month");
    assertThat(month.rule()).isEqualTo("a monthly series needs a month on every point");
    KpiSeries.Builder yearly = series(KpiGranularity.FISCAL_YEAR);
    assertThat(yearly.addPoints(fy2022).build().points()).containsExactly(fy2022);
    InvalidValueException year = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> series(KpiGranularity.FISCAL_YEAR).addPoints(fy2022, april).build(), InvalidValueException.class);
    assertThat(year.field()).isEqualTo("points[1].fiscalYear");
    assertThat(year.rule()).isEqualTo("a fiscal-year series needs a fiscal year on every point");
    KpiGranularity snapshots = KpiGranularity.SNAPSHOT;
    assertThat(series(snapshots).addPoints(snapshot, undated).build().points()).hasSize(2);
    for (KpiPoint dated : new KpiPoint[] {april, fy2022}) {
      InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(
          () -> series(snapshots).addPoints(snapshot, dated).build(), InvalidValueException.class);
      assertThat(e.field()).isEqualTo("points[1]");
      assertThat(e.rule()).isEqualTo("a snapshot series dates points by asOf only");
    }
  }

  @Test
  void aFiscalYearSeriesDoesNotRepeatAYearAndRunsForward() {
    KpiPoint fy2022 = KpiPoint.ofFiscalYear(FiscalYear.of(2022), BigDecimal.ONE);
    KpiPoint fy2023 = KpiPoint.ofFiscalYear(FiscalYear.of(2023), BigDecimal.TEN);
    KpiSeries.Builder yearly = series(KpiGranularity.FISCAL_YEAR);
    assertThat(yearly.addPoints(fy2022, fy2023).build().points()).containsExactly(fy2022, fy2023);
    InvalidValueException repeated = org.assertj.core.api.Assertions.catchThrowableOfType(() -> series(KpiGranularity.FISCAL_YEAR)
        .addPoints(fy2022, KpiPoint.ofFiscalYear(FiscalYear.of(2022), BigDecimal.TEN))
        .build(), InvalidValueException.class);
    assertThat(repeated.field()).isEqualTo("points[1]");
    assertThat(repeated.value()).isEqualTo("2022（令和4）年度");
    assertThat(repeated.rule()).isEqualTo("must not repeat a period");
    InvalidValueException backwards = org.assertj.core.api.Assertions.catchThrowableOfType(() -> series(KpiGranularity.FISCAL_YEAR)
        .addPoints(fy2023, fy2022).build(), InvalidValueException.class);
    assertThat(backwards.rule()).isEqualTo("points must be in chronological order");
  }

  @Test
  void aMeasuredEstimateIsOfKindMeasured() {
    assertThat(MeasuredEstimate.builder().savedHours(BigDecimal.ONE).build().kind())
        .isEqualTo(org.municipaldx.core.estimate.EstimateKind.MEASURED);
  }

  @Test
  void aKpiPointsNoteIsNotBlank() {
    assertThat(KpiPoint.builder().value(BigDecimal.ONE).note("庁内システム").build().note()).hasValue("庁内システム");
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> KpiPoint.builder().value(BigDecimal.ONE).note(" ").build(), InvalidValueException.class);
    assertThat(e.type()).isEqualTo("KpiPoint");
    assertThat(e.field()).isEqualTo("note");
    assertThat(e.rule()).isEqualTo("must not be blank");
  }

  @Test
  void aKpiPointIsCompleteUnlessMarkedPartial() {
    assertThat(KpiPoint.ofMonth(YearMonth.of(2022, 12), BigDecimal.ONE).partial()).isFalse();
    assertThat(KpiPoint.builder().fiscalYear(FiscalYear.of(2022)).value(BigDecimal.ONE).partial(true).build().partial()).isTrue();
  }

  @Test
  void onlineTakeUpMayEqualButNotExceedTheTotals() {
    ProcedureTakeUp all = ProcedureTakeUp.builder().period(ReportingPeriod.fiscalYear(FiscalYear.of(2023)))
        .procedures(10).onlineProcedures(10).applications(500).onlineApplications(500).build();
    assertThat(all.onlineProcedures()).isEqualTo(10);
    assertThat(all.onlineApplications()).isEqualTo(500);
    InvalidValueException procedures = org.assertj.core.api.Assertions.catchThrowableOfType(() -> ProcedureTakeUp.builder()
        .period(ReportingPeriod.fiscalYear(FiscalYear.of(2023))).procedures(10).onlineProcedures(11)
        .applications(500).onlineApplications(500).build(), InvalidValueException.class);
    assertThat(procedures.field()).isEqualTo("onlineProcedures");
    assertThat(procedures.rule()).isEqualTo("must not exceed procedures 10");
    InvalidValueException applications = org.assertj.core.api.Assertions.catchThrowableOfType(() -> ProcedureTakeUp.builder()
        .period(ReportingPeriod.fiscalYear(FiscalYear.of(2023))).procedures(10).onlineProcedures(10)
        .applications(500).onlineApplications(501).build(), InvalidValueException.class);
    assertThat(applications.field()).isEqualTo("onlineApplications");
    assertThat(applications.rule()).isEqualTo("must not exceed applications 500");
  }

  @Test
  void aFactorsUnitHasNoSurroundingSpacesAndItsPrefixAndNoteAreNotBlank() {
    assertThat(Factor.of(2, "", "往復")).hasToString("2（往復）");
    InvalidValueException unit = org.assertj.core.api.Assertions.catchThrowableOfType(() -> Factor.of(1, " 件"),
        InvalidValueException.class);
    assertThat(unit.field()).isEqualTo("unit");
    assertThat(unit.rule()).isEqualTo("must not have surrounding spaces");
    InvalidValueException prefix = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> Factor.builder().prefix(" ").value(10).unit("名").build(), InvalidValueException.class);
    assertThat(prefix.field()).isEqualTo("prefix");
    assertThat(prefix.rule()).isEqualTo("must not be blank");
    InvalidValueException note = org.assertj.core.api.Assertions.catchThrowableOfType(() -> Factor.of(1, "件", " "),
        InvalidValueException.class);
    assertThat(note.field()).isEqualTo("note");
    assertThat(note.rule()).isEqualTo("must not be blank");
    InvalidValueException negative = org.assertj.core.api.Assertions.catchThrowableOfType(() -> Factor.of(-1, "件"),
        InvalidValueException.class);
    assertThat(negative.field()).isEqualTo("value");
    assertThat(negative.rule()).isEqualTo("must be zero or more");
  }

  @Test
  void aMigrationGroupStaysInAPhaseOrMovesOnButNeverGoesBackInALaterYear() {
    org.municipaldx.core.standard.MigrationPhase fitAndGap = org.municipaldx.core.standard.MigrationPhase.FIT_AND_GAP;
    org.municipaldx.core.standard.MigrationPhase build = org.municipaldx.core.standard.MigrationPhase.BUILD;
    org.municipaldx.core.standard.MigrationGroup group = org.municipaldx.core.standard.MigrationGroup.builder().name("第1グループ")
        .addPhases(org.municipaldx.core.standard.MigrationGroup.PhaseEntry.of(FiscalYear.of(2022), fitAndGap),
            org.municipaldx.core.standard.MigrationGroup.PhaseEntry.of(FiscalYear.of(2023), fitAndGap),
            org.municipaldx.core.standard.MigrationGroup.PhaseEntry.of(FiscalYear.of(2024), build))
        .build();
    assertThat(group.phaseIn(FiscalYear.of(2021))).isEmpty();
    assertThat(group.phaseIn(FiscalYear.of(2022))).hasValue(fitAndGap);
    assertThat(group.phaseIn(FiscalYear.of(2024))).hasValue(build);
    assertThat(group.phaseIn(FiscalYear.of(2030))).hasValue(build);
    // back a phase within the same year is a schedule's detail, not going back
    assertThat(org.municipaldx.core.standard.MigrationGroup.builder().name("g")
        .addPhases(org.municipaldx.core.standard.MigrationGroup.PhaseEntry.of(FiscalYear.of(2023), build),
            org.municipaldx.core.standard.MigrationGroup.PhaseEntry.of(FiscalYear.of(2023), fitAndGap))
        .build().phases()).hasSize(2);
    InvalidValueException back = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> org.municipaldx.core.standard.MigrationGroup.builder().name("g")
            .addPhases(org.municipaldx.core.standard.MigrationGroup.PhaseEntry.of(FiscalYear.of(2023), build),
                org.municipaldx.core.standard.MigrationGroup.PhaseEntry.of(FiscalYear.of(2024), fitAndGap))
            .build(), InvalidValueException.class);
    assertThat(back.field()).isEqualTo("phases[1].phase");
    assertThat(back.rule()).isEqualTo("must not go back from BUILD in a later year");
    InvalidValueException earlier = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> org.municipaldx.core.standard.MigrationGroup.builder().name("g")
            .addPhases(org.municipaldx.core.standard.MigrationGroup.PhaseEntry.of(FiscalYear.of(2024), fitAndGap),
                org.municipaldx.core.standard.MigrationGroup.PhaseEntry.of(FiscalYear.of(2023), build))
            .build(), InvalidValueException.class);
    assertThat(earlier.field()).isEqualTo("phases[1].fiscalYear");
  }

  @Test
  void aLumpSumIsExactUnlessMarkedApproximateAndItsBasisIsNotBlank() {
    LumpSumEstimate sum = LumpSumEstimate.of(new BigDecimal("2000"), "別途積算");
    assertThat(sum.approximate()).isFalse();
    assertThat(sum.kind()).isEqualTo(org.municipaldx.core.estimate.EstimateKind.LUMP_SUM);
    assertThat(sum.basis()).hasValue("別途積算");
    assertThat(sum.partsMinutes()).isEmpty();
    InvalidValueException basis = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> LumpSumEstimate.of(new BigDecimal("2000"), " "), InvalidValueException.class);
    assertThat(basis.type()).isEqualTo("LumpSumEstimate");
    assertThat(basis.field()).isEqualTo("basis");
    assertThat(basis.rule()).isEqualTo("must not be blank");
  }

  @Test
  void aTakeUpsExampleProceduresAreNotBlankAndAnInferredDepartmentNeedsAnId() {
    ProcedureTakeUp.Builder ok = ProcedureTakeUp.builder().period(ReportingPeriod.fiscalYear(FiscalYear.of(2023)))
        .procedures(1).onlineProcedures(0).applications(1).onlineApplications(0);
    assertThat(ok.addExampleProcedures("住民票の写しの交付").departmentId("shimin").departmentInference("窓口の所管から")
        .build().departmentInference()).hasValue("窓口の所管から");
    InvalidValueException blank = org.assertj.core.api.Assertions.catchThrowableOfType(() -> ProcedureTakeUp.builder()
        .period(ReportingPeriod.fiscalYear(FiscalYear.of(2023))).procedures(1).onlineProcedures(0).applications(1)
        .onlineApplications(0).addExampleProcedures(" ").build(), InvalidValueException.class);
    assertThat(blank.field()).isEqualTo("exampleProcedures");
    assertThat(blank.rule()).isEqualTo("elements must not be blank");
    InvalidValueException inferred = org.assertj.core.api.Assertions.catchThrowableOfType(() -> ProcedureTakeUp.builder()
        .period(ReportingPeriod.fiscalYear(FiscalYear.of(2023))).procedures(1).onlineProcedures(0).applications(1)
        .onlineApplications(0).departmentInference("窓口の所管から").build(), InvalidValueException.class);
    assertThat(inferred.field()).isEqualTo("departmentInference");
    assertThat(inferred.rule()).isEqualTo("needs a departmentId to explain");
  }

  @Test
  void aMigrationPlanPutsEachOperationInOneGroupAndNamesTheUncoveredAndTheLate() {
    var op = org.municipaldx.core.standard.StandardOperation.class;
    var residents = org.municipaldx.core.standard.StandardOperation.RESIDENT_REGISTRY;
    var seals = org.municipaldx.core.standard.StandardOperation.SEAL_REGISTRATION;
    var first = org.municipaldx.core.standard.MigrationGroup.builder().name("第1グループ").addOperations(residents)
        .addPhases(org.municipaldx.core.standard.MigrationGroup.PhaseEntry.of(FiscalYear.of(2024),
            org.municipaldx.core.standard.MigrationPhase.OPERATION)).build();
    var second = org.municipaldx.core.standard.MigrationGroup.builder().name("第2グループ").addOperations(seals)
        .addPhases(org.municipaldx.core.standard.MigrationGroup.PhaseEntry.of(FiscalYear.of(2024),
            org.municipaldx.core.standard.MigrationPhase.BUILD)).build();
    var unscheduled = org.municipaldx.core.standard.MigrationGroup.builder().name("第3グループ")
        .addOperations(org.municipaldx.core.standard.StandardOperation.ELECTORAL_ROLL).build();
    var empty = org.municipaldx.core.standard.MigrationGroup.builder().name("空").build();
    var plan = org.municipaldx.core.standard.MigrationPlan.builder().deadline(FiscalYear.of(2025))
        .addGroups(first, second, unscheduled, empty).build();
    // late: not in operation by the deadline, or with no phase scheduled by then; a group without operations is never late
    assertThat(plan.lateGroups()).containsExactly(second, unscheduled);
    assertThat(plan.uncovered()).hasSize(op.getEnumConstants().length - 3)
        .doesNotContain(residents, seals, org.municipaldx.core.standard.StandardOperation.ELECTORAL_ROLL);
    InvalidValueException twice = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> org.municipaldx.core.standard.MigrationPlan.builder().deadline(FiscalYear.of(2025)).addGroups(first,
            org.municipaldx.core.standard.MigrationGroup.builder().name("重複").addOperations(residents).build()).build(),
        InvalidValueException.class);
    assertThat(twice.field()).isEqualTo("groups.operations");
    assertThat(twice.value()).isEqualTo("住民基本台帳");
    assertThat(twice.rule()).isEqualTo("must be in one group only");
  }

  @Test
  void departmentKindsHaveTheirLabelsAndParseFromThem() {
    assertThat(DepartmentKind.BU.japaneseName()).isEqualTo("部");
    assertThat(DepartmentKind.COMMITTEE_SECRETARIAT.englishName()).isEqualTo("committee secretariat");
    assertThat(DepartmentKind.parse("局")).isEqualTo(DepartmentKind.KYOKU);
    assertThat(DepartmentKind.parse("committee secretariat")).isEqualTo(DepartmentKind.COMMITTEE_SECRETARIAT);
  }
}
