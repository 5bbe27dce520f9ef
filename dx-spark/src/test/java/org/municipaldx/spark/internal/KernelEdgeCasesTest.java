package org.municipaldx.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Standards;

/**
 * Edge cases of the compliance kernels that PIT's first run of dx-spark (2026-12-06 20:03 UTC, the direct tests
 * and the kernel properties) left alive, each with the rule it holds: impossible values and bad sensor ids
 * refused as the library refuses them; a reading on a bound is within; daily averages judged on the day's mean;
 * the report's order (time, sensor, value) whatever the input order, for readings far apart, ties at the end of a
 * buffer, and times straddling 2^38 µs; the fold and the merge of partials across days; the day buffers' quantity
 * rule for ordinal 0; the partition scans at midnight in Japan, with two quantities, with the cap, and on
 * Spark's unsafe rows.
 */
class KernelEdgeCasesTest {
  static final EnvironmentalStandard HYGIENE = Standards.BUILDING_HYGIENE;
  static final long MIDNIGHT = ComplianceKernelsTest.APRIL_FIRST;
  static final long HOUR = ComplianceKernelsTest.HOUR;
  static final LocalDate APRIL_1 = LocalDate.of(2023, 4, 1);
  static final int TEMPERATURE = Quantity.AIR_TEMPERATURE.ordinal();
  static final int CO2 = Quantity.CO2.ordinal();

  static DayKernel kernel() {
    return new DayKernel(HYGIENE, ComplianceReport.JAPAN);
  }

  static Row library(DayReadings r) {
    return Rows.segment(ComplianceKernel.day(HYGIENE, ComplianceReport.JAPAN, r));
  }

  @Test
  void theDayKernelRefusesImpossibleValuesAndBadSensorIdsWithTheLibrarysException() {
    Object[][] cases = {{Quantity.CO2, "s-1", -1L}, {Quantity.RELATIVE_HUMIDITY, "s-1", 1_001L},
        {Quantity.AIR_TEMPERATURE, "bad id", 2_000L}};
    for (Object[] c : cases) {
      Quantity q = (Quantity) c[0];
      DayReadings r = new DayReadings();
      r.add(q.ordinal(), "s-1", MIDNIGHT + HOUR, q == Quantity.RELATIVE_HUMIDITY ? 500 : 1, 0);
      r.add(q.ordinal(), (String) c[1], MIDNIGHT + 2 * HOUR, (Long) c[2], 0);
      Throwable library = catchThrowable(() -> ComplianceKernel.day(HYGIENE, ComplianceReport.JAPAN, r));
      assertThat(library).as("%s", c[2]).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> kernel().day(APRIL_1, r)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(library.getMessage());
      assertThatThrownBy(() -> kernel().partial(APRIL_1, r)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(library.getMessage());
    }
    // the extremes themselves are possible: 0 and 100 % humidity
    DayReadings edges = new DayReadings();
    edges.add(Quantity.RELATIVE_HUMIDITY.ordinal(), "s-1", MIDNIGHT + HOUR, 0, 0);
    edges.add(Quantity.RELATIVE_HUMIDITY.ordinal(), "s-1", MIDNIGHT + 2 * HOUR, 1_000, 0);
    assertThat(Rows.segment(kernel().day(APRIL_1, edges))).isEqualTo(library(edges));
  }

  @Test
  void aReadingOnABoundIsWithinAndOneStepBeyondIsOutside() {
    DayReadings r = ComplianceKernelsTest.day(TEMPERATURE, new long[] {1_800, 2_800, 2_801, 1_799}, new int[4]);
    Segment s = kernel().day(APRIL_1, r);
    assertThat(Rows.segment(s)).isEqualTo(library(r));
    assertThat(s.within).as("18.00 and 28.00 °C are within 18–28 °C").isEqualTo(2);
    assertThat(s.exceedances).hasSize(2);
    assertThat(s.exceedances.get(0).above).isTrue();
    assertThat(s.exceedances.get(0).worst).isEqualByComparingTo("28.01");
    assertThat(s.exceedances.get(1).above).isFalse();
    assertThat(s.exceedances.get(1).worst).isEqualByComparingTo("17.99");
  }

  @Test
  void aDailyAverageIsJudgedOnTheDaysMeanWithItsOneExceedance() {
    // CO2 ≤ 1000 ppm as a daily average: 900, 1100, 1102 → mean 1034 ppm: one exceedance for the day
    DayReadings high = ComplianceKernelsTest.day(CO2, new long[] {900, 1_100, 1_102, 5_000}, new int[] {0, 0, 0, 2});
    Segment s = kernel().day(APRIL_1, high);
    assertThat(Rows.segment(s)).isEqualTo(library(high));
    assertThat(new long[] {s.judged, s.within}).containsExactly(1, 0);
    assertThat(s.exceedances).hasSize(1);
    Segment.Run d = s.exceedances.get(0);
    assertThat(d.above).isTrue();
    assertThat(d.worst).as("the mean at two more places").isEqualTo(new BigDecimal("1034.00"));
    assertThat(new long[] {d.start, d.end, d.readings}).containsExactly(MIDNIGHT + HOUR, MIDNIGHT + 3 * HOUR, 3);
    assertThat(d.day).isEqualTo("2023-04-01");
    // 900, 1100 → mean 1000: within
    DayReadings ok = ComplianceKernelsTest.day(CO2, new long[] {900, 1_100}, new int[2]);
    Segment w = kernel().day(APRIL_1, ok);
    assertThat(new Object[] {w.judged, w.within, w.exceedances.size()}).containsExactly(1L, 1L, 0);
    // a lower bound: relative humidity at least 40.05 % as a daily average; 40.0 and 40.1 → 40.05 within,
    // 40.0 and 40.0 → below
    EnvironmentalStandard fine = EnvironmentalStandard.builder().id("fine").japaneseName("細かい")
        .addLimits(org.municipaldx.iot.standard.Limit.builder().quantity(Quantity.RELATIVE_HUMIDITY)
            .judgement(Judgement.DAILY_AVERAGE).source("test").lower(new BigDecimal("40.05")).build())
        .build();
    int rh = Quantity.RELATIVE_HUMIDITY.ordinal();
    DayKernel k = new DayKernel(fine, ComplianceReport.JAPAN);
    Segment in = k.day(APRIL_1, ComplianceKernelsTest.day(rh, new long[] {400, 401}, new int[2]));
    assertThat(in.within).isEqualTo(1);
    DayReadings lowDay = ComplianceKernelsTest.day(rh, new long[] {400, 400}, new int[2]);
    Segment low = k.day(APRIL_1, lowDay);
    assertThat(Rows.segment(low)).isEqualTo(Rows.segment(ComplianceKernel.day(fine, ComplianceReport.JAPAN, lowDay)));
    assertThat(low.within).isZero();
    assertThat(low.exceedances.get(0).above).isFalse();
    assertThat(low.exceedances.get(0).worst).isEqualTo(new BigDecimal("40.000"));
    // the partial leaves the daily average to the merge, which judges it on the whole day's mean
    Segment p1 = kernel().partial(APRIL_1, ComplianceKernelsTest.day(CO2, new long[] {900}, new int[1]));
    DayReadings later = new DayReadings();
    later.add(CO2, "s-1", MIDNIGHT + 5 * HOUR, 1_100, 0);
    later.add(CO2, "s-1", MIDNIGHT + 6 * HOUR, 1_102, 0);
    Segment p2 = kernel().partial(APRIL_1, later);
    assertThat(p1.judged).isZero();
    Segment merged = PartialDays.merge(HYGIENE, APRIL_1, Quantity.CO2, List.of(p2, p1));
    assertThat(merged.judged).isEqualTo(1);
    assertThat(merged.exceedances.get(0).worst).isEqualTo(new BigDecimal("1034.00"));
  }

  @Test
  void theReportsOrderHoldsWhateverTheInputOrder() {
    // one sensor's two readings at one instant, given 29.00 first: in value order 20.00, 29.00, then s-01's
    // 29.00 makes one run of two
    DayReadings same = new DayReadings();
    same.add(TEMPERATURE, "s-00", MIDNIGHT + HOUR, 2_900, 0);
    same.add(TEMPERATURE, "s-01", MIDNIGHT + HOUR, 2_900, 0);
    same.add(TEMPERATURE, "s-00", MIDNIGHT + HOUR, 2_000, 0);
    Segment s = kernel().day(APRIL_1, same);
    assertThat(Rows.segment(s)).isEqualTo(library(same));
    assertThat(s.exceedances).hasSize(1);
    assertThat(s.exceedances.get(0).readings).isEqualTo(2);
    // exactly 16 readings (the kernel's first buffer), the last two tied
    DayReadings sixteen = new DayReadings();
    for (int i = 15; i >= 0; i--) {
      sixteen.add(TEMPERATURE, "s-" + (i % 3), MIDNIGHT + Math.max(i, 1) * 60_000_000L, i % 2 == 0 ? 2_000 : 2_900, 0);
    }
    assertThat(Rows.segment(kernel().day(APRIL_1, sixteen))).isEqualTo(library(sixteen));
    // times straddling a multiple of 2^38 µs (2023-04-01 14:57:25 in Japan), given in reverse
    long b = 1_680_328_645_148_672L;
    assertThat(b % (1L << 38)).isZero();
    DayReadings straddle = new DayReadings();
    straddle.add(TEMPERATURE, "s-1", b + HOUR, 2_900, 0);
    straddle.add(TEMPERATURE, "s-1", b + 1, 2_000, 0);
    straddle.add(TEMPERATURE, "s-1", b - HOUR, 2_950, 0);
    straddle.add(TEMPERATURE, "s-1", b - 1, 2_960, 0);
    assertThat(Rows.segment(kernel().day(APRIL_1, straddle))).isEqualTo(library(straddle));
    // and an odd multiple of 2^37 µs (2023-04-03 05:08:03 in Japan), where bit 37 of the time flips
    long c = b + (1L << 37);
    DayReadings odd = new DayReadings();
    odd.add(TEMPERATURE, "s-1", c + HOUR, 2_900, 0);
    odd.add(TEMPERATURE, "s-1", c + 1, 2_000, 0);
    odd.add(TEMPERATURE, "s-1", c - 1, 2_960, 0);
    odd.add(TEMPERATURE, "s-1", c - HOUR, 2_950, 0);
    assertThat(Rows.segment(kernel().day(LocalDate.of(2023, 4, 3), odd))).isEqualTo(library(odd));
    // readings 2^37 µs (38 h) and more apart, given in reverse: the same segment as in time order (the kernel's
    // contract is one day; its order must not depend on the span)
    for (long span : new long[] {1L << 37, (1L << 37) + 1}) {
      DayReadings reversed = new DayReadings();
      DayReadings inOrder = new DayReadings();
      long[] times = {MIDNIGHT + HOUR, MIDNIGHT + HOUR + span / 2, MIDNIGHT + HOUR + span};
      long[] values = {2_000, 2_900, 2_950};
      for (int i = 2; i >= 0; i--) {
        reversed.add(TEMPERATURE, "s-1", times[i], values[i], 0);
      }
      for (int i = 0; i < 3; i++) {
        inOrder.add(TEMPERATURE, "s-1", times[i], values[i], 0);
      }
      Segment r = kernel().day(APRIL_1, reversed);
      assertThat(Rows.segment(r)).as("span %d", span).isEqualTo(Rows.segment(kernel().day(APRIL_1, inOrder)));
      assertThat(r.headOpen).as("the first in time is 20.00 °C").isFalse();
    }
  }

  @Test
  void theFoldKeepsTheRunOpenOfADayThatIsOneRunAndTheExtremesOfEveryDay() {
    // day 1 ends above; day 2 is one run below, open at both ends; day 3 begins below: day 2's run joins day 3's
    Segment d1 = ComplianceKernelsTest.segment("2023-04-01", 5, true, false, true,
        ComplianceKernelsTest.run(5, true, 10, 20, 2, "29.00"));
    Segment d2 = ComplianceKernelsTest.segment("2023-04-02", 2, true, true, true,
        ComplianceKernelsTest.run(5, false, 30, 40, 2, "16.00"));
    Segment d3 = ComplianceKernelsTest.segment("2023-04-03", 3, true, true, false,
        ComplianceKernelsTest.run(5, false, 50, 60, 1, "15.50"));
    d2.min = new BigDecimal("10.00");
    d3.max = new BigDecimal("35.00");
    ComplianceKernel.FoldedRuns f = ComplianceKernel.foldRuns(List.of(d1, d2, d3));
    assertThat(f.runs()).hasSize(2);
    assertThat(new Object[] {f.runs().get(1).start, f.runs().get(1).end, f.runs().get(1).readings,
        f.runs().get(1).worst}).containsExactly(30L, 60L, 3L, new BigDecimal("15.50"));
    assertThat(f.compliance().min()).contains(new BigDecimal("10.00"));
    assertThat(f.compliance().max()).contains(new BigDecimal("35.00"));
    // the same days as partials of one day merge the same way
    for (Segment p : List.of(d1, d2, d3)) {
      p.day = "2023-04-01";
    }
    d1.firstValid = 1;
    d1.lastValid = 20;
    d2.firstValid = 30;
    d2.lastValid = 40;
    d3.firstValid = 50;
    d3.lastValid = 60;
    Segment merged = PartialDays.merge(HYGIENE, APRIL_1, Quantity.AIR_TEMPERATURE, List.of(d3, d1, d2));
    assertThat(merged.exceedances).hasSize(2);
    assertThat(new Object[] {merged.exceedances.get(1).start, merged.exceedances.get(1).end,
        merged.exceedances.get(1).readings}).containsExactly(30L, 60L, 3L);
    assertThat(merged.min).isEqualTo(new BigDecimal("10.00"));
    assertThat(merged.max).isEqualTo(new BigDecimal("35.00"));
  }

  @Test
  void aDayThatJoinsTheRunBeforeAndEndsInAnotherRunLeavesThatOtherRunOpen() {
    // day 1 ends above; day 2 begins above (joined) and ends in a run below; day 3 begins below: it joins
    // day 2's last run, not the run joined at day 2's start
    Segment d1 = ComplianceKernelsTest.segment("2023-04-01", 5, true, false, true,
        ComplianceKernelsTest.run(5, true, 10, 20, 2, "29.00"));
    Segment d2 = ComplianceKernelsTest.segment("2023-04-02", 5, true, true, true,
        ComplianceKernelsTest.run(5, true, 30, 31, 1, "29.50"), ComplianceKernelsTest.run(5, false, 40, 50, 2, "16.00"));
    Segment d3 = ComplianceKernelsTest.segment("2023-04-03", 3, true, true, false,
        ComplianceKernelsTest.run(5, false, 60, 70, 1, "15.00"));
    List<Segment.Run> runs = ComplianceKernel.foldRuns(List.of(d1, d2, d3)).runs();
    assertThat(runs).hasSize(2);
    assertThat(new Object[] {runs.get(0).start, runs.get(0).end, runs.get(0).readings}).containsExactly(10L, 31L, 3L);
    assertThat(new Object[] {runs.get(1).start, runs.get(1).end, runs.get(1).readings, runs.get(1).worst})
        .containsExactly(40L, 70L, 3L, new BigDecimal("15.00"));
  }

  @Test
  void partialsOfOnlyInvalidReadingsAddTheirCountAndNothingElse() {
    DayReadings invalid = new DayReadings();
    invalid.add(TEMPERATURE, "s-1", MIDNIGHT + 9 * HOUR, 2_000, 2);
    DayReadings valid = ComplianceKernelsTest.day(TEMPERATURE, new long[] {2_000, 2_900}, new int[2]);
    DayReadings all = new DayReadings();
    all.merge(valid);
    all.merge(invalid);
    Segment merged = PartialDays.merge(HYGIENE, APRIL_1, Quantity.AIR_TEMPERATURE,
        List.of(kernel().partial(APRIL_1, invalid), kernel().partial(APRIL_1, valid)));
    assertThat(Rows.segment(merged)).isEqualTo(Rows.segment(kernel().day(APRIL_1, all)));
    Segment none = PartialDays.merge(HYGIENE, APRIL_1, Quantity.AIR_TEMPERATURE,
        List.of(kernel().partial(APRIL_1, invalid), kernel().partial(APRIL_1, invalid)));
    assertThat(new Object[] {none.day, none.quantity, none.count, none.invalid, none.min})
        .containsExactly("2023-04-01", "AIR_TEMPERATURE", 0L, 2L, null);
  }

  @Test
  void dayBuffersRefuseASecondQuantityAlsoAfterOrdinalZeroAndGrowForALargeMerge() {
    DayReadings r = new DayReadings();
    r.add(0, "s", 1, 1, 0);
    assertThatThrownBy(() -> r.add(1, "s", 2, 2, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_compliance_day.quantity: a group must hold one quantity (was ordinals 0 and 1)");
    DayReadings other = new DayReadings();
    other.add(1, "s", 2, 2, 0);
    assertThatThrownBy(() -> r.merge(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_compliance_day.quantity: a group must hold one quantity (was ordinals 0 and 1)");
    DayReadings small = new DayReadings();
    for (int i = 0; i < 10; i++) {
      small.add(0, "a", i, i, 0);
    }
    DayReadings big = new DayReadings();
    for (int i = 0; i < 40; i++) {
      big.add(0, "b", 100 + i, i, 1);
    }
    small.merge(big);
    assertThat(small.size()).isEqualTo(50);
    assertThat(small.micros(49)).isEqualTo(139);
    assertThat(small.sensor(49)).isEqualTo("b");
  }

  @Test
  void thePartialMergeHandlesConsecutiveDaysEachFromItsOwnPartials() throws Exception {
    DayKernel k = kernel();
    DayReadings a = ComplianceKernelsTest.day(TEMPERATURE, new long[] {2_900, 2_000}, new int[2]);
    DayReadings b = new DayReadings();
    b.add(TEMPERATURE, "s-2", MIDNIGHT + 3 * HOUR / 2, 2_950, 0); // 01:30, between a's 01:00 and 02:00
    // two places, each a day of two interleaving partials carrying their readings: judged from them, each place
    // from its own readings only
    List<Row> in = new ArrayList<>();
    for (String place : List.of("hall", "lobby")) {
      in.add(ComplianceKernelsTest.partial(place, APRIL_1, k.partial(APRIL_1, a), a));
      in.add(ComplianceKernelsTest.partial(place, APRIL_1, k.partial(APRIL_1, b), b));
    }
    DayReadings ab = new DayReadings();
    ab.merge(a);
    ab.merge(b);
    Row expected = Rows.segment(k.day(APRIL_1, ab));
    List<Row> out = ComplianceKernelsTest.merge(in);
    assertThat(out).hasSize(2);
    for (Row r : out) {
      assertThat(r.getBoolean(6)).as("%s", r.get(0)).isFalse();
      assertThat(r.getStruct(5)).as("%s", r.get(0)).isEqualTo(expected);
    }
    // two places whose partials follow each other in time: merged without readings, each day from its own
    List<Row> plain = new ArrayList<>();
    DayReadings late = new DayReadings();
    late.add(TEMPERATURE, "s-1", MIDNIGHT + 5 * HOUR, 2_000, 0);
    DayReadings alate = new DayReadings();
    alate.merge(a);
    alate.merge(late);
    for (String place : List.of("hall", "lobby")) {
      plain.add(ComplianceKernelsTest.partial(place, APRIL_1, k.partial(APRIL_1, a), null));
      plain.add(ComplianceKernelsTest.partial(place, APRIL_1, k.partial(APRIL_1, late), null));
    }
    List<Row> merged = ComplianceKernelsTest.merge(plain);
    assertThat(merged).hasSize(2);
    for (Row r : merged) {
      assertThat(r.getBoolean(6)).isFalse();
      assertThat(r.getStruct(5)).isEqualTo(Rows.segment(k.day(APRIL_1, alate)));
    }
  }

  @Test
  void theSortedScanKeepsTwoReadingsAtMidnightInOneDayAndOrdersSensorsOfOneInstant() {
    // two sensors exactly at midnight in Japan, then s-1 29.00, s-2 20.00 at 01:00 and s-1 29.00 at 02:00
    List<Row> in = List.of(RowFactory.create("hall", TEMPERATURE, "s-1", MIDNIGHT, 2_000L, 0),
        RowFactory.create("hall", TEMPERATURE, "s-2", MIDNIGHT, 2_000L, 0),
        RowFactory.create("hall", TEMPERATURE, "s-2", MIDNIGHT + HOUR, 2_000L, 0),
        RowFactory.create("hall", TEMPERATURE, "s-1", MIDNIGHT + HOUR, 2_900L, 0),
        RowFactory.create("hall", TEMPERATURE, "s-1", MIDNIGHT + 2 * HOUR, 2_900L, 0));
    List<Row> out = ComplianceKernelsTest.collect(new ComplianceDayScan(HYGIENE, ComplianceReport.JAPAN, 1)
        .call(in.iterator()));
    assertThat(out).as("one day").hasSize(1);
    Segment s = Rows.segment(out.get(0).getStruct(5), 2);
    assertThat(s.count).isEqualTo(5);
    assertThat(s.exceedances).as("s-1 before s-2 at 01:00: s-2's 20.00 ends s-1's run").hasSize(2);
  }

  static final StructType KEY = PartialDayScanTest.KEY;

  static InternalRow row(String key, int q, String sensor, long micros, long unscaled) {
    return new GenericInternalRow(new Object[] {new GenericInternalRow(new Object[] {UTF8String.fromString(key)}), q,
        UTF8String.fromString(sensor), micros, unscaled, 0});
  }

  static List<Row> scan(int cap, List<InternalRow> rows) {
    List<Row> out = new ArrayList<>();
    new PartialDayScan(HYGIENE, ComplianceReport.JAPAN, KEY, cap).call(rows.iterator())
        .forEachRemaining(r -> out.add(PartialDayScanTest.external(r, PartialDayScan.output(KEY.fields()))));
    return out;
  }

  /** The partials' (key, quantity, day, count, has raw) in output order, sorted. */
  static List<String> describe(List<Row> out) {
    List<String> d = new ArrayList<>();
    for (Row r : out) {
      d.add(r.getString(0) + " " + r.getInt(1) + " " + r.getString(2) + " " + r.getLong(3) + " "
          + PartialDayScanTest.partialOf(r.getStruct(5), r.getString(2), "-", 3).count + (r.isNullAt(6) ? "" : " raw"));
    }
    d.sort(null);
    return d;
  }

  @Test
  void thePartialScanCutsAtMidnightSeparatesQuantitiesAndCarriesReadingsOnlyForTheEdgeRuns() {
    long m = MIDNIGHT;
    List<InternalRow> rows = List.of(row("a", TEMPERATURE, "s-1", m - HOUR, 2_000),
        row("c", TEMPERATURE, "s-1", m - HOUR, 2_000), row("c", CO2, "s-1", m - HOUR, 900),
        row("b", TEMPERATURE, "s-1", m - HOUR, 2_000), row("c", TEMPERATURE, "s-1", m, 2_000),
        row("c", CO2, "s-1", m, 900));
    // a: the first run; c's states of 31 March were touched before c's last run began; b in the middle;
    // c's states of 1 April: the last run (its first row exactly at midnight starts the new day)
    assertThat(describe(scan(1 << 20, rows))).containsExactly(
        "a 0 2023-03-31 " + (m - HOUR) + " 1 raw",
        "b 0 2023-03-31 " + (m - HOUR) + " 1",
        "c 0 2023-03-31 " + (m - HOUR) + " 1",
        "c 0 2023-04-01 " + m + " 1 raw",
        "c " + CO2 + " 2023-03-31 " + (m - HOUR) + " 1",
        "c " + CO2 + " 2023-04-01 " + m + " 1 raw");
  }

  @Test
  void pastTheCapTheStatesNotTouchedInTheLastQuarterAreEmittedFirst() {
    // cap 4, one day: every 4 readings the partition emits what it holds (the state was touched last)
    List<InternalRow> one = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      one.add(row("a", TEMPERATURE, "s-1", MIDNIGHT + i * HOUR, 2_000));
    }
    List<Long> counts = new ArrayList<>();
    for (Row r : scan(4, one)) {
      counts.add(PartialDayScanTest.partialOf(r.getStruct(5), r.getString(2), "AIR_TEMPERATURE", 2).count);
    }
    counts.sort(null);
    assertThat(counts).containsExactly(3L, 4L, 4L);
    // cap 8: 31 March's 5 readings are not touched in the last 2 of 8 rows: emitted; 1 April's 3 stay (not more
    // than half the cap), and take the last 2 readings too
    assertThat(describe(scan(8, days(5, 5)))).containsExactly(
        "a 0 2023-03-31 " + (MIDNIGHT - 5 * HOUR) + " 5 raw", "a 0 2023-04-01 " + MIDNIGHT + " 5 raw");
    // 4 and 4 of 8 rows: 1 April's 4 are exactly half the cap: they stay
    assertThat(describe(scan(8, days(4, 6)))).containsExactly(
        "a 0 2023-03-31 " + (MIDNIGHT - 4 * HOUR) + " 4 raw", "a 0 2023-04-01 " + MIDNIGHT + " 6 raw");
    // 31 March touched last exactly at the cap's last quarter: it stays, and with 1 April's all 8 are held, more
    // than half: all are emitted
    assertThat(describe(scan(8, days(6, 4)))).containsExactly(
        "a 0 2023-03-31 " + (MIDNIGHT - 6 * HOUR) + " 6 raw", "a 0 2023-04-01 " + MIDNIGHT + " 2 raw",
        "a 0 2023-04-01 " + (MIDNIGHT + 2 * HOUR) + " 2 raw");
  }

  /** {@code before} hourly readings up to 31 March 23:00 in Japan, then {@code after} from 1 April 00:00. */
  static List<InternalRow> days(int before, int after) {
    List<InternalRow> rows = new ArrayList<>();
    for (int i = before; i > 0; i--) {
      rows.add(row("a", TEMPERATURE, "s-1", MIDNIGHT - i * HOUR, 2_000));
    }
    for (int i = 0; i < after; i++) {
      rows.add(row("a", TEMPERATURE, "s-1", MIDNIGHT + i * HOUR, 2_000));
    }
    return rows;
  }

  @Test
  void onSparksUnsafeRowsTheSensorIdsAreReadExactly() {
    StructType schema = new StructType().add("key", KEY).add("q", DataTypes.IntegerType)
        .add("sensor", DataTypes.StringType).add("t", DataTypes.LongType).add("v", DataTypes.LongType)
        .add("k", DataTypes.IntegerType);
    UnsafeProjection unsafe = UnsafeProjection.create(schema);
    // a shorter id after a longer one with the same prefix (s-22, s-2) must not read as the longer one
    String[] sensors = {"s-1", "s-1", "s-22", "s-2", "s-1", "s-3", "s-3", "t-3"};
    List<InternalRow> rows = new ArrayList<>();
    for (int i = 0; i < sensors.length; i++) {
      rows.add(unsafe.apply(row("a", TEMPERATURE, sensors[i], MIDNIGHT + i * HOUR, 2_000 + i)).copy());
    }
    List<Row> out = scan(1 << 20, rows);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).getStruct(6).<String>getList(3)).containsExactly(sensors);
  }

  /**
   * A day whose readings were all invalid has a count of 0 and no minimum or maximum: its partial row carries 0 in
   * those places (the row's columns are not nullable), and reading the row back gives no minimum and no maximum again,
   * not a minimum and maximum of 0 that a later merge would take for readings.
   */
  @Test
  void aPartialWithoutValidReadingsHasNoMinimumOrMaximumAfterItsRowRoundTrip() {
    Segment p = new Segment();
    p.day = "2023-04-01";
    p.quantity = "AIR_TEMPERATURE";
    p.invalid = 3;
    Row row = PartialDayScanTest.external(Rows.partial(p, 2), Rows.PARTIAL);
    assertThat(row.getLong(0)).isZero();
    assertThat(row.getLong(2)).isZero();
    assertThat(row.getLong(3)).isZero();
    Segment back = PartialDayScanTest.partialOf(row, "2023-04-01", "AIR_TEMPERATURE", 2);
    assertThat(back.count).isZero();
    assertThat(back.invalid).isEqualTo(3);
    assertThat(back.min).isNull();
    assertThat(back.max).isNull();
  }
}
