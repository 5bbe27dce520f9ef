package org.municipaldx.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.plan.KpiGranularity;
import org.municipaldx.core.plan.KpiSeries;
import org.municipaldx.dataset.report.ReconciliationRule;

/**
 * Rules of dx-dataset's records that no test stated (issue 13y, from the survivors dx-dataset's
 * pit-equivalent-mutants.md lists: {@code Dataset} 155, {@code report.ReconciliationRule} 34).
 */
class DatasetModelInvariantsTest {
  private static final Path SAMPLE = Path.of("src/test/resources/datasets/sample-city");

  private static KpiSeries kpi(String id) {
    return KpiSeries.builder().id(id).indicator("指標 " + id).unit("%").granularity(KpiGranularity.FISCAL_YEAR).build();
  }

  @Test
  @DisplayName("a dataset finds a KPI series by its id among others, and no series for an id it does not have")
  void aKpiIsFoundByItsIdAmongOthers() {
    Dataset s = DatasetLoader.load(SAMPLE);
    KpiSeries paperless = kpi("paperless");
    KpiSeries cashless = kpi("cashless");
    Dataset d = new Dataset(s.manifest(), s.departments(), s.blocks(), s.takeUps(), s.initiatives(), s.workloads(),
        s.headlineFigures(), s.highlights(), s.history(), List.of(paperless, cashless), s.roadmap(), s.migrationPlan(),
        s.plan(), s.tools(), s.analogRegulation(), s.procurement());
    assertThat(d.kpi("cashless")).containsSame(cashless);
    assertThat(d.kpi("paperless")).containsSame(paperless);
    assertThat(d.kpi("moveless")).isEmpty();
  }

  @Test
  @DisplayName("each reconciliation rule says in English what it computes, and no two say the same")
  void everyReconciliationRuleDescribesItsComputation() {
    assertThat(ReconciliationRule.DAYS_FROM_STATED_HOURS.description())
        .isEqualTo("the stated hours-saved figure / 24 (calendar days), floored");
    assertThat(ReconciliationRule.NONE.description())
        .isEqualTo("no rule reconciles a headline figure with this id; see DATASET.md");
    assertThat(Arrays.stream(ReconciliationRule.values()).map(ReconciliationRule::description).collect(Collectors.toSet()))
        .hasSize(ReconciliationRule.values().length)
        .allSatisfy(text -> assertThat(text).isNotBlank());
  }
}
