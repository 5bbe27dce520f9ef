package org.municipaldx.spark.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.EnvironmentalStandard;

/**
 * Stage 2 of the compliance day stage without a sort of the readings: over the partials of
 * {@link PartialDayScan}, sorted so that each key, quantity and day's partials are consecutive, each
 * day's partials are merged by {@link PartialDays#merge} into the day's segment. A day whose partials
 * interleave in time, or one of whose partials could not be computed on longs, is marked
 * {@code sortedFallback} with no segment: its readings go through the sorted path. Output:
 * {@link #output}. Not API.
 */
public final class PartialDayMerge implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Quantity[] QUANTITIES = Quantity.values();

  private final StandardHolder standard;
  private final int keys;

  /**
   * @param standard  the standard, not null
   * @param keys  the number of key columns, at least 1
   */
  public PartialDayMerge(EnvironmentalStandard standard, int keys) {
    this.standard = new StandardHolder(standard, java.time.ZoneOffset.UTC);
    this.keys = keys;
  }

  /**
   * {@return the output schema: the key fields, then quantity, day, month, fiscal year, segment (null
   * where the day falls back) and {@code sortedFallback}}
   *
   * @param keyFields  the key columns' fields, not null
   */
  public static StructType output(StructField[] keyFields) {
    return new StructType(keyFields)
        .add("quantity", DataTypes.StringType, false)
        .add("day", DataTypes.StringType, false)
        .add("month", DataTypes.StringType, false)
        .add("fiscalYear", DataTypes.StringType, false)
        .add("segment", Rows.SEGMENT, true)
        .add("sortedFallback", DataTypes.BooleanType, false);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    int k = keys;
    EnvironmentalStandard std = standard.standard();
    DayKernel kernel = new DayKernel(std, org.municipaldx.iot.standard.ComplianceReport.JAPAN);
    DayReadings raw = new DayReadings();
    return new Runs(input) {
      Row first;
      final List<Row> partials = new ArrayList<>();

      @Override
      protected void start(Row row) {
        first = row;
        partials.clear();
        partials.add(row);
      }

      @Override
      protected boolean belongs(Row row) {
        return Runs.sameKeys(first, row, k) && first.getInt(k) == row.getInt(k)
            && Objects.equals(first.getString(k + 1), row.getString(k + 1));
      }

      @Override
      protected void add(Row row) {
        partials.add(row);
      }

      @Override
      protected Row finish() {
        Quantity q = QUANTITIES[first.getInt(k)];
        String dayText = first.getString(k + 1);
        LocalDate day = LocalDate.parse(dayText);
        Segment merged = mergeDay(std, kernel, raw, day, q, partials, k);
        Object[] out = new Object[k + 6];
        for (int i = 0; i < k; i++) {
          out[i] = first.get(i);
        }
        out[k] = q.name();
        out[k + 1] = dayText;
        out[k + 2] = dayText.substring(0, 7);
        out[k + 3] = CompliancePeriod.fiscalYear(FiscalYear.containing(day)).toString();
        out[k + 4] = merged == null ? null : Rows.segment(merged);
        out[k + 5] = merged == null;
        return RowFactory.create(out);
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
      List<Row> partials, int k) {
    List<Segment> segments = new ArrayList<>(partials.size());
    boolean computable = true;
    for (Row p : partials) {
      if (p.isNullAt(k + 4)) {
        computable = false;
        break;
      }
      Segment s = Rows.partial(p.getStruct(k + 4), day.toString(), q.name(), q.columnScale());
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
  private static boolean withRaw(DayReadings raw, List<Row> partials, int k) {
    raw.clear();
    for (Row p : partials) {
      if (p.isNullAt(k + 5)) {
        return false;
      }
    }
    int q = partials.get(0).getInt(k);
    for (Row p : partials) {
      Row x = p.getStruct(k + 5);
      List<Long> micros = x.getList(0);
      List<Long> unscaled = x.getList(1);
      List<Integer> quality = x.getList(2);
      List<String> sensor = x.getList(3);
      for (int i = 0; i < micros.size(); i++) {
        raw.add(q, sensor.get(i), micros.get(i), unscaled.get(i), quality.get(i));
      }
    }
    return raw.size() > 0;
  }
}
