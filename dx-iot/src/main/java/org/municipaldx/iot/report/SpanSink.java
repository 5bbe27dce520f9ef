package org.municipaldx.iot.report;

import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;

/**
 * Receives every exceedance span of a {@link ComplianceAccumulator} as it is found, whether or not
 * the table lists it ({@link SpanSummary#notListed()}): the way to keep them all without holding
 * them in memory. Per-reading spans come as they close during the read, each sensor's in time
 * order; the spans still open and the daily-average spans come from
 * {@link ComplianceAccumulator#finish()}: first the open ones by sensor, then the daily ones in
 * the table's row order.
 */
@FunctionalInterface
public interface SpanSink {
  /**
   * Takes one span.
   *
   * @param location  the location of the span's row, not null
   * @param period  the period of the span's row (the one its first reading falls in), not null
   * @param quantity  the quantity, not null
   * @param span  the span, not null
   */
  void span(Location location, CompliancePeriod period, Quantity quantity, Span span);
}
