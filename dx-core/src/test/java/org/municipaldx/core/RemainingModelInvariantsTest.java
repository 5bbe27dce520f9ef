package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.estimate.DurationUnit;
import org.municipaldx.core.estimate.EstimateKind;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.estimate.NotEstimated;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.InitiativeStatus;
import org.municipaldx.core.plan.KpiGranularity;
import org.municipaldx.core.roadmap.MilestoneStatus;
import org.municipaldx.core.standard.MigrationPhase;
import org.municipaldx.core.estimate.PendingEstimate;
import org.municipaldx.core.plan.PlanValue;
import org.municipaldx.core.plan.Vision;
import org.municipaldx.core.plan.WorkloadComparison;
import org.municipaldx.core.plan.WorkloadSurvey;
import org.municipaldx.core.standard.SpecificMigrationSupport;
import org.municipaldx.core.roadmap.RoadmapAction;
import org.municipaldx.core.roadmap.RoadmapItem;
import org.municipaldx.core.standard.StandardOperation;

/**
 * The rest of dx-core's model invariants (issue 13y: the classes issue 13w's PIT runs did not reach), each rule a
 * test, at its edge, with the field named where the rule refuses a value.
 */
class RemainingModelInvariantsTest {

  @Test
  @DisplayName("every standard operation has its English label and only the two with a second official Japanese"
      + " spelling have variants; a variant is read after NFKC and stripping")
  void standardOperationsEnglishLabelsAndVariants() {
    assertThat(Arrays.stream(StandardOperation.values()).map(StandardOperation::englishName).collect(Collectors.joining("|")))
        .isEqualTo("resident registry|family register annex|seal registration|electoral roll management|fixed asset tax"
            + "|individual resident tax|corporate resident tax|light vehicle tax|family register|school enrolment"
            + "|health management|child support allowance|public assistance|disability welfare|long-term care insurance"
            + "|national health insurance|late-stage elderly medical care|national pension|child and childcare support"
            + "|child allowance");
    assertThat(StandardOperation.FAMILY_REGISTER_ANNEX.variants()).containsExactly("戸籍附票");
    assertThat(StandardOperation.SEAL_REGISTRATION.variants()).containsExactly("印鑑登録事務");
    assertThat(Arrays.stream(StandardOperation.values()).filter(o -> !o.variants().isEmpty()))
        .containsExactly(StandardOperation.FAMILY_REGISTER_ANNEX, StandardOperation.SEAL_REGISTRATION);
    assertThat(StandardOperation.parse(" 戸籍附票\u3000")).isEqualTo(StandardOperation.FAMILY_REGISTER_ANNEX);
    assertThat(StandardOperation.parse("light vehicle tax")).isEqualTo(StandardOperation.LIGHT_VEHICLE_TAX);
  }

  @Test
  @DisplayName("a duration unit's labels are 分/min and 時間/h, and lookup reads only the Japanese one")
  void durationUnitLabels() {
    assertThat(DurationUnit.MINUTE.japaneseName()).isEqualTo("分");
    assertThat(DurationUnit.MINUTE.englishName()).isEqualTo("min");
    assertThat(DurationUnit.HOUR.japaneseName()).isEqualTo("時間");
    assertThat(DurationUnit.HOUR.englishName()).isEqualTo("h");
    assertThat(DurationUnit.HOUR.minutes()).isEqualTo(60);
    assertThat(DurationUnit.lookup("時間")).contains(DurationUnit.HOUR);
    assertThat(DurationUnit.lookup("h")).isEmpty();
  }

  private static RoadmapAction action(Long budget) {
    RoadmapAction.Builder b = RoadmapAction.builder().fiscalYear(FiscalYear.of(2024)).text("導入");
    if (budget != null) {
      b.budgetYen(budget);
    }
    return b.build();
  }

  @Test
  @DisplayName("a roadmap item's budget is the sum of its actions' budgets, actions without one adding nothing,"
      + " and a sum past Long.MAX_VALUE is refused on actions.budgetYen")
  void roadmapBudgetsAddUpExactly() {
    RoadmapItem.Builder item = RoadmapItem.builder().id("e-kyoiku").title("教育DX");
    assertThat(RoadmapItem.builder().id("e").title("t").build().totalBudgetYen()).isZero();
    assertThat(RoadmapItem.builder().id("e").title("t").addActions(action(1_500_000L), action(null), action(2_000L)).build()
        .totalBudgetYen()).isEqualTo(1_502_000L);
    assertThat(RoadmapItem.builder().id("e").title("t").addActions(action(Long.MAX_VALUE - 1), action(1L)).build()
        .totalBudgetYen()).isEqualTo(Long.MAX_VALUE);
    InvalidValueException overflow = catchThrowableOfType(
        () -> item.addActions(action(Long.MAX_VALUE), action(1L)).build(), InvalidValueException.class);
    assertThat(overflow.type()).isEqualTo("RoadmapItem");
    assertThat(overflow.field()).isEqualTo("actions.budgetYen");
    assertThat(overflow.value()).isEqualTo("e-kyoiku");
    assertThat(overflow.rule()).isEqualTo("the total overflows");
    assertThat(RoadmapAction.thousandYen(1_500)).isEqualTo(1_500_000L);
  }

  private static void refusedAsBlank(Supplier<?> build, String type, String field) {
    InvalidValueException e = catchThrowableOfType(build::get, InvalidValueException.class);
    assertThat(e).as(type + "." + field).isNotNull();
    assertThat(e.type()).isEqualTo(type);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo("must not be blank");
  }

  @Test
  @DisplayName("an optional text, when present, is not blank: a reason, an English name, a roadmap track")
  void optionalTextsAreNotBlankWhenPresent() {
    assertThat(NotEstimated.builder().reason("未測定").build().reason()).contains("未測定");
    assertThat(NotEstimated.of().reason()).isEmpty();
    refusedAsBlank(() -> NotEstimated.builder().reason(" ").build(), "NotEstimated", "reason");
    assertThat(PendingEstimate.builder().reason("測定中").build().reason()).contains("測定中");
    refusedAsBlank(() -> PendingEstimate.builder().reason("\u3000").build(), "PendingEstimate", "reason");
    assertThat(Department.builder().id("shimin").japaneseName("市民部").englishName("Citizens").kind(DepartmentKind.BU)
        .build().englishName()).contains("Citizens");
    refusedAsBlank(() -> Department.builder().id("shimin").japaneseName("市民部").englishName(" ").kind(DepartmentKind.BU)
        .build(), "Department", "englishName");
    MunicipalityCode koriyama = MunicipalityCode.parse("072036");
    refusedAsBlank(() -> Municipality.builder().code(koriyama).japaneseName("郡山市").englishName("\t")
        .prefecture(Prefecture.FUKUSHIMA).build(), "Municipality", "englishName");
    refusedAsBlank(() -> RoadmapAction.builder().fiscalYear(FiscalYear.of(2024)).text("導入").track(" ").build(),
        "RoadmapAction", "track");
    assertThat(SpecificMigrationSupport.builder().operation(StandardOperation.FAMILY_REGISTER)
        .status(SpecificMigrationSupport.Status.APPLIED).reason("システム改修").build().reason()).contains("システム改修");
    refusedAsBlank(() -> SpecificMigrationSupport.builder().operation(StandardOperation.FAMILY_REGISTER)
        .status(SpecificMigrationSupport.Status.APPLIED).reason(" ").build(), "SpecificMigrationSupport", "reason");
  }

  @Test
  @DisplayName("a roadmap action's budget may be 0 yen but not -1")
  void roadmapActionBudgetIsZeroOrMore() {
    assertThat(action(0L).budgetYen()).hasValue(0L);
    InvalidValueException e = catchThrowableOfType(() -> action(-1L), InvalidValueException.class);
    assertThat(e.type()).isEqualTo("RoadmapAction");
    assertThat(e.field()).isEqualTo("budgetYen");
    assertThat(e.rule()).isEqualTo("must be zero or more");
  }

  @Test
  @DisplayName("a workload comparison's change is the comparison's hours minus the baseline's, negative for a saving")
  void workloadChangeIsComparisonMinusBaseline() {
    WorkloadSurvey before = WorkloadSurvey.builder().departmentId("a").fiscalYear(FiscalYear.of(2020)).hours(1_200).build();
    WorkloadSurvey after = WorkloadSurvey.builder().departmentId("a").fiscalYear(FiscalYear.of(2022)).hours(900).build();
    assertThat(WorkloadComparison.builder().baseline(before).comparison(after).build().changeHours()).isEqualTo(-300);
  }

  private static void refusedAsBlankElement(Supplier<?> build, String type, String field) {
    InvalidValueException e = catchThrowableOfType(build::get, InvalidValueException.class);
    assertThat(e).as(type + "." + field).isNotNull();
    assertThat(e.type()).isEqualTo(type);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo("elements must not be blank");
  }

  @Test
  @DisplayName("a list of texts holds no blank element: a comparison's notes, a value's principles, a vision's"
      + " examples, a roadmap item's future vision")
  void textListsHoldNoBlankElement() {
    WorkloadSurvey before = WorkloadSurvey.builder().fiscalYear(FiscalYear.of(2020)).hours(10).build();
    WorkloadSurvey after = WorkloadSurvey.builder().fiscalYear(FiscalYear.of(2021)).hours(8).build();
    assertThat(WorkloadComparison.builder().baseline(before).comparison(after).addNotes("概算").build().notes())
        .containsExactly("概算");
    refusedAsBlankElement(() -> WorkloadComparison.builder().baseline(before).comparison(after).addNotes("概算", " ").build(),
        "WorkloadComparison", "notes");
    refusedAsBlankElement(() -> PlanValue.builder().number(1).title("市民目線").addPrinciples("\u3000").build(),
        "PlanValue", "principles");
    refusedAsBlankElement(() -> Vision.builder().number(1).title("t").addExamples("例", "").build(), "Vision", "examples");
    refusedAsBlankElement(() -> RoadmapItem.builder().id("e").title("t").addFutureVision(" ").build(),
        "RoadmapItem", "futureVision");
  }

  @Test
  @DisplayName("a workload survey may explain a stated department's id but not infer a department it does not name")
  void aWorkloadSurveysInferenceNeedsItsDepartment() {
    assertThat(WorkloadSurvey.builder().departmentId("a").departmentInference("課名から").fiscalYear(FiscalYear.of(2020))
        .hours(0).build().departmentInference()).contains("課名から");
    InvalidValueException e = catchThrowableOfType(() -> WorkloadSurvey.builder().departmentInference("課名から")
        .fiscalYear(FiscalYear.of(2020)).hours(0).build(), InvalidValueException.class);
    assertThat(e.type()).isEqualTo("WorkloadSurvey");
    assertThat(e.field()).isEqualTo("departmentInference");
    assertThat(e.value()).isEqualTo("課名から");
    assertThat(e.rule()).isEqualTo("needs a departmentId to explain");
  }

  @Test
  @DisplayName("an estimate without figures says which kind it is and has no minutes")
  void estimatesWithoutFiguresNameTheirKind() {
    assertThat(PendingEstimate.builder().build().kind()).isEqualTo(EstimateKind.PENDING);
    assertThat(PendingEstimate.builder().build().minutes()).isEmpty();
    assertThat(NotEstimated.of().kind()).isEqualTo(EstimateKind.NONE);
    assertThat(NotEstimated.of().minutes()).isEmpty();
    assertThat(NotEstimated.of().hasFigure()).isFalse();
    // an estimate has a figure exactly when it has minutes, a figure of 0 included
    assertThat(LumpSumEstimate.of(java.math.BigDecimal.ZERO, "試算").hasFigure()).isTrue();
    assertThat(LumpSumEstimate.of(new java.math.BigDecimal("1.5"), "試算").minutes()).hasValue(90L);
  }

  private static <E extends Enum<E> & Labelled> String labels(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> e.name() + "=" + e.japaneseName() + "/" + e.englishName())
        .collect(Collectors.joining(", "));
  }

  @Test
  @DisplayName("the model's small enums carry their Japanese and English labels, and parse reads either back")
  void enumLabels() {
    assertThat(labels(EstimateKind.class)).isEqualTo(
        "FORMULA=算式/formula, LUMP_SUM=別途積算/lump sum, MEASURED=実測/measured, PENDING=検証中/pending, NONE=—/none");
    assertThat(labels(Beneficiary.class)).isEqualTo("RESIDENTS=市民/residents, BUSINESSES=事業者/businesses, "
        + "STAFF=職員/staff, COMMITTEE_MEMBERS=委員/committee members, OTHER=その他/other");
    assertThat(labels(InitiativeStatus.class)).isEqualTo("CONTINUING=継続/continuing, NEW=新規/new, EXPANDED=拡充/expanded");
    assertThat(labels(MigrationPhase.class)).isEqualTo("SPEC_CHECK=仕様確認/specification check, "
        + "FIT_AND_GAP=Fit&Gap/fit and gap, DESIGN=設計/design, BUILD=構築/build, OPERATION=運用/operation");
    assertThat(labels(KpiGranularity.class)).isEqualTo("MONTH=月次/monthly, FISCAL_YEAR=年度/fiscal year, SNAPSHOT=時点/snapshot");
    assertThat(labels(MilestoneStatus.class))
        .isEqualTo("SCHEDULED=予定/scheduled, MET=達成/met, NOT_MET=未達成/not met, PARTIALLY_MET=一部達成/partially met");
    assertThat(labels(SpecificMigrationSupport.Status.class)).isEqualTo("CONSIDERING=検討中/under consideration, "
        + "APPLIED=申請済/applied, DESIGNATED=該当/designated, MIGRATED=移行済/migrated");
    assertThat(Beneficiary.parse("事業者")).isEqualTo(Beneficiary.BUSINESSES);
    assertThat(Beneficiary.parse("committee members")).isEqualTo(Beneficiary.COMMITTEE_MEMBERS);
    assertThat(InitiativeStatus.parse("拡充")).isEqualTo(InitiativeStatus.EXPANDED);
    assertThat(InitiativeStatus.parse("new")).isEqualTo(InitiativeStatus.NEW);
  }
}
