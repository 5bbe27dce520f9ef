package org.municipaldx.iot.standard;

import org.municipaldx.testsupport.TrialScale;
import static org.municipaldx.iot.IotTrials.API;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;

class CompliancePeriodTest {

  @Test
  void fiscalYearRunsAprilToMarch() {
    CompliancePeriod fy = CompliancePeriod.fiscalYear(FiscalYear.of(2023));
    assertThat(fy.start()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(fy.endExclusive()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(fy.contains(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(fy.contains(LocalDate.of(2023, 3, 31))).isFalse();
    assertThat(fy).hasToString("FY2023");
    assertThat(CompliancePeriod.parse("2023（令和5）年度")).isEqualTo(fy);
  }

  @Test
  void monthAndDay() {
    assertThat(CompliancePeriod.month(YearMonth.of(2024, 2)).endExclusive()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(CompliancePeriod.parse("2024-02")).hasToString("2024-02");
    assertThat(CompliancePeriod.parse("２０２３-０２-１４")).isEqualTo(CompliancePeriod.day(LocalDate.of(2023, 2, 14)));
    assertThatThrownBy(() -> CompliancePeriod.parse("2023-13")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-13");
    assertThatThrownBy(() -> CompliancePeriod.parse("soon")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FY2022");
  }

  @Test
  void toStringAndParseRoundTrip() {
    API.integers(1900, 2100).and(API.integers(1, 12)).and(API.integers(1, 28)).withLimits(TrialScale.trials(200), TrialScale.limits())
        .supplyTo((year, month, day) -> toStringAndParseRoundTrip(year, month, day));
  }

  private static void toStringAndParseRoundTrip(int year, int month, int day) {
    for (CompliancePeriod p : new CompliancePeriod[] {CompliancePeriod.day(LocalDate.of(year, month, day)),
        CompliancePeriod.month(YearMonth.of(year, month)), CompliancePeriod.fiscalYear(FiscalYear.of(year))}) {
      assertThat(CompliancePeriod.parse(p.toString())).isEqualTo(p);
    }
  }

  @Test
  void equalsContract() {
    EqualsVerifier.forClass(CompliancePeriod.class).withNonnullFields("kind", "start").verify();
  }
}
