package org.municipaldx.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.standard.Standards;

/**
 * Issue 15k's internal-row forms without a Spark job: the segment and compliance rows as the day merge and the period
 * fold write and read them (through Spark's own {@code UnsafeRow} projection), the runs over internal rows, and the
 * {@code Row} adapter.
 */
class InternalRowsTest {
  private static final DataType[] STRING_LONG = {DataTypes.StringType, DataTypes.LongType};

  /** A segment with a per-reading run, a daily average's run, values at column scale 2 and 3 places written. */
  private static Segment segment() {
    Segment s = ComplianceKernelsTest.segment("2023-04-01", 5, true, true, false,
        ComplianceKernelsTest.run(5, true, 0, 10_000_000, 2, "29.50"),
        ComplianceKernelsTest.run(5, false, 20_000_000, 45_900_000, 3, "16.25"));
    Segment.Run average = ComplianceKernelsTest.run(2, true, 0, 86_399_000_000L, 5, "1234.5678");
    average.day = "2023-04-01";
    s.exceedances.add(average);
    return s;
  }

  private static InternalRow unsafe(InternalRow row, StructType type) {
    return UnsafeProjection.create(type).apply(row).copy();
  }

  @Test
  void aSegmentWrittenAsAnInternalRowReadsBackExactlyAndEqualsTheExternalRow() {
    Segment s = segment();
    InternalRow written = unsafe(Rows.segmentInternal(s), Rows.SEGMENT);
    assertThat(PartialDayScanTest.external(written, Rows.SEGMENT)).as("the same row as the Row form")
        .isEqualTo(Rows.segment(s));
    Segment back = Rows.segment(written, 2);
    assertThat(Rows.segment(back)).isEqualTo(Rows.segment(s));
    assertThat(back.sum).as("at the column scale again").isEqualTo(new BigDecimal("100.00"));
    assertThat(back.min).isEqualTo(new BigDecimal("15.00"));
    assertThat(back.max).isEqualTo(new BigDecimal("31.00"));
    assertThat(back.exceedances).hasSize(3);
    assertThat(back.exceedances.get(0).worst).as("a reading: column scale").isEqualTo(new BigDecimal("29.50"));
    assertThat(back.exceedances.get(0).day).isNull();
    assertThat(back.exceedances.get(2).worst).as("a daily mean: two more places").isEqualTo(new BigDecimal("1234.5678"));
    assertThat(back.exceedances.get(2).day).isEqualTo("2023-04-01");
    assertThat(List.of(back.count, back.judged, back.within, back.invalid)).containsExactly(5L, 5L, 0L, 0L);
    assertThat(List.of(back.runJudged, back.headOpen, back.tailOpen)).containsExactly(true, true, false);
    assertThat(List.of(back.day, back.quantity)).containsExactly("2023-04-01", "AIR_TEMPERATURE");
    // no valid reading: no minimum or maximum, on either side
    Segment empty = new Segment();
    empty.day = "2023-04-02";
    empty.quantity = "AIR_TEMPERATURE";
    empty.invalid = 2;
    InternalRow none = unsafe(Rows.segmentInternal(empty), Rows.SEGMENT);
    assertThat(none.isNullAt(4)).isTrue();
    assertThat(none.isNullAt(5)).isTrue();
    Segment noneBack = Rows.segment(none, 2);
    assertThat(noneBack.min).isNull();
    assertThat(noneBack.max).isNull();
    assertThat(noneBack.invalid).isEqualTo(2);
    assertThat(noneBack.exceedances).isEmpty();
    assertThat(PartialDayScanTest.external(none, Rows.SEGMENT)).isEqualTo(Rows.segment(empty));
  }

  @Test
  void aPartialReadFromItsInternalRowIsThePartialWritten() {
    Segment p = ComplianceKernelsTest.segment("2023-04-01", 4, true, false, true,
        ComplianceKernelsTest.run(5, true, 0, 10_000_000, 2, "29.50"),
        ComplianceKernelsTest.run(4, false, 20_000_000, 45_900_000, 1, "16.25"));
    Segment back = Rows.partial(unsafe(Rows.partial(p, 2), Rows.PARTIAL), "2023-04-01", "AIR_TEMPERATURE", 2);
    assertThat(Rows.segment(back)).isEqualTo(Rows.segment(p));
    assertThat(back.exceedances.get(1).limit).isEqualTo(4);
    assertThat(back.exceedances.get(1).above).isFalse();
    assertThat(back.exceedances.get(1).end).isEqualTo(45_900_000L);
  }

  @Test
  void runsOverInternalRowsEndAtTheLastRowAndRefuseANextBeyondIt() {
    Iterator<InternalRow> none = counting(Collections.emptyIterator());
    assertThat(none.hasNext()).isFalse();
    assertThatThrownBy(none::next).isInstanceOf(NoSuchElementException.class);
    List<InternalRow> rows = List.of(row("a", 1L), row("a", 2L), row("b", 3L));
    Iterator<InternalRow> runs = counting(rows.iterator());
    List<String> out = new ArrayList<>();
    runs.forEachRemaining(r -> out.add(r.getUTF8String(0) + "=" + r.getLong(1)));
    assertThat(out).as("one row per run: the key and the run's rows").containsExactly("a=2", "b=1");
    assertThatThrownBy(runs::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void keysAgreeWhenBothAreNullOrEqualAndAreCopiedOutWithTheirNulls() {
    assertThat(InternalRuns.sameKeys(row("a", 1L), row("a", 1L), STRING_LONG)).isTrue();
    assertThat(InternalRuns.sameKeys(row("a", 1L), row("a", 2L), STRING_LONG)).isFalse();
    assertThat(InternalRuns.sameKeys(row("a", 1L), row("a", 2L), new DataType[] {DataTypes.StringType}))
        .as("only the leading columns").isTrue();
    assertThat(InternalRuns.sameKeys(row(null, 1L), row(null, 1L), STRING_LONG)).as("both null").isTrue();
    assertThat(InternalRuns.sameKeys(row(null, 1L), row("a", 1L), STRING_LONG)).isFalse();
    assertThat(InternalRuns.sameKeys(row("a", 1L), row(null, 1L), STRING_LONG)).isFalse();
    Object[] keys = InternalRuns.keys(row(null, 7L), STRING_LONG, new Object[3]);
    assertThat(keys).containsExactly(null, 7L, null);
    assertThat(InternalRuns.keys(row("a", 7L), STRING_LONG, new Object[2])[0]).isEqualTo(UTF8String.fromString("a"));
    assertThat(InternalRuns.types(new StructField[] {new StructField("x", DataTypes.IntegerType, true,
        org.apache.spark.sql.types.Metadata.empty())})).containsExactly(DataTypes.IntegerType);
  }

  @Test
  void thePeriodFoldOnRowsThroughTheAdapterEqualsItOnReusedUnsafeRowsAndGroupsNullKeys() throws Exception {
    Segment d1 = segment();
    Segment d2 = ComplianceKernelsTest.segment("2023-04-02", 5, true, false, false);
    List<Row> in = List.of(RowFactory.create(null, "AIR_TEMPERATURE", "2023-04", Rows.segment(d1)),
        RowFactory.create(null, "AIR_TEMPERATURE", "2023-04", Rows.segment(d2)),
        RowFactory.create("hall", "AIR_TEMPERATURE", "2023-04", Rows.segment(d1)));
    for (boolean columnar : new boolean[] {false, true}) {
      StructField[] leading = java.util.Arrays.copyOf(ComplianceKernelsTest.FOLD_IN.fields(), 3);
      StructType out = new StructType(leading).add("compliance", columnar ? Rows.COMPLIANCE_COLUMNAR
          : Rows.COMPLIANCE);
      List<Row> viaRows = ComplianceKernelsTest.collect(new AsRows(new PeriodFold(Standards.BUILDING_HYGIENE, leading,
          columnar), ComplianceKernelsTest.FOLD_IN, out).call(in.iterator()));
      assertThat(viaRows).as("columnar %s", columnar).isEqualTo(ComplianceKernelsTest.fold(columnar, in));
      assertThat(viaRows).hasSize(2);
      assertThat(viaRows.get(0).isNullAt(0)).as("the two null keys: one group").isTrue();
      assertThat(viaRows.get(0).getStruct(3).getLong(1)).isEqualTo(10L);
      assertThat(viaRows.get(1).getString(0)).isEqualTo("hall");
    }
    PeriodFold f = new PeriodFold(Standards.BUILDING_HYGIENE, new StructField[0], true);
    assertThatThrownBy(() -> new AsRows(null, Rows.SEGMENT, Rows.SEGMENT)).isInstanceOf(NullPointerException.class)
        .hasMessage("function");
    assertThatThrownBy(() -> new AsRows(f, null, Rows.SEGMENT)).isInstanceOf(NullPointerException.class)
        .hasMessage("in");
    assertThatThrownBy(() -> new AsRows(f, Rows.SEGMENT, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("out");
  }

  private static InternalRow row(String key, long value) {
    return new GenericInternalRow(new Object[] {key == null ? null : UTF8String.fromString(key), value});
  }

  /** Runs by the first column: the key and the count of the run's rows. */
  private static Iterator<InternalRow> counting(Iterator<InternalRow> input) {
    return new InternalRuns(input) {
      InternalRow first;
      long rows;

      @Override
      protected void start(InternalRow row) {
        first = row.copy();
        rows = 1;
      }

      @Override
      protected boolean belongs(InternalRow row) {
        return InternalRuns.sameKeys(first, row, new DataType[] {DataTypes.StringType});
      }

      @Override
      protected void add(InternalRow row) {
        rows++;
      }

      @Override
      protected InternalRow finish() {
        return new GenericInternalRow(new Object[] {first.getUTF8String(0), rows});
      }
    };
  }
}
