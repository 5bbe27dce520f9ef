package org.municipaldx.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

/**
 * Issue 15l's long form of a day's segment ({@link Rows#DAY}) without a Spark job: written through Spark's own
 * {@code UnsafeRow} projection and read back, it is the segment the public {@code decimal(38, …)} form
 * ({@link Rows#SEGMENT}) gives; a segment whose values do not fit longs is kept exactly in the public form; and
 * {@link PublicDays} turns day rows of the long form into the documented ones.
 */
class DayRowsTest {
  private static final int SCALE = 2; // AIR_TEMPERATURE's column scale

  /** A segment with two per-reading runs and the day's daily-average run, values at the column scale (2). */
  private static Segment segment() {
    Segment s = ComplianceKernelsTest.segment("2023-04-01", 5, true, true, false,
        ComplianceKernelsTest.run(5, true, 0, 10_000_000, 2, "29.50"),
        ComplianceKernelsTest.run(5, false, 20_000_000, 45_900_000, 3, "-16.25"));
    Segment.Run average = ComplianceKernelsTest.run(2, true, 0, 86_399_000_000L, 5, "1234.5678");
    average.day = "2023-04-01";
    s.exceedances.add(average);
    s.invalid = 4;
    return s;
  }

  private static InternalRow unsafe(InternalRow row, StructType type) {
    return UnsafeProjection.create(type).apply(row).copy();
  }

  /** {@return the segment through the long form: written, projected into an UnsafeRow, read back} */
  private static Segment viaDay(Segment s) {
    return Rows.day(unsafe(Rows.dayInternal(s, SCALE), Rows.DAY), SCALE);
  }

  /** {@return the segment through the public form, as the period fold read it before issue 15l} */
  private static Segment viaSegment(Segment s) {
    return Rows.segment(unsafe(Rows.segmentInternal(s), Rows.SEGMENT), SCALE);
  }

  @Test
  void aDayRowIsTheDayAndQuantityThenThePartialsFieldsThenTheDailyFlagsAndTheExactFormLast() {
    // rule: the day stage's row (Rows.DAY) carries a partial's fields unchanged between the day and quantity and the
    // daily flags, and keeps the exact segment in its last field (the index the readers of the row use, 19)
    List<String> names = new ArrayList<>(List.of("day", "quantity"));
    names.addAll(List.of(Rows.PARTIAL.fieldNames()));
    names.addAll(List.of("runDaily", "exact"));
    assertThat(Rows.DAY.fieldNames()).containsExactlyElementsOf(names);
    assertThat(Rows.DAY.fields()[19].dataType()).isEqualTo(Rows.SEGMENT);
    assertThat(Rows.DAY.fields()[19].nullable()).isTrue();
    for (int f = 0; f < Rows.PARTIAL.size(); f++) {
      assertThat(Rows.DAY.fields()[f + 2]).isEqualTo(Rows.PARTIAL.fields()[f]);
    }
  }

  @Test
  void aDayInTheLongFormReadsBackAsTheDecimalFormGivesIt() {
    Segment s = segment();
    InternalRow written = unsafe(Rows.dayInternal(s, SCALE), Rows.DAY);
    assertThat(written.isNullAt(Rows.DAY.fieldIndex("exact"))).as("values that fit: no exact copy").isTrue();
    assertThat(written.getLong(3)).as("the sum as a long at the column scale").isEqualTo(10_000L);
    assertThat(written.getLong(4)).isEqualTo(1_500L);
    assertThat(written.getLong(5)).isEqualTo(3_100L);
    assertThat(written.getArray(17).toLongArray()).as("worst: a reading at 2 places, a daily mean at 4")
        .containsExactly(2_950L, -1_625L, 12_345_678L);
    assertThat(written.getArray(18).toBooleanArray()).containsExactly(false, false, true);
    Segment back = Rows.day(written, SCALE);
    assertThat(Rows.segment(back)).isEqualTo(Rows.segment(viaSegment(s)));
    assertThat(back.sum).isEqualTo(new BigDecimal("100.00"));
    assertThat(back.invalid).isEqualTo(4L);
    assertThat(back.runJudged).isTrue();
    assertThat(back.headOpen).isTrue();
    assertThat(back.tailOpen).isFalse();
    assertThat(back.exceedances.get(1).worst).isEqualTo(new BigDecimal("-16.25"));
    assertThat(back.exceedances.get(1).day).isNull();
    assertThat(back.exceedances.get(2).worst).as("a daily mean: two more places").isEqualTo(new BigDecimal("12.345678")
        .movePointRight(2));
    assertThat(back.exceedances.get(2).day).as("the daily run's day is the segment's").isEqualTo("2023-04-01");
  }

  @Test
  void aDayWithoutValidReadingsHasNoMinimumOrMaximum() {
    Segment s = new Segment();
    s.day = "2023-04-02";
    s.quantity = "AIR_TEMPERATURE";
    s.invalid = 3;
    InternalRow written = unsafe(Rows.dayInternal(s, SCALE), Rows.DAY);
    assertThat(written.getLong(4)).as("0 where no valid reading").isZero();
    Segment back = Rows.day(written, SCALE);
    assertThat(back.min).isNull();
    assertThat(back.max).isNull();
    assertThat(back.sum).isEqualTo(new BigDecimal("0.00"));
    assertThat(Rows.segment(back)).isEqualTo(Rows.segment(viaSegment(s)));
  }

  @Test
  void valuesAtTheLongsEdgeStayLongsAndOneBeyondIsKeptExactly() {
    Segment s = segment();
    s.sum = BigDecimal.valueOf(Long.MAX_VALUE, SCALE);
    InternalRow edge = unsafe(Rows.dayInternal(s, SCALE), Rows.DAY);
    assertThat(edge.isNullAt(19)).as("Long.MAX_VALUE fits").isTrue();
    assertThat(edge.getLong(3)).isEqualTo(Long.MAX_VALUE);
    assertThat(Rows.segment(Rows.day(edge, SCALE))).isEqualTo(Rows.segment(viaSegment(s)));
    s.sum = BigDecimal.valueOf(Long.MAX_VALUE, SCALE).add(new BigDecimal("0.01"));
    assertExact(s);
    s.sum = BigDecimal.valueOf(Long.MIN_VALUE, SCALE);
    assertThat(unsafe(Rows.dayInternal(s, SCALE), Rows.DAY).isNullAt(19)).as("Long.MIN_VALUE fits").isTrue();
    s.sum = BigDecimal.valueOf(Long.MIN_VALUE, SCALE).subtract(new BigDecimal("0.01"));
    assertExact(s);
  }

  @Test
  void aSegmentThatDoesNotFitLongsIsKeptExactlyInThePublicForm() {
    Segment min = segment();
    min.min = new BigDecimal("-1E+30");
    assertExact(min);
    Segment max = segment();
    max.max = new BigDecimal("1E+30");
    assertExact(max);
    Segment worst = segment();
    worst.exceedances.get(0).worst = new BigDecimal("1E+30");
    assertExact(worst);
    Segment mean = segment();
    mean.exceedances.get(2).worst = new BigDecimal("1E+20"); // fits at 2 places, not at the daily mean's 4
    assertExact(mean);
    Segment otherDay = segment();
    otherDay.exceedances.get(2).day = "2023-03-31";
    Segment back = assertExact(otherDay);
    assertThat(back.exceedances.get(2).day).as("the day kept as it was").isEqualTo("2023-03-31");
    // finer than the column scale: kept exactly, and refused on reading as the public form refuses it
    Segment fine = segment();
    fine.min = new BigDecimal("15.001");
    InternalRow written = unsafe(Rows.dayInternal(fine, SCALE), Rows.DAY);
    assertThat(written.isNullAt(19)).isFalse();
    assertThatThrownBy(() -> Rows.day(written, SCALE)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> viaSegment(fine)).isInstanceOf(ArithmeticException.class);
  }

  /** Asserts that the segment is kept in {@code exact} with its numbers 0, and reads back as the public form. */
  private static Segment assertExact(Segment s) {
    InternalRow written = unsafe(Rows.dayInternal(s, SCALE), Rows.DAY);
    assertThat(written.isNullAt(19)).as("kept exactly").isFalse();
    assertThat(List.of(written.getLong(3), written.getLong(4), written.getLong(5))).containsExactly(0L, 0L, 0L);
    assertThat(written.getArray(12).numElements()).isZero();
    assertThat(written.getArray(17).numElements()).isZero();
    assertThat(List.of(written.getLong(2), written.getLong(6), written.getLong(7), written.getLong(8)))
        .as("count, judged, within, invalid as they are").containsExactly(s.count, s.judged, s.within, s.invalid);
    Segment back = Rows.day(written, SCALE);
    assertThat(Rows.segment(back)).isEqualTo(Rows.segment(viaSegment(s)));
    return back;
  }

  @Test
  void publicDaysTurnTheLongFormIntoTheDocumentedRowsFromOneReusedRow() throws Exception {
    StructField[] key = PartialDayScanTest.KEY.fields();
    StructType compact = org.municipaldx.spark.internal.PartialDayMerge.output(key, true);
    StructType pub = PartialDayMerge.output(key);
    assertThat(compact.fieldNames()).containsExactly(pub.fieldNames());
    assertThat(compact.apply("segment").dataType()).isEqualTo(Rows.DAY);
    Segment s = segment();
    Segment big = segment();
    big.sum = new BigDecimal("1E+30");
    List<InternalRow> in = List.of(day("hall", Rows.dayInternal(s, SCALE), false),
        day(null, null, true), day("lobby", Rows.dayInternal(big, SCALE), false));
    UnsafeProjection project = UnsafeProjection.create(compact);
    List<InternalRow> out = new ArrayList<>();
    new PublicDays(compact).call(in.stream().map(r -> (InternalRow) project.apply(r)).iterator())
        .forEachRemaining(out::add);
    List<Row> expected = List.of(
        PartialDayScanTest.external(day("hall", Rows.segmentInternal(s), false), pub),
        PartialDayScanTest.external(day(null, null, true), pub),
        PartialDayScanTest.external(day("lobby", Rows.segmentInternal(big), false), pub));
    List<Row> actual = new ArrayList<>();
    for (InternalRow r : out) {
      actual.add(PartialDayScanTest.external(unsafe(r, pub), pub));
    }
    assertThat(actual).as("every row, though the input row object was reused").isEqualTo(expected);
    assertThat(actual.get(1).isNullAt(5)).as("a day that fell back: no segment").isTrue();
    assertThatThrownBy(() -> new PublicDays(new StructType().add("quantity", "string")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PublicDays(new StructType().add("segment", Rows.DAY)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static InternalRow day(String key, InternalRow segment, boolean fallback) {
    return new GenericInternalRow(new Object[] {key == null ? null : UTF8String.fromString(key),
        UTF8String.fromString("AIR_TEMPERATURE"), UTF8String.fromString("2023-04-01"), UTF8String.fromString("2023-04"),
        UTF8String.fromString("FY2023"), segment, fallback});
  }
}
