package org.municipaldx.iot.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Network;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.Sensor;
import org.municipaldx.iot.SensorKind;

class ComplianceReportTest {
  private static final Location HALL = Location.builder().facility("本庁舎").floor("3F").zone("会議室1").build();

  private static Instant jst(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ComplianceReport.JAPAN).toInstant();
  }

  private static Reading r(Quantity q, String value, String at) {
    return Reading.of("s1", q, new BigDecimal(value), jst(at));
  }

  @Test
  void temperatureLowerBoundMovedFrom17To18On20220401() {
    // 建築物環境衛生管理基準: 17–28 °C before 2022-04-01, 18–28 °C from then (令和3年政令第347号)
    Reading before = r(Quantity.AIR_TEMPERATURE, "17.5", "2022-03-31T10:00");
    Reading after = r(Quantity.AIR_TEMPERATURE, "17.5", "2022-04-01T10:00");
    assertThat(Standards.BUILDING_HYGIENE.limit(Quantity.AIR_TEMPERATURE, LocalDate.of(2022, 3, 31)))
        .get().satisfies(l -> assertThat(l.lower()).contains(new BigDecimal("17")));
    assertThat(Standards.BUILDING_HYGIENE.limit(Quantity.AIR_TEMPERATURE, LocalDate.of(2022, 4, 1)))
        .get().satisfies(l -> assertThat(l.lower()).contains(new BigDecimal("18")));

    ComplianceReport fy2021 = ComplianceReport.of(Standards.BUILDING_HYGIENE, HALL,
        CompliancePeriod.fiscalYear(FiscalYear.of(2021)), ComplianceReport.JAPAN, List.of(before, after));
    QuantityCompliance t21 = fy2021.quantity(Quantity.AIR_TEMPERATURE).orElseThrow();
    assertThat(t21.count()).isEqualTo(1);
    assertThat(t21.withinRange()).isEqualTo(1);
    assertThat(t21.exceedances()).isEmpty();

    ComplianceReport fy2022 = ComplianceReport.of(Standards.BUILDING_HYGIENE, HALL,
        CompliancePeriod.fiscalYear(FiscalYear.of(2022)), ComplianceReport.JAPAN, List.of(before, after));
    QuantityCompliance t22 = fy2022.quantity(Quantity.AIR_TEMPERATURE).orElseThrow();
    assertThat(t22.count()).isEqualTo(1);
    assertThat(t22.withinRange()).isZero();
    assertThat(t22.exceedances()).singleElement().satisfies(e -> {
      assertThat(e.above()).isFalse();
      assertThat(e.worst()).isEqualByComparingTo("17.5");
      assertThat(e.limit().describe()).isEqualTo("18°C以上28°C以下");
    });
  }

  @Test
  void carbonMonoxideLimitMovedFrom10To6PpmOnDailyAverage() {
    // CO: 10 ppm before 2022-04-01, 6 ppm from then; judged on the day's average
    List<Reading> rs = List.of(
        r(Quantity.CO, "7", "2022-03-31T09:00"), r(Quantity.CO, "8", "2022-03-31T15:00"),
        r(Quantity.CO, "7", "2022-04-01T09:00"), r(Quantity.CO, "8", "2022-04-01T15:00"),
        r(Quantity.CO, "9", "2022-04-02T09:00"), r(Quantity.CO, "2", "2022-04-02T15:00"));
    ComplianceReport march = ComplianceReport.of(Standards.BUILDING_HYGIENE, HALL,
        CompliancePeriod.month(YearMonth.of(2022, 3)), ComplianceReport.JAPAN, rs);
    assertThat(march.quantity(Quantity.CO).orElseThrow().exceedances()).isEmpty();
    assertThat(march.quantity(Quantity.CO).orElseThrow().judged()).isEqualTo(1);

    ComplianceReport april = ComplianceReport.of(Standards.BUILDING_HYGIENE, HALL,
        CompliancePeriod.month(YearMonth.of(2022, 4)), ComplianceReport.JAPAN, rs);
    QuantityCompliance co = april.quantity(Quantity.CO).orElseThrow();
    assertThat(co.judged()).isEqualTo(2);
    assertThat(co.withinRange()).isEqualTo(1); // 4月2日: (9 + 2) / 2 = 5.5 ≤ 6, although 9 > 6
    assertThat(co.exceedances()).singleElement().satisfies(e -> {
      assertThat(e.day()).contains(LocalDate.of(2022, 4, 1));
      assertThat(e.worst()).isEqualByComparingTo("7.5");
      assertThat(e.start()).isEqualTo(jst("2022-04-01T09:00"));
      assertThat(e.end()).isEqualTo(jst("2022-04-01T15:00"));
      assertThat(e.readings()).isEqualTo(2);
      assertThat(e.limit().upper()).contains(new BigDecimal("6"));
    });
    assertThat(co.shareWithinRange(2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("0.50"));
  }

  @Test
  void reportsStatisticsAndEachExceedanceWithItsSpan() {
    List<Reading> rs = new ArrayList<>();
    // humidity 40–70 %: 3 readings above from 10:00 to 10:20, then back, then one below at 13:00
    String[] values = {"55.0", "71.0", "75.5", "72.0", "60.0", "60.0", "39.5"};
    String[] times = {"09:50", "10:00", "10:10", "10:20", "10:30", "12:50", "13:00"};
    for (int i = 0; i < values.length; i++) {
      rs.add(r(Quantity.RELATIVE_HUMIDITY, values[i], "2023-02-14T" + times[i]));
    }
    rs.add(Reading.builder().sensorId("s1").quantity(Quantity.RELATIVE_HUMIDITY).value(new BigDecimal("99"))
        .observedAt(jst("2023-02-14T11:00")).quality(Quality.INVALID).build());
    ComplianceReport day = ComplianceReport.of(Standards.BUILDING_HYGIENE, HALL,
        CompliancePeriod.day(LocalDate.of(2023, 2, 14)), ComplianceReport.JAPAN, rs);
    QuantityCompliance h = day.quantity(Quantity.RELATIVE_HUMIDITY).orElseThrow();
    assertThat(day.invalidReadings()).isEqualTo(1);
    assertThat(h.count()).isEqualTo(7);
    assertThat(h.min()).contains(new BigDecimal("39.5"));
    assertThat(h.max()).contains(new BigDecimal("75.5"));
    assertThat(h.sum()).isEqualByComparingTo("433.0");
    assertThat(h.mean(2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("61.86")); // 433 / 7 = 61.857…
    assertThat(h.judged()).isEqualTo(7);
    assertThat(h.withinRange()).isEqualTo(3);
    assertThat(h.shareWithinRange(4, RoundingMode.HALF_EVEN)).contains(new BigDecimal("0.4286"));
    assertThat(h.exceedances()).hasSize(2);
    Exceedance high = h.exceedances().get(0);
    assertThat(high.above()).isTrue();
    assertThat(high.start()).isEqualTo(jst("2023-02-14T10:00"));
    assertThat(high.end()).isEqualTo(jst("2023-02-14T10:20"));
    assertThat(high.duration()).isEqualTo(Duration.ofMinutes(20));
    assertThat(high.readings()).isEqualTo(3);
    assertThat(high.worst()).isEqualByComparingTo("75.5");
    Exceedance low = h.exceedances().get(1);
    assertThat(low.above()).isFalse();
    assertThat(low.worst()).isEqualByComparingTo("39.5");
    assertThat(low.readings()).isEqualTo(1);
  }

  @Test
  void schoolStandardAllowsWhatBuildingStandardDoesNot() {
    // 学校環境衛生基準: humidity 30–80 %, CO2 ≤ 1500 ppm; building: 40–70 %, CO2 ≤ 1000 ppm (daily average)
    List<Reading> rs = List.of(r(Quantity.RELATIVE_HUMIDITY, "35.0", "2023-06-01T10:00"),
        r(Quantity.CO2, "1200", "2023-06-01T10:00"));
    CompliancePeriod p = CompliancePeriod.day(LocalDate.of(2023, 6, 1));
    ComplianceReport school = ComplianceReport.of(Standards.SCHOOL, HALL, p, ComplianceReport.JAPAN, rs);
    ComplianceReport building = ComplianceReport.of(Standards.BUILDING_HYGIENE, HALL, p, ComplianceReport.JAPAN, rs);
    assertThat(school.quantities()).allSatisfy(q -> assertThat(q.exceedances()).isEmpty());
    assertThat(building.quantities()).allSatisfy(q -> assertThat(q.exceedances()).hasSize(1));
    assertThat(Standards.SCHOOL.limit(Quantity.CO2, LocalDate.of(2023, 6, 1))).get()
        .satisfies(l -> assertThat(l.upper()).contains(new BigDecimal("1500")));
    // school temperature: 17–28 °C from 2018-04-01, 18–28 °C from 2022-04-01, earlier rule not modelled
    assertThat(Standards.SCHOOL.limit(Quantity.AIR_TEMPERATURE, LocalDate.of(2022, 3, 31))).get()
        .satisfies(l -> assertThat(l.describe()).isEqualTo("17°C以上28°C以下"));
    assertThat(Standards.SCHOOL.limit(Quantity.AIR_TEMPERATURE, LocalDate.of(2022, 4, 1))).get()
        .satisfies(l -> assertThat(l.describe()).isEqualTo("18°C以上28°C以下"));
    assertThat(Standards.SCHOOL.limit(Quantity.AIR_TEMPERATURE, LocalDate.of(2018, 3, 31))).isEmpty();
  }

  @Test
  void buildingStandardValuesAsTheCabinetOrderStates() {
    LocalDate d = LocalDate.of(2023, 2, 14);
    EnvironmentalStandard s = Standards.BUILDING_HYGIENE;
    assertThat(s.limit(Quantity.CO2, d).orElseThrow().upper()).contains(new BigDecimal("1000"));
    assertThat(s.limit(Quantity.CO, d).orElseThrow().upper()).contains(new BigDecimal("6"));
    assertThat(s.limit(Quantity.CO, LocalDate.of(2022, 3, 31)).orElseThrow().upper()).contains(new BigDecimal("10"));
    assertThat(s.limit(Quantity.SUSPENDED_PARTICULATES, d).orElseThrow().upper()).contains(new BigDecimal("0.15"));
    assertThat(s.limit(Quantity.AIR_VELOCITY, d).orElseThrow().upper()).contains(new BigDecimal("0.5"));
    assertThat(s.limit(Quantity.FORMALDEHYDE, d).orElseThrow().upper()).contains(new BigDecimal("0.1"));
    assertThat(s.limit(Quantity.RELATIVE_HUMIDITY, d).orElseThrow().describe()).isEqualTo("40%以上70%以下");
    assertThat(s.limit(Quantity.CO2, d).orElseThrow().judgement()).isEqualTo(Judgement.DAILY_AVERAGE);
    assertThat(s.limit(Quantity.AIR_TEMPERATURE, d).orElseThrow().judgement()).isEqualTo(Judgement.PER_READING);
    assertThat(s.limits()).allSatisfy(l -> assertThat(l.source()).contains("建築物における衛生的環境の確保に関する法律施行令"));
    assertThat(s.limit(Quantity.ILLUMINANCE, d)).isEmpty();
  }

  @Test
  void usersDefineTheirOwnStandardAndOverlapsAreRejected() {
    EnvironmentalStandard own = EnvironmentalStandard.builder().id("koriyama-co2-target").japaneseName("庁舎CO2目標")
        .addLimits(Limit.builder().quantity(Quantity.CO2).upper(new BigDecimal("800"))
            .judgement(Judgement.PER_READING).source("市の目標値").build())
        .build();
    ComplianceReport rep = ComplianceReport.of(own, HALL, CompliancePeriod.day(LocalDate.of(2023, 2, 14)),
        ComplianceReport.JAPAN, List.of(r(Quantity.CO2, "900", "2023-02-14T10:00")));
    assertThat(rep.quantity(Quantity.CO2).orElseThrow().exceedances()).hasSize(1);

    Limit a = Limit.builder().quantity(Quantity.CO2).upper(new BigDecimal("800")).judgement(Judgement.PER_READING)
        .source("x").effectiveUntil(LocalDate.of(2023, 1, 1)).build();
    Limit b = Limit.builder().quantity(Quantity.CO2).upper(new BigDecimal("700")).judgement(Judgement.PER_READING)
        .source("x").effectiveFrom(LocalDate.of(2022, 12, 31)).build();
    assertThatThrownBy(() -> EnvironmentalStandard.builder().id("bad").japaneseName("重複").addLimits(a, b).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limits[1]");
    assertThatThrownBy(() -> Limit.builder().quantity(Quantity.CO2).judgement(Judgement.PER_READING).source("x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one bound");
  }

  @Test
  void byLocationGroupsReadingsBySensorLocationAndRejectsUnknownSensors() {
    Location other = Location.of("西部地域公民館");
    Sensor s1 = sensor("s1", HALL);
    Sensor s2 = sensor("s2", other);
    List<Reading> rs = List.of(r(Quantity.AIR_TEMPERATURE, "20.0", "2023-02-14T10:00"),
        Reading.of("s2", Quantity.AIR_TEMPERATURE, new BigDecimal("29.0"), jst("2023-02-14T10:00")));
    Map<Location, ComplianceReport> reports = ComplianceReport.byLocation(Standards.BUILDING_HYGIENE,
        CompliancePeriod.month(YearMonth.of(2023, 2)), ComplianceReport.JAPAN, List.of(s1, s2), rs);
    assertThat(reports).containsOnlyKeys(HALL, other);
    assertThat(reports.get(other).quantity(Quantity.AIR_TEMPERATURE).orElseThrow().exceedances()).hasSize(1);
    assertThat(reports.get(HALL).quantity(Quantity.AIR_TEMPERATURE).orElseThrow().exceedances()).isEmpty();
    assertThatThrownBy(() -> ComplianceReport.byLocation(Standards.BUILDING_HYGIENE,
        CompliancePeriod.month(YearMonth.of(2023, 2)), ComplianceReport.JAPAN, List.of(s1), rs))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'s2'");
  }

  @Test
  void sensorsInOneRoomAtDifferentPointsGiveOneReportWhateverTheReadingOrder() {
    // two sensors in the same zone, each with its own position: one report, whose location does
    // not depend on which reading happens to come last
    Location a = Location.builder().facility("本庁舎").floor("3F").zone("会議室1").coordinates(org.municipaldx.iot.Coordinates.parse("37.4006,140.3597")).build();
    Location b = Location.builder().facility("本庁舎").floor("3F").zone("会議室1").coordinates(org.municipaldx.iot.Coordinates.parse("37.4007,140.3598")).build();
    List<Sensor> sensors = List.of(sensor("s1", a), sensor("s2", b));
    Reading r1 = r(Quantity.AIR_TEMPERATURE, "20.0", "2023-02-14T10:00");
    Reading r2 = Reading.of("s2", Quantity.AIR_TEMPERATURE, new BigDecimal("21.0"), jst("2023-02-14T10:10"));
    CompliancePeriod feb = CompliancePeriod.month(YearMonth.of(2023, 2));
    Map<Location, ComplianceReport> forward = ComplianceReport.byLocation(Standards.BUILDING_HYGIENE, feb,
        ComplianceReport.JAPAN, sensors, List.of(r1, r2));
    Map<Location, ComplianceReport> backward = ComplianceReport.byLocation(Standards.BUILDING_HYGIENE, feb,
        ComplianceReport.JAPAN, sensors, List.of(r2, r1));
    assertThat(forward).containsOnlyKeys(a);
    assertThat(backward).isEqualTo(forward);
    assertThat(forward.get(a).quantity(Quantity.AIR_TEMPERATURE).orElseThrow().count()).isEqualTo(2);
  }

  private static Sensor sensor(String id, Location where) {
    return Sensor.builder().id(id).kind(SensorKind.CO2_METER).addQuantities(Quantity.AIR_TEMPERATURE, Quantity.CO2)
        .network(Network.LORAWAN).location(where).owner(MunicipalityCode.parse("07203"))
        .reportingInterval(Duration.ofMinutes(10)).build();
  }

  @Test
  void readingsAreDatedInTheReportZone() {
    // 2022-03-31T16:00Z is 2022-04-01 01:00 in Japan: judged against the 18 °C rule
    Reading r = Reading.of("s1", Quantity.AIR_TEMPERATURE, new BigDecimal("17.5"), Instant.parse("2022-03-31T16:00:00Z"));
    ComplianceReport rep = ComplianceReport.of(Standards.BUILDING_HYGIENE, HALL,
        CompliancePeriod.day(LocalDate.of(2022, 4, 1)), ComplianceReport.JAPAN, List.of(r));
    assertThat(rep.quantity(Quantity.AIR_TEMPERATURE).orElseThrow().exceedances()).hasSize(1);
  }
}
