package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.municipaldx.core.plan.FiscalYearRange;
import org.municipaldx.core.plan.WorkloadComparison;
import org.municipaldx.core.plan.WorkloadSurvey;

/**
 * The model's rules that tie two fields together (issue 13w: no test stated them; only valid values were
 * generated): each at its boundary, the value just inside accepted and the one just outside rejected with the
 * field and the rule.
 */
class CrossFieldInvariantsTest {

  private static ChannelVolume.Builder volume(long total, long online) {
    return ChannelVolume.builder().procedureId("p1").period(ReportingPeriod.fiscalYear(FiscalYear.of(2023)))
        .totalApplications(total).onlineApplications(online);
  }

  @Test
  void onlineApplicationsMayEqualButNotExceedTheTotal() {
    assertThat(volume(5, 5).build().onlineApplications()).isEqualTo(5);
    assertThat(volume(0, 0).build().totalApplications()).isZero();
    assertThatThrownBy(() -> volume(5, 6).build())
        .hasMessage("ChannelVolume.onlineApplications: must not exceed totalApplications 5 (was '6')");
    assertThatThrownBy(() -> volume(-1, 0).build()).hasMessageContaining("ChannelVolume.totalApplications: must be zero or more");
    assertThatThrownBy(() -> volume(1, -1).build()).hasMessageContaining("ChannelVolume.onlineApplications: must be zero or more");
  }

  private static WorkloadSurvey survey(String department, int year) {
    WorkloadSurvey.Builder b = WorkloadSurvey.builder().fiscalYear(FiscalYear.of(year)).hours(100);
    if (department != null) {
      b.departmentId(department);
    }
    return b.build();
  }

  @Test
  void aWorkloadComparisonComparesOneDepartmentWithALaterYear() {
    assertThat(WorkloadComparison.builder().baseline(survey("a", 2020)).comparison(survey("a", 2021)).build())
        .isNotNull();
    assertThat(WorkloadComparison.builder().baseline(survey(null, 2020)).comparison(survey(null, 2021)).build())
        .isNotNull();
    assertThatThrownBy(() -> WorkloadComparison.builder().baseline(survey("a", 2020)).comparison(survey("b", 2021)).build())
        .hasMessage("WorkloadComparison.comparison.departmentId: must be the baseline's department a (was 'b')");
    assertThatThrownBy(() -> WorkloadComparison.builder().baseline(survey(null, 2020)).comparison(survey("b", 2021)).build())
        .hasMessage("WorkloadComparison.comparison.departmentId: must be the baseline's department (unknown) (was 'b')");
    assertThatThrownBy(() -> WorkloadComparison.builder().baseline(survey("a", 2021)).comparison(survey("a", 2021)).build())
        .hasMessageContaining("WorkloadComparison.comparison.fiscalYear: must come after the baseline's");
    assertThatThrownBy(() -> WorkloadComparison.builder().baseline(survey("a", 2021)).comparison(survey("a", 2020)).build())
        .hasMessageContaining("WorkloadComparison.comparison.fiscalYear: must come after the baseline's");
  }

  @Test
  void aFiscalYearRangeMayBeOneYearButNotEndBeforeItStarts() {
    assertThat(new FiscalYearRange(FiscalYear.of(2023), FiscalYear.of(2023)).to()).isEqualTo(FiscalYear.of(2023));
    assertThatThrownBy(() -> new FiscalYearRange(FiscalYear.of(2023), FiscalYear.of(2022)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("FiscalYearRange.to: must not be before from");
  }

  @Test
  void aMunicipalitysPrefectureIsTheOneItsCodeNames() {
    MunicipalityCode koriyama = MunicipalityCode.parse("072036");
    assertThat(Municipality.builder().code(koriyama).japaneseName("郡山市").prefecture(Prefecture.FUKUSHIMA).build()
        .prefecture()).isEqualTo(Prefecture.FUKUSHIMA);
    assertThatThrownBy(() -> Municipality.builder().code(koriyama).japaneseName("郡山市").prefecture(Prefecture.MIYAGI).build())
        .hasMessageContaining("Municipality.prefecture: must be the prefecture of code 072036");
  }
}
