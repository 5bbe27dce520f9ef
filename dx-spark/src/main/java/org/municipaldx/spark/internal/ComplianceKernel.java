package org.municipaldx.spark.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Exceedance;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Limit;
import org.municipaldx.iot.standard.QuantityCompliance;
import org.municipaldx.iot.standard.CompliancePeriod;

/**
 * Days to segments with the library's {@link ComplianceReport}, and segments folded into a period's
 * {@link QuantityCompliance}. Stateless; not API.
 */
public final class ComplianceKernel {
  private static final Quantity[] QUANTITIES = Quantity.values();
  private static final Quality[] QUALITIES = Quality.values();
  /** The location the library's report is given: the report's statistics do not depend on it. */
  private static final Location ANY = Location.builder().facility("-").build();
  private static final Comparator<Reading> ORDER = Comparator.comparing(Reading::observedAt)
      .thenComparing(Reading::sensorId).thenComparing(Reading::value);

  private ComplianceKernel() {}

  /** @return the instant of epoch microseconds */
  public static Instant instant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }

  /** @return the epoch microseconds of an instant */
  public static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
  }

  /**
   * Judges one day of one location and quantity with the library's {@link ComplianceReport}.
   *
   * @param standard  the standard, not null
   * @param zone  the zone whose midnight cuts days, not null
   * @param r  the day's readings, not empty
   * @return the day's segment, never null
   * @throws IllegalArgumentException if the readings fall on more than one day in the zone, or a
   *     reading is invalid for the model (sensor id, impossible value)
   */
  public static Segment day(EnvironmentalStandard standard, ZoneId zone, DayReadings r) {
    Quantity q = QUANTITIES[r.quantity()];
    int scale = q.columnScale();
    List<Reading> readings = new ArrayList<>(r.size());
    LocalDate day = null;
    for (int i = 0; i < r.size(); i++) {
      Instant t = instant(r.micros(i));
      LocalDate d = LocalDate.ofInstant(t, zone);
      if (day == null) {
        day = d;
      } else if (!day.equals(d)) {
        throw new IllegalArgumentException("dx_compliance_day: a group must hold one day in " + zone + " (was '" + day
            + "' and '" + d + "'); group by dx_day(observedAt)");
      }
      readings.add(Reading.builder().sensorId(r.sensor(i)).quantity(q)
          .value(BigDecimal.valueOf(r.unscaled(i), scale)).observedAt(t).quality(QUALITIES[r.quality(i)]).build());
    }
    ComplianceReport report = ComplianceReport.of(standard, ANY, CompliancePeriod.day(day), zone, readings);
    Segment s = new Segment();
    s.day = day.toString();
    s.quantity = q.name();
    s.invalid = report.invalidReadings();
    Optional<QuantityCompliance> qc = report.quantity(q);
    if (qc.isEmpty()) {
      return s;
    }
    QuantityCompliance c = qc.get();
    s.count = c.count();
    s.sum = c.sum();
    s.min = c.min().orElse(null);
    s.max = c.max().orElse(null);
    s.judged = c.judged();
    s.within = c.withinRange();
    for (Exceedance e : c.exceedances()) {
      s.exceedances.add(run(standard, e));
    }
    Optional<Limit> limit = standard.limit(q, day);
    if (limit.isPresent() && limit.get().judgement() == Judgement.PER_READING) {
      // the day's judged readings in the report's order: is the first, the last, outside the limit?
      List<Reading> valid = new ArrayList<>();
      for (Reading x : readings) {
        if (x.quality() != Quality.INVALID) {
          valid.add(x);
        }
      }
      valid.sort(ORDER);
      if (!valid.isEmpty()) {
        s.runJudged = true;
        s.headOpen = !limit.get().within(valid.get(0).value());
        s.tailOpen = !limit.get().within(valid.get(valid.size() - 1).value());
      }
    }
    return s;
  }

  private static Segment.Run run(EnvironmentalStandard standard, Exceedance e) {
    Segment.Run r = new Segment.Run();
    r.limit = standard.limits().indexOf(e.limit());
    r.above = e.above();
    r.start = micros(e.start());
    r.end = micros(e.end());
    r.readings = e.readings();
    r.worst = e.worst();
    r.day = e.day().map(LocalDate::toString).orElse(null);
    return r;
  }

  /**
   * Folds days into a period, in day order: sums the statistics and joins a run open at the end of a
   * day with the run open at the start of the next day that judges readings per reading, if both
   * are outside the same limit on the same side — what the library's report does over the whole
   * period's readings in time order.
   *
   * @param standard  the standard, not null
   * @param segments  the days, any order, one per day, not null
   * @return the period's compliance and the invalid readings, or empty if no valid reading
   */
  public static Folded fold(EnvironmentalStandard standard, List<Segment> segments) {
    FoldedRuns f = foldRuns(segments);
    if (f.compliance() == null) {
      return new Folded(Optional.empty(), f.invalid());
    }
    List<Exceedance> ex = new ArrayList<>();
    for (Segment.Run r : f.runs()) {
      ex.add(new Exceedance(standard.limits().get(r.limit), r.above, instant(r.start), instant(r.end), r.readings,
          r.worst, Optional.ofNullable(r.day).map(LocalDate::parse)));
    }
    QuantityCompliance c = f.compliance();
    return new Folded(Optional.of(new QuantityCompliance(c.quantity(), c.count(), c.min(), c.max(), c.sum(),
        c.judged(), c.withinRange(), ex)), f.invalid());
  }

  /**
   * {@link #fold} without the library's {@code Exceedance} objects (issue 15g): the period's statistics as a
   * {@link QuantityCompliance} with no exceedances, and the joined runs, in start order, as numbers.
   *
   * @param segments  the days, any order, one per day, not null
   * @return the period's statistics (null if no valid reading), runs and invalid readings
   */
  public static FoldedRuns foldRuns(List<Segment> segments) {
    List<Segment> days = new ArrayList<>(segments);
    days.sort(Comparator.comparing(s -> s.day));
    for (int i = 1; i < days.size(); i++) {
      if (days.get(i).day.equals(days.get(i - 1).day)) {
        throw new IllegalArgumentException("dx_compliance: day " + days.get(i).day
            + " appears twice in one group; aggregate each location, quantity and day once");
      }
    }
    Quantity q = null;
    long count = 0;
    long judged = 0;
    long within = 0;
    long invalid = 0;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal min = null;
    BigDecimal max = null;
    List<Segment.Run> out = new ArrayList<>();
    Segment.Run open = null;
    for (Segment s : days) {
      Quantity sq = Quantity.valueOf(s.quantity);
      if (q != null && q != sq) {
        throw new IllegalArgumentException("dx_compliance.quantity: a group must hold one quantity (was '" + q
            + "' and '" + sq + "')");
      }
      q = sq;
      invalid = Math.addExact(invalid, s.invalid);
      if (s.count == 0) {
        continue;
      }
      count = Math.addExact(count, s.count);
      judged = Math.addExact(judged, s.judged);
      within = Math.addExact(within, s.within);
      sum = sum.add(s.sum);
      min = min == null || s.min.compareTo(min) < 0 ? s.min : min;
      max = max == null || s.max.compareTo(max) > 0 ? s.max : max;
      int first = 0;
      if (s.runJudged && s.headOpen && open != null) {
        Segment.Run head = s.exceedances.get(0);
        if (head.limit == open.limit && head.above == open.above) {
          open.end = head.end;
          open.readings = Math.addExact(open.readings, head.readings);
          if (head.above ? head.worst.compareTo(open.worst) > 0 : head.worst.compareTo(open.worst) < 0) {
            open.worst = head.worst;
          }
          first = 1;
        }
      }
      for (int i = first; i < s.exceedances.size(); i++) {
        out.add(s.exceedances.get(i).copy());
      }
      if (s.runJudged) {
        if (!s.tailOpen) {
          open = null;
        } else if (first == 0 || s.exceedances.size() > 1) {
          open = out.get(out.size() - 1);
        } // else the day was one run, joined to the open one, which stays open
      }
    }
    if (q == null || count == 0) {
      return new FoldedRuns(null, List.of(), invalid);
    }
    out.sort(Comparator.comparingLong(r -> r.start));
    return new FoldedRuns(new QuantityCompliance(q, count, Optional.of(min), Optional.of(max), sum, judged, within,
        List.of()), out, invalid);
  }

  /**
   * A folded period with its exceedances as runs.
   *
   * @param compliance  the statistics with no exceedances listed, or null if no valid reading
   * @param runs  the exceedances as runs (limit index, side, epoch microseconds, readings, worst), in start order
   * @param invalid  the invalid readings left out
   */
  public record FoldedRuns(QuantityCompliance compliance, List<Segment.Run> runs, long invalid) {}

  /**
   * A folded period.
   *
   * @param compliance  the compliance, if any valid reading
   * @param invalid  the invalid readings left out
   */
  public record Folded(Optional<QuantityCompliance> compliance, long invalid) {}
}
