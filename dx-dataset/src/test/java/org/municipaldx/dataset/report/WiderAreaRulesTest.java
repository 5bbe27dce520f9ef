package org.municipaldx.dataset.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.dataset.DatasetLoader;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * The wider-area report's rules beyond {@link WiderAreaReportTest}: one rounding policy for all members, the
 * members' own figures, the combined rows by beneficiary and five-less category, and members of different
 * fiscal years — each figure stated (issue 13 part 4, PIT survivors).
 */
class WiderAreaRulesTest {
  private static final Dataset CITY = DatasetLoader.load(ReportBuilderTest.SAMPLE_CITY);
  private static final Dataset TOWN = DatasetLoader.load(ReportBuilderTest.TEST_TOWN);
  private static final RoundingPolicy POLICY = ReportBuilderTest.POLICY;

  @TempDir
  Path dir;

  @Test
  void everyMemberIsBuiltUnderTheReportsPolicy() {
    RoundingPolicy other = RoundingPolicy.seed(RoundingMode.FLOOR);
    DatasetReport town = ReportBuilder.build(TOWN, other);
    assertThatThrownBy(() -> WiderAreaReport.combine(List.of(ReportBuilder.build(CITY, POLICY), town), POLICY))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("members");
          assertThat(e.value()).isEqualTo(other.toString());
          assertThat(e.rule()).isEqualTo("must be built under the policy " + POLICY);
        });
    assertThat(WiderAreaReport.combine(List.of(town), other).hoursRounding()).isEqualTo(other.toString());
  }

  @Test
  void eachMemberKeepsItsOwnFiguresAndReconciliationCounts() {
    WiderAreaReport r = WiderAreaReport.of(List.of(CITY, TOWN), POLICY);
    assertThat(r.percentRounding()).isEqualTo(ReportBuilder.PERCENT.toString());
    WiderAreaReport.AreaFigures city = r.members().get(0);
    assertThat(city.municipality()).contains(CITY.manifest().municipality());
    assertThat(city.fiscalYear()).contains(FiscalYear.of(2024));
    assertThat(List.of(city.procedures(), city.onlineProcedures(), city.applications(), city.onlineApplications()))
        .containsExactly(60L, 13L, 5_850L, 1_300L);
    assertThat(city.applicationTakeUpPercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("22.2"));
    assertThat(city.savedMinutes()).isEqualTo(48_000);
    assertThat(city.savedHours()).isEqualByComparingTo("800");
    assertThat(city.notEstimated()).isEqualTo(1);
    // the five-less rows, then the untagged row
    assertThat(city.fiveLess()).hasSize(FiveLess.values().length + 1);
    assertThat(city.fiveLess().get(FiveLess.values().length).category()).isEmpty();
    assertThat(city.beneficiaries()).hasSize(Beneficiary.values().length);
    // the city's one headline figure matches; the town's: 1 of 3 entries matches
    WiderAreaReport.MemberReconciliation c = r.reconciliation().get(0);
    assertThat(c.datasetId()).isEqualTo("sample-city-fy2024");
    assertThat(c.municipality()).isEqualTo(CITY.manifest().municipality());
    assertThat(c.entries()).hasSize(1);
    assertThat(c.matching()).isEqualTo(1);
    assertThat(c.differing()).isZero();
  }

  /** Combined rows add the members' minutes and items per beneficiary and per five-less category. */
  @Test
  void theCombinedRowsAreTheMembersSums() {
    WiderAreaReport.AreaFigures c = WiderAreaReport.of(List.of(CITY, TOWN), POLICY).combined();
    assertThat(c.municipality()).isEmpty();
    assertThat(c.notEstimated()).isEqualTo(1);
    // 13 + 8 of 60 + 25 procedures: 21 / 85 = 24.70…% → 24.7%
    assertThat(c.procedureTakeUpPercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("24.7"));
    assertThat(c.savedHours()).isEqualByComparingTo(POLICY.hours(77_000));
    // residents: 36,000 (city) + 18,000 (town); staff: 12,000 + 2,000; businesses: 9,000 (town)
    assertThat(c.beneficiaries()).extracting(DatasetReport.BeneficiaryRow::beneficiary)
        .containsExactly(Beneficiary.values());
    assertThat(c.beneficiaries()).extracting(DatasetReport.BeneficiaryRow::minutes)
        .containsExactly(54_000L, 9_000L, 14_000L, 0L, 0L);
    DatasetReport.BeneficiaryRow residents = c.beneficiaries().get(0);
    assertThat(residents.hours()).isEqualByComparingTo("900");
    assertThat(residents.items()).isEqualTo(2);
    // counterless: 43,200 + 18,000; paperless: 0 + 18,000 (the town's saving is tagged with both)
    DatasetReport.FiveLessRow counterless = c.fiveLess().get(0);
    assertThat(counterless.category()).contains(FiveLess.COUNTERLESS);
    assertThat(counterless.minutes()).isEqualTo(61_200);
    assertThat(counterless.hours()).isEqualByComparingTo("1020");
    assertThat(c.fiveLess()).filteredOn(f -> f.category().equals(Optional.of(FiveLess.PAPERLESS))).singleElement()
        .satisfies(f -> assertThat(f.minutes()).isEqualTo(18_000));
    assertThat(c.fiveLess()).last().satisfies(f -> assertThat(f.category()).isEmpty());
  }

  /** Members of different fiscal years: no combined fiscal year, and the notes say the years differ. */
  @Test
  void membersOfDifferentFiscalYearsHaveNoCombinedYear() throws IOException {
    try (Stream<Path> files = Files.list(ReportBuilderTest.TEST_TOWN)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.writeString(dir.resolve(f.getFileName()), Files.readString(f, StandardCharsets.UTF_8)
            .replace("\"fiscalYear\": 2024", "\"fiscalYear\": 2025"), StandardCharsets.UTF_8);
      }
    }
    Dataset town2025 = DatasetLoader.load(dir);
    assertThat(town2025.manifest().fiscalYear()).isEqualTo(FiscalYear.of(2025));
    WiderAreaReport r = WiderAreaReport.of(List.of(CITY, town2025), POLICY);
    assertThat(r.combined().fiscalYear()).isEmpty();
    assertThat(r.notes()).last().isEqualTo("The members report different fiscal years: the combined figures add different years.");
    WiderAreaReport same = WiderAreaReport.of(List.of(CITY, TOWN), POLICY);
    assertThat(same.notes()).hasSize(4).last().isEqualTo("All members report the same fiscal year.");
    // the same municipality in two fiscal years is two members
    assertThat(WiderAreaReport.of(List.of(TOWN, town2025), POLICY).members()).hasSize(2);
  }
}
