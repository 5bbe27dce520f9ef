package org.municipaldx.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.QuantityCompliance;
import org.municipaldx.spark.internal.ComplianceKernel;
import org.municipaldx.spark.internal.Rows;
import org.municipaldx.spark.internal.SegmentList;
import org.municipaldx.spark.internal.StandardHolder;

/**
 * Second stage of compliance: folds the day segments of {@link ComplianceDayAggregator} of one
 * location and quantity into a period (a month, a fiscal year, any set of days) — the library's
 * {@link QuantityCompliance} for that period: count, min, max, exact sum, mean, units judged and
 * within, and every exceedance with its span, a run crossing midnight joined as
 * {@link ComplianceReport} joins it. The result equals the library's report of the same readings
 * over the same days.
 *
 * <p>Input: one column, the day segment ({@link ComplianceDayAggregator#OUTPUT}). Output:
 * {@link #OUTPUT}, with the number of exceedances, their total and longest duration in whole
 * seconds (first to last reading of a span, fractions truncated) and the exceedances themselves.
 * The buffer keeps the group's day segments (at most 366 for a fiscal year); merging concatenates,
 * and the fold runs in day order at the end. Immutable and thread-safe.
 */
public final class ComplianceAggregator extends Aggregator<Row, SegmentList, Row> {
  private static final long serialVersionUID = 1L;
  static final String NAME = "dx_compliance";

  /** The input: one day segment column. */
  public static final StructType INPUT = new StructType().add("segment", Rows.SEGMENT, false);

  /** The output: a period's compliance of one location and quantity. */
  public static final StructType OUTPUT = Rows.COMPLIANCE;

  /**
   * {@link #OUTPUT} with the exceedances as numbers, no text (issue 15g; {@link DxSpark#complianceByPeriodColumnar}):
   * each is {@code limitIndex} (the limit's position in the standard's {@code limits()}), {@code above},
   * {@code startMicros} and {@code endMicros} (epoch microseconds; {@code timestamp_micros} makes timestamps of
   * them), {@code seconds}, {@code readings}, {@code worst} and {@code day} (the day judged for a daily average,
   * else null). The other fields are {@link #OUTPUT}'s.
   */
  public static final StructType COLUMNAR_OUTPUT = Rows.COMPLIANCE_COLUMNAR;

  /** The environmental standard and time zone, as JSON Spark ships to its executors. */
  private final StandardHolder standard;

  /**
   * Creates the aggregator for one environmental standard.
   *
   * @param standard  the standard the segments were judged against, not null
   */
  public ComplianceAggregator(EnvironmentalStandard standard) {
    this.standard = new StandardHolder(standard, ComplianceReport.JAPAN);
  }

  @Override
  public SegmentList zero() {
    return new SegmentList();
  }

  @Override
  public SegmentList reduce(SegmentList b, Row row) {
    if (row.isNullAt(0)) {
      throw new IllegalArgumentException(NAME + ".segment: must not be null (was 'null')");
    }
    Row s = row.getStruct(0);
    int scale = Quantity.valueOf(s.getString(1)).columnScale();
    b.segments.add(Rows.segment(s, scale));
    return b;
  }

  @Override
  public SegmentList merge(SegmentList b1, SegmentList b2) {
    b1.segments.addAll(b2.segments);
    return b1;
  }

  @Override
  public Row finish(SegmentList b) {
    ComplianceKernel.Folded f = ComplianceKernel.fold(standard.standard(), b.segments);
    return Rows.compliance(f.compliance().orElse(null), f.invalid());
  }

  @Override
  public Encoder<SegmentList> bufferEncoder() {
    return Encoders.kryo(SegmentList.class);
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(OUTPUT);
  }

  /**
   * {@return the row this aggregator gives for it: how tests compare Spark with the library}
   *
   * @param c  the library's compliance of a quantity, or null if no valid reading
   * @param invalid  the invalid readings left out
   */
  public static Row toRow(QuantityCompliance c, long invalid) {
    return Rows.compliance(c, invalid);
  }
}
