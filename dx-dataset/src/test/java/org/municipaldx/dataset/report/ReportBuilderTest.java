package org.municipaldx.dataset.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.estimate.EstimateKind;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.dataset.DatasetLoader;
import org.municipaldx.metrics.RoundingPolicy;

/** The typed report of the fictional test datasets: every figure a number, stated here, with its provenance. */
class ReportBuilderTest {
  static final Path SAMPLE_CITY = Path.of("src/test/resources/datasets/sample-city");
  static final Path TEST_TOWN = Path.of("src/test/resources/datasets/fictional-town");
  static final RoundingPolicy POLICY = RoundingPolicy.seed(RoundingMode.HALF_UP);

  @Test
  void sampleCityFiguresAreNumbersWithProvenance() {
    DatasetReport r = ReportBuilder.build(DatasetLoader.load(SAMPLE_CITY), POLICY);
    assertThat(r.datasetId()).isEqualTo("sample-city-fy2024");
    assertThat(r.fiscalYear()).isEqualTo(FiscalYear.of(2024));
    assertThat(r.municipality().code().value()).isEqualTo("079995");
    assertThat(r.departments()).hasSize(3);
    DatasetReport.DepartmentRow first = r.departments().get(0);
    // 10 of 40 procedures, 1,200 of 5,000 applications: 25% and 24%
    assertThat(first.procedureTakeUpPercent().orElseThrow()).isEqualByComparingTo("25");
    assertThat(first.applicationTakeUpPercent().orElseThrow()).isEqualByComparingTo("24");
    // 30分×1,200件 = 36,000分 = 600時間 for residents; the staff repost's lump sum 約120時間 = 7,200分
    assertThat(first.citizenMinutes()).isEqualTo(36_000);
    assertThat(first.citizenHours()).isEqualByComparingTo("600");
    assertThat(first.staffMinutes()).isEqualTo(7_200);
    assertThat(first.provenance().file()).contains("take-up.json");
    assertThat(first.provenance().location()).contains("/0/takeUp");
    // Σ/Σ: 13 of 60 procedures (21.7%), 1,300 of 5,850 applications (22.2%)
    assertThat(r.totals().onlineProcedures()).isEqualTo(13);
    assertThat(r.totals().procedures()).isEqualTo(60);
    assertThat(r.totals().applicationTakeUpPercent().orElseThrow()).isEqualByComparingTo("22.2");
    assertThat(r.totals().procedureTakeUpPercent().orElseThrow()).isEqualByComparingTo("21.7");
    // block-03 has one pending estimate, no figure
    assertThat(r.totals().notEstimated()).isEqualTo(1);
    // 36,000 + 7,200 + 4,800 minutes
    assertThat(r.fiveLess().totalMinutes()).isEqualTo(48_000);
    assertThat(r.fiveLess().rows()).filteredOn(f -> f.category().equals(Optional.of(FiveLess.COUNTERLESS)))
        .singleElement().satisfies(f -> assertThat(f.minutes()).isEqualTo(43_200));
    assertThat(r.beneficiaries()).filteredOn(b -> b.beneficiary() == Beneficiary.STAFF).singleElement()
        .satisfies(b -> assertThat(b.minutes()).isEqualTo(12_000));
    assertThat(r.initiatives().get(0).id()).isEqualTo("online-procedures");
    assertThat(r.initiatives().get(0).kinds()).containsExactly(EstimateKind.FORMULA);
    assertThat(r.initiatives().get(0).provenance().location()).contains("/0/initiative");
    assertThat(r.workload().get(0).changeHours()).isEqualTo(-2_000);
    assertThat(r.workload().get(0).statedConsistent()).contains(true);
    assertThat(r.workload().get(0).provenance().location()).contains("line 2");
  }

  @Test
  void headlineFiguresAreReconciledNotForced() {
    var c = ReportBuilder.reconcile(DatasetLoader.load(TEST_TOWN), POLICY);
    // 690 online applications stated = 600 + 90 in the blocks
    assertThat(c.get(0).rule()).isEqualTo(ReconciliationRule.ONLINE_APPLICATIONS);
    assertThat(c.get(0).matches()).isTrue();
    assertThat(c.get(0).difference()).contains(BigDecimal.ZERO);
    // 310時間 stated; the online-application formula 30分×600件 gives 300時間: △10
    assertThat(c.get(1).rule()).isEqualTo(ReconciliationRule.HOURS_FROM_ONLINE_APPLICATION_FORMULAS);
    assertThat(c.get(1).computed().orElseThrow()).isEqualByComparingTo("300");
    assertThat(c.get(1).difference().orElseThrow()).isEqualByComparingTo("-10");
    assertThat(c.get(1).matches()).isFalse();
    assertThat(c.get(1).provenance().file()).contains("headline-figures.json");
    assertThat(c.get(1).provenance().location()).contains("/1");
    assertThat(c.get(2).rule()).isEqualTo(ReconciliationRule.HOURS_FROM_CITIZEN_ESTIMATES);
    assertThat(c).hasSize(3);
  }

  @Test
  void theAuditUsesTheLibrarysFormulaRules() {
    DatasetReport.AuditSummary a = ReportBuilder.audit(DatasetLoader.load(TEST_TOWN), POLICY);
    // 40分×2（往復）×25件 = 2,000分 = 33.33…時間; stated 34, the policy gives 33
    assertThat(a.formulas()).isEqualTo(2);
    assertThat(a.inconsistent()).isEqualTo(1);
    DatasetReport.AuditFinding f = a.findings().get(0);
    assertThat(f.initiativeId()).isEqualTo("remote-inspection");
    assertThat(f.exactMinutes()).isEqualTo(2_000);
    assertThat(f.minutesConsistent()).isTrue();
    assertThat(f.hoursConsistent()).isFalse();
    assertThat(f.statedHours()).contains(new BigDecimal("34"));
    assertThat(f.expectedHours()).isEqualByComparingTo("33");
    assertThat(f.provenance().location()).contains("/1/initiative/estimates/0");
    // rounding up explains it
    assertThat(ReportBuilder.audit(DatasetLoader.load(TEST_TOWN), RoundingPolicy.seed(RoundingMode.CEILING)).inconsistent())
        .isZero();
  }
}
