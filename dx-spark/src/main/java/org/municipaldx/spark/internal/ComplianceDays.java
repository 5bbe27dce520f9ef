package org.municipaldx.spark.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.EnvironmentalStandard;

/**
 * The day stage of compliance as a pass over a partition sorted by location, quantity and time: each
 * run of rows of one location, quantity and day (in the zone) is one {@link DayReadings}, judged by
 * {@link ComplianceKernel#day} — the code of {@code ComplianceDayAggregator}, without its object hash
 * aggregation (a Kryo buffer per group and task, sort-based fallback past 128 groups per task).
 * Input rows, by position: location, quantity, sensor id, epoch microseconds, fixed-point value,
 * quality. Checks each row as the aggregator does, with its messages. Not API.
 */
public final class ComplianceDays implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final String NAME = "dx_compliance_day";
  private static final Quantity[] QUANTITIES = Quantity.values();
  private static final String[] FIELDS = {"location", "quantity", "sensorId", "observedAtMicros", "unscaled"};

  /** The output: the group's location, quantity, day, month and fiscal year, and the day segment. */
  public static final StructType OUTPUT = new StructType()
      .add("location", DataTypes.StringType, true)
      .add("quantity", DataTypes.StringType, false)
      .add("day", DataTypes.StringType, false)
      .add("month", DataTypes.StringType, false)
      .add("fiscalYear", DataTypes.StringType, false)
      .add("segment", Rows.SEGMENT, false);

  private final StandardHolder standard;

  /**
   * @param standard  the standard, not null
   * @param zone  the zone whose midnight cuts days, not null
   */
  public ComplianceDays(EnvironmentalStandard standard, ZoneId zone) {
    this.standard = new StandardHolder(standard, zone);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    EnvironmentalStandard s = standard.standard();
    ZoneId zone = standard.zone();
    return new Iterator<>() {
      Row pending;

      @Override
      public boolean hasNext() {
        return pending != null || input.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row first = pending != null ? pending : input.next();
        pending = null;
        String location = first.getString(0);
        int q = quantity(first);
        LocalDate day = LocalDate.ofInstant(ComplianceKernel.instant(micros(first)), zone);
        // the day's bounds in epoch microseconds, so a row's day is two comparisons
        long from = ComplianceKernel.micros(day.atStartOfDay(zone).toInstant());
        long to = ComplianceKernel.micros(day.plusDays(1).atStartOfDay(zone).toInstant());
        DayReadings b = new DayReadings();
        add(b, q, first);
        while (input.hasNext()) {
          Row r = input.next();
          long t = micros(r);
          if (t < from || t >= to || quantity(r) != q || !Objects.equals(location, r.getString(0))) {
            pending = r;
            break;
          }
          add(b, q, r);
        }
        String d = day.toString();
        return RowFactory.create(location, QUANTITIES[q].name(), d, d.substring(0, 7),
            CompliancePeriod.fiscalYear(FiscalYear.containing(day)).toString(),
            Rows.segment(ComplianceKernel.day(s, zone, b)));
      }
    };
  }

  private static int quantity(Row r) {
    if (r.isNullAt(1)) {
      throw new IllegalArgumentException(NAME + ".quantity: must not be null (was 'null')");
    }
    String name = r.getString(1);
    try {
      return Quantity.valueOf(name).ordinal();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(NAME + ".quantity: unknown quantity (was '" + name + "')", e);
    }
  }

  private static long micros(Row r) {
    if (r.isNullAt(3)) {
      throw new IllegalArgumentException(NAME + ".observedAtMicros: must not be null (was 'null')");
    }
    return r.getLong(3);
  }

  private static void add(DayReadings b, int q, Row r) {
    for (int i = 2; i < 5; i++) {
      if (r.isNullAt(i)) {
        throw new IllegalArgumentException(NAME + "." + FIELDS[i] + ": must not be null (was 'null')");
      }
    }
    int quality = 0;
    if (!r.isNullAt(5)) {
      try {
        quality = Quality.valueOf(r.getString(5)).ordinal();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(NAME + ".quality: unknown quality (was '" + r.getString(5) + "')", e);
      }
    }
    b.add(q, r.getString(2), r.getLong(3), r.getLong(4), quality);
  }
}
