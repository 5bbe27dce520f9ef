package org.municipaldx.spark.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.EnvironmentalStandard;

/**
 * Stage 2 of the compliance day stage without a sort of the readings: over the partials of
 * {@link PartialDayScan}, sorted so that each key, quantity and day's partials are consecutive, each
 * day's partials are merged by {@link PartialDays#merge} into the day's segment. A day whose partials
 * interleave in time, or one of whose partials could not be computed on longs, is marked
 * {@code sortedFallback} with no segment: its readings go through the sorted path. On Spark's internal rows
 * (issue 15k): the sorted partials are read as they come from the sort and the day rows ({@link #output}) are
 * written as internal rows, no {@code Row} through Spark's row encoder either way. Not API.
 */
public final class PartialDayMerge implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
  private static final long serialVersionUID = 1L;
  private static final Quantity[] QUANTITIES = Quantity.values();

  private final StandardHolder standard;
  private final DataType[] keyTypes;
  private final boolean compact;

  /**
   * @param standard  the standard, not null
   * @param keyFields  the key columns' fields, at least one
   */
  public PartialDayMerge(EnvironmentalStandard standard, StructField[] keyFields) {
    this(standard, keyFields, false);
  }

  /**
   * @param standard  the standard, not null
   * @param keyFields  the key columns' fields, at least one
   * @param compact  whether the segments are written as {@link Rows#DAY} (issue 15l: values as longs, the form kept
   *     inside the plan) rather than {@link Rows#SEGMENT}
   */
  public PartialDayMerge(EnvironmentalStandard standard, StructField[] keyFields, boolean compact) {
    this.standard = new StandardHolder(standard, java.time.ZoneOffset.UTC);
    this.keyTypes = InternalRuns.types(keyFields);
    this.compact = compact;
  }

  /**
   * {@return the output schema: the key fields, then quantity, day, month, fiscal year, segment (null
   * where the day falls back) and {@code sortedFallback}}
   *
   * @param keyFields  the key columns' fields, not null
   */
  public static StructType output(StructField[] keyFields) {
    return output(keyFields, false);
  }

  /**
   * {@return {@link #output(StructField[])}, with the segment as {@link Rows#DAY} if {@code compact} (issue 15l)}
   *
   * @param keyFields  the key columns' fields, not null
   * @param compact  whether the segment is a {@link Rows#DAY} rather than a {@link Rows#SEGMENT}
   */
  public static StructType output(StructField[] keyFields, boolean compact) {
    return new StructType(keyFields)
        .add("quantity", DataTypes.StringType, false)
        .add("day", DataTypes.StringType, false)
        .add("month", DataTypes.StringType, false)
        .add("fiscalYear", DataTypes.StringType, false)
        .add("segment", compact ? Rows.DAY : Rows.SEGMENT, true)
        .add("sortedFallback", DataTypes.BooleanType, false);
  }

  @Override
  public Iterator<InternalRow> call(Iterator<InternalRow> input) {
    DataType[] types = keyTypes;
    int k = types.length;
    boolean asDay = compact;
    EnvironmentalStandard std = standard.standard();
    DayKernel kernel = new DayKernel(std, org.municipaldx.iot.standard.ComplianceReport.JAPAN);
    DayReadings raw = new DayReadings();
    return new InternalRuns(input) {
      InternalRow first;
      final List<InternalRow> partials = new ArrayList<>();

      @Override
      protected void start(InternalRow row) {
        first = row.copy();
        partials.clear();
        partials.add(first);
      }

      @Override
      protected boolean belongs(InternalRow row) {
        return InternalRuns.sameKeys(first, row, types) && first.getInt(k) == row.getInt(k)
            && first.getUTF8String(k + 1).equals(row.getUTF8String(k + 1));
      }

      @Override
      protected void add(InternalRow row) {
        partials.add(row.copy());
      }

      @Override
      protected InternalRow finish() {
        Quantity q = QUANTITIES[first.getInt(k)];
        UTF8String dayUtf8 = first.getUTF8String(k + 1);
        String dayText = dayUtf8.toString();
        LocalDate day = LocalDate.parse(dayText);
        Segment merged = mergeDay(std, kernel, raw, day, q, partials, k);
        Object[] out = InternalRuns.keys(first, types, new Object[k + 6]);
        out[k] = UTF8String.fromString(q.name());
        out[k + 1] = dayUtf8;
        out[k + 2] = UTF8String.fromString(dayText.substring(0, 7));
        out[k + 3] = UTF8String.fromString(CompliancePeriod.fiscalYear(FiscalYear.containing(day)).toString());
        out[k + 4] = merged == null ? null
            : asDay ? Rows.dayInternal(merged, q.columnScale()) : Rows.segmentInternal(merged);
        out[k + 5] = merged == null;
        return new GenericInternalRow(out);
      }
    };
  }

  /**
   * Merges the partials of one key, quantity and day (rows of {@link PartialDayScan#output}) into the day's
   * segment: by {@link PartialDays#merge}; where that cannot (the partials interleave in time, or one could not be
   * computed on longs) and every partial carries its raw readings (issue 15g), by {@link DayKernel#day} of all of
   * them.
   *
   * @param raw  a buffer to gather raw readings in (cleared here)
   * @param partials  the day's partial rows, not empty
   * @param k  the number of key columns before the partial's own
   * @return the day's segment, or null if the day must go through the sorted path
   */
  static Segment mergeDay(EnvironmentalStandard std, DayKernel kernel, DayReadings raw, LocalDate day, Quantity q,
      List<InternalRow> partials, int k) {
    List<Segment> segments = new ArrayList<>(partials.size());
    boolean computable = true;
    String dayText = day.toString();
    for (InternalRow p : partials) {
      if (p.isNullAt(k + 4)) {
        computable = false;
        break;
      }
      Segment s = Rows.partial(p.getStruct(k + 4, Rows.PARTIAL.size()), dayText, q.name(), q.columnScale());
      s.firstValid = p.getLong(k + 2);
      s.lastValid = p.getLong(k + 3);
      segments.add(s);
    }
    Segment merged = computable ? PartialDays.merge(std, day, q, segments) : null;
    if (merged == null && withRaw(raw, partials, k)) {
      // every partial carries its readings (issue 15g): the day judged exactly from all of them
      merged = kernel.day(day, raw);
    }
    return merged;
  }

  /** Gathers every partial's raw readings into {@code raw}; false if one partial has none. */
  private static boolean withRaw(DayReadings raw, List<InternalRow> partials, int k) {
    raw.clear();
    for (InternalRow p : partials) {
      if (p.isNullAt(k + 5)) {
        return false;
      }
    }
    int q = partials.get(0).getInt(k);
    for (InternalRow p : partials) {
      InternalRow x = p.getStruct(k + 5, PartialDayScan.RAW.size());
      long[] micros = x.getArray(0).toLongArray();
      long[] unscaled = x.getArray(1).toLongArray();
      int[] quality = x.getArray(2).toIntArray();
      ArrayData sensor = x.getArray(3);
      for (int i = 0; i < micros.length; i++) {
        raw.add(q, sensor.getUTF8String(i).toString(), micros[i], unscaled[i], quality[i]);
      }
    }
    return raw.size() > 0;
  }
}
