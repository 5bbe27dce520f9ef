package org.municipaldx.iot.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.Sensor;

/**
 * The compliance of one location with one standard over one period: per quantity, the count, min,
 * max, mean, share within range and every exceedance with its time span. Each reading is judged
 * against the limit in force on its date (in the report's time zone), so a period spanning an
 * amendment (e.g. 2022-04-01, temperature 17 → 18 °C) applies each rule to its own days.
 *
 * <p>Readings flagged {@link Quality#INVALID} are not used; {@link #invalidReadings()} counts them.
 * Immutable and thread-safe.
 *
 * @param standard  the standard applied, not null
 * @param location  the location, not null
 * @param period  the period, not null
 * @param zone  the time zone that defines days, not null
 * @param quantities  one entry per quantity with readings, in {@link Quantity} order
 * @param invalidReadings  the readings in the period flagged invalid
 */
public record ComplianceReport(EnvironmentalStandard standard, Location location, CompliancePeriod period, ZoneId zone,
    List<QuantityCompliance> quantities, long invalidReadings) {
  /** The Japan time zone, in which municipal days are counted. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /**
   * Checks and copies the arguments.
   *
   * @param standard  the standard applied, not null
   * @param location  the location, not null
   * @param period  the period, not null
   * @param zone  the time zone that defines days, not null
   * @param quantities  one entry per quantity with readings, in {@link Quantity} order
   * @param invalidReadings  the readings in the period flagged invalid
   */
  public ComplianceReport {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    quantities = List.copyOf(quantities);
  }

  /**
   * {@return its entry, if the location had readings of it}
   *
   * @param quantity  a quantity, not null
   */
  public Optional<QuantityCompliance> quantity(Quantity quantity) {
    return quantities.stream().filter(q -> q.quantity() == quantity).findFirst();
  }

  /**
   * Reports on one location: all readings given are taken to be from that location; those outside
   * the period are ignored.
   *
   * @param standard  the standard, not null
   * @param location  the location, not null
   * @param period  the period, not null
   * @param zone  the time zone defining days, not null
   * @param readings  the location's readings in any order, not null
   * @return the report, never null
   */
  public static ComplianceReport of(EnvironmentalStandard standard, Location location, CompliancePeriod period,
      ZoneId zone, Iterable<Reading> readings) {
    Objects.requireNonNull(readings, "readings");
    Map<Quantity, List<Reading>> byQuantity = new EnumMap<>(Quantity.class);
    long invalid = 0;
    for (Reading r : readings) {
      if (!period.contains(LocalDate.ofInstant(r.observedAt(), zone))) {
        continue;
      }
      if (r.quality() == Quality.INVALID) {
        invalid++;
        continue;
      }
      byQuantity.computeIfAbsent(r.quantity(), k -> new ArrayList<>()).add(r);
    }
    List<QuantityCompliance> out = new ArrayList<>();
    for (Map.Entry<Quantity, List<Reading>> e : byQuantity.entrySet()) {
      out.add(judge(standard, zone, e.getKey(), e.getValue()));
    }
    return new ComplianceReport(standard, location, period, zone, out, invalid);
  }

  /**
   * Reports on every location of the given sensors that has readings.
   *
   * @param standard  the standard, not null
   * @param period  the period, not null
   * @param zone  the time zone defining days, not null
   * @param sensors  the sensors, whose locations group the readings by {@link Location#key()}, not null
   * @param readings  the readings, not null
   * @return one report per location key, ordered by key, keyed by the location of the first sensor
   *     given with that key, never null
   * @throws IllegalArgumentException naming the sensor id if a reading comes from a sensor not given
   */
  public static Map<Location, ComplianceReport> byLocation(EnvironmentalStandard standard, CompliancePeriod period,
      ZoneId zone, Iterable<Sensor> sensors, Iterable<Reading> readings) {
    Map<String, Location> where = new LinkedHashMap<>();
    // sensors sharing a location key (same facility, floor and zone) report as one location: the
    // first such sensor's, so that the result does not depend on the order of the readings
    Map<String, Location> locations = new TreeMap<>();
    for (Sensor s : sensors) {
      where.put(s.id(), s.location());
      locations.putIfAbsent(s.location().key(), s.location());
    }
    Map<String, List<Reading>> grouped = new TreeMap<>();
    for (Reading r : readings) {
      Location l = where.get(r.sensorId());
      if (l == null) {
        throw org.municipaldx.core.internal.Checks.invalid("ComplianceReport", "readings", r.sensorId(),
            "the sensor is not among the sensors given, so its location is unknown");
      }
      grouped.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(r);
    }
    Map<Location, ComplianceReport> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<Reading>> e : grouped.entrySet()) {
      Location l = locations.get(e.getKey());
      out.put(l, of(standard, l, period, zone, e.getValue()));
    }
    return out;
  }

  private static final Comparator<Reading> ORDER = Comparator.comparing(Reading::observedAt)
      .thenComparing(Reading::sensorId).thenComparing(Reading::value);

  private static QuantityCompliance judge(EnvironmentalStandard standard, ZoneId zone, Quantity q, List<Reading> rs) {
    rs.sort(ORDER);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal min = null;
    BigDecimal max = null;
    long judged = 0;
    long within = 0;
    int maxScale = 0;
    List<Exceedance> exceedances = new ArrayList<>();
    Run run = null;
    Map<LocalDate, Day> days = new TreeMap<>();
    for (Reading r : rs) {
      BigDecimal v = r.value();
      sum = sum.add(v);
      min = min == null || v.compareTo(min) < 0 ? v : min;
      max = max == null || v.compareTo(max) > 0 ? v : max;
      maxScale = Math.max(maxScale, v.scale());
      LocalDate date = LocalDate.ofInstant(r.observedAt(), zone);
      Optional<Limit> limit = standard.limit(q, date);
      if (limit.isEmpty()) {
        continue;
      }
      Limit l = limit.get();
      if (l.judgement() == Judgement.DAILY_AVERAGE) {
        days.computeIfAbsent(date, d -> new Day(l, r.observedAt())).add(v, r.observedAt());
        continue;
      }
      judged++;
      if (l.within(v)) {
        within++;
        run = close(run, exceedances);
      } else {
        boolean above = l.upper().isPresent() && v.compareTo(l.upper().get()) > 0;
        if (run != null && (run.limit != l || run.above != above)) {
          run = close(run, exceedances);
        }
        if (run == null) {
          run = new Run(l, above, r.observedAt(), v);
        } else {
          run.add(r.observedAt(), v);
        }
      }
    }
    close(run, exceedances);
    for (Map.Entry<LocalDate, Day> e : days.entrySet()) {
      Day d = e.getValue();
      judged++;
      if (d.limit.meanWithin(d.sum, d.count)) {
        within++;
      } else {
        BigDecimal mean = d.sum.divide(BigDecimal.valueOf(d.count), maxScale + 2, RoundingMode.HALF_EVEN);
        boolean above = d.limit.upper().isPresent() && d.sum.compareTo(d.limit.upper().get().multiply(BigDecimal.valueOf(d.count))) > 0;
        exceedances.add(new Exceedance(d.limit, above, d.first, d.last, d.count, mean, Optional.of(e.getKey())));
      }
    }
    exceedances.sort(Comparator.comparing(Exceedance::start));
    return new QuantityCompliance(q, rs.size(), Optional.ofNullable(min), Optional.ofNullable(max), sum, judged, within,
        exceedances);
  }

  private static Run close(Run run, List<Exceedance> out) {
    if (run != null) {
      out.add(new Exceedance(run.limit, run.above, run.start, run.end, run.count, run.worst, Optional.empty()));
    }
    return null;
  }

  private static final class Run {
    final Limit limit;
    final boolean above;
    final Instant start;
    Instant end;
    long count = 1;
    BigDecimal worst;

    Run(Limit limit, boolean above, Instant start, BigDecimal value) {
      this.limit = limit;
      this.above = above;
      this.start = start;
      this.end = start;
      this.worst = value;
    }

    void add(Instant at, BigDecimal v) {
      end = at;
      count++;
      if (above ? v.compareTo(worst) > 0 : v.compareTo(worst) < 0) {
        worst = v;
      }
    }
  }

  private static final class Day {
    final Limit limit;
    final Instant first;
    Instant last;
    BigDecimal sum = BigDecimal.ZERO;
    long count;

    Day(Limit limit, Instant first) {
      this.limit = limit;
      this.first = first;
      this.last = first;
    }

    void add(BigDecimal v, Instant at) {
      sum = sum.add(v);
      count++;
      last = at;
    }
  }
}
