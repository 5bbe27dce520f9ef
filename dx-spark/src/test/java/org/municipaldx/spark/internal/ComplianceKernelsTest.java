package org.municipaldx.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Limit;
import org.municipaldx.iot.standard.Standards;

/**
 * The compliance kernels of dx-spark called directly, without Spark (issue 13 part 4: under PIT these ran only
 * inside Spark jobs, and their edge cases had no test): days are cut at midnight in Japan (Asia/Tokyo), a day
 * holds one day, the fold joins a run across midnight only on the same limit and side, and refuses a day twice
 * or two quantities; the partition functions check their rows with the aggregator's messages and give the
 * library's segment of each day.
 */
class ComplianceKernelsTest {
  static final ZoneId JAPAN = ComplianceReport.JAPAN;
  static final EnvironmentalStandard HYGIENE = Standards.BUILDING_HYGIENE;
  static final int TEMPERATURE = Quantity.AIR_TEMPERATURE.ordinal();
  /** 2023-04-01 00:00 in Japan = 2023-03-31T15:00:00Z. */
  static final long APRIL_FIRST = ComplianceKernel.micros(Instant.parse("2023-03-31T15:00:00Z"));
  static final long HOUR = 3_600_000_000L;

  @Test
  void microsAndInstantsConvertExactlyAndAnInstantBeyondALongIsAnError() {
    Instant t = Instant.parse("2023-04-01T00:10:00.123456Z");
    assertThat(ComplianceKernel.micros(t)).isEqualTo(1_680_307_800_123_456L);
    assertThat(ComplianceKernel.instant(1_680_307_800_123_456L)).isEqualTo(t);
    assertThat(ComplianceKernel.micros(Instant.parse("1969-12-31T23:59:59.999999Z"))).isEqualTo(-1L);
    assertThatThrownBy(() -> ComplianceKernel.micros(Instant.MAX)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void aDayIsCutAtMidnightInJapanAndADayStageGroupOfTwoDaysIsRefused() {
    DayReadings r = new DayReadings();
    r.add(TEMPERATURE, "s-1", APRIL_FIRST - 1, 2_000, 0); // 2023-03-31 23:59:59.999999 in Japan
    r.add(TEMPERATURE, "s-1", APRIL_FIRST, 2_000, 0);     // 2023-04-01 00:00 in Japan
    assertThatThrownBy(() -> ComplianceKernel.day(HYGIENE, JAPAN, r)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_compliance_day: a group must hold one day in Asia/Tokyo (was '2023-03-31' and '2023-04-01');"
            + " group by dx_day(observedAt)");
    DayReadings utc = new DayReadings();
    utc.add(TEMPERATURE, "s-1", APRIL_FIRST - 1, 2_000, 0);
    utc.add(TEMPERATURE, "s-1", APRIL_FIRST, 2_000, 0);
    assertThat(ComplianceKernel.day(HYGIENE, ZoneId.of("UTC"), utc).day).as("the same instants, one day in UTC")
        .isEqualTo("2023-03-31");
  }

  @Test
  void theLibrarysDayOfPerReadingLimitsSaysWhetherItsFirstAndLastReadingAreOutside() {
    // 18–28 °C from 2022-04-01: 17.5 outside below, 20 inside, 29 outside above; invalid readings left out
    DayReadings r = day(TEMPERATURE, new long[] {1_750, 2_000, 2_900, 1_000}, new int[] {0, 0, 0, 2});
    Segment s = ComplianceKernel.day(HYGIENE, JAPAN, r);
    assertThat(s.day).isEqualTo("2023-04-01");
    assertThat(s.count).isEqualTo(3);
    assertThat(s.invalid).isEqualTo(1);
    assertThat(s.sum).isEqualByComparingTo("66.50");
    assertThat(s.min).isEqualByComparingTo("17.50");
    assertThat(s.max).isEqualByComparingTo("29.00");
    assertThat(new Object[] {s.judged, s.within, s.runJudged, s.headOpen, s.tailOpen})
        .containsExactly(3L, 1L, true, true, true);
    assertThat(s.exceedances).hasSize(2);
    assertThat(s.exceedances.get(0).above).isFalse();
    assertThat(s.exceedances.get(1).above).isTrue();
    assertThat(s.exceedances.get(1).limit).as("the 2022 limit's index in the standard")
        .isEqualTo(HYGIENE.limits().indexOf(HYGIENE.limit(Quantity.AIR_TEMPERATURE, LocalDate.of(2023, 4, 1)).get()));
    // the primitive day stage gives the same segment
    assertThat(Rows.segment(new DayKernel(HYGIENE, JAPAN).day(LocalDate.of(2023, 4, 1), r)))
        .isEqualTo(Rows.segment(s));
    // only invalid readings: nothing judged, nothing open
    Segment none = ComplianceKernel.day(HYGIENE, JAPAN, day(TEMPERATURE, new long[] {2_000}, new int[] {2}));
    assertThat(new Object[] {none.count, none.invalid, none.runJudged, none.headOpen, none.tailOpen, none.min})
        .containsExactly(0L, 1L, false, false, false, null);
    // inside at both ends: judged, not open
    Segment inside = ComplianceKernel.day(HYGIENE, JAPAN, day(TEMPERATURE, new long[] {2_000, 2_900, 2_100},
        new int[] {0, 0, 0}));
    assertThat(new Object[] {inside.runJudged, inside.headOpen, inside.tailOpen}).containsExactly(true, false, false);
  }

  @Test
  void theFoldJoinsARunAcrossMidnightOnlyOnTheSameLimitAndSide() {
    Segment d1 = segment("2023-04-01", 5, true, false, true, run(5, true, 10, 20, 2, "29.00"));
    Segment d2 = segment("2023-04-02", 5, true, true, false, run(5, true, 30, 40, 3, "30.50"),
        run(5, false, 50, 50, 1, "17.00"));
    ComplianceKernel.FoldedRuns f = ComplianceKernel.foldRuns(List.of(d2, d1)); // any order of days
    assertThat(f.runs()).hasSize(2);
    Segment.Run joined = f.runs().get(0);
    assertThat(new Object[] {joined.start, joined.end, joined.readings, joined.worst})
        .containsExactly(10L, 40L, 5L, new BigDecimal("30.50"));
    assertThat(f.compliance().count()).isEqualTo(10);
    assertThat(f.compliance().judged()).isEqualTo(10);
    assertThat(f.compliance().withinRange()).isEqualTo(4);
    // below the lower bound, the lower value is the worse: joined runs keep the lowest
    Segment b1 = segment("2023-04-01", 2, true, false, true, run(5, false, 10, 20, 2, "16.00"));
    Segment b2 = segment("2023-04-02", 2, true, true, false, run(5, false, 30, 40, 1, "15.00"));
    assertThat(ComplianceKernel.foldRuns(List.of(b1, b2)).runs().get(0).worst).isEqualByComparingTo("15.00");
    Segment b3 = segment("2023-04-02", 2, true, true, false, run(5, false, 30, 40, 1, "16.50"));
    assertThat(ComplianceKernel.foldRuns(List.of(b1, b3)).runs().get(0).worst).isEqualByComparingTo("16.00");
    // another side or another limit at midnight: two runs
    Segment other = segment("2023-04-02", 2, true, true, false, run(5, false, 30, 40, 1, "16.00"));
    assertThat(ComplianceKernel.foldRuns(List.of(d1, other)).runs()).hasSize(2);
    Segment otherLimit = segment("2023-04-02", 2, true, true, false, run(4, true, 30, 40, 1, "29.00"));
    assertThat(ComplianceKernel.foldRuns(List.of(d1, otherLimit)).runs()).hasSize(2);
    // a day in between whose first reading is inside closes the run
    Segment closes = segment("2023-04-02", 2, true, false, false);
    Segment d3 = segment("2023-04-03", 2, true, true, false, run(5, true, 60, 70, 1, "29.00"));
    assertThat(ComplianceKernel.foldRuns(List.of(d1, closes, d3)).runs()).hasSize(2);
    // a day that is one run, open at both ends, joins the day before and stays open for the day after
    Segment through = segment("2023-04-02", 2, true, true, true, run(5, true, 30, 40, 2, "29.50"));
    List<Segment.Run> three = ComplianceKernel.foldRuns(List.of(d1, through, d3)).runs();
    assertThat(three).hasSize(1);
    assertThat(new Object[] {three.get(0).start, three.get(0).end, three.get(0).readings})
        .containsExactly(10L, 70L, 5L);
    // a day without per-reading judging (a daily average) neither joins nor closes
    Segment daily = segment("2023-04-02", 2, false, false, false);
    assertThat(ComplianceKernel.foldRuns(List.of(d1, daily, d3)).runs()).hasSize(1);
  }

  @Test
  void theFoldRefusesADayTwiceAndTwoQuantitiesAndCountsInvalidReadingsOfEmptyDays() {
    Segment a = segment("2023-04-01", 1, false, false, false);
    Segment b = segment("2023-04-01", 1, false, false, false);
    assertThatThrownBy(() -> ComplianceKernel.foldRuns(List.of(a, b))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_compliance: day 2023-04-01 appears twice in one group; aggregate each location, quantity"
            + " and day once");
    Segment co2 = segment("2023-04-02", 1, false, false, false);
    co2.quantity = "CO2";
    assertThatThrownBy(() -> ComplianceKernel.foldRuns(List.of(a, co2))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_compliance.quantity: a group must hold one quantity (was 'AIR_TEMPERATURE' and 'CO2')");
    Segment empty = new Segment();
    empty.day = "2023-04-03";
    empty.quantity = "AIR_TEMPERATURE";
    empty.invalid = 4;
    ComplianceKernel.FoldedRuns none = ComplianceKernel.foldRuns(List.of(empty));
    assertThat(none.compliance()).isNull();
    assertThat(none.invalid()).isEqualTo(4);
    ComplianceKernel.Folded folded = ComplianceKernel.fold(HYGIENE, List.of(empty));
    assertThat(folded.compliance()).isEmpty();
    assertThat(folded.invalid()).isEqualTo(4);
    Segment a2 = segment("2023-04-01", 1, false, false, false);
    a2.invalid = 2;
    ComplianceKernel.FoldedRuns both = ComplianceKernel.foldRuns(List.of(a2, empty));
    assertThat(both.invalid()).as("invalid readings of every day, also of days without a valid one").isEqualTo(6);
    assertThat(both.compliance().count()).isEqualTo(1);
  }

  @Test
  void segmentRowsReadBackAsTheSegmentAtTheColumnScale() {
    Segment s = segment("2023-04-01", 3, true, true, false, run(5, true, 10, 20, 2, "29.00"));
    Segment.Run daily = run(1, true, 0, 30, 3, "7.123");
    daily.day = "2023-04-01";
    s.exceedances.add(daily);
    s.invalid = 2;
    Row row = Rows.segment(s);
    Segment back = Rows.segment(row, 2);
    assertThat(Rows.segment(back)).isEqualTo(row);
    assertThat(back.sum.scale()).isEqualTo(2);
    assertThat(back.exceedances.get(0).worst.scale()).as("a reading's worst at the column scale").isEqualTo(2);
    assertThat(back.exceedances.get(1).worst.scale()).as("a daily mean at two more places").isEqualTo(4);
    assertThat(back.exceedances.get(1).day).isEqualTo("2023-04-01");
    assertThat(new Object[] {back.invalid, back.runJudged, back.headOpen, back.tailOpen, back.judged, back.within})
        .containsExactly(2L, true, true, false, 3L, 1L);
    Segment empty = new Segment();
    empty.day = "2023-04-01";
    empty.quantity = "CO2";
    Segment emptyBack = Rows.segment(Rows.segment(empty), 0);
    assertThat(emptyBack.min).isNull();
    assertThat(emptyBack.max).isNull();
  }

  @Test
  void complianceRowsAddDurationsAndKeepTheLongestWhetherTextOrNumbers() {
    // runs of 10 s and 25.9 s (whole seconds: 25), readings 2 and 3
    Segment s = segment("2023-04-01", 5, true, false, false, run(5, true, 0, 10_000_000, 2, "29.00"),
        run(5, false, 20_000_000, 45_900_000, 3, "16.00"));
    s.sum = new BigDecimal("66.50"); // mean 13.3 °C: written at four places (column scale 2 + 2)
    ComplianceKernel.FoldedRuns f = ComplianceKernel.foldRuns(List.of(s));
    Row columnar = PartialDayScanTest.external(Rows.complianceColumnarInternal(f), Rows.COMPLIANCE_COLUMNAR);
    Row text = Rows.compliance(ComplianceKernel.fold(HYGIENE, List.of(s)).compliance().get(), 0);
    for (Row r : List.of(columnar, text)) {
      assertThat(r.getInt(10)).as("exceedances").isEqualTo(2);
      assertThat(r.getLong(11)).as("seconds").isEqualTo(35L);
      assertThat(r.getLong(12)).as("longest").isEqualTo(25L);
      assertThat(r.getLong(13)).as("readings outside").isEqualTo(5L);
      assertThat(r.getLong(1)).as("count").isEqualTo(5L);
      assertThat(r.getDecimal(5)).as("mean").isEqualTo(new BigDecimal("13.30000"));
      assertThat(r.getDecimal(8)).as("share within: 0 of 5 judged, at four places").isEqualTo(new BigDecimal("0.0000"));
    }
    Row none = PartialDayScanTest.external(Rows.complianceColumnarInternal(new ComplianceKernel.FoldedRuns(null,
        List.of(), 3)), Rows.COMPLIANCE_COLUMNAR);
    assertThat(none.isNullAt(0)).isTrue();
    assertThat(none.getLong(9)).as("invalid").isEqualTo(3L);
    assertThat(none.getLong(1)).isZero();
  }

  @Test
  void aStandardAndZoneTravelToExecutorsAndReadBackEqual() throws Exception {
    StandardHolder h = new StandardHolder(HYGIENE, ZoneId.of("Asia/Tokyo"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(h);
    }
    StandardHolder back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (StandardHolder) in.readObject();
    }
    assertThat(back.standard()).isEqualTo(HYGIENE);
    assertThat(back.standard()).as("read once per copy").isSameAs(back.standard());
    assertThat(back.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(h.standard()).isSameAs(HYGIENE);
  }

  @Test
  void theSortedDayScanCutsAtMidnightInJapanAndNamesANullField() {
    ComplianceDayScan scan = new ComplianceDayScan(HYGIENE, JAPAN, 1);
    // one place: 23:50 and 23:59 on 2023-03-31 in Japan, then 00:00 and 00:10 on 2023-04-01 (a new fiscal year)
    List<Row> in = List.of(reading("hall", APRIL_FIRST - 600_000_000L, 2_000),
        reading("hall", APRIL_FIRST - 60_000_000L, 2_900), reading("hall", APRIL_FIRST, 2_950),
        reading("hall", APRIL_FIRST + 600_000_000L, 2_000), reading("lobby", APRIL_FIRST + 600_000_000L, 2_000));
    List<Row> out = collect(scan.call(in.iterator()));
    assertThat(out).hasSize(3);
    assertThat(List.of(out.get(0).get(0), out.get(0).get(1), out.get(0).get(2), out.get(0).get(3), out.get(0).get(4)))
        .containsExactly("hall", "AIR_TEMPERATURE", "2023-03-31", "2023-03", "FY2022");
    assertThat(List.of(out.get(1).get(0), out.get(1).get(2), out.get(1).get(3), out.get(1).get(4)))
        .containsExactly("hall", "2023-04-01", "2023-04", "FY2023");
    assertThat(out.get(2).get(0)).isEqualTo("lobby");
    Segment first = Rows.segment(out.get(0).getStruct(5), 2);
    assertThat(first.count).isEqualTo(2);
    assertThat(first.tailOpen).as("29.00 °C at 23:59").isTrue();
    Segment second = Rows.segment(out.get(1).getStruct(5), 2);
    assertThat(second.count).isEqualTo(2);
    assertThat(second.headOpen).as("29.50 °C at midnight").isTrue();
    // the midnight run joins in the fold
    assertThat(ComplianceKernel.foldRuns(List.of(first, second)).runs()).hasSize(1);
    for (int field : new int[] {2, 3, 4}) {
      Object[] values = {"hall", TEMPERATURE, "s-1", APRIL_FIRST, 2_000L, 0};
      values[field] = null;
      String name = field == 2 ? "sensorId" : field == 3 ? "observedAtMicros" : "unscaled";
      List<Row> bad = List.of(reading("hall", APRIL_FIRST, 2_000), RowFactory.create(values));
      assertThatThrownBy(() -> collect(new ComplianceDayScan(HYGIENE, JAPAN, 1).call(bad.iterator())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("dx_compliance_day." + name + ": must not be null (was 'null')");
      List<Row> badFirst = List.of(RowFactory.create(values));
      assertThatThrownBy(() -> collect(new ComplianceDayScan(HYGIENE, JAPAN, 1).call(badFirst.iterator())))
          .as("the first row of a run, %s", name).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("dx_compliance_day." + name + ": must not be null (was 'null')");
    }
  }

  @Test
  void thePeriodFoldFoldsEachKeysDaysAndRefusesANullSegment() throws Exception {
    Segment d1 = ComplianceKernel.day(HYGIENE, JAPAN, day(TEMPERATURE, new long[] {2_000, 2_900}, new int[] {0, 0}));
    DayReadings next = new DayReadings();
    next.add(TEMPERATURE, "s-1", APRIL_FIRST + 24 * HOUR, 2_950, 0);
    next.add(TEMPERATURE, "s-1", APRIL_FIRST + 25 * HOUR, 2_000, 0);
    Segment d2 = ComplianceKernel.day(HYGIENE, JAPAN, next);
    List<Row> in = List.of(RowFactory.create("hall", "AIR_TEMPERATURE", "2023-04", Rows.segment(d1)),
        RowFactory.create("hall", "AIR_TEMPERATURE", "2023-04", Rows.segment(d2)),
        RowFactory.create("lobby", "AIR_TEMPERATURE", "2023-04", Rows.segment(d1)));
    for (boolean columnar : new boolean[] {false, true}) {
      List<Row> out = fold(columnar, in);
      assertThat(out).hasSize(2);
      assertThat(out.get(0).getString(0)).isEqualTo("hall");
      Row c = out.get(0).getStruct(3);
      assertThat(c.getLong(1)).as("count").isEqualTo(4L);
      assertThat(c.getInt(10)).as("one run, joined at midnight").isEqualTo(1);
      assertThat(c.getLong(13)).as("its readings").isEqualTo(2L);
      assertThat(out.get(1).getStruct(3).getLong(1)).isEqualTo(2L);
      Object limit = c.<Row>getList(14).get(0).get(0);
      assertThat(limit).as("columnar %s: the limit as its index, else as text", columnar)
          .isEqualTo(columnar ? (Object) HYGIENE.limits().indexOf(HYGIENE.limit(Quantity.AIR_TEMPERATURE,
              LocalDate.of(2023, 4, 1)).get()) : HYGIENE.limit(Quantity.AIR_TEMPERATURE, LocalDate.of(2023, 4, 1))
              .get().describe());
    }
    List<Row> bad = new ArrayList<>(in);
    bad.add(1, RowFactory.create("hall", "AIR_TEMPERATURE", "2023-04", null));
    assertThatThrownBy(() -> fold(false, bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_compliance.segment: must not be null (was 'null')");
  }

  @Test
  void thePartialMergeJudgesADayFromItsPartialsOrFromTheirRawReadingsOrFallsBack() throws Exception {
    LocalDate april1 = LocalDate.of(2023, 4, 1);
    DayKernel kernel = new DayKernel(HYGIENE, JAPAN);
    DayReadings morning = new DayReadings();
    morning.add(TEMPERATURE, "s-1", APRIL_FIRST + HOUR, 2_900, 0);
    morning.add(TEMPERATURE, "s-1", APRIL_FIRST + 2 * HOUR, 2_950, 0);
    DayReadings evening = new DayReadings();
    evening.add(TEMPERATURE, "s-1", APRIL_FIRST + 3 * HOUR, 3_000, 0);
    evening.add(TEMPERATURE, "s-1", APRIL_FIRST + 4 * HOUR, 2_000, 0);
    DayReadings all = new DayReadings();
    all.merge(morning);
    all.merge(evening);
    Row whole = Rows.segment(kernel.day(april1, all));
    // in time order: merged from the partials, without the raw readings
    List<Row> out = merge(List.of(
        partial("hall", april1, kernel.partial(april1, morning), null),
        partial("hall", april1, kernel.partial(april1, evening), null)));
    assertThat(out).hasSize(1);
    assertThat(List.of(out.get(0).get(0), out.get(0).get(1), out.get(0).get(2), out.get(0).get(3), out.get(0).get(4)))
        .containsExactly("hall", "AIR_TEMPERATURE", "2023-04-01", "2023-04", "FY2023");
    assertThat(out.get(0).getStruct(5)).isEqualTo(whole);
    assertThat(out.get(0).getBoolean(6)).isFalse();
    // interleaving partials (a reading of each at the same instant) with their raw readings: judged from them
    DayReadings a = new DayReadings();
    a.add(TEMPERATURE, "s-1", APRIL_FIRST + HOUR, 2_900, 0);
    a.add(TEMPERATURE, "s-1", APRIL_FIRST + 3 * HOUR, 3_000, 0);
    DayReadings b = new DayReadings();
    b.add(TEMPERATURE, "s-2", APRIL_FIRST + 2 * HOUR, 2_950, 0);
    b.add(TEMPERATURE, "s-2", APRIL_FIRST + 4 * HOUR, 2_000, 0);
    DayReadings ab = new DayReadings();
    ab.merge(a);
    ab.merge(b);
    List<Row> raw = merge(List.of(
        partial("hall", april1, kernel.partial(april1, a), a),
        partial("hall", april1, kernel.partial(april1, b), b)));
    assertThat(raw.get(0).getStruct(5)).isEqualTo(Rows.segment(kernel.day(april1, ab)));
    assertThat(raw.get(0).getBoolean(6)).isFalse();
    // interleaving, one partial without its raw readings: the day falls back to the sorted path
    List<Row> fallback = merge(List.of(
        partial("hall", april1, kernel.partial(april1, a), a),
        partial("hall", april1, kernel.partial(april1, b), null)));
    assertThat(fallback.get(0).isNullAt(5)).isTrue();
    assertThat(fallback.get(0).getBoolean(6)).isTrue();
    // a partial that could not be computed on longs (null) with every raw reading: judged from them
    List<Row> uncomputable = merge(List.of(
        partial("hall", april1, null, morning), partial("hall", april1, kernel.partial(april1, evening), evening)));
    assertThat(uncomputable.get(0).getStruct(5)).isEqualTo(whole);
    // two days, two places: one row each
    List<Row> two = merge(List.of(
        partial("hall", april1, kernel.partial(april1, morning), null),
        partial("lobby", april1, kernel.partial(april1, morning), null)));
    assertThat(two).hasSize(2);
  }

  @Test
  void theDayKernelOrdersMoreThanThirtyTwoReadingsOfOneInstantBySensorAndValue() {
    // 40 sensors at one instant, given in reverse: in sensor order every other one is outside, so the runs
    // depend on the order (ties of more than 32 go through the comparator sort)
    DayReadings r = new DayReadings();
    for (int i = 39; i >= 0; i--) {
      r.add(TEMPERATURE, String.format("s-%02d", i), APRIL_FIRST + HOUR, i % 2 == 0 ? 2_000 : 2_900, 0);
    }
    r.add(TEMPERATURE, "s-00", APRIL_FIRST + HOUR, 2_950, 0); // the same sensor twice: then by value
    r.add(TEMPERATURE, "s-00", APRIL_FIRST, 2_000, 0);
    LocalDate april1 = LocalDate.of(2023, 4, 1);
    Segment library = ComplianceKernel.day(HYGIENE, JAPAN, r);
    Segment kernel = new DayKernel(HYGIENE, JAPAN).day(april1, r);
    assertThat(Rows.segment(kernel)).isEqualTo(Rows.segment(library));
    assertThat(kernel.exceedances).as("s-00's 29.50 (after its 20.00) and s-01 as one run, then s-03, s-05, …, s-39 alone")
        .hasSize(20);
    // the same readings with fewer ties (insertion sort) agree too
    DayReadings few = new DayReadings();
    for (int i = 9; i >= 0; i--) {
      few.add(TEMPERATURE, String.format("s-%02d", i), APRIL_FIRST + HOUR, i % 2 == 0 ? 2_000 : 2_900, 0);
    }
    few.add(TEMPERATURE, "s-00", APRIL_FIRST + HOUR, 1_950, 0);
    assertThat(Rows.segment(new DayKernel(HYGIENE, JAPAN).day(april1, few)))
        .isEqualTo(Rows.segment(ComplianceKernel.day(HYGIENE, JAPAN, few)));
  }

  @Test
  void aBoundOrSumBeyondALongGoesThroughTheLibrarysObjectsAndAPartialIsThenNull() {
    Limit huge = Limit.builder().quantity(Quantity.ILLUMINANCE).judgement(Judgement.PER_READING).source("test")
        .upper(new BigDecimal("1e30")).build();
    EnvironmentalStandard s = EnvironmentalStandard.builder().id("huge").japaneseName("大きい").addLimits(huge).build();
    DayReadings r = new DayReadings();
    r.add(Quantity.ILLUMINANCE.ordinal(), "s-1", APRIL_FIRST, 500, 0);
    LocalDate april1 = LocalDate.of(2023, 4, 1);
    DayKernel kernel = new DayKernel(s, JAPAN);
    assertThat(Rows.segment(kernel.day(april1, r))).isEqualTo(Rows.segment(ComplianceKernel.day(s, JAPAN, r)));
    assertThat(kernel.partial(april1, r)).isNull();
    DayReadings big = new DayReadings();
    big.add(Quantity.ILLUMINANCE.ordinal(), "s-1", APRIL_FIRST, Long.MAX_VALUE, 0);
    big.add(Quantity.ILLUMINANCE.ordinal(), "s-1", APRIL_FIRST + 1, 1, 0);
    DayKernel hygiene = new DayKernel(HYGIENE, JAPAN);
    Segment exact = hygiene.day(april1, big);
    assertThat(exact.sum).as("the library's sum has no bound").isEqualByComparingTo(
        new BigDecimal(Long.MAX_VALUE).add(BigDecimal.ONE));
    assertThat(hygiene.partial(april1, big)).isNull();
  }

  static Row partial(String key, LocalDate day, Segment p, DayReadings raw) {
    Row rawRow = null;
    if (raw != null) {
      List<Long> micros = new ArrayList<>();
      List<Long> unscaled = new ArrayList<>();
      List<Integer> quality = new ArrayList<>();
      List<String> sensor = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        micros.add(raw.micros(i));
        unscaled.add(raw.unscaled(i));
        quality.add(raw.quality(i));
        sensor.add(raw.sensor(i));
      }
      rawRow = RowFactory.create(seq(micros), seq(unscaled), seq(quality), seq(sensor));
    }
    return RowFactory.create(key, TEMPERATURE, day.toString(), p == null ? 0L : p.firstValid,
        p == null ? 0L : p.lastValid, p == null ? null
        : PartialDayScanTest.external(Rows.partial(p, org.municipaldx.iot.Quantity.values()[TEMPERATURE].columnScale()),
            Rows.PARTIAL), rawRow);
  }

  static scala.collection.immutable.Seq<Object> seq(List<?> l) {
    return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<Object>(l)).toList();
  }

  static Row reading(String key, long micros, long unscaled) {
    return RowFactory.create(key, TEMPERATURE, "s-1", micros, unscaled, 0);
  }

  /** The period fold's input in these tests: location, quantity, period, segment. */
  static final StructType FOLD_IN = new StructType().add("location", DataTypes.StringType)
      .add("quantity", DataTypes.StringType).add("period", DataTypes.StringType).add("segment", Rows.SEGMENT);

  /** {@link PeriodFold} over {@link #FOLD_IN} rows given as {@code Row}s, fed as one reused {@code UnsafeRow}. */
  static List<Row> fold(boolean columnar, List<Row> in) throws Exception {
    StructField[] leading = java.util.Arrays.copyOf(FOLD_IN.fields(), 3);
    StructType out = new StructType(leading).add("compliance", columnar ? Rows.COMPLIANCE_COLUMNAR : Rows.COMPLIANCE);
    List<Row> folded = unsafe(new PeriodFold(HYGIENE, leading, columnar), FOLD_IN, out, in);
    // issue 15l: the same days in the long form (Rows.DAY) fold into the same rows
    List<Row> compact = new ArrayList<>();
    for (Row r : in) {
      compact.add(RowFactory.create(r.get(0), r.get(1), r.get(2), r.isNullAt(3) ? null : PartialDayScanTest.external(
          Rows.dayInternal(Rows.segment(r.getStruct(3), scale(r.getStruct(3))), scale(r.getStruct(3))), Rows.DAY)));
    }
    assertThat(unsafe(new PeriodFold(HYGIENE, leading, columnar, true), FOLD_IN_DAY, out, compact))
        .as("the long form folds as the decimal form").isEqualTo(folded);
    return folded;
  }

  /** {@link #FOLD_IN} with the segment in the long form of issue 15l. */
  static final StructType FOLD_IN_DAY = new StructType().add("location", DataTypes.StringType)
      .add("quantity", DataTypes.StringType).add("period", DataTypes.StringType).add("segment", Rows.DAY);

  private static int scale(Row segment) {
    return Quantity.valueOf(segment.getString(1)).columnScale();
  }

  /**
   * {@link PartialDayMerge} over partials ({@link #partial}) given as {@code Row}s, fed as one reused {@code UnsafeRow};
   * checks on the way that the merge writing the long form (issue 15l), turned into the public form by
   * {@link PublicDays}, gives the same rows.
   */
  static List<Row> merge(List<Row> in) throws Exception {
    StructField[] key = PartialDayScanTest.KEY.fields();
    List<Row> merged = unsafe(new PartialDayMerge(HYGIENE, key), PartialDayScan.output(key), PartialDayMerge.output(key),
        in);
    PartialDayMerge compact = new PartialDayMerge(HYGIENE, key, true);
    PublicDays toPublic = new PublicDays(PartialDayMerge.output(key, true));
    assertThat(unsafe(it -> toPublic.call(compact.call(it)), PartialDayScan.output(key), PartialDayMerge.output(key),
        in)).as("the long form, made public, is the decimal form").isEqualTo(merged);
    return merged;
  }

  /**
   * Runs a function over Spark's internal rows on rows given as {@code Row}s: each converted and projected into ONE
   * {@code UnsafeRow} object that the next row overwrites, as a sort's output is read (so the function must copy what
   * it keeps); the output converted back.
   */
  static List<Row> unsafe(org.apache.spark.api.java.function.FlatMapFunction<Iterator<InternalRow>, InternalRow> f,
      StructType in, StructType out, List<Row> rows) throws Exception {
    scala.Function1<Object, Object> toInternal = CatalystTypeConverters.createToCatalystConverter(in);
    UnsafeProjection project = UnsafeProjection.create(in);
    Iterator<Row> input = rows.iterator();
    Iterator<InternalRow> reused = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public InternalRow next() {
        return project.apply((InternalRow) toInternal.apply(input.next()));
      }
    };
    List<Row> result = new ArrayList<>();
    f.call(reused).forEachRemaining(r -> result.add(PartialDayScanTest.external(r, out)));
    return result;
  }

  static List<Row> collect(Iterator<Row> it) {
    List<Row> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  /** Readings of 2023-04-01 in Japan, one an hour from 01:00, sensor s-1. */
  static DayReadings day(int quantity, long[] unscaled, int[] quality) {
    DayReadings r = new DayReadings();
    for (int i = 0; i < unscaled.length; i++) {
      r.add(quantity, "s-1", APRIL_FIRST + (i + 1) * HOUR, unscaled[i], quality[i]);
    }
    return r;
  }

  static Segment segment(String day, long count, boolean runJudged, boolean headOpen, boolean tailOpen,
      Segment.Run... runs) {
    Segment s = new Segment();
    s.day = day;
    s.quantity = "AIR_TEMPERATURE";
    s.count = count;
    s.sum = new BigDecimal("20.00").multiply(BigDecimal.valueOf(count));
    s.min = new BigDecimal("15.00");
    s.max = new BigDecimal("31.00");
    s.judged = runJudged ? count : 0;
    long outside = 0;
    for (Segment.Run r : runs) {
      outside += r.readings;
      s.exceedances.add(r);
    }
    s.within = runJudged ? count - outside : 0;
    s.runJudged = runJudged;
    s.headOpen = headOpen;
    s.tailOpen = tailOpen;
    return s;
  }

  static Segment.Run run(int limit, boolean above, long start, long end, long readings, String worst) {
    Segment.Run r = new Segment.Run();
    r.limit = limit;
    r.above = above;
    r.start = start;
    r.end = end;
    r.readings = readings;
    r.worst = new BigDecimal(worst);
    return r;
  }
}
