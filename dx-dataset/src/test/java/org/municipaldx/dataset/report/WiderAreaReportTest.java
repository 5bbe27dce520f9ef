package org.municipaldx.dataset.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.dataset.DatasetLoader;

/** Two fictional members side by side and combined. */
class WiderAreaReportTest {
  private static final Dataset CITY = DatasetLoader.load(ReportBuilderTest.SAMPLE_CITY);
  private static final Dataset TOWN = DatasetLoader.load(ReportBuilderTest.TEST_TOWN);

  @Test
  void combinedFiguresAreTheMembersSums() {
    WiderAreaReport r = WiderAreaReport.of(List.of(CITY, TOWN), ReportBuilderTest.POLICY);
    assertThat(r.members()).extracting(WiderAreaReport.AreaFigures::datasetId)
        .containsExactly("sample-city-fy2024", "fictional-town-fy2024");
    WiderAreaReport.AreaFigures c = r.combined();
    assertThat(c.datasetId()).isEqualTo(WiderAreaReport.COMBINED);
    // 1,300 + 690 online of 5,850 + 2,700 applications: 1,990 / 8,550 = 23.27…% → 23.3%
    assertThat(c.onlineApplications()).isEqualTo(1_990);
    assertThat(c.applications()).isEqualTo(8_550);
    assertThat(c.applicationTakeUpPercent()).contains(new BigDecimal("23.3"));
    // 13 + 8 of 60 + 25 procedures
    assertThat(c.onlineProcedures()).isEqualTo(21);
    assertThat(c.procedures()).isEqualTo(85);
    // 48,000 + (18,000 + 2,000 + 9,000) minutes
    assertThat(c.savedMinutes()).isEqualTo(77_000);
    assertThat(c.beneficiaries()).filteredOn(b -> b.beneficiary() == Beneficiary.BUSINESSES).singleElement()
        .satisfies(b -> assertThat(b.minutes()).isEqualTo(9_000));
    assertThat(c.fiscalYear()).contains(CITY.manifest().fiscalYear());
    assertThat(r.reconciliation()).hasSize(2);
    assertThat(r.reconciliation().get(1).matching()).isEqualTo(1);
    assertThat(r.reconciliation().get(1).differing()).isEqualTo(2);
  }

  @Test
  void aMunicipalitysYearIsNeverCountedTwice() {
    assertThatThrownBy(() -> WiderAreaReport.of(List.of(CITY, TOWN, CITY), ReportBuilderTest.POLICY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WiderAreaReport.members")
        .hasMessageContaining("079995 2024");
    assertThatThrownBy(() -> WiderAreaReport.of(List.of(), ReportBuilderTest.POLICY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
  }
}
