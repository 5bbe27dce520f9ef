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
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;

/**
 * The day merge and the period fold of compliance in one stage (issue 15h): over the partials of
 * {@link PartialDayScan} with their period appended ({@code __period}, the last column), sorted by key,
 * quantity, period, day and first reading, each day's partials are merged as {@link PartialDayMerge} merges
 * them ({@link PartialDayMerge#mergeDay}) and each key, quantity and period's days are folded at once by
 * {@link ComplianceKernel#foldRuns} into the period's {@link Rows#COMPLIANCE_COLUMNAR} row — no day rows
 * written, checkpointed, shuffled again and read back. A period one of whose days cannot be merged (it must go
 * through the sorted path) gives no compliance and {@code __fallback = true}. Output: {@link #output}. Not API.
 */
public final class PartialPeriodMerge implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Quantity[] QUANTITIES = Quantity.values();

  private final StandardHolder standard;
  private final int keys;

  /**
   * @param standard  the standard, not null
   * @param keys  the number of key columns, at least 1
   */
  public PartialPeriodMerge(EnvironmentalStandard standard, int keys) {
    this.standard = new StandardHolder(standard, ComplianceReport.JAPAN);
    this.keys = keys;
  }

  /**
   * {@return the output schema: the key fields, then quantity, period, compliance (a
   * {@link Rows#COMPLIANCE_COLUMNAR}, null where the period falls back) and {@code __fallback}}
   *
   * @param keyFields  the key columns' fields, not null
   */
  public static StructType output(StructField[] keyFields) {
    return new StructType(keyFields)
        .add("quantity", DataTypes.StringType, false)
        .add("period", DataTypes.StringType, false)
        .add("compliance", Rows.COMPLIANCE_COLUMNAR, true)
        .add("__fallback", DataTypes.BooleanType, false);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    int k = keys;
    EnvironmentalStandard std = standard.standard();
    DayKernel kernel = new DayKernel(std, ComplianceReport.JAPAN);
    DayReadings raw = new DayReadings();
    int period = k + 6;
    return new Runs(input) {
      Row first;
      Row dayFirst;
      boolean fallback;
      final List<Row> partials = new ArrayList<>();
      final List<Segment> days = new ArrayList<>();

      @Override
      protected void start(Row row) {
        first = row;
        fallback = false;
        days.clear();
        partials.clear();
        partials.add(row);
        dayFirst = row;
      }

      @Override
      protected boolean belongs(Row row) {
        return Runs.sameKeys(first, row, k) && first.getInt(k) == row.getInt(k)
            && Objects.equals(first.getString(period), row.getString(period));
      }

      @Override
      protected void add(Row row) {
        if (!row.getString(k + 1).equals(dayFirst.getString(k + 1))) {
          day();
          partials.clear();
          dayFirst = row;
        }
        partials.add(row);
      }

      /** Merges the day gathered in {@code partials}. */
      private void day() {
        if (fallback) {
          return;
        }
        Segment s = PartialDayMerge.mergeDay(std, kernel, raw, LocalDate.parse(dayFirst.getString(k + 1)),
            QUANTITIES[dayFirst.getInt(k)], partials, k);
        if (s == null) {
          fallback = true;
        } else {
          days.add(s);
        }
      }

      @Override
      protected Row finish() {
        day();
        Object[] out = new Object[k + 4];
        for (int i = 0; i < k; i++) {
          out[i] = first.get(i);
        }
        out[k] = QUANTITIES[first.getInt(k)].name();
        out[k + 1] = first.getString(period);
        out[k + 2] = fallback ? null : Rows.complianceColumnar(ComplianceKernel.foldRuns(days));
        out[k + 3] = fallback;
        return RowFactory.create(out);
      }
    };
  }
}
