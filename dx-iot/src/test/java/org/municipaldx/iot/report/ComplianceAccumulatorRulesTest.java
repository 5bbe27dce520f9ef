package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.aggregate.Gap;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Standards;

/**
 * The figures of {@link ComplianceAccumulator}, each worked out by hand in the test (not by another
 * path through the same code): a value exactly at a limit complies, one step of 0.001 past it does
 * not; a span ends at the next reading or one interval after its last reading out of range, whichever
 * is first; a silence longer than the interval is a gap, one of exactly the interval is not; days are
 * cut at Asia/Tokyo midnight; a daily-average limit judges the day's mean of all the location's
 * readings exactly.
 */
class ComplianceAccumulatorRulesTest {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");
  static final Location DESK = Location.builder().facility("本庁舎").floor("1F").zone("窓口").build();
  static final Location HALL = Location.builder().facility("本庁舎").floor("2F").zone("ホール").build();
  static final Optional<Duration> TEN_MINUTES = Optional.of(Duration.ofMinutes(10));

  /** Epoch milliseconds of a local time in Asia/Tokyo, "2024-06-03T09:10". */
  static long jst(String local) {
    return LocalDateTime.parse(local).atZone(JST).toInstant().toEpochMilli();
  }

  static Instant at(String local) {
    return Instant.ofEpochMilli(jst(local));
  }

  static long fixed(String v) {
    return ComplianceAccumulator.fixed(new BigDecimal(v));
  }

  static ComplianceAccumulator day() {
    return ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
  }

  static QuantityRow row(LocationPeriod p, Quantity q) {
    return p.quantities().stream().filter(r -> r.quantity() == q).findFirst().orElseThrow();
  }

  static BigDecimal dec(String v) {
    return new BigDecimal(v);
  }

  /**
   * One sensor read every 10 minutes, temperature limit 18–28 °C per reading: 28.000 and 18.000 comply,
   * 28.001 and 17.999 do not; a span ends at the next reading within range; after a silence of 25
   * minutes the span is cut one interval after its last reading out of range and a new one starts;
   * the time out of range counts each reading out of range for the time to the next reading, at most
   * one interval.
   */
  @Test
  void perReadingSpansTimeOutOfRangeGapsAndCoverageOfOneSensor() {
    ComplianceAccumulator acc = day();
    int s = acc.sensor("s1", DESK, TEN_MINUTES);
    String[][] rs = {
        {"09:00", "25"}, {"09:10", "28.001"}, {"09:20", "28"}, {"09:30", "17.999"}, {"09:40", "18"},
        {"09:50", "30.5"}, {"10:00", "31"}, {"10:25", "29"}, {"10:35", "27"}};
    for (String[] r : rs) {
      assertThat(acc.add(s, Quantity.AIR_TEMPERATURE, jst("2024-06-03T" + r[0]), fixed(r[1])))
          .isEqualTo(ComplianceAccumulator.Outcome.ADDED);
    }
    assertThat(acc.readings()).isEqualTo(9);
    ComplianceTable t = acc.finish();
    assertThat(t.readings()).isEqualTo(9);
    assertThat(t.windowStart()).hasValue(at("2024-06-03T09:00"));
    assertThat(t.windowEnd()).hasValue(at("2024-06-03T10:35"));
    LocationPeriod p = t.rows().get(0);
    assertThat(t.rows()).hasSize(1);
    assertThat(p.period()).isEqualTo(CompliancePeriod.day(LocalDate.of(2024, 6, 3)));
    assertThat(p.sensors()).containsExactly("s1");
    QuantityRow q = row(p, Quantity.AIR_TEMPERATURE);
    assertThat(q.count()).isEqualTo(9);
    assertThat(q.judged()).isEqualTo(9);
    assertThat(q.outOfRange()).isEqualTo(5); // 28.001, 17.999, 30.5, 31, 29
    assertThat(q.min()).hasValue(dec("17.999"));
    assertThat(q.max()).hasValue(dec("31"));
    assertThat(q.sum()).isEqualByComparingTo("234.5");
    assertThat(q.judgement()).hasValue(Judgement.PER_READING);
    assertThat(q.limits()).singleElement().satisfies(l -> assertThat(l.lower()).hasValue(dec("18")));
    // 09:10→09:20, 09:30→09:40, 09:50→10:00, 10:00→10:25 (capped at 10), 10:25→10:35
    assertThat(q.timeOutOfRange()).hasValue(Duration.ofMinutes(50));
    assertThat(q.spans()).extracting(Span::start, Span::end, Span::above, Span::readings, Span::worst).containsExactly(
        org.assertj.core.groups.Tuple.tuple(at("2024-06-03T09:10"), at("2024-06-03T09:20"), true, 1L, dec("28.001")),
        org.assertj.core.groups.Tuple.tuple(at("2024-06-03T09:30"), at("2024-06-03T09:40"), false, 1L, dec("17.999")),
        org.assertj.core.groups.Tuple.tuple(at("2024-06-03T09:50"), at("2024-06-03T10:10"), true, 2L, dec("31")),
        org.assertj.core.groups.Tuple.tuple(at("2024-06-03T10:25"), at("2024-06-03T10:35"), true, 1L, dec("29")));
    assertThat(q.spans()).allSatisfy(sp -> {
      assertThat(sp.sensorId()).isEqualTo("s1");
      assertThat(sp.day()).isEmpty();
    });
    assertThat(q.spanSummary()).isEqualTo(new SpanSummary(4, 0, Optional.of(Duration.ofMinutes(20)),
        Optional.of(at("2024-06-03T09:10")), Optional.of(at("2024-06-03T10:25"))));
    // the silence 10:00→10:25 is longer than 10 minutes; 10:25→10:35 is exactly 10: no gap
    assertThat(p.gaps()).containsExactly(new Gap("s1", at("2024-06-03T10:00"), at("2024-06-03T10:25")));
    assertThat(p.observed()).isEqualTo(Duration.ofMinutes(95));
    // (95 − 25) / 95 = 0.736842105… → 0.736842
    assertThat(p.coverage()).hasValue(dec("0.736842"));
  }

  /**
   * A sensor without a reporting interval: a span ends at its last reading out of range, the time out
   * of range is unknown, and no gap nor coverage is computed.
   */
  @Test
  void aSensorWithoutIntervalHasSpansToItsLastReadingOutAndNoTimeOrCoverage() {
    ComplianceAccumulator acc = day();
    int s = acc.sensor("s2", HALL, Optional.empty());
    acc.add(s, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:00"), fixed("29"));
    acc.add(s, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:05"), fixed("30"));
    acc.add(s, Quantity.AIR_TEMPERATURE, jst("2024-06-03T11:30"), fixed("20"));
    LocationPeriod p = acc.finish().rows().get(0);
    QuantityRow q = row(p, Quantity.AIR_TEMPERATURE);
    assertThat(q.spans()).singleElement().satisfies(sp -> {
      assertThat(sp.start()).isEqualTo(at("2024-06-03T09:00"));
      assertThat(sp.end()).isEqualTo(at("2024-06-03T09:05"));
      assertThat(sp.readings()).isEqualTo(2);
      assertThat(sp.worst()).isEqualByComparingTo("30");
    });
    assertThat(q.outOfRange()).isEqualTo(2);
    assertThat(q.timeOutOfRange()).isEmpty();
    assertThat(p.gaps()).isEmpty();
    assertThat(p.coverage()).isEmpty();
    assertThat(p.observed()).isEqualTo(Duration.ofMinutes(150));
  }

  /**
   * A span below the limit keeps its lowest value as the worst, a span above its highest; a reading
   * at the same time as the sensor's last is in order, one a millisecond earlier is not applied.
   */
  @Test
  void theWorstValueIsTheFarthestOutAndEqualTimesAreInOrder() {
    ComplianceAccumulator acc = day();
    int s = acc.sensor("s1", DESK, TEN_MINUTES);
    acc.add(s, Quantity.RELATIVE_HUMIDITY, jst("2024-06-03T09:00"), fixed("39"));
    acc.add(s, Quantity.RELATIVE_HUMIDITY, jst("2024-06-03T09:10"), fixed("35.5"));
    acc.add(s, Quantity.RELATIVE_HUMIDITY, jst("2024-06-03T09:20"), fixed("38"));
    assertThat(acc.add(s, Quantity.RELATIVE_HUMIDITY, jst("2024-06-03T09:20"), fixed("71")))
        .isEqualTo(ComplianceAccumulator.Outcome.ADDED);
    acc.add(s, Quantity.RELATIVE_HUMIDITY, jst("2024-06-03T09:30"), fixed("75"));
    acc.add(s, Quantity.RELATIVE_HUMIDITY, jst("2024-06-03T09:40"), fixed("72"));
    assertThat(acc.add(s, Quantity.RELATIVE_HUMIDITY, jst("2024-06-03T09:40") - 1, fixed("50")))
        .isEqualTo(ComplianceAccumulator.Outcome.OUT_OF_ORDER);
    assertThat(acc.readings()).isEqualTo(6);
    QuantityRow q = row(acc.finish().rows().get(0), Quantity.RELATIVE_HUMIDITY);
    assertThat(q.spans()).extracting(Span::above, Span::worst, Span::readings, Span::start, Span::end).containsExactly(
        org.assertj.core.groups.Tuple.tuple(false, dec("35.5"), 3L, at("2024-06-03T09:00"), at("2024-06-03T09:20")),
        // open at the end: closed one interval after its last reading, or at the window's end if earlier
        org.assertj.core.groups.Tuple.tuple(true, dec("75"), 3L, at("2024-06-03T09:20"), at("2024-06-03T09:40")));
    assertThat(q.count()).isEqualTo(6);
    assertThat(q.min()).hasValue(dec("35.5"));
    assertThat(q.max()).hasValue(dec("75"));
    // 09:00→09:20 (two readings of 10 minutes), 09:20 (0), 09:20→09:40, the last one to the window end: 0
    assertThat(q.timeOutOfRange()).hasValue(Duration.ofMinutes(40));
  }

  /**
   * The quantity's physical range is checked at its exact bounds: relative humidity 0 and 100 are
   * possible, 100.001 and −0.001 are not; an air temperature of −273.15 °C is possible, −273.151 not.
   */
  @Test
  void impossibleValuesAreRejectedAtTheExactPhysicalBounds() {
    ComplianceAccumulator acc = day();
    int s = acc.sensor("s1", DESK, TEN_MINUTES);
    long t = jst("2024-06-03T09:00");
    assertThat(acc.add(s, Quantity.RELATIVE_HUMIDITY, t, fixed("100.001"))).isEqualTo(ComplianceAccumulator.Outcome.IMPOSSIBLE);
    assertThat(acc.add(s, Quantity.RELATIVE_HUMIDITY, t, fixed("-0.001"))).isEqualTo(ComplianceAccumulator.Outcome.IMPOSSIBLE);
    assertThat(acc.add(s, Quantity.AIR_TEMPERATURE, t, fixed("-273.151"))).isEqualTo(ComplianceAccumulator.Outcome.IMPOSSIBLE);
    assertThat(acc.readings()).isZero();
    assertThat(acc.add(s, Quantity.RELATIVE_HUMIDITY, t, fixed("100"))).isEqualTo(ComplianceAccumulator.Outcome.ADDED);
    assertThat(acc.add(s, Quantity.RELATIVE_HUMIDITY, t, fixed("0"))).isEqualTo(ComplianceAccumulator.Outcome.ADDED);
    assertThat(acc.add(s, Quantity.AIR_TEMPERATURE, t, fixed("-273.15"))).isEqualTo(ComplianceAccumulator.Outcome.ADDED);
    assertThat(acc.readings()).isEqualTo(3);
  }

  /**
   * CO2 ≤ 1000 ppm as a daily average over all the location's sensors: a day whose mean is exactly
   * 1000 complies, one whose mean is 1000.000667 does not and its span (from the day's first to last
   * reading, of its first sensor, its mean rounded half-even to 0.001) is listed after per-reading
   * spans of the same start; days are cut at Asia/Tokyo midnight.
   */
  @Test
  void aDailyAverageJudgesTheDaysMeanOfAllSensorsExactly() {
    List<String> sunk = new ArrayList<>();
    ComplianceAccumulator acc = day().setSpanSink((l, p, q, sp) -> sunk.add(p + " " + q + " " + sp.worst()));
    int a = acc.sensor("a", DESK, TEN_MINUTES);
    int b = acc.sensor("b", DESK, TEN_MINUTES);
    // 2024-06-03 (JST): 900 + 1100 = 2000 over 2 readings: mean 1000, complies
    acc.add(b, Quantity.CO2, jst("2024-06-03T08:00"), fixed("900"));
    acc.add(a, Quantity.CO2, jst("2024-06-03T08:05"), fixed("1100"));
    // 2024-06-04 00:00 JST is 2024-06-03T15:00Z: a new day
    acc.add(a, Quantity.CO2, jst("2024-06-04T00:00"), fixed("1000"));
    acc.add(b, Quantity.CO2, jst("2024-06-04T00:05"), fixed("1000.001"));
    acc.add(a, Quantity.CO2, jst("2024-06-04T00:10"), fixed("1000.001"));
    ComplianceTable t = acc.finish();
    assertThat(t.rows()).extracting(r -> r.period().toString()).containsExactly("2024-06-03", "2024-06-04");
    QuantityRow d1 = row(t.rows().get(0), Quantity.CO2);
    assertThat(d1.judgement()).hasValue(Judgement.DAILY_AVERAGE);
    assertThat(d1.judged()).isEqualTo(1);
    assertThat(d1.outOfRange()).isZero();
    assertThat(d1.spans()).isEmpty();
    assertThat(d1.timeOutOfRange()).isEmpty();
    assertThat(d1.spanSummary().count()).isZero();
    QuantityRow d2 = row(t.rows().get(1), Quantity.CO2);
    assertThat(d2.judged()).isEqualTo(1);
    assertThat(d2.outOfRange()).isEqualTo(1);
    assertThat(d2.count()).isEqualTo(3);
    assertThat(d2.timeOutOfRange()).isEmpty();
    // 3000.002 / 3 = 1000.000667 → 1000.001
    assertThat(d2.spans()).singleElement().satisfies(sp -> {
      assertThat(sp.sensorId()).isEqualTo("a");
      assertThat(sp.above()).isTrue();
      assertThat(sp.start()).isEqualTo(at("2024-06-04T00:00"));
      assertThat(sp.end()).isEqualTo(at("2024-06-04T00:10"));
      assertThat(sp.readings()).isEqualTo(3);
      assertThat(sp.worst()).isEqualByComparingTo("1000.001");
      assertThat(sp.day()).hasValue(LocalDate.of(2024, 6, 4));
    });
    assertThat(d2.spanSummary()).isEqualTo(new SpanSummary(1, 0, Optional.of(Duration.ofMinutes(10)),
        Optional.of(at("2024-06-04T00:00")), Optional.of(at("2024-06-04T00:00"))));
    assertThat(sunk).containsExactly("2024-06-04 CO2 1000.001");
  }

  /** A daily lower limit: a day whose mean is below it is a span "below"; exactly at it complies. */
  @Test
  void aDailyLowerLimitIsJudgedExactlyToo() {
    org.municipaldx.iot.standard.Limit low = org.municipaldx.iot.standard.Limit.builder().quantity(Quantity.CO2)
        .lower(dec("400")).upper(dec("1000")).judgement(Judgement.DAILY_AVERAGE).source("test").build();
    org.municipaldx.iot.standard.EnvironmentalStandard std = org.municipaldx.iot.standard.EnvironmentalStandard.builder()
        .id("test").japaneseName("試験").addLimits(low).build();
    ComplianceAccumulator acc = ComplianceAccumulator.create(std, CompliancePeriod.Kind.DAY, JST);
    int s = acc.sensor("s1", DESK, TEN_MINUTES);
    acc.add(s, Quantity.CO2, jst("2024-06-03T09:00"), fixed("399"));
    acc.add(s, Quantity.CO2, jst("2024-06-03T09:10"), fixed("401"));     // mean 400: complies
    acc.add(s, Quantity.CO2, jst("2024-06-04T09:00"), fixed("399.999"));
    acc.add(s, Quantity.CO2, jst("2024-06-04T09:10"), fixed("400"));     // mean 399.9995: below
    ComplianceTable t = acc.finish();
    assertThat(row(t.rows().get(0), Quantity.CO2).outOfRange()).isZero();
    QuantityRow d2 = row(t.rows().get(1), Quantity.CO2);
    assertThat(d2.outOfRange()).isEqualTo(1);
    assertThat(d2.spans()).singleElement().satisfies(sp -> {
      assertThat(sp.above()).isFalse();
      assertThat(sp.worst()).isEqualByComparingTo("400"); // 399999.5 → 400000 (half even) → 400
    });
  }

  /**
   * A span crossing Asia/Tokyo midnight belongs to the day it started (one span, not two), while each
   * reading's count and time out of range go to its own day.
   */
  @Test
  void aSpanAcrossMidnightInTokyoIsOneSpanOfTheDayItStarted() {
    ComplianceAccumulator acc = day();
    int s = acc.sensor("s1", DESK, TEN_MINUTES);
    acc.add(s, Quantity.AIR_TEMPERATURE, jst("2024-06-03T23:50"), fixed("29"));
    acc.add(s, Quantity.AIR_TEMPERATURE, jst("2024-06-04T00:00"), fixed("30"));
    acc.add(s, Quantity.AIR_TEMPERATURE, jst("2024-06-04T00:10"), fixed("20"));
    ComplianceTable t = acc.finish();
    assertThat(t.rows()).hasSize(2);
    QuantityRow d1 = row(t.rows().get(0), Quantity.AIR_TEMPERATURE);
    QuantityRow d2 = row(t.rows().get(1), Quantity.AIR_TEMPERATURE);
    assertThat(d1.spans()).singleElement().satisfies(sp -> {
      assertThat(sp.start()).isEqualTo(at("2024-06-03T23:50"));
      assertThat(sp.end()).isEqualTo(at("2024-06-04T00:10"));
      assertThat(sp.readings()).isEqualTo(2);
      assertThat(sp.worst()).isEqualByComparingTo("30");
    });
    assertThat(d2.spans()).isEmpty();
    assertThat(d1.outOfRange()).isEqualTo(1);
    assertThat(d2.outOfRange()).isEqualTo(1);
    assertThat(d1.timeOutOfRange()).hasValue(Duration.ofMinutes(10));
    assertThat(d2.timeOutOfRange()).hasValue(Duration.ofMinutes(10));
    assertThat(t.rows().get(0).observed()).isEqualTo(Duration.ofMinutes(10));
    assertThat(t.rows().get(1).observed()).isEqualTo(Duration.ofMinutes(10));
  }

  /**
   * Months and fiscal years: the rows run from the first reading's period to the last's, a period
   * without readings included (observed whole, no quantities); the fiscal year changes on 1 April at
   * Tokyo midnight.
   */
  @Test
  void monthAndFiscalYearRowsIncludeEmptyPeriodsBetween() {
    ComplianceAccumulator m = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.MONTH, JST);
    int s = m.sensor("s1", DESK, TEN_MINUTES);
    m.add(s, Quantity.AIR_TEMPERATURE, jst("2024-01-31T23:00"), fixed("20"));
    m.add(s, Quantity.AIR_TEMPERATURE, jst("2024-03-01T01:00"), fixed("20"));
    ComplianceTable mt = m.finish();
    assertThat(mt.rows()).extracting(r -> r.period().toString()).containsExactly("2024-01", "2024-02", "2024-03");
    assertThat(mt.rows().get(1).quantities()).isEmpty();
    assertThat(mt.rows().get(1).observed()).isEqualTo(Duration.ofDays(29));
    assertThat(mt.rows().get(0).observed()).isEqualTo(Duration.ofHours(1));
    assertThat(mt.rows().get(2).observed()).isEqualTo(Duration.ofHours(1));
    // the sensor is silent from Jan 31 23:00 to Mar 1 01:00: Feb is all gap, coverage 0
    assertThat(mt.rows().get(1).coverage()).hasValue(dec("0.000000"));
    assertThat(mt.rows().get(1).gaps()).containsExactly(new Gap("s1", at("2024-02-01T00:00"), at("2024-03-01T00:00")));

    ComplianceAccumulator fy = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE,
        CompliancePeriod.Kind.FISCAL_YEAR, JST);
    int f = fy.sensor("s1", DESK, TEN_MINUTES);
    fy.add(f, Quantity.AIR_TEMPERATURE, jst("2024-03-31T23:59"), fixed("17.5"));
    fy.add(f, Quantity.AIR_TEMPERATURE, jst("2024-04-01T00:00"), fixed("17.5"));
    ComplianceTable ft = fy.finish();
    assertThat(ft.rows()).extracting(r -> r.period().toString()).containsExactly("FY2023", "FY2024");
    assertThat(ft.rows()).allSatisfy(r -> assertThat(row(r, Quantity.AIR_TEMPERATURE).outOfRange()).isEqualTo(1));
  }

  /**
   * Silences at the window's edges: a sensor whose first reading comes more than an interval after the
   * window starts, or whose last comes more than an interval before it ends, has a gap there; exactly
   * an interval is not a gap; a registered sensor that never reads is silent for the whole window.
   */
  @Test
  void gapsAtTheWindowsEdgesAndOfASilentSensor() {
    ComplianceAccumulator acc = day();
    int a = acc.sensor("a", DESK, TEN_MINUTES);
    int b = acc.sensor("b", DESK, TEN_MINUTES);
    int c = acc.sensor("c", DESK, TEN_MINUTES);
    acc.sensor("d", DESK, TEN_MINUTES);
    acc.add(a, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:00"), fixed("20"));
    acc.add(b, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:10"), fixed("20"));  // exactly one interval late
    acc.add(c, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:11"), fixed("20"));  // a minute more
    acc.add(c, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:50"), fixed("20"));
    acc.add(b, Quantity.AIR_TEMPERATURE, jst("2024-06-03T10:00"), fixed("20"));
    acc.add(a, Quantity.AIR_TEMPERATURE, jst("2024-06-03T10:00"), fixed("20"));
    LocationPeriod p = acc.finish().rows().get(0);
    assertThat(p.sensors()).containsExactly("a", "b", "c", "d");
    assertThat(p.gaps()).containsExactly(
        new Gap("a", at("2024-06-03T09:00"), at("2024-06-03T10:00")),
        new Gap("b", at("2024-06-03T09:10"), at("2024-06-03T10:00")),
        new Gap("c", at("2024-06-03T09:00"), at("2024-06-03T09:11")),
        new Gap("c", at("2024-06-03T09:11"), at("2024-06-03T09:50")),
        new Gap("d", at("2024-06-03T09:00"), at("2024-06-03T10:00")));
    // 4 sensors × 60 minutes, silent 60 + 50 + 11 + 39 + 60 = 220: 20 / 240 = 0.083333
    assertThat(p.coverage()).hasValue(dec("0.083333"));
  }

  /**
   * With a cap of 1 the row lists the span that starts first even when a later-starting span of
   * another sensor closed before it; spans of equal start are ordered by sensor id; the summary
   * counts all of them and the sink gets every one in the order they closed.
   */
  @Test
  void aCappedRowListsTheEarliestSpansWhateverOrderTheyClosedIn() {
    List<String> sunk = new ArrayList<>();
    ComplianceAccumulator acc = day().setMaxSpans(2).setSpanSink((l, p, q, sp) -> sunk.add(sp.sensorId()
        + "@" + sp.start()));
    assertThat(acc.maxSpans()).isEqualTo(2);
    assertThat(acc.hasSpanSink()).isTrue();
    int z = acc.sensor("z", DESK, Optional.empty());
    int y = acc.sensor("y", DESK, Optional.empty());
    int x = acc.sensor("x", DESK, Optional.empty());
    acc.add(z, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:00"), fixed("30")); // z opens at 09:00
    acc.add(y, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:30"), fixed("30")); // y opens at 09:30
    acc.add(y, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:40"), fixed("20")); // y closes first
    acc.add(x, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:30"), fixed("30")); // x opens at 09:30
    acc.add(x, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:45"), fixed("20")); // x closes
    acc.add(z, Quantity.AIR_TEMPERATURE, jst("2024-06-03T10:00"), fixed("20")); // z closes last
    QuantityRow q = row(acc.finish().rows().get(0), Quantity.AIR_TEMPERATURE);
    assertThat(q.spans()).extracting(Span::sensorId).containsExactly("z", "x");
    assertThat(q.spanSummary().count()).isEqualTo(3);
    assertThat(q.spanSummary().notListed()).isEqualTo(1);
    assertThat(q.spanSummary().firstStart()).hasValue(at("2024-06-03T09:00"));
    assertThat(q.spanSummary().lastStart()).hasValue(at("2024-06-03T09:30"));
    assertThat(sunk).containsExactly("y@" + at("2024-06-03T09:30"), "x@" + at("2024-06-03T09:30"),
        "z@" + at("2024-06-03T09:00"));
  }

  /** A cap of 0 lists no span and still counts them all. */
  @Test
  void aCapOfZeroListsNoSpan() {
    ComplianceAccumulator acc = day().setMaxSpans(0);
    int s = acc.sensor("s1", DESK, TEN_MINUTES);
    acc.add(s, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:00"), fixed("30"));
    acc.add(s, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:10"), fixed("20"));
    QuantityRow q = row(acc.finish().rows().get(0), Quantity.AIR_TEMPERATURE);
    assertThat(q.spans()).isEmpty();
    assertThat(q.spanSummary()).isEqualTo(new SpanSummary(1, 1, Optional.of(Duration.ofMinutes(10)),
        Optional.of(at("2024-06-03T09:00")), Optional.of(at("2024-06-03T09:00"))));
  }

  /** Quantities without a limit are counted and summed but not judged: no judgement, no spans. */
  @Test
  void aQuantityWithoutLimitIsCountedNotJudged() {
    ComplianceAccumulator acc = day();
    int s = acc.sensor("s1", DESK, TEN_MINUTES);
    acc.add(s, Quantity.BAROMETRIC_PRESSURE, jst("2024-06-03T09:00"), fixed("1013.25"));
    acc.add(s, Quantity.BAROMETRIC_PRESSURE, jst("2024-06-03T09:10"), fixed("1000"));
    QuantityRow q = row(acc.finish().rows().get(0), Quantity.BAROMETRIC_PRESSURE);
    assertThat(q.count()).isEqualTo(2);
    assertThat(q.sum()).isEqualByComparingTo("2013.25");
    assertThat(q.min()).hasValue(dec("1000"));
    assertThat(q.max()).hasValue(dec("1013.25"));
    assertThat(q.judged()).isZero();
    assertThat(q.judgement()).isEmpty();
    assertThat(q.limits()).isEmpty();
    assertThat(q.timeOutOfRange()).isEmpty();
    assertThat(q.spans()).isEmpty();
  }

  /** Rows are ordered by location key, one per location and period; an empty accumulator has none. */
  @Test
  void rowsAreOrderedByLocationKeyAndAnEmptyTableHasNoWindow() {
    ComplianceTable empty = day().finish();
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.readings()).isZero();
    assertThat(empty.windowStart()).isEmpty();
    assertThat(empty.windowEnd()).isEmpty();

    ComplianceAccumulator acc = day();
    int h = acc.sensor("h", HALL, TEN_MINUTES);
    int d = acc.sensor("d", DESK, TEN_MINUTES);
    acc.add(h, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:00"), fixed("20"));
    acc.add(d, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:05"), fixed("21"));
    ComplianceTable t = acc.finish();
    assertThat(t.rows()).extracting(r -> r.location().key()).containsExactly(DESK.key(), HALL.key());
    assertThat(t.rows()).extracting(r -> r.sensors()).containsExactly(List.of("d"), List.of("h"));
  }

  /** Registering a sensor again returns its index; with another location or interval it is refused. */
  @Test
  void aSensorIsRegisteredOnceAtOneLocationAndInterval() {
    ComplianceAccumulator acc = day();
    int s = acc.sensor("s1", DESK, TEN_MINUTES);
    assertThat(acc.sensor("s1", DESK, TEN_MINUTES)).isEqualTo(s);
    assertThat(acc.sensorIndex("s1")).hasValue(s);
    assertThat(acc.sensorIndex("s9")).isEmpty();
    assertThatThrownBy(() -> acc.sensor("s1", HALL, TEN_MINUTES)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'s1'").hasMessageContaining(HALL.key());
    assertThatThrownBy(() -> acc.sensor("s1", DESK, Optional.of(Duration.ofMinutes(5))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval 600000 ms");
    // the object path: a reading of an unregistered sensor is refused, of a registered one added
    Reading r = Reading.builder().sensorId("s1").quantity(Quantity.AIR_TEMPERATURE).value(dec("21.5"))
        .observedAt(at("2024-06-03T09:00")).build();
    assertThat(acc.add(r)).isEqualTo(ComplianceAccumulator.Outcome.ADDED);
    Reading unknown = Reading.builder().sensorId("s9").quantity(Quantity.AIR_TEMPERATURE).value(dec("21.5"))
        .observedAt(at("2024-06-03T09:00")).build();
    assertThatThrownBy(() -> acc.add(unknown)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'s9' is not registered");
    assertThat(row(acc.finish().rows().get(0), Quantity.AIR_TEMPERATURE).sum()).isEqualByComparingTo("21.5");
  }

  /** The settings are made before the first reading; a part has no sink of its own and is joined, not finished. */
  @Test
  void settingsComeBeforeReadingsAndPartsAreJoinedNotFinished() {
    assertThatThrownBy(() -> day().setMaxSpans(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'-1'");
    ComplianceAccumulator acc = day();
    assertThat(acc.hasSpanSink()).isFalse();
    assertThat(acc.maxSpans()).isEqualTo(ComplianceAccumulator.DEFAULT_MAX_SPANS);
    int s = acc.sensor("s1", DESK, TEN_MINUTES);
    ComplianceAccumulator part = acc.newPart();
    assertThatThrownBy(() -> part.setSpanSink((l, p, q, sp) -> { })).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(part::newPart).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(part::finish).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> part.join(acc.newPart())).isInstanceOf(IllegalStateException.class);
    acc.add(s, Quantity.AIR_TEMPERATURE, jst("2024-06-03T09:00"), fixed("20"));
    assertThatThrownBy(() -> acc.setMaxSpans(5)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 accumulated");
    assertThatThrownBy(() -> acc.setSpanSink((l, p, q, sp) -> { })).isInstanceOf(IllegalStateException.class);
    // a part of another accumulator, or with another cap, is not a part of this one
    assertThatThrownBy(() -> acc.join(day().setMaxSpans(5).newPart())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> acc.join(acc)).isInstanceOf(IllegalArgumentException.class);
    ComplianceAccumulator p2 = acc.newPart();
    assertThat(acc.join(p2)).isTrue();
    assertThatThrownBy(() -> acc.join(p2)).isInstanceOf(IllegalStateException.class);
    acc.finish();
    assertThatThrownBy(acc::newPart).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> acc.join(part)).isInstanceOf(IllegalStateException.class);
  }

  /** A sum beyond a long is an error, not a wrapped figure. */
  @Test
  void aSumThatOverflowsIsAnError() {
    ComplianceAccumulator acc = day();
    int s = acc.sensor("s1", DESK, TEN_MINUTES);
    acc.add(s, Quantity.BAROMETRIC_PRESSURE, jst("2024-06-03T09:00"), Long.MAX_VALUE - 1);
    assertThatThrownBy(() -> acc.add(s, Quantity.BAROMETRIC_PRESSURE, jst("2024-06-03T09:10"), 2))
        .isInstanceOf(ArithmeticException.class);
  }

  /** Fixed point: 3 decimals exactly, more is an error; a bound with more decimals is refused. */
  @Test
  void valuesAreFixedPointWithThreeDecimals() {
    assertThat(ComplianceAccumulator.fixed(dec("21.25"))).isEqualTo(21_250);
    assertThat(ComplianceAccumulator.fixed(dec("-0.001"))).isEqualTo(-1);
    assertThat(ComplianceAccumulator.fixed(dec("1.2300"))).isEqualTo(1_230);
    assertThatThrownBy(() -> ComplianceAccumulator.fixed(dec("0.0001"))).isInstanceOf(ArithmeticException.class);
    assertThat(ComplianceAccumulator.decimal(21_250)).isEqualTo(dec("21.25"));
    assertThat(ComplianceAccumulator.decimal(1_000_000)).isEqualTo(dec("1000"));
    assertThat(ComplianceAccumulator.decimal(-1)).isEqualTo(dec("-0.001"));
    org.municipaldx.iot.standard.Limit fine = org.municipaldx.iot.standard.Limit.builder().quantity(Quantity.CO2)
        .upper(dec("1000.0005")).judgement(Judgement.PER_READING).source("test").build();
    org.municipaldx.iot.standard.EnvironmentalStandard std = org.municipaldx.iot.standard.EnvironmentalStandard.builder()
        .id("fine").japaneseName("試験").addLimits(fine).build();
    assertThatThrownBy(() -> ComplianceAccumulator.create(std, CompliancePeriod.Kind.DAY, JST))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 3 decimals");
  }
}
