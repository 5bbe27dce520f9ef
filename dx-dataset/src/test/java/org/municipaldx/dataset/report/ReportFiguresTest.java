package org.municipaldx.dataset.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.core.estimate.EstimateKind;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.InitiativeStatus;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.dataset.DatasetLoader;

/**
 * Every figure of the report of the fictional sample city, stated with its arithmetic, and each rule of
 * {@link ReportBuilder} on a copy extended with the files the sample lacks (all headline rules, roadmap, KPIs)
 * — the figures mutation testing (PIT, issue 13 part 4) found unchecked by {@link ReportBuilderTest}.
 */
class ReportFiguresTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @BeforeEach
  void copySample() throws IOException {
    try (Stream<Path> files = Files.list(ReportBuilderTest.SAMPLE_CITY)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  private void replace(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String s = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(s).as("test setup: %s holds %s", file, from).contains(from);
    Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
  }

  private DatasetReport report() {
    return ReportBuilder.build(DatasetLoader.load(dir), ReportBuilderTest.POLICY);
  }

  private static String figure(String id, String value, String unit) {
    return "{\"id\": \"" + id + "\", \"label\": \"" + id + "\", \"value\": " + value + ", \"unit\": \"" + unit
        + "\", \"approximate\": false, \"source\": \"test slide\"}";
  }

  @Test
  void theReportNamesItsDatasetAndItsRoundings() {
    DatasetReport r = report();
    assertThat(r.datasetId()).isEqualTo("sample-city-fy2024");
    assertThat(r.title()).isEqualTo("サンプル市（架空）DX推進 テスト用データセット");
    assertThat(r.municipality().japaneseName()).isEqualTo("サンプル市");
    assertThat(r.fiscalYear()).isEqualTo(FiscalYear.of(2024));
    assertThat(r.source()).startsWith("FICTIONAL test data");
    assertThat(r.hoursRounding()).isEqualTo(ReportBuilderTest.POLICY.toString());
    assertThat(r.percentRounding()).isEqualTo(ReportBuilder.PERCENT.toString());
    assertThat(r.notes()).hasSize(5);
    assertThat(r.notes().get(3)).isEqualTo("Hours are exact minutes / 60 rounded under " + ReportBuilderTest.POLICY
        + "; percentages are rounded under " + ReportBuilder.PERCENT + ".");
  }

  /** Each block row: its counts as stated, take-up = online / all, citizen (vision 1) and staff minutes. */
  @Test
  void everyBlockRowAndTheTotals() {
    DatasetReport r = report();
    DatasetReport.DepartmentRow b1 = r.departments().get(0);
    assertThat(b1.block()).isEqualTo("block-01");
    assertThat(b1.label()).isEqualTo("市民部");
    assertThat(b1.departmentId()).hasValue("citizen");
    assertThat(b1.takeUpStated()).isTrue();
    assertThat(List.of(b1.procedures(), b1.onlineProcedures(), b1.applications(), b1.onlineApplications()))
        .containsExactly(40L, 10L, 5_000L, 1_200L);
    // 30分×1,200件 = 36,000分 = 600時間 (vision 1); the repost's 約120時間 = 7,200分 (vision 2)
    assertThat(b1.citizenMinutes()).isEqualTo(36_000);
    assertThat(b1.citizenHours()).isEqualByComparingTo("600");
    assertThat(b1.staffMinutes()).isEqualTo(7_200);
    assertThat(b1.staffHours()).isEqualByComparingTo("120");
    assertThat(b1.notEstimated()).isZero();

    DatasetReport.DepartmentRow b2 = r.departments().get(1);
    // 3 of 12 procedures = 25%, 100 of 800 applications = 12.5%; 20分×2（往復）×10校×12回 = 4,800分 = 80時間
    assertThat(b2.procedureTakeUpPercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25.0"));
    assertThat(b2.applicationTakeUpPercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12.5"));
    assertThat(b2.citizenMinutes()).isZero();
    assertThat(b2.staffMinutes()).isEqualTo(4_800);
    assertThat(b2.staffHours()).isEqualByComparingTo("80");
    assertThat(b2.provenance().location()).hasValue("/1/takeUp");

    DatasetReport.DepartmentRow b3 = r.departments().get(2);
    // 0 of 8 and 0 of 50: a take-up of 0%, not "none"; its one pending estimate is not estimated
    assertThat(b3.label()).isEqualTo("部局名不明（ブロック3）");
    assertThat(b3.departmentId()).isEmpty();
    assertThat(b3.procedureTakeUpPercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.0"));
    assertThat(b3.applications()).isEqualTo(50);
    assertThat(b3.notEstimated()).isEqualTo(1);

    DatasetReport.DepartmentRow t = r.totals();
    assertThat(t.block()).isEqualTo("total");
    assertThat(t.label()).isEqualTo("合計");
    assertThat(t.takeUpStated()).isTrue();
    assertThat(List.of(t.procedures(), t.onlineProcedures(), t.applications(), t.onlineApplications()))
        .containsExactly(60L, 13L, 5_850L, 1_300L);
    assertThat(t.citizenMinutes()).isEqualTo(36_000);
    assertThat(t.staffMinutes()).isEqualTo(12_000);
    assertThat(t.staffHours()).isEqualByComparingTo("200");
    assertThat(t.notEstimated()).isEqualTo(1);
    assertThat(t.provenance().file()).isEmpty();
    assertThat(t.provenance().computation()).isEqualTo("Σ of the block rows; take-up = Σ online / Σ all");
  }

  /** A block without a stated take-up counts 0 and has no take-up; with no take-up at all, neither has the total. */
  @Test
  void aBlockWithoutTakeUpCountsNothingAndSaysSo() throws IOException {
    JsonArrays.rewrite(dir.resolve("take-up.json"), a -> a.remove(2));
    DatasetReport r = report();
    DatasetReport.DepartmentRow b3 = r.departments().get(2);
    assertThat(b3.takeUpStated()).isFalse();
    assertThat(b3.procedures()).isZero();
    assertThat(b3.procedureTakeUpPercent()).isEmpty();
    assertThat(b3.provenance().file()).isEmpty();
    assertThat(b3.provenance().computation()).startsWith("no take-up stated for the block (counts 0)");
    assertThat(r.totals().procedures()).isEqualTo(52);
    assertThat(r.totals().takeUpStated()).isTrue();

    write("take-up.json", "[]");
    DatasetReport none = report();
    assertThat(none.totals().takeUpStated()).isFalse();
    assertThat(none.totals().procedures()).isZero();
    assertThat(none.totals().procedureTakeUpPercent()).isEmpty();
    assertThat(none.totals().citizenMinutes()).isEqualTo(36_000);
  }

  /** Initiatives ranked by their counted minutes, most first; a pending estimate has no rank. */
  @Test
  void initiativesAreRankedByMinutesWithTheirKindsAndReposts() {
    List<DatasetReport.RankedInitiative> ranked = report().initiatives();
    assertThat(ranked).extracting(DatasetReport.RankedInitiative::rank).containsExactly(1, 2, 3);
    assertThat(ranked).extracting(DatasetReport.RankedInitiative::id)
        .containsExactly("online-procedures", "online-procedures-staff", "school-web-meetings");
    assertThat(ranked).extracting(DatasetReport.RankedInitiative::minutes).containsExactly(36_000L, 7_200L, 4_800L);
    DatasetReport.RankedInitiative repost = ranked.get(1);
    assertThat(repost.repost()).isTrue();
    assertThat(repost.kinds()).containsExactly(EstimateKind.LUMP_SUM);
    assertThat(repost.hours()).isEqualByComparingTo("120");
    assertThat(repost.block()).isEqualTo("block-01");
    assertThat(repost.department()).isEqualTo("市民部");
    assertThat(repost.beneficiary()).isEqualTo(Beneficiary.STAFF);
    assertThat(repost.status()).isEqualTo(InitiativeStatus.NEW);
    assertThat(repost.title()).isEqualTo("行政手続きオンライン");
    assertThat(repost.provenance().location()).hasValue("/1/initiative");
    assertThat(ranked.get(0).repost()).isFalse();
    assertThat(ranked.get(2).department()).isEqualTo("教育委員会事務局");
  }

  /** Equal minutes rank by id, whatever the file's order. */
  @Test
  void equalMinutesRankByInitiativeId() throws IOException {
    replace("initiatives.json", "{\"value\": 20, \"unit\": \"分\"}, {\"value\": 2, \"unit\": \"\", \"note\": \"往復\"}, "
        + "{\"value\": 10, \"unit\": \"校\"}, {\"value\": 12, \"unit\": \"回\"}],\n      \"statedMinutes\": 4800, \"statedHours\": 80",
        "{\"value\": 60, \"unit\": \"分\"}, {\"value\": 120, \"unit\": \"回\"}],\n      \"statedMinutes\": 7200, \"statedHours\": 120");
    JsonArrays.rewrite(dir.resolve("initiatives.json"), a -> a.insert(0, a.remove(2))); // school-web-meetings first
    assertThat(report().initiatives()).extracting(DatasetReport.RankedInitiative::id)
        .containsExactly("online-procedures", "online-procedures-staff", "school-web-meetings");
  }

  @Test
  void everyBeneficiaryHasARowAndEveryFiveLessCategoryToo() {
    DatasetReport r = report();
    assertThat(r.beneficiaries()).extracting(DatasetReport.BeneficiaryRow::beneficiary)
        .containsExactly(Beneficiary.values());
    assertThat(r.beneficiaries()).extracting(DatasetReport.BeneficiaryRow::minutes)
        .containsExactly(36_000L, 0L, 12_000L, 0L, 0L);
    assertThat(r.beneficiaries().get(2).hours()).isEqualByComparingTo("200");
    assertThat(r.beneficiaries().get(2).items()).isEqualTo(2);
    assertThat(r.beneficiaries().get(0).items()).isEqualTo(1);

    DatasetReport.FiveLessBreakdown f = r.fiveLess();
    assertThat(f.rows()).extracting(x -> x.category().orElseThrow()).containsExactly(FiveLess.values());
    // COUNTERLESS: 36,000 + 7,200; MOVELESS: 4,800; the pending PAPERLESS estimate counts nothing
    assertThat(f.rows()).filteredOn(x -> x.category().equals(Optional.of(FiveLess.COUNTERLESS))).singleElement()
        .satisfies(x -> {
          assertThat(x.hours()).isEqualByComparingTo("720");
          assertThat(x.items()).isEqualTo(2);
        });
    assertThat(f.rows()).filteredOn(x -> x.category().equals(Optional.of(FiveLess.MOVELESS))).singleElement()
        .satisfies(x -> assertThat(x.minutes()).isEqualTo(4_800));
    assertThat(f.untagged().category()).isEmpty();
    assertThat(f.untagged().minutes()).isZero();
    assertThat(f.totalMinutes()).isEqualTo(48_000);
    assertThat(f.totalHours()).isEqualByComparingTo("800");
  }

  /** Workload: change = comparison − baseline, its percent of the baseline, the stated change checked. */
  @Test
  void workloadRowsStateTheChangeAndCheckTheStatedOne() throws IOException {
    replace("workload.csv", "30500,500,", "30500,400,");
    List<DatasetReport.WorkloadRow> w = report().workload();
    DatasetReport.WorkloadRow first = w.get(0);
    assertThat(first.block()).isEqualTo("block-01");
    assertThat(first.department()).isEqualTo("市民部");
    assertThat(first.baseline()).isEqualTo(FiscalYear.of(2022));
    assertThat(first.comparison()).isEqualTo(FiscalYear.of(2023));
    assertThat(first.baselineHours()).isEqualTo(50_000);
    assertThat(first.comparisonHours()).isEqualTo(48_000);
    // △2,000 of 50,000 = △4.0%
    assertThat(first.changeHours()).isEqualTo(-2_000);
    assertThat(first.percentChange()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-4.0"));
    assertThat(first.statedChangeHours()).contains(-2_000L);
    assertThat(first.statedConsistent()).contains(true);
    DatasetReport.WorkloadRow second = w.get(1);
    // +500 of 30,000 = 1.666…% → 1.7%; the stated 400 is not the change
    assertThat(second.changeHours()).isEqualTo(500);
    assertThat(second.percentChange()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.7"));
    assertThat(second.statedChangeHours()).contains(400L);
    assertThat(second.statedConsistent()).contains(false);
    assertThat(second.provenance().location()).hasValue("line 3");

    replace("workload.csv", "30500,400,", "30500,,");
    DatasetReport.WorkloadRow unstated = report().workload().get(1);
    assertThat(unstated.statedChangeHours()).isEmpty();
    assertThat(unstated.statedConsistent()).isEmpty();
  }

  /** Every headline rule, in the figures' order; hours-saved two ways, days-equivalent two ways, floored. */
  @Test
  void everyHeadlineFigureIsReconciledByItsRule() throws IOException {
    write("headline-figures.json", "[" + String.join(", ", figure("online-procedures-2023", "13", "手続"),
        figure("online-applications", "1301", "件"), figure("procedures-total", "61", "手続"),
        figure("hours-saved", "623", "時間"), figure("days-equivalent", "25", "日"), figure("staff-count", "900", "人"))
        + "]");
    List<DatasetReport.Reconciliation> c = report().reconciliation();
    assertThat(c).extracting(DatasetReport.Reconciliation::rule).containsExactly(ReconciliationRule.ONLINE_PROCEDURES,
        ReconciliationRule.ONLINE_APPLICATIONS, ReconciliationRule.PROCEDURES_TOTAL,
        ReconciliationRule.HOURS_FROM_ONLINE_APPLICATION_FORMULAS, ReconciliationRule.HOURS_FROM_CITIZEN_ESTIMATES,
        ReconciliationRule.DAYS_FROM_STATED_HOURS, ReconciliationRule.DAYS_FROM_ONLINE_APPLICATION_FORMULAS,
        ReconciliationRule.NONE);
    assertThat(c).extracting(DatasetReport.Reconciliation::headlineId).containsExactly("online-procedures-2023",
        "online-applications", "procedures-total", "hours-saved", "hours-saved", "days-equivalent", "days-equivalent",
        "staff-count");
    // 13 = 13; 1,300 − 1,301 = −1; 60 − 61 = −1
    assertThat(c.get(0).matches()).isTrue();
    assertThat(c.get(0).difference().orElseThrow()).isEqualByComparingTo("0");
    assertThat(c.get(1).computed().orElseThrow()).isEqualByComparingTo("1300");
    assertThat(c.get(1).difference().orElseThrow()).isEqualByComparingTo("-1");
    assertThat(c.get(1).matches()).isFalse();
    assertThat(c.get(2).computed().orElseThrow()).isEqualByComparingTo("60");
    assertThat(c.get(0).rounding()).isEmpty();
    // hours: the online-application formula 30分×1,200件 and the citizen estimates both give 600 (△23)
    assertThat(c.get(3).computed().orElseThrow()).isEqualByComparingTo("600");
    assertThat(c.get(3).difference().orElseThrow()).isEqualByComparingTo("-23");
    assertThat(c.get(3).rounding()).hasValue(ReportBuilderTest.POLICY.toString());
    assertThat(c.get(4).computed().orElseThrow()).isEqualByComparingTo("600");
    // days: 623 h / 24 = 25.95… → 25; 600 h / 24 = 25
    assertThat(c.get(5).computed()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    assertThat(c.get(5).matches()).isTrue();
    assertThat(c.get(5).rounding()).hasValue("FLOOR to whole days");
    assertThat(c.get(6).computed()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    // no rule: stated, nothing computed, not a match
    DatasetReport.Reconciliation none = c.get(7);
    assertThat(none.stated()).isEqualByComparingTo("900");
    assertThat(none.computed()).isEmpty();
    assertThat(none.difference()).isEmpty();
    assertThat(none.matches()).isFalse();
    assertThat(none.rounding()).isEmpty();
    assertThat(none.provenance().location()).hasValue("/5");
    assertThat(none.provenance().computation()).isEqualTo("stated: test slide");
    assertThat(none.unit()).isEqualTo("人");
    assertThat(none.label()).isEqualTo("staff-count");
  }

  /** Without an hours-saved figure, days-equivalent is reconciled with the formulas only. */
  @Test
  void daysWithoutStatedHoursAreReconciledWithTheFormulasOnly() throws IOException {
    write("headline-figures.json", "[" + figure("days-equivalent", "26", "日").replace("\"approximate\": false",
        "\"approximate\": true") + "]");
    List<DatasetReport.Reconciliation> c = ReportBuilder.reconcile(DatasetLoader.load(dir), ReportBuilderTest.POLICY);
    assertThat(c).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo(ReconciliationRule.DAYS_FROM_ONLINE_APPLICATION_FORMULAS);
      assertThat(x.computed()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
      assertThat(x.difference()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-1"));
      assertThat(x.provenance().computation()).isEqualTo("stated (approximate): test slide");
    });
  }

  /** Only a formula counting exactly a block's online applications in 件 gives the hours of online applications. */
  @Test
  void onlyAFormulaOfTheBlocksOnlineApplicationsCounts() throws IOException {
    write("headline-figures.json", "[" + figure("hours-saved", "600", "時間") + "]");
    replace("initiatives.json", "{\"value\": 1200, \"unit\": \"件\"}", "{\"value\": 1200, \"unit\": \"回\"}");
    List<DatasetReport.Reconciliation> c = report().reconciliation();
    assertThat(c.get(0).rule()).isEqualTo(ReconciliationRule.HOURS_FROM_ONLINE_APPLICATION_FORMULAS);
    assertThat(c.get(0).computed().orElseThrow()).isEqualByComparingTo("0");
    assertThat(c.get(1).computed().orElseThrow()).isEqualByComparingTo("600");
  }

  /** The roadmap by fiscal year: actions in item order, their budgets summed, the target year's actions marked. */
  @Test
  void theRoadmapIsGroupedByFiscalYearWithBudgetsAndTargets() throws IOException {
    write("roadmap.json", "[{\"id\": \"cloud\", \"title\": \"クラウド移行\", \"targetFiscalYear\": 2025, \"actions\": ["
        + "{\"fiscalYear\": 2025, \"track\": \"インフラ\", \"text\": \"運用\", \"budgetYen\": 2000},"
        + "{\"fiscalYear\": 2024, \"track\": \"インフラ\", \"text\": \"構築\", \"budgetYen\": 1000},"
        + "{\"fiscalYear\": 2025, \"text\": \"評価\"}]},"
        + "{\"id\": \"lpwa\", \"title\": \"LPWA\", \"actions\": [{\"fiscalYear\": 2024, \"text\": \"導入\", \"budgetYen\": 500}]}]");
    List<DatasetReport.RoadmapYear> y = report().roadmap();
    assertThat(y).extracting(DatasetReport.RoadmapYear::fiscalYear).containsExactly(FiscalYear.of(2024), FiscalYear.of(2025));
    assertThat(y.get(0).budgetYen()).isEqualTo(1_500);
    assertThat(y.get(0).actions()).extracting(DatasetReport.RoadmapEntry::itemId).containsExactly("cloud", "lpwa");
    assertThat(y.get(0).actions()).extracting(DatasetReport.RoadmapEntry::target).containsExactly(false, false);
    DatasetReport.RoadmapEntry built = y.get(0).actions().get(0);
    assertThat(built.item()).isEqualTo("クラウド移行");
    assertThat(built.track()).hasValue("インフラ");
    assertThat(built.text()).isEqualTo("構築");
    assertThat(built.budgetYen()).hasValue(1_000L);
    assertThat(y.get(1).budgetYen()).isEqualTo(2_000);
    assertThat(y.get(1).actions()).extracting(DatasetReport.RoadmapEntry::target).containsExactly(true, true);
    assertThat(y.get(1).actions().get(1).budgetYen()).isEmpty();
    assertThat(y.get(1).actions().get(1).track()).isEmpty();
  }

  /** The cashless ratio is the first CASHLESS series by month; other categories and granularities are not it. */
  @Test
  void theCashlessRatioIsTheMonthlyCashlessSeries() throws IOException {
    write("kpis.json", "[{\"id\": \"web-meetings\", \"indicator\": \"Web会議\", \"fiveLess\": \"MOVELESS\", \"unit\": \"回\", "
        + "\"granularity\": \"MONTH\", \"points\": [{\"month\": \"2022-01\", \"value\": 32}]},"
        + "{\"id\": \"cashless-fy\", \"indicator\": \"キャッシュレス決済比率\", \"fiveLess\": \"CASHLESS\", \"unit\": \"%\", "
        + "\"granularity\": \"FISCAL_YEAR\", \"points\": [{\"fiscalYear\": 2021, \"value\": 12.4}]},"
        + "{\"id\": \"cashless\", \"indicator\": \"キャッシュレス決済比率\", \"fiveLess\": \"CASHLESS\", \"unit\": \"%\", "
        + "\"granularity\": \"MONTH\", \"points\": [{\"month\": \"2022-01\", \"value\": 13.2}, {\"month\": \"2022-02\", \"value\": 13.9}]}]");
    List<DatasetReport.MonthValue> m = report().cashlessRatio();
    assertThat(m).extracting(DatasetReport.MonthValue::month).containsExactly(YearMonth.of(2022, 1), YearMonth.of(2022, 2));
    assertThat(m).extracting(DatasetReport.MonthValue::value).containsExactly(new BigDecimal("13.2"), new BigDecimal("13.9"));
    write("kpis.json", "[]");
    assertThat(report().cashlessRatio()).isEmpty();
  }

  /** Audit findings name the initiative and the estimate, sorted by initiative id whatever the file's order. */
  @Test
  void auditFindingsAreSortedByInitiativeAndLocated() throws IOException {
    replace("initiatives.json", "\"statedMinutes\": 36000, \"statedHours\": 600", "\"statedMinutes\": 36001, \"statedHours\": 600");
    replace("initiatives.json", "\"statedMinutes\": 4800, \"statedHours\": 80", "\"statedMinutes\": 4800, \"statedHours\": 81");
    JsonArrays.rewrite(dir.resolve("initiatives.json"), a -> {
      var first = a.remove(0);
      a.add(first); // online-procedures last: the audit still lists it first
    });
    DatasetReport.AuditSummary a = report().audit();
    assertThat(a.formulas()).isEqualTo(2);
    assertThat(a.inconsistent()).isEqualTo(2);
    assertThat(a.findings()).extracting(DatasetReport.AuditFinding::initiativeId)
        .containsExactly("online-procedures", "school-web-meetings");
    DatasetReport.AuditFinding minutes = a.findings().get(0);
    assertThat(minutes.exactMinutes()).isEqualTo(36_000);
    assertThat(minutes.statedMinutes()).contains(36_001L);
    assertThat(minutes.minutesConsistent()).isFalse();
    assertThat(minutes.hoursConsistent()).isTrue();
    assertThat(minutes.provenance().location()).hasValue("/3/initiative/estimates/0");
    DatasetReport.AuditFinding hours = a.findings().get(1);
    assertThat(hours.minutesConsistent()).isTrue();
    assertThat(hours.hoursConsistent()).isFalse();
    assertThat(hours.statedHours()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("81"));
    assertThat(hours.expectedHours()).isEqualByComparingTo("80");
    assertThat(hours.formula()).contains("20分").contains("81時間");
    assertThat(ReportBuilder.audit(DatasetLoader.load(ReportBuilderTest.SAMPLE_CITY), ReportBuilderTest.POLICY)
        .inconsistent()).isZero();
  }

  @Test
  void aReconciliationHasADifferenceExactlyWhenItHasAComputedFigure() {
    Provenance p = Provenance.computed("test");
    assertThatThrownBy(() -> new DatasetReport.Reconciliation("h", "h", "件", BigDecimal.ONE, Optional.of(BigDecimal.ONE),
        Optional.empty(), false, ReconciliationRule.NONE, Optional.empty(), p))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("difference");
          assertThat(e.rule()).isEqualTo("must be present exactly when the computed figure is");
        });
    assertThatThrownBy(() -> new DatasetReport.Reconciliation("h", "h", "件", BigDecimal.ONE, Optional.empty(),
        Optional.of(BigDecimal.ONE), false, ReconciliationRule.NONE, Optional.empty(), p))
        .isInstanceOf(InvalidValueException.class);
  }

  /** Rewrites a JSON array file in place. */
  static final class JsonArrays {
    private JsonArrays() {}

    static void rewrite(Path file, java.util.function.Consumer<ArrayNode> change) throws IOException {
      ArrayNode a = (ArrayNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      change.accept(a);
      Files.writeString(file, JSON.writeValueAsString(a), StandardCharsets.UTF_8);
    }
  }
}
