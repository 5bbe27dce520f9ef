package org.municipaldx.iot.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;

/**
 * The object path's judgement ({@link ComplianceReport#of}), rule by rule, figures worked out by
 * hand: an exceedance ends when the value goes back in range, crosses to the other side or meets
 * another limit (an amendment at Tokyo midnight); its worst value is the farthest out; a daily mean is
 * judged exactly and printed with two decimals more than its finest reading; min and max keep the
 * first of equal values; only readings dated in the period count, invalid ones included.
 */
class ComplianceReportRulesTest {
  static final Location HALL = Location.builder().facility("本庁舎").floor("3F").zone("会議室1").build();

  static Instant jst(String local) {
    return LocalDateTime.parse(local).atZone(ComplianceReport.JAPAN).toInstant();
  }

  static Reading r(Quantity q, String value, String at) {
    return Reading.of("s1", q, new BigDecimal(value), jst(at));
  }

  static QuantityCompliance judge(CompliancePeriod p, Quantity q, Reading... rs) {
    return ComplianceReport.of(Standards.BUILDING_HYGIENE, HALL, p, ComplianceReport.JAPAN, List.of(rs)).quantity(q)
        .orElseThrow();
  }

  /**
   * 29, 31, 30 °C then straight to 17, 16, 16.5 °C: two exceedances, above (worst 31) and below
   * (worst 16), with no reading in range between them.
   */
  @Test
  void anExceedanceEndsWhenTheValueCrossesToTheOtherSide() {
    QuantityCompliance t = judge(CompliancePeriod.day(LocalDate.of(2024, 6, 3)), Quantity.AIR_TEMPERATURE,
        r(Quantity.AIR_TEMPERATURE, "29", "2024-06-03T10:00"), r(Quantity.AIR_TEMPERATURE, "31", "2024-06-03T10:10"),
        r(Quantity.AIR_TEMPERATURE, "30", "2024-06-03T10:20"), r(Quantity.AIR_TEMPERATURE, "17", "2024-06-03T10:30"),
        r(Quantity.AIR_TEMPERATURE, "16", "2024-06-03T10:40"), r(Quantity.AIR_TEMPERATURE, "16.5", "2024-06-03T10:50"));
    assertThat(t.judged()).isEqualTo(6);
    assertThat(t.withinRange()).isZero();
    assertThat(t.exceedances()).extracting(Exceedance::above, Exceedance::readings, Exceedance::worst,
        Exceedance::start, Exceedance::end).containsExactly(
        org.assertj.core.groups.Tuple.tuple(true, 3L, new BigDecimal("31"), jst("2024-06-03T10:00"), jst("2024-06-03T10:20")),
        org.assertj.core.groups.Tuple.tuple(false, 3L, new BigDecimal("16"), jst("2024-06-03T10:30"),
            jst("2024-06-03T10:50")));
  }

  /**
   * A standard whose lower bound moves from 17 to 18 °C on 2024-06-15: 16.5 °C at 23:50 on the 14th and
   * at 00:00 on the 15th (Tokyo) are below both, but under different limits: two exceedances, not one;
   * 17 °C on the 14th complies, on the 15th it does not.
   */
  @Test
  void anExceedanceEndsWhereTheLimitChanges() {
    LocalDate amended = LocalDate.of(2024, 6, 15);
    Limit old = Limit.builder().quantity(Quantity.AIR_TEMPERATURE).lower(new BigDecimal("17")).upper(new BigDecimal("28"))
        .judgement(Judgement.PER_READING).effectiveUntil(amended).source("試験").build();
    Limit now = Limit.builder().quantity(Quantity.AIR_TEMPERATURE).lower(new BigDecimal("18")).upper(new BigDecimal("28"))
        .judgement(Judgement.PER_READING).effectiveFrom(amended).source("試験").build();
    EnvironmentalStandard std = EnvironmentalStandard.builder().id("test").japaneseName("試験").addLimits(old, now).build();
    ComplianceReport rep = ComplianceReport.of(std, HALL, CompliancePeriod.month(YearMonth.of(2024, 6)),
        ComplianceReport.JAPAN, List.of(r(Quantity.AIR_TEMPERATURE, "17", "2024-06-14T23:40"),
            r(Quantity.AIR_TEMPERATURE, "16.5", "2024-06-14T23:50"), r(Quantity.AIR_TEMPERATURE, "16.5", "2024-06-15T00:00"),
            r(Quantity.AIR_TEMPERATURE, "17", "2024-06-15T00:10")));
    QuantityCompliance t = rep.quantity(Quantity.AIR_TEMPERATURE).orElseThrow();
    assertThat(t.judged()).isEqualTo(4);
    assertThat(t.withinRange()).isEqualTo(1);
    assertThat(t.exceedances()).extracting(e -> e.limit().lower().orElseThrow().intValue(), Exceedance::readings,
        Exceedance::start).containsExactly(
        org.assertj.core.groups.Tuple.tuple(17, 1L, jst("2024-06-14T23:50")),
        org.assertj.core.groups.Tuple.tuple(18, 2L, jst("2024-06-15T00:00")));
  }

  /**
   * The worst value of an exceedance is the first reading of the farthest value, as written: 31.0
   * then 31.00 keeps 31.0; below, 16.5 then 16.50 keeps 16.5.
   */
  @Test
  void theWorstValueIsTheFirstOfTheFarthestAsWritten() {
    QuantityCompliance t = judge(CompliancePeriod.day(LocalDate.of(2024, 6, 3)), Quantity.AIR_TEMPERATURE,
        r(Quantity.AIR_TEMPERATURE, "31.0", "2024-06-03T10:00"), r(Quantity.AIR_TEMPERATURE, "31.00", "2024-06-03T10:10"),
        r(Quantity.AIR_TEMPERATURE, "20", "2024-06-03T10:20"),
        r(Quantity.AIR_TEMPERATURE, "16.5", "2024-06-03T10:30"), r(Quantity.AIR_TEMPERATURE, "16.50", "2024-06-03T10:40"));
    assertThat(t.exceedances()).extracting(Exceedance::worst).containsExactly(new BigDecimal("31.0"),
        new BigDecimal("16.5"));
  }

  /**
   * Exceedances are listed by start, also when a standard judges a quantity by the daily mean before an
   * amendment and per reading after it: the day of 2024-06-10 comes before the reading of 2024-06-20,
   * although days are judged after the readings.
   */
  @Test
  void exceedancesAreListedByStartAcrossAChangeOfJudgement() {
    LocalDate amended = LocalDate.of(2024, 6, 15);
    Limit daily = Limit.builder().quantity(Quantity.CO2).upper(new BigDecimal("1000")).judgement(Judgement.DAILY_AVERAGE)
        .effectiveUntil(amended).source("試験").build();
    Limit each = Limit.builder().quantity(Quantity.CO2).upper(new BigDecimal("1000")).judgement(Judgement.PER_READING)
        .effectiveFrom(amended).source("試験").build();
    EnvironmentalStandard std = EnvironmentalStandard.builder().id("test").japaneseName("試験").addLimits(daily, each).build();
    ComplianceReport rep = ComplianceReport.of(std, HALL, CompliancePeriod.month(YearMonth.of(2024, 6)),
        ComplianceReport.JAPAN, List.of(r(Quantity.CO2, "1200", "2024-06-10T09:00"),
            r(Quantity.CO2, "1100", "2024-06-20T09:00")));
    assertThat(rep.quantity(Quantity.CO2).orElseThrow().exceedances()).extracting(Exceedance::start)
        .containsExactly(jst("2024-06-10T09:00"), jst("2024-06-20T09:00"));
  }

  /**
   * CO2 ≤ 1000 ppm, daily mean: (1000.5 + 999.5) / 2 = 1000 complies; (1000.25 + 1000) / 2 =
   * 1000.125 does not, printed with 2 + 2 decimals as 1000.1250, above, from the day's first to last
   * reading.
   */
  @Test
  void aDailyMeanIsJudgedExactlyAndPrintedWithTwoMoreDecimals() {
    QuantityCompliance co2 = judge(CompliancePeriod.month(YearMonth.of(2024, 6)), Quantity.CO2,
        r(Quantity.CO2, "1000.5", "2024-06-03T09:00"), r(Quantity.CO2, "999.5", "2024-06-03T17:00"),
        r(Quantity.CO2, "1000.25", "2024-06-04T09:00"), r(Quantity.CO2, "1000", "2024-06-04T17:00"));
    assertThat(co2.judged()).isEqualTo(2);
    assertThat(co2.withinRange()).isEqualTo(1);
    assertThat(co2.exceedances()).singleElement().satisfies(e -> {
      assertThat(e.above()).isTrue();
      assertThat(e.worst()).isEqualTo(new BigDecimal("1000.1250"));
      assertThat(e.day()).hasValue(LocalDate.of(2024, 6, 4));
      assertThat(e.start()).isEqualTo(jst("2024-06-04T09:00"));
      assertThat(e.end()).isEqualTo(jst("2024-06-04T17:00"));
      assertThat(e.readings()).isEqualTo(2);
    });
  }

  /** A daily mean below a lower bound is an exceedance "below"; exactly at the bound complies. */
  @Test
  void aDailyMeanBelowTheLowerBound() {
    Limit low = Limit.builder().quantity(Quantity.CO2).lower(new BigDecimal("400")).judgement(Judgement.DAILY_AVERAGE)
        .source("試験").build();
    EnvironmentalStandard std = EnvironmentalStandard.builder().id("test").japaneseName("試験").addLimits(low).build();
    ComplianceReport rep = ComplianceReport.of(std, HALL, CompliancePeriod.month(YearMonth.of(2024, 6)),
        ComplianceReport.JAPAN, List.of(r(Quantity.CO2, "399", "2024-06-03T09:00"), r(Quantity.CO2, "401", "2024-06-03T10:00"),
            r(Quantity.CO2, "399", "2024-06-04T09:00"), r(Quantity.CO2, "400", "2024-06-04T10:00")));
    QuantityCompliance q = rep.quantity(Quantity.CO2).orElseThrow();
    assertThat(q.withinRange()).isEqualTo(1);
    assertThat(q.exceedances()).singleElement().satisfies(e -> {
      assertThat(e.above()).isFalse();
      assertThat(e.worst()).isEqualTo(new BigDecimal("399.50"));
    });
  }

  /** Of equal values written with different scales, min and max keep the first one read (in time order). */
  @Test
  void minAndMaxKeepTheFirstOfEqualValues() {
    QuantityCompliance t = judge(CompliancePeriod.day(LocalDate.of(2024, 6, 3)), Quantity.AIR_TEMPERATURE,
        r(Quantity.AIR_TEMPERATURE, "20.0", "2024-06-03T10:10"), r(Quantity.AIR_TEMPERATURE, "20.00", "2024-06-03T10:00"));
    assertThat(t.min()).hasValue(new BigDecimal("20.00"));
    assertThat(t.max()).hasValue(new BigDecimal("20.00"));
    assertThat(t.sum()).isEqualTo(new BigDecimal("40.00"));
  }

  /**
   * Only readings dated in the period (in the report's zone) count, the invalid ones too; the
   * quantities come in {@link Quantity} order whatever order the readings come in.
   */
  @Test
  void onlyReadingsInThePeriodCountAndQuantitiesAreInOrder() {
    Reading invalidBefore = Reading.builder().sensorId("s1").quantity(Quantity.CO2).value(new BigDecimal("500"))
        .observedAt(jst("2024-06-02T23:59")).quality(Quality.INVALID).build();
    Reading invalidIn = Reading.builder().sensorId("s1").quantity(Quantity.CO2).value(new BigDecimal("500"))
        .observedAt(jst("2024-06-03T00:00")).quality(Quality.INVALID).build();
    ComplianceReport rep = ComplianceReport.of(Standards.BUILDING_HYGIENE, HALL,
        CompliancePeriod.day(LocalDate.of(2024, 6, 3)), ComplianceReport.JAPAN, List.of(invalidBefore, invalidIn,
            r(Quantity.CO2, "800", "2024-06-03T09:00"), r(Quantity.AIR_TEMPERATURE, "20", "2024-06-03T09:00"),
            r(Quantity.AIR_TEMPERATURE, "35", "2024-06-04T00:00")));
    assertThat(rep.invalidReadings()).isEqualTo(1);
    assertThat(rep.quantities()).extracting(QuantityCompliance::quantity).containsExactly(Quantity.AIR_TEMPERATURE,
        Quantity.CO2);
    assertThat(rep.quantity(Quantity.AIR_TEMPERATURE).orElseThrow().count()).isEqualTo(1);
    assertThat(rep.quantity(Quantity.AIR_TEMPERATURE).orElseThrow().exceedances()).isEmpty();
    assertThat(rep.quantity(Quantity.RELATIVE_HUMIDITY)).isEmpty();
    assertThat(rep.quantity(Quantity.CO2).orElseThrow().count()).isEqualTo(1);
    // a quantity without a limit is counted, not judged
    QuantityCompliance p = judge(CompliancePeriod.day(LocalDate.of(2024, 6, 3)), Quantity.BAROMETRIC_PRESSURE,
        r(Quantity.BAROMETRIC_PRESSURE, "1013.2", "2024-06-03T09:00"));
    assertThat(p.count()).isEqualTo(1);
    assertThat(p.judged()).isZero();
    assertThat(p.exceedances()).isEmpty();
    assertThat(p.max()).hasValue(new BigDecimal("1013.2"));
  }
}
