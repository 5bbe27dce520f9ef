package org.municipaldx.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.dataset.report.DatasetReport;
import org.municipaldx.dataset.report.ReconciliationRule;
import org.municipaldx.dataset.report.ReportBuilder;
import org.municipaldx.dataset.report.ReportJson;
import org.municipaldx.dataset.report.WiderAreaReport;
import org.municipaldx.metrics.RoundingPolicy;

/** The module README's example compiles and does what the README says. */
class ReadmeExampleTest {
  private static final Path DATASETS = Path.of("src/test/resources/datasets");

  @Test
  void theReadmeExampleWorksAsDocumented() {
    RoundingPolicy policy = RoundingPolicy.seed(RoundingMode.HALF_UP);
    Dataset town = DatasetLoader.load(DATASETS.resolve("fictional-town"));
    List<DatasetReport.Reconciliation> checks = ReportBuilder.reconcile(town, policy);
    DatasetReport.Reconciliation hours = checks.get(1);

    DatasetReport report = ReportBuilder.build(town, policy);
    long online = report.totals().onlineApplications();
    String json = ReportJson.write(report);

    Dataset city = DatasetLoader.load(DATASETS.resolve("sample-city"));
    WiderAreaReport area = WiderAreaReport.of(List.of(city, town), policy);
    long combined = area.combined().onlineApplications();

    assertThat(hours.headlineId()).isEqualTo("hours-saved");
    assertThat(hours.stated()).isEqualByComparingTo("310");
    assertThat(hours.computed().orElseThrow()).isEqualByComparingTo("300");
    assertThat(hours.difference().orElseThrow()).isEqualByComparingTo("-10");
    assertThat(hours.rule()).isEqualTo(ReconciliationRule.HOURS_FROM_ONLINE_APPLICATION_FORMULAS);
    assertThat(hours.provenance().file()).contains("headline-figures.json");
    assertThat(hours.provenance().location()).contains("/1");
    assertThat(online).isEqualTo(690);
    assertThat(json).contains("\"onlineApplications\" : 690");
    assertThat(combined).isEqualTo(1_990);
  }

  @Test
  void theReadmeShowsTheSameCode() throws Exception {
    Path readme = Path.of("README.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(readme), "run from the dx-dataset module");
    assertThat(Files.readString(readme)).contains("DatasetLoader.load(Path.of(\"datasets/fictional-town\"))",
        "ReportBuilder.reconcile(town, policy)", "ReportBuilder.build(town, policy)", "ReportJson.write(report)",
        "WiderAreaReport.of(List.of(city, town), policy)", "area.combined().onlineApplications()");
  }
}
