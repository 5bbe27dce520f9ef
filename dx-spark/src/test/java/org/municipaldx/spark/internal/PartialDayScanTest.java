package org.municipaldx.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.Standards;

/**
 * Stage 1 of the partial day stage ({@link PartialDayScan}) called directly on Spark's internal rows, without a
 * Spark job (issue 13 part 4: PIT reached it only through the agreement tests, whose mutants cost minutes): a
 * partition's readings in any order become one partial per key, quantity and day in Japan, each the kernel's
 * partial of those readings; the raw readings travel only with the partition's first and last run of one key;
 * past the cap the partition emits what it holds and goes on, and the partials still merge into the whole day;
 * a null field is refused with the day stage's message.
 */
class PartialDayScanTest {
  static final StructType KEY = new StructType().add("location", DataTypes.StringType);
  static final int TEMPERATURE = Quantity.AIR_TEMPERATURE.ordinal();
  static final long MIDNIGHT = ComplianceKernelsTest.APRIL_FIRST;
  static final long HOUR = ComplianceKernelsTest.HOUR;

  static InternalRow row(String key, String sensor, Long micros, Long unscaled) {
    return new GenericInternalRow(new Object[] {new GenericInternalRow(new Object[] {UTF8String.fromString(key)}),
        TEMPERATURE, sensor == null ? null : UTF8String.fromString(sensor), micros, unscaled, 0});
  }

  static List<Row> scan(int cap, InternalRow... rows) {
    PartialDayScan s = new PartialDayScan(Standards.BUILDING_HYGIENE, ComplianceReport.JAPAN, KEY, cap);
    List<Row> out = new ArrayList<>();
    s.call(List.of(rows).iterator()).forEachRemaining(r -> out.add(external(r, PartialDayScan.output(KEY.fields()))));
    out.sort((a, b) -> (a.getString(0) + a.getString(2) + a.getLong(3)).compareTo(
        b.getString(0) + b.getString(2) + b.getLong(3)));
    return out;
  }

  /** An internal row (what the scan emits and Spark shuffles) as the external row stage 2 reads. */
  static Row external(InternalRow row, StructType type) {
    return (Row) CatalystTypeConverters.createToScalaConverter(type).apply(row);
  }

  /** {@return a partial of an external {@link Rows#PARTIAL} row, read as the day merge reads Spark's internal one} */
  static Segment partialOf(Row partial, String day, String quantity, int columnScale) {
    return Rows.partial((InternalRow) CatalystTypeConverters.createToCatalystConverter(Rows.PARTIAL).apply(partial),
        day, quantity, columnScale);
  }

  @Test
  void eachKeyAndDayInJapanBecomesTheKernelsPartialAndOnlyTheEdgeRunsCarryTheirReadings() {
    // hall: 23:00 on 2023-03-31 and 01:00, 00:30 (out of order), 02:00 on 2023-04-01 in Japan; then mid, then lobby
    List<Row> out = scan(1 << 20,
        row("hall", "s-1", MIDNIGHT + HOUR, 2_900L), row("hall", "s-2", MIDNIGHT - HOUR, 2_000L),
        row("hall", "s-1", MIDNIGHT + HOUR / 2, 3_000L), row("hall", "s-2", MIDNIGHT + 2 * HOUR, 2_000L),
        row("mid", "s-1", MIDNIGHT + HOUR, 2_000L), row("lobby", "s-1", MIDNIGHT + HOUR, 1_500L),
        row("lobby", "s-3", MIDNIGHT + 2 * HOUR, 1_600L));
    assertThat(out).hasSize(4);
    Row hallMarch = out.get(0);
    Row hallApril = out.get(1);
    assertThat(List.of(hallMarch.get(0), hallMarch.get(1), hallMarch.get(2))).containsExactly("hall", TEMPERATURE,
        "2023-03-31");
    assertThat(hallApril.getString(2)).isEqualTo("2023-04-01");
    DayKernel kernel = new DayKernel(Standards.BUILDING_HYGIENE, ComplianceReport.JAPAN);
    DayReadings april = new DayReadings();
    april.add(TEMPERATURE, "s-1", MIDNIGHT + HOUR, 2_900L, 0);
    april.add(TEMPERATURE, "s-1", MIDNIGHT + HOUR / 2, 3_000L, 0);
    april.add(TEMPERATURE, "s-2", MIDNIGHT + 2 * HOUR, 2_000L, 0);
    Segment expected = kernel.partial(LocalDate.of(2023, 4, 1), april);
    assertThat(hallApril.getStruct(5)).isEqualTo(external(Rows.partial(expected, 2), Rows.PARTIAL));
    assertThat(hallApril.getLong(3)).as("first valid reading").isEqualTo(MIDNIGHT + HOUR / 2);
    assertThat(hallApril.getLong(4)).as("last valid reading").isEqualTo(MIDNIGHT + 2 * HOUR);
    // the raw readings of the partition's first key (hall) and last key (lobby), in the partition's order
    assertThat(hallApril.isNullAt(6)).isFalse();
    Row raw = hallApril.getStruct(6);
    assertThat(raw.<Long>getList(0)).containsExactly(MIDNIGHT + HOUR, MIDNIGHT + HOUR / 2, MIDNIGHT + 2 * HOUR);
    assertThat(raw.<Long>getList(1)).containsExactly(2_900L, 3_000L, 2_000L);
    assertThat(raw.<Integer>getList(2)).containsExactly(0, 0, 0);
    assertThat(raw.<String>getList(3)).containsExactly("s-1", "s-1", "s-2");
    Row lobby = out.get(2);
    assertThat(lobby.getString(0)).isEqualTo("lobby");
    assertThat(lobby.isNullAt(6)).as("the last run of one key").isFalse();
    assertThat(lobby.getStruct(6).<String>getList(3)).containsExactly("s-1", "s-3");
    Row mid = out.get(3);
    assertThat(mid.getString(0)).isEqualTo("mid");
    assertThat(mid.isNullAt(6)).as("a key neither first nor last in the partition carries no readings").isTrue();
    assertThat(partialOf(mid.getStruct(5), "2023-04-01", "AIR_TEMPERATURE", 2).count).isEqualTo(1);
  }

  @Test
  void pastTheCapThePartitionEmitsWhatItHoldsAndThePartialsStillMergeIntoTheWholeDay() {
    List<InternalRow> rows = new ArrayList<>();
    DayReadings all = new DayReadings();
    for (int i = 0; i < 11; i++) {
      long t = MIDNIGHT + i * HOUR;
      long v = i % 3 == 0 ? 2_900L : 2_000L;
      rows.add(row("hall", "s-" + (i % 2), t, v));
      all.add(TEMPERATURE, "s-" + (i % 2), t, v, 0);
    }
    List<Row> out = scan(4, rows.toArray(InternalRow[]::new));
    assertThat(out.size()).as("more than one partial of the day").isGreaterThan(1);
    List<Segment> partials = new ArrayList<>();
    long readings = 0;
    for (Row r : out) {
      Segment s = partialOf(r.getStruct(5), r.getString(2), "AIR_TEMPERATURE", 2);
      s.firstValid = r.getLong(3);
      s.lastValid = r.getLong(4);
      partials.add(s);
      readings += s.count;
    }
    assertThat(readings).as("every reading in exactly one partial").isEqualTo(11);
    LocalDate day = LocalDate.of(2023, 4, 1);
    Segment merged = PartialDays.merge(Standards.BUILDING_HYGIENE, day, Quantity.AIR_TEMPERATURE, partials);
    assertThat(Rows.segment(merged)).isEqualTo(Rows.segment(
        new DayKernel(Standards.BUILDING_HYGIENE, ComplianceReport.JAPAN).day(day, all)));
  }

  @Test
  void aNullTimeSensorOrValueIsRefusedWithTheDayStagesMessage() {
    Object[][] cases = {{null, "s-1", 1L, "observedAtMicros"}, {MIDNIGHT, null, 1L, "sensorId"},
        {MIDNIGHT, "s-1", null, "unscaled"}};
    for (Object[] c : cases) {
      Iterator<InternalRow> in = List.of(row("hall", "s-1", MIDNIGHT, 2_000L),
          row("hall", (String) c[1], (Long) c[0], (Long) c[2])).iterator();
      assertThatThrownBy(() -> new PartialDayScan(Standards.BUILDING_HYGIENE, ComplianceReport.JAPAN, KEY, 100)
          .call(in)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("dx_compliance_day." + c[3] + ": must not be null (was 'null')");
    }
  }

  @Test
  void thePartialsSchemaIsTheKeysThenQuantityDayTimesPartialAndRaw() {
    assertThat(PartialDayScan.output(KEY.fields()).fieldNames()).containsExactly("location", "__q", "__day",
        "__first", "__last", "__partial", "__raw");
    assertThat(PartialDayMerge.output(KEY.fields()).fieldNames()).containsExactly("location", "quantity", "day",
        "month", "fiscalYear", "segment", "sortedFallback");
    assertThat(ComplianceDayScan.output(KEY.fields()).fieldNames()).containsExactly("location", "quantity", "day",
        "month", "fiscalYear", "segment");
  }

  /** The scan's input rows as Spark hands them over: field 0 the key struct, then the reading's five fields. */
  static final StructType INPUT = new StructType().add("key", KEY).add("quantity", DataTypes.IntegerType)
      .add("sensorId", DataTypes.StringType).add("observedAtMicros", DataTypes.LongType)
      .add("unscaled", DataTypes.LongType).add("quality", DataTypes.IntegerType);

  /**
   * Spark gives the scan {@code UnsafeRow}s, whose key and sensor it compares in place (bytes against the last
   * state's key); the same readings as other rows take the generic comparison. The two must give the same partials,
   * also where consecutive keys differ only in their last byte, only in their length, or share a prefix, and
   * where a sensor id differs from the previous one in one byte: a key taken as the previous one's would put a
   * reading in another place's day.
   */
  @Test
  void unsafeRowsAsSparkGivesThemAreReadAsAnyOtherRowsAlsoForKeysThatDifferInOneByteOrInLength() {
    String[] keys = {"hall", "halm", "hall", "hall2", "hal", "hall", "hall", "ha", "", "hall"};
    String[] sensors = {"s-1", "s-1", "s-2", "s-2", "s-1", "s-1", "s-3", "s-3", "s-1", "s-1"};
    List<InternalRow> generic = new ArrayList<>();
    List<InternalRow> unsafe = new ArrayList<>();
    UnsafeProjection toUnsafe = UnsafeProjection.create(INPUT);
    for (int i = 0; i < keys.length; i++) {
      InternalRow r = row(keys[i], sensors[i], MIDNIGHT + i * HOUR / 4, 2_000L + 200L * i);
      generic.add(r);
      unsafe.add(toUnsafe.apply(r).copy());
    }
    assertThat(unsafe.get(0).getClass().getSimpleName()).isEqualTo("UnsafeRow");
    List<Row> expected = scan(1 << 20, generic.toArray(InternalRow[]::new));
    assertThat(expected).as("one partial per place: hall, halm, hall2, hal, ha and the empty name").hasSize(6);
    assertThat(scan(1 << 20, unsafe.toArray(InternalRow[]::new))).isEqualTo(expected);
    assertThat(scan(3, unsafe.toArray(InternalRow[]::new))).as("past the cap too")
        .isEqualTo(scan(3, generic.toArray(InternalRow[]::new)));
  }
}
