package org.municipaldx.spark.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.EnvironmentalStandard;

/**
 * The day stage of compliance as one pass over a partition sorted by location, quantity and time,
 * on primitives: each run of rows of one location, quantity and day (in the zone) is gathered into
 * one reused {@link DayReadings} and judged by {@link DayKernel} (the same segment as
 * {@link ComplianceKernel#day}, without the library's objects per reading). Input rows, by
 * position: location (string), quantity ordinal (int, not null: checked where the column was made),
 * sensor id (string), epoch microseconds (long), fixed-point value (long), quality ordinal (int).
 * Output: {@link ComplianceDays#OUTPUT}. Checks each row as {@code dx_compliance_day} does, with its
 * messages. Not API.
 */
public final class ComplianceDayScan implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final String NAME = "dx_compliance_day";
  private static final Quantity[] QUANTITIES = Quantity.values();
  private static final String[] FIELDS = {"location", "quantity", "sensorId", "observedAtMicros", "unscaled"};

  private final StandardHolder standard;

  /**
   * @param standard  the standard, not null
   * @param zone  the zone whose midnight cuts days, not null
   */
  public ComplianceDayScan(EnvironmentalStandard standard, ZoneId zone) {
    this.standard = new StandardHolder(standard, zone);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    ZoneId zone = standard.zone();
    DayKernel kernel = new DayKernel(standard.standard(), zone);
    DayReadings b = new DayReadings();
    return new Iterator<>() {
      Row pending;
      // the bounds of the last day seen, in epoch microseconds, and its periods
      long from = 1;
      long to = 0;
      LocalDate day;
      String dayText;
      String month;
      String fiscalYear;

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
        int q = first.getInt(1);
        long t0 = micros(first);
        if (t0 < from || t0 >= to) {
          day = LocalDate.ofInstant(ComplianceKernel.instant(t0), zone);
          from = ComplianceKernel.micros(day.atStartOfDay(zone).toInstant());
          to = ComplianceKernel.micros(day.plusDays(1).atStartOfDay(zone).toInstant());
          dayText = day.toString();
          month = dayText.substring(0, 7);
          fiscalYear = CompliancePeriod.fiscalYear(FiscalYear.containing(day)).toString();
        }
        b.clear();
        add(b, q, first, t0);
        while (input.hasNext()) {
          Row r = input.next();
          long t = micros(r);
          if (t < from || t >= to || r.getInt(1) != q || !Objects.equals(location, r.getString(0))) {
            pending = r;
            break;
          }
          add(b, q, r, t);
        }
        return RowFactory.create(location, QUANTITIES[q].name(), dayText, month, fiscalYear,
            Rows.segment(kernel.day(day, b)));
      }
    };
  }

  private static long micros(Row r) {
    if (r.isNullAt(3)) {
      throw new IllegalArgumentException(NAME + ".observedAtMicros: must not be null (was 'null')");
    }
    return r.getLong(3);
  }

  private static void add(DayReadings b, int q, Row r, long t) {
    if (r.isNullAt(2) || r.isNullAt(4)) {
      int i = r.isNullAt(2) ? 2 : 4;
      throw new IllegalArgumentException(NAME + "." + FIELDS[i] + ": must not be null (was 'null')");
    }
    b.add(q, r.getString(2), t, r.getLong(4), r.getInt(5));
  }
}
