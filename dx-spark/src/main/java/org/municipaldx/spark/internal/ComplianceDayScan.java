package org.municipaldx.spark.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.EnvironmentalStandard;

/**
 * The day stage of compliance as one pass over a partition sorted by key (e.g. location), quantity
 * and time, on primitives: each run of rows of one key, quantity and day (in the zone) is gathered
 * into one reused {@link DayReadings} and judged by {@link DayKernel} (the same segment as
 * {@link ComplianceKernel#day}, without the library's objects per reading). Input rows, by position:
 * the key columns (any types, compared by equality), quantity ordinal (int, not null: checked where
 * the column was made), sensor id (string), epoch microseconds (long), fixed-point value (long),
 * quality ordinal (int). Output: {@link #output}. Checks each row as {@code dx_compliance_day} does,
 * with its messages. Not API.
 */
public final class ComplianceDayScan implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final String NAME = "dx_compliance_day";
  private static final Quantity[] QUANTITIES = Quantity.values();

  private final StandardHolder standard;
  private final int keys;

  /**
   * @param standard  the standard, not null
   * @param zone  the zone whose midnight cuts days, not null
   * @param keys  the number of key columns before the quantity, at least 1
   */
  public ComplianceDayScan(EnvironmentalStandard standard, ZoneId zone, int keys) {
    this.standard = new StandardHolder(standard, zone);
    this.keys = keys;
  }

  /**
   * {@return the output schema: the key fields, then quantity, day, month, fiscal year and segment}
   *
   * @param keyFields  the key columns' fields, not null
   */
  public static org.apache.spark.sql.types.StructType output(org.apache.spark.sql.types.StructField[] keyFields) {
    return new org.apache.spark.sql.types.StructType(keyFields)
        .add("quantity", org.apache.spark.sql.types.DataTypes.StringType, false)
        .add("day", org.apache.spark.sql.types.DataTypes.StringType, false)
        .add("month", org.apache.spark.sql.types.DataTypes.StringType, false)
        .add("fiscalYear", org.apache.spark.sql.types.DataTypes.StringType, false)
        .add("segment", Rows.SEGMENT, false);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    ZoneId zone = standard.zone();
    DayKernel kernel = new DayKernel(standard.standard(), zone);
    DayReadings b = new DayReadings();
    return new Runs(input) {
      // the bounds of the last day seen, in epoch microseconds, and its periods
      long from = 1;
      long to = 0;
      LocalDate day;
      String dayText;
      String month;
      String fiscalYear;
      final int k = keys;
      Object[] key;
      int q;

      @Override
      protected void start(Row first) {
        key = new Object[k];
        for (int i = 0; i < k; i++) {
          key[i] = first.get(i);
        }
        q = first.getInt(k);
        long t0 = micros(first, k);
        if (t0 < from || t0 >= to) {
          day = LocalDate.ofInstant(ComplianceKernel.instant(t0), zone);
          from = ComplianceKernel.micros(day.atStartOfDay(zone).toInstant());
          to = ComplianceKernel.micros(day.plusDays(1).atStartOfDay(zone).toInstant());
          dayText = day.toString();
          month = dayText.substring(0, 7);
          fiscalYear = CompliancePeriod.fiscalYear(FiscalYear.containing(day)).toString();
        }
        b.clear();
        ComplianceDayScan.add(b, q, first, t0, k);
      }

      @Override
      protected boolean belongs(Row r) {
        long t = micros(r, k);
        return t >= from && t < to && r.getInt(k) == q && sameKey(key, r);
      }

      @Override
      protected void add(Row r) {
        ComplianceDayScan.add(b, q, r, r.getLong(k + 2), k);
      }

      @Override
      protected Row finish() {
        Object[] out = new Object[k + 5];
        System.arraycopy(key, 0, out, 0, k);
        out[k] = QUANTITIES[q].name();
        out[k + 1] = dayText;
        out[k + 2] = month;
        out[k + 3] = fiscalYear;
        out[k + 4] = Rows.segment(kernel.day(day, b));
        return RowFactory.create(out);
      }
    };
  }

  private static boolean sameKey(Object[] key, Row r) {
    for (int i = 0; i < key.length; i++) {
      if (!Objects.equals(key[i], r.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static long micros(Row r, int k) {
    if (r.isNullAt(k + 2)) {
      throw new IllegalArgumentException(NAME + ".observedAtMicros: must not be null (was 'null')");
    }
    return r.getLong(k + 2);
  }

  private static void add(DayReadings b, int q, Row r, long t, int k) {
    if (r.isNullAt(k + 1) || r.isNullAt(k + 3)) {
      String field = r.isNullAt(k + 1) ? "sensorId" : "unscaled";
      throw new IllegalArgumentException(NAME + "." + field + ": must not be null (was 'null')");
    }
    b.add(q, r.getString(k + 1), t, r.getLong(k + 3), r.getInt(k + 4));
  }
}
