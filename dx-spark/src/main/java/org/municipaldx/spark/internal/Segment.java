package org.municipaldx.spark.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance of one location and quantity on one day, in a form that days fold into a period
 * exactly: the day's statistics and exceedances (from the library's {@code ComplianceReport} of the
 * day) and whether a per-reading run is open at the day's first and last judged reading, so that a
 * run crossing midnight joins the next day's. Not API.
 */
public final class Segment implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The day, ISO. */
  public String day;
  /** The quantity's constant name. */
  public String quantity;
  /** Valid readings. */
  public long count;
  /** Exact sum, null-free. */
  public BigDecimal sum = BigDecimal.ZERO;
  /** Smallest, null if no valid reading. */
  public BigDecimal min;
  /** Largest, null if no valid reading. */
  public BigDecimal max;
  /** Units judged. */
  public long judged;
  /** Units within. */
  public long within;
  /** Invalid readings left out. */
  public long invalid;
  /** Whether a per-reading limit judged some reading on this day. */
  public boolean runJudged;
  /** Whether the day's first judged reading is outside: the first exceedance may continue a run. */
  public boolean headOpen;
  /** Whether the day's last judged reading is outside: the last exceedance may continue. */
  public boolean tailOpen;
  /** A partial's first valid reading, epoch microseconds (set by {@code DayKernel.partial}; 0 if none). */
  public long firstValid;
  /** A partial's last valid reading, epoch microseconds (set by {@code DayKernel.partial}; 0 if none). */
  public long lastValid;
  /** The exceedances, in start order. */
  public List<Run> exceedances = new ArrayList<>();

  /** One exceedance span, mutable while days are folded. */
  public static final class Run implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The index of the limit in the standard's limits. */
    public int limit;
    /** Above the upper bound (else below the lower). */
    public boolean above;
    /** First reading, epoch microseconds. */
    public long start;
    /** Last reading, epoch microseconds. */
    public long end;
    /** Readings in the span. */
    public long readings;
    /** The value farthest outside, or the day's mean for a daily average. */
    public BigDecimal worst;
    /** The day judged, for a daily average; else null. */
    public String day;

    /** @return a copy */
    public Run copy() {
      Run r = new Run();
      r.limit = limit;
      r.above = above;
      r.start = start;
      r.end = end;
      r.readings = readings;
      r.worst = worst;
      r.day = day;
      return r;
    }
  }
}
