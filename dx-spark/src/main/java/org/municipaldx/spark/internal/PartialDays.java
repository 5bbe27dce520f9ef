package org.municipaldx.spark.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Limit;

/**
 * Merges the partial states of one location, quantity and day ({@link DayKernel#partial}, one per
 * input partition that held some of the day's readings) into the day's segment, equal to
 * {@link DayKernel#day} of all the readings — if the partials' valid readings do not interleave in
 * time. Then the partials, in time order, are consecutive stretches of the day's readings in the
 * report's order: counts, sums, units judged and within add; a per-reading run open at the end of a
 * partial joins the run open at the start of the next on the same side (the join the fold does at
 * midnight, {@link ComplianceKernel#fold}, and the library's parallel reader does across byte
 * ranges); a daily average is judged here, on the merged sum and count, as {@link DayKernel#day}
 * judges it. If two partials' valid readings overlap or touch in time (the first reading of one not
 * strictly after the last of the other), the order of the day's readings is not known from the
 * partials: {@link #merge} gives null and the day goes through the sorted path. Stateless; not API.
 */
public final class PartialDays {
  private PartialDays() {}

  /**
   * Merges partials of one day.
   *
   * @param standard  the standard the partials were judged against, not null
   * @param day  the day, not null
   * @param quantity  the quantity, not null
   * @param partials  the partials, any order, none null, not empty
   * @return the day's segment, or null if the partials interleave in time
   */
  public static Segment merge(EnvironmentalStandard standard, LocalDate day, Quantity quantity,
      List<Segment> partials) {
    List<Segment> valid = new ArrayList<>(partials.size());
    long invalid = 0;
    for (Segment p : partials) {
      invalid = Math.addExact(invalid, p.invalid);
      if (p.count > 0) {
        valid.add(p);
      }
    }
    valid.sort(Comparator.comparingLong(p -> p.firstValid));
    for (int i = 1; i < valid.size(); i++) {
      if (valid.get(i).firstValid <= valid.get(i - 1).lastValid) {
        return null;
      }
    }
    Segment s = new Segment();
    s.day = day.toString();
    s.quantity = quantity.name();
    s.invalid = invalid;
    if (valid.isEmpty()) {
      return s;
    }
    int scale = quantity.columnScale();
    Optional<Limit> inForce = standard.limit(quantity, day);
    boolean perReading = inForce.isPresent() && inForce.get().judgement() == Judgement.PER_READING;
    long count = 0;
    BigDecimal sum = BigDecimal.ZERO.setScale(scale);
    BigDecimal min = null;
    BigDecimal max = null;
    long judged = 0;
    long within = 0;
    Segment.Run open = null;
    for (Segment p : valid) {
      count = Math.addExact(count, p.count);
      sum = sum.add(p.sum);
      min = min == null || p.min.compareTo(min) < 0 ? p.min : min;
      max = max == null || p.max.compareTo(max) > 0 ? p.max : max;
      judged = Math.addExact(judged, p.judged);
      within = Math.addExact(within, p.within);
      if (!perReading) {
        continue;
      }
      if (!s.runJudged) {
        s.runJudged = true;
        s.headOpen = p.headOpen;
      }
      int first = 0;
      if (p.headOpen && open != null) {
        Segment.Run head = p.exceedances.get(0);
        if (head.above == open.above) {
          open.end = head.end;
          open.readings = Math.addExact(open.readings, head.readings);
          if (head.above ? head.worst.compareTo(open.worst) > 0 : head.worst.compareTo(open.worst) < 0) {
            open.worst = head.worst;
          }
          first = 1;
        }
      }
      for (int i = first; i < p.exceedances.size(); i++) {
        s.exceedances.add(p.exceedances.get(i).copy());
      }
      if (!p.tailOpen) {
        open = null;
      } else if (first == 0 || p.exceedances.size() > 1) {
        open = s.exceedances.get(s.exceedances.size() - 1);
      } // else the partial was one run, joined to the open one, which stays open
      s.tailOpen = p.tailOpen;
    }
    s.count = count;
    s.sum = sum;
    s.min = min;
    s.max = max;
    s.firstValid = valid.get(0).firstValid;
    s.lastValid = valid.get(valid.size() - 1).lastValid;
    if (inForce.isPresent() && !perReading) {
      // as DayKernel#day judges a daily average: the day's mean decided exactly by the library
      Limit l = inForce.get();
      judged = 1;
      within = 0;
      if (DayKernel.dailyMeanWithin(s, l, standard.limits().indexOf(l), scale)) {
        within = 1;
      }
    }
    s.judged = judged;
    s.within = within;
    return s;
  }
}
