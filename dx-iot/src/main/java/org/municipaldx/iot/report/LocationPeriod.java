package org.municipaldx.iot.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.aggregate.Gap;
import org.municipaldx.iot.standard.CompliancePeriod;

/**
 * One row of the compliance table: a location over a period.
 *
 * <p>{@code observed} is the part of the period inside the data's time window (from the earliest to
 * the latest reading of the whole input); {@code gaps} are the silences of the location's sensors
 * within it, clipped to the period; {@code coverage} is the share of sensor-time not in a gap
 * (Σ over sensors of observed − silent, over sensors × observed), empty when no sensor of the
 * location has a known reporting interval or nothing was observed. Immutable and thread-safe.
 *
 * @param location  the location, not null
 * @param period  the period, not null
 * @param sensors  the ids of the location's sensors, not null
 * @param quantities  one row per quantity with readings or a limit judged, in {@code Quantity} order, not null
 * @param observed  the part of the period inside the data's window, not null
 * @param gaps  the silences, in time order per sensor, not null
 * @param coverage  the share not silent, from 0 to 1 (6 decimals, half-even), if known
 */
public record LocationPeriod(Location location, CompliancePeriod period, List<String> sensors, List<QuantityRow> quantities,
    Duration observed, List<Gap> gaps, Optional<BigDecimal> coverage) {
  /**
   * Checks and copies the components.
   *
   * @param location  the location, not null
   * @param period  the period, not null
   * @param sensors  the ids of the location's sensors, not null
   * @param quantities  one row per quantity with readings or a limit judged, in {@code Quantity}
   *     order, not null
   * @param observed  the part of the period inside the data's window, not null
   * @param gaps  the silences, in time order per sensor, not null
   * @param coverage  the share not silent, from 0 to 1 (6 decimals, half-even), if known
   */
  public LocationPeriod {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(period, "period");
    sensors = List.copyOf(sensors);
    quantities = List.copyOf(quantities);
    Objects.requireNonNull(observed, "observed");
    gaps = List.copyOf(gaps);
    Objects.requireNonNull(coverage, "coverage");
  }

  /** {@return whether every judged quantity complies; empty when nothing was judged} */
  public Optional<Boolean> complies() {
    Optional<Boolean> out = Optional.empty();
    for (QuantityRow q : quantities) {
      if (q.complies().isPresent()) {
        if (!q.complies().get()) {
          return Optional.of(false);
        }
        out = Optional.of(true);
      }
    }
    return out;
  }

  /** {@return the total readings of all quantities} */
  public long readings() {
    return quantities.stream().mapToLong(QuantityRow::count).sum();
  }
}
