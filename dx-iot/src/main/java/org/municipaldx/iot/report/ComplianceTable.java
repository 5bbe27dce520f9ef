package org.municipaldx.iot.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.CompliancePeriod;

/**
 * The compliance table of a standard: one row per location and period, ordered by location key and
 * period. Immutable and thread-safe.
 *
 * @param standard  the standard applied, not null
 * @param periodKind  day, month or fiscal year, not null
 * @param zone  the time zone whose midnight cuts days and months, not null
 * @param windowStart  the earliest reading, if any
 * @param windowEnd  the latest reading, if any
 * @param readings  the readings accumulated
 * @param rows  the rows, not null
 */
public record ComplianceTable(EnvironmentalStandard standard, CompliancePeriod.Kind periodKind, ZoneId zone,
    Optional<Instant> windowStart, Optional<Instant> windowEnd, long readings, List<LocationPeriod> rows) {
  /**
   * Checks and copies the components.
   *
   * @param standard  the standard applied, not null
   * @param periodKind  day, month or fiscal year, not null
   * @param zone  the time zone whose midnight cuts days and months, not null
   * @param windowStart  the earliest reading, if any
   * @param windowEnd  the latest reading, if any
   * @param readings  the readings accumulated
   * @param rows  the rows, not null
   */
  public ComplianceTable {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(periodKind, "periodKind");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(windowEnd, "windowEnd");
    rows = List.copyOf(rows);
  }
}
