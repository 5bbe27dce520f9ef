package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.ChannelVolume;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.core.ReportingPeriod;
import org.municipaldx.core.plan.WorkloadComparison;
import org.municipaldx.core.plan.WorkloadSurvey;

class RatesTest {
  private static final RoundingPolicy TENTH = RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH);
  private static final ReportingPeriod CY2022 = ReportingPeriod.calendarYear(2022);

  /**
   * The seed's per-department take-up (◆N手続き中M手続きがオンライン化済, ◆A件中B件がオンラインによる申請等
   * （2022年1年間の実績）), by the seed line it is on: procedures, online, applications, online.
   */
  static final long[][] SEED_TAKE_UP = {
      {181, 100, 21, 12_512, 1_303}, {199, 32, 6, 1_280, 154}, {218, 118, 31, 19_458, 12_908},
      {251, 115, 39, 481_085, 331_957}, {269, 322, 23, 418_758, 1_099}, {287, 77, 16, 39_132, 9_908},
      {303, 308, 1, 23_000, 1_297}, {319, 1_622, 70, 134_058, 1_193}, {337, 378, 31, 41_440, 224},
      {357, 218, 14, 1_650, 1_334}, {362, 199, 33, 13_374, 1_549}, {367, 165, 5, 1_113, 103},
      {372, 311, 6, 1_279, 529}, {390, 66, 8, 235_324, 83_364}, {406, 34, 3, 27, 0},
      {412, 42, 2, 21, 1}, {417, 60, 2, 116, 1},
  };

  static List<ProcedureTakeUp> seedTakeUps() {
    List<ProcedureTakeUp> out = new ArrayList<>();
    for (long[] r : SEED_TAKE_UP) {
      out.add(ProcedureTakeUp.builder().departmentId("line-" + r[0]).period(CY2022).procedures(r[1])
          .onlineProcedures(r[2]).applications(r[3]).onlineApplications(r[4]).build());
    }
    return out;
  }

  @Test
  void seed_department_take_up_181() {
    // seed line 181: 100手続き中21手続き, 12,512件中1,303件 → 21.0%, 10.4% (1,303/12,512 = 10.41…%)
    TakeUp t = TakeUp.of(seedTakeUps().get(0));
    assertThat(t.procedures()).isEqualTo(Rate.of(21, 100));
    assertThat(t.applications().percent(TENTH)).contains(new BigDecimal("10.4"));
    assertThat(t.applications().format(TENTH)).isEqualTo("1,303/12,512 (10.4%)");
  }

  @Test
  void seed_overall_is_sum_over_sum_not_a_mean_of_ratios() {
    TakeUp all = TakeUpRates.overall(seedTakeUps());
    // Σ procedures 4,167, Σ online 311; Σ applications 1,423,627, Σ online 446,924 (added by hand from the table above)
    assertThat(all.procedures()).isEqualTo(Rate.of(311, 4_167));
    assertThat(all.applications()).isEqualTo(Rate.of(446_924, 1_423_627));
    assertThat(all.applications().percent(TENTH)).contains(new BigDecimal("31.4")); // 31.39…%
    assertThat(all.procedures().percent(TENTH)).contains(new BigDecimal("7.5"));     // 7.46…%
    // the mean of the 17 departments' ratios would be 22.0…%, weighing 21 applications like 481,085
    Rational mean = Rational.ZERO;
    for (ProcedureTakeUp p : seedTakeUps()) {
      mean = mean.plus(TakeUp.of(p).applications().value().orElseThrow());
    }
    mean = mean.dividedBy(Rational.of(SEED_TAKE_UP.length));
    assertThat(TENTH.apply(mean.times(Rational.of(100)))).isEqualByComparingTo("22.0");
    assertThat(all.applications().value().orElseThrow()).isNotEqualTo(mean);
  }

  @Test
  void by_department_and_period() {
    List<ProcedureTakeUp> rows = new ArrayList<>(seedTakeUps());
    rows.add(ProcedureTakeUp.builder().period(ReportingPeriod.fiscalYear(FiscalYear.of(2023))).procedures(0)
        .onlineProcedures(0).applications(0).onlineApplications(0).build());
    Map<String, TakeUp> byDept = TakeUpRates.byDepartment(rows);
    assertThat(byDept).hasSize(18).containsKey(TakeUpRates.UNKNOWN_DEPARTMENT);
    assertThat(byDept.get("line-251").applications().percent(TENTH)).contains(new BigDecimal("69")); // 331,957/481,085 = 69.0%
    // 0 procedures and 0 applications: undefined, not 0 and not an exception
    TakeUp empty = byDept.get(TakeUpRates.UNKNOWN_DEPARTMENT);
    assertThat(empty.procedures().isDefined()).isFalse();
    assertThat(empty.applications().value()).isEmpty();
    assertThat(empty.applications().format(TENTH)).isEqualTo("0/0 (undefined)");
    Map<ReportingPeriod, TakeUp> byPeriod = TakeUpRates.byPeriod(rows);
    assertThat(byPeriod.get(CY2022)).isEqualTo(TakeUpRates.overall(seedTakeUps()));
    assertThat(byPeriod.get(ReportingPeriod.fiscalYear(FiscalYear.of(2023)))).isEqualTo(TakeUp.NONE);
    // seed line 406: 27件中0件 is defined: 0%
    assertThat(byDept.get("line-406").applications().percent(TENTH)).contains(BigDecimal.ZERO);
  }

  @Test
  void channel_volumes_roll_up_by_period_and_department() {
    List<ChannelVolume> v = List.of(
        ChannelVolume.builder().procedureId("sodai-gomi").period(CY2022).totalApplications(23_000).onlineApplications(1_297).build(),
        ChannelVolume.builder().procedureId("kobun-kaiji").period(CY2022).totalApplications(1_280).onlineApplications(154).build(),
        ChannelVolume.builder().procedureId("x").period(ReportingPeriod.calendarYear(2023)).totalApplications(0).onlineApplications(0).build());
    assertThat(TakeUpRates.applications(v)).isEqualTo(Rate.of(1_451, 24_280));
    assertThat(TakeUpRates.applicationsByPeriod(v).get(ReportingPeriod.calendarYear(2023)).isDefined()).isFalse();
    assertThat(TakeUpRates.applicationsByDepartment(v, Map.of("sodai-gomi", "kankyo")))
        .containsEntry("kankyo", Rate.of(1_297, 23_000)).containsEntry(TakeUpRates.UNKNOWN_DEPARTMENT, Rate.of(154, 1_280));
    assertThat(TakeUp.of(v.get(0)).procedures().isDefined()).isFalse();
  }

  @Test
  void progress_towards_all_procedures_online_by_fy2025() {
    // seed: about 4,300 procedures to go online by FY2025 (★); 321手続 online
    Progress p = Progress.of(321, 4_300, FiscalYear.of(2025));
    assertThat(p.rate().percent(TENTH)).contains(new BigDecimal("7.5")); // 7.465…%
    assertThat(p.remaining()).isEqualTo(3_979);
    // FY2023, FY2024, FY2025 left: 3,979 / 3 = 1,326.33… procedures a year
    assertThat(p.requiredPerYear(FiscalYear.of(2023))).contains(Rational.of(3_979, 3));
    assertThat(p.requiredPerYear(FiscalYear.of(2026))).isEmpty();
    assertThat(Progress.of(4_300, 4_300, FiscalYear.of(2025)).requiredPerYear(FiscalYear.of(2030))).contains(Rational.ZERO);
    assertThat(Progress.of(0, 0, FiscalYear.of(2025)).rate().isDefined()).isFalse();
    assertThatThrownBy(() -> Progress.of(-1, 4_300, FiscalYear.of(2025))).hasMessageContaining("'-1'");
  }

  @Test
  void rates_parse_and_reject() {
    assertThat(Rate.parse("1303/12512")).isEqualTo(Rate.of(1_303, 12_512));
    assertThat(Rate.of(2, 4)).isNotEqualTo(Rate.of(1, 2)); // kept as counted, not reduced
    assertThatThrownBy(() -> Rate.of(-1, 2)).hasMessageContaining("numerator").hasMessageContaining("'-1'");
    assertThatThrownBy(() -> Rate.parse("1/2/3")).hasMessageContaining("'1/2/3'");
    assertThatThrownBy(() -> Rate.of(Long.MAX_VALUE, Long.MAX_VALUE).plus(Rate.of(1, 1))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void seed_workload_surveys_print_triangle_for_decreases() {
    // seed line 189: 205,132時間 → 197,745時間, 比較増減 △7,387時間 (197,745 − 205,132 = −7,387)
    WorkloadChange down = WorkloadChange.of(new BigDecimal("205132"), new BigDecimal("197745"));
    assertThat(down.difference()).isEqualByComparingTo("-7387");
    assertThat(down.formatDifference()).isEqualTo("△7,387時間");
    assertThat(down.formatPercentChange(TENTH)).isEqualTo("△3.6%"); // −3.60…%
    assertThat(down.relativeChange()).contains(Rational.of(-7_387, 205_132));
    // seed line 261: 276,592時間 → 281,037時間, 4,445時間 printed without a sign (+1.6…%)
    WorkloadChange up = WorkloadChange.of(new BigDecimal("276592"), new BigDecimal("281037"));
    assertThat(up.formatDifference()).isEqualTo("4,445時間");
    assertThat(up.formatPercentChange(TENTH)).isEqualTo("1.6%");
    assertThat(WorkloadChange.of(BigDecimal.ZERO, BigDecimal.TEN).percentChange(TENTH)).isEmpty();
    assertThat(WorkloadChange.of(BigDecimal.ZERO, BigDecimal.TEN).formatPercentChange(TENTH)).isEqualTo("—");
    assertThat(Figures.parse("△7,387")).isEqualByComparingTo("-7387");
    assertThat(Figures.parse("４，４４５")).isEqualByComparingTo("4445");
    assertThatThrownBy(() -> Figures.parse("7,38")).hasMessageContaining("'7,38'");
  }

  @Test
  void workload_comparison_from_the_model_checks_the_printed_change() {
    WorkloadComparison c = WorkloadComparison.builder()
        .baseline(WorkloadSurvey.builder().departmentId("somu").fiscalYear(FiscalYear.of(2020)).hours(205_132).build())
        .comparison(WorkloadSurvey.builder().departmentId("somu").fiscalYear(FiscalYear.of(2021)).hours(197_745).build())
        .statedChangeHours(-7_387).build();
    assertThat(WorkloadChange.of(c).formatDifference()).isEqualTo("△7,387時間");
    assertThat(WorkloadChange.statedChangeConsistent(c)).contains(true);
    WorkloadComparison slip = WorkloadComparison.builder().baseline(c.baseline()).comparison(c.comparison())
        .statedChangeHours(-7_378).build();
    assertThat(WorkloadChange.statedChangeConsistent(slip)).contains(false);
  }

  @Test
  void seed_care_certification_45_to_35_days() {
    // seed line 164: 認定期間 約10日間短縮(約45日 → 約35日); same outcome, one certification
    TimePerformance.Improvement i = TimePerformance.of(1, 45).to(TimePerformance.of(1, 35));
    assertThat(i.timeChange()).contains(Rational.of(-2, 9)); // −10/45 = −22.2…%
    assertThat(TENTH.apply(i.timeChange().orElseThrow().times(Rational.of(100)))).isEqualByComparingTo("-22.2");
    assertThat(i.factor()).contains(Rational.of(9, 7)); // ×45/35
    assertThat(i.performanceChange()).contains(Rational.of(2, 7)); // +28.57…%
    assertThat(i.outcomeChange()).contains(Rational.ZERO);
    assertThat(TimePerformance.of(1, 0).value()).isEmpty();
    assertThat(TimePerformance.of(0, 10).to(TimePerformance.of(1, 10)).factor()).isEmpty();
    assertThatThrownBy(() -> TimePerformance.of(Rational.of(-1), Rational.of(1))).hasMessageContaining("outcome");
  }

  @Test
  void equals_contracts() {
    EqualsVerifier.forClass(Rate.class).verify();
    EqualsVerifier.forClass(TakeUp.class).withNonnullFields("procedures", "applications").verify();
    EqualsVerifier.forClass(Progress.class).withNonnullFields("deadline").verify();
    EqualsVerifier.forClass(TimePerformance.class).withNonnullFields("outcome", "time").verify();
    EqualsVerifier.forClass(TimePerformance.Improvement.class).withNonnullFields("before", "after").verify();
    // equality is numeric (205132 equals 205132.0): compareTo in equals, stripped values in hashCode
    EqualsVerifier.forClass(WorkloadChange.class).withNonnullFields("baseline", "comparison")
        .suppress(Warning.BIGDECIMAL_EQUALITY).verify();
    assertThat(WorkloadChange.of(new BigDecimal("1.0"), BigDecimal.ONE)).isEqualTo(WorkloadChange.of(BigDecimal.ONE, BigDecimal.ONE))
        .hasSameHashCodeAs(WorkloadChange.of(BigDecimal.ONE, BigDecimal.ONE));
  }
}
