package org.municipaldx.spark;

import java.time.ZoneId;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.spark.internal.ComplianceKernel;
import org.municipaldx.spark.internal.DayReadings;
import org.municipaldx.spark.internal.Rows;
import org.municipaldx.spark.internal.StandardHolder;

/**
 * First stage of compliance: judges the readings of one location, quantity and day (days cut at
 * midnight in the zone, {@link ComplianceReport#JAPAN} by default) with the library's
 * {@link ComplianceReport} against a standard's limit in force on that day, and returns the day's
 * segment — statistics, exceedances and whether a run is open at either end — which
 * {@link ComplianceAggregator} folds into months or fiscal years.
 *
 * <p>Input, by position: {@code sensorId}, {@code quantity} (constant name), {@code observedAtMicros}
 * (epoch microseconds, {@code unix_micros(observedAt)}), {@code unscaled} (value at the quantity's
 * column scale), {@code quality} (null for GOOD). Group by location, quantity and
 * {@code dx_day(observedAt)}; a group spanning two days is an {@link IllegalArgumentException}. The
 * buffer holds the day's readings (run detection needs their time order). Immutable and
 * thread-safe.
 */
public final class ComplianceDayAggregator extends Aggregator<Row, DayReadings, Row> {
  private static final long serialVersionUID = 1L;
  static final String NAME = "dx_compliance_day";
  private static final Quality[] QUALITIES = Quality.values();

  /** The input columns, by position. */
  public static final StructType INPUT = new StructType()
      .add("sensorId", DataTypes.StringType, false)
      .add("quantity", DataTypes.StringType, false)
      .add("observedAtMicros", DataTypes.LongType, false)
      .add("unscaled", DataTypes.LongType, false)
      .add("quality", DataTypes.StringType, true);

  /** The output: a day segment. */
  public static final StructType OUTPUT = Rows.SEGMENT;

  /** The environmental standard and time zone, as JSON Spark ships to its executors. */
  private final StandardHolder standard;

  /**
   * Creates the aggregator for one environmental standard and time zone.
   *
   * @param standard  the standard, not null
   * @param zone  the zone whose midnight cuts days, not null
   */
  public ComplianceDayAggregator(EnvironmentalStandard standard, ZoneId zone) {
    this.standard = new StandardHolder(standard, zone);
  }

  @Override
  public DayReadings zero() {
    return new DayReadings();
  }

  @Override
  public DayReadings reduce(DayReadings b, Row row) {
    int q = SummaryAggregator.quantity(NAME, b.quantity(), row, 1);
    for (int i = 0; i < 4; i++) {
      if (row.isNullAt(i)) {
        throw new IllegalArgumentException(NAME + "." + INPUT.fields()[i].name() + ": must not be null (was 'null')");
      }
    }
    int quality = 0;
    if (!row.isNullAt(4)) {
      try {
        quality = Quality.valueOf(row.getString(4)).ordinal();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(NAME + ".quality: unknown quality (was '" + row.getString(4) + "')", e);
      }
    }
    b.add(q, row.getString(0), row.getLong(2), row.getLong(3), QUALITIES[quality].ordinal());
    return b;
  }

  @Override
  public DayReadings merge(DayReadings b1, DayReadings b2) {
    b1.merge(b2);
    return b1;
  }

  @Override
  public Row finish(DayReadings b) {
    if (b.size() == 0) {
      throw new IllegalStateException(NAME + ": an empty group has no day");
    }
    return Rows.segment(ComplianceKernel.day(standard.standard(), standard.zone(), b));
  }

  @Override
  public Encoder<DayReadings> bufferEncoder() {
    return Encoders.kryo(DayReadings.class);
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(OUTPUT);
  }
}
