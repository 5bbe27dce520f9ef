package org.municipaldx.spark.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.Sensor;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Limit;

/**
 * The day stage of compliance on primitives: one location's readings of one quantity on one day
 * (epoch microseconds, fixed-point values at the quantity's column scale, quality ordinals, sensor
 * ids) judged into the same {@link Segment} as {@link ComplianceKernel#day} gives from the library's
 * {@code ComplianceReport} of the day — without a {@code Reading}, {@code BigDecimal} or
 * {@code Instant} per reading. It follows {@code ComplianceReport}'s rules step by step: every
 * reading checked as {@code Reading} checks it (sensor id, a value possible for the quantity; the
 * same exception, built by {@code Reading} itself for the bad reading); invalid readings counted and
 * left out; the valid ones in the report's order (time, then sensor id, then value); the limit in
 * force on the day; per reading: a run of consecutive readings outside on the same side is one
 * exceedance, its worst the value farthest outside; daily average: the day's mean decided exactly
 * ({@link Limit#meanWithin}), written half-even to two more places. Bounds are compared as
 * fixed-point longs (a value {@code v} at scale {@code s} is at least {@code lower} iff
 * {@code v ≥ ⌈lower·10^s⌉}, at most {@code upper} iff {@code v ≤ ⌊upper·10^s⌋}). Where a long cannot
 * be exact (a bound beyond a long at the column scale, a day's sum beyond a long), the day goes
 * through {@link ComplianceKernel#day}, the library's own objects. Why hand-written: the library's
 * report builds four objects per reading and sorts them; on Spark that was the floor of the day
 * stage (benchmarks/README.md, "Issue 15d"). {@code DayKernelProperties} holds it equal to
 * {@link ComplianceKernel#day} on random days. Not thread-safe (one per partition); not API.
 */
public final class DayKernel {
  private static final Quantity[] QUANTITIES = Quantity.values();
  private static final Quality[] QUALITIES = Quality.values();
  private static final int INVALID = Quality.INVALID.ordinal();
  /** Per quantity: the smallest and largest possible fixed-point value at its column scale. */
  private static final long[] MIN_VALUE = new long[QUANTITIES.length];
  private static final long[] MAX_VALUE = new long[QUANTITIES.length];

  static {
    for (Quantity q : QUANTITIES) {
      // the physical ranges are small (at most 10^6 at scale 3): they fit a long
      MIN_VALUE[q.ordinal()] = q.minimum().isPresent() ? ceil(q.minimum().get(), q.columnScale()) : Long.MIN_VALUE;
      MAX_VALUE[q.ordinal()] = q.maximum().isPresent() ? floor(q.maximum().get(), q.columnScale()) : Long.MAX_VALUE;
    }
  }

  private final EnvironmentalStandard standard;
  private final ZoneId zone;
  /** Per limit: {lower, upper} fixed at its quantity's column scale, or null if a bound does not fit a long. */
  private final Map<Limit, long[]> bounds = new IdentityHashMap<>();
  private final Map<Limit, Integer> index = new IdentityHashMap<>();
  private int[] order = new int[16];
  private long[] packed = new long[16];

  /**
   * @param standard  the standard, not null
   * @param zone  the zone whose midnight cuts days, not null
   */
  public DayKernel(EnvironmentalStandard standard, ZoneId zone) {
    this.standard = standard;
    this.zone = zone;
    for (int i = 0; i < standard.limits().size(); i++) {
      Limit l = standard.limits().get(i);
      index.putIfAbsent(l, standard.limits().indexOf(l));
      int s = l.quantity().columnScale();
      Long lower = l.lower().isPresent() ? ceil(l.lower().get(), s) : Long.valueOf(Long.MIN_VALUE);
      Long upper = l.upper().isPresent() ? floor(l.upper().get(), s) : Long.valueOf(Long.MAX_VALUE);
      bounds.put(l, lower == null || upper == null ? null : new long[] {lower, upper});
    }
  }

  /**
   * Judges one day.
   *
   * @param day  the day of every reading in the zone, not null
   * @param r  the readings of one quantity, all on {@code day}, not empty
   * @return the day's segment, equal to {@link ComplianceKernel#day}'s, never null
   * @throws IllegalArgumentException as {@code Reading} does for an invalid reading
   */
  public Segment day(LocalDate day, DayReadings r) {
    return judge(day, r, false);
  }

  /**
   * The partial state of some of a day's readings, for {@link PartialDays#merge}: the same statistics
   * and per-reading runs as {@link #day}, with the first and last valid reading's time
   * ({@link Segment#firstValid}, {@link Segment#lastValid}) and whether the first and last judged
   * readings are outside (the runs that may continue in the neighbouring partials), but a daily
   * average is not judged (it needs the whole day's sum and count: {@link PartialDays#merge} judges
   * it). Where the library's objects would be needed (a bound or the sum beyond a long) it gives
   * null: the day then goes through the sorted path.
   *
   * @param day  the day of every reading in the zone, not null
   * @param r  some of the readings of one quantity, all on {@code day}, not empty
   * @return the partial segment, or null if it cannot be computed on longs
   * @throws IllegalArgumentException as {@code Reading} does for an invalid reading
   */
  public Segment partial(LocalDate day, DayReadings r) {
    return judge(day, r, true);
  }

  private Segment judge(LocalDate day, DayReadings r, boolean partial) {
    int n = r.size;
    Quantity q = QUANTITIES[r.quantity];
    int scale = q.columnScale();
    long lo = MIN_VALUE[q.ordinal()];
    long hi = MAX_VALUE[q.ordinal()];
    boolean sorted = true;
    boolean ties = false;
    String checked = null; // the last sensor id found valid: a day's readings share a few id instances
    for (int i = 0; i < n; i++) {
      long v = r.unscaled[i];
      String id = r.sensor[i];
      if (v < lo || v > hi || id != checked && !Sensor.isValidId(id)) {
        reading(r, i); // throws what Reading throws
      }
      checked = id;
      if (i > 0) {
        long d = r.micros[i] - r.micros[i - 1];
        sorted &= d >= 0;
        ties |= d == 0;
      }
    }
    if (order.length < n) {
      order = new int[Math.max(n, order.length * 2)];
    }
    int[] o = order;
    for (int i = 0; i < n; i++) {
      o[i] = i;
    }
    if (!sorted || ties) {
      sort(r, o, n);
    }
    Optional<Limit> inForce = standard.limit(q, day);
    long[] b = inForce.map(bounds::get).orElse(null);
    if (inForce.isPresent() && b == null) {
      return partial ? null : ComplianceKernel.day(standard, zone, r);
    }
    Segment s = new Segment();
    s.day = day.toString();
    s.quantity = q.name();
    boolean perReading = inForce.isPresent() && inForce.get().judgement() == Judgement.PER_READING;
    boolean daily = inForce.isPresent() && !perReading;
    long lower = perReading ? b[0] : 0;
    long upper = perReading ? b[1] : 0;
    int limitIndex = inForce.map(index::get).orElse(-1);
    long count = 0;
    long sum = 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    long judged = 0;
    long within = 0;
    long invalid = 0;
    long firstValid = 0;
    long lastValid = 0;
    Segment.Run run = null;
    long worst = 0;
    boolean lastOutside = false;
    for (int j = 0; j < n; j++) {
      int i = o[j];
      if (r.quality[i] == INVALID) {
        invalid++;
        continue;
      }
      long v = r.unscaled[i];
      long t = r.micros[i];
      if (count == 0) {
        firstValid = t;
      }
      lastValid = t;
      count++;
      try {
        sum = Math.addExact(sum, v);
      } catch (ArithmeticException e) {
        // the library's BigDecimal sum has no bound
        return partial ? null : ComplianceKernel.day(standard, zone, r);
      }
      min = Math.min(min, v);
      max = Math.max(max, v);
      if (!perReading) {
        continue;
      }
      judged++;
      boolean above = v > upper;
      boolean outside = above || v < lower;
      if (count == 1) {
        s.runJudged = true;
        s.headOpen = outside;
      }
      lastOutside = outside;
      if (!outside) {
        within++;
        run = close(s, run, worst, scale);
        continue;
      }
      if (run != null && run.above != above) {
        run = close(s, run, worst, scale);
      }
      if (run == null) {
        run = new Segment.Run();
        run.limit = limitIndex;
        run.above = above;
        run.start = t;
        run.end = t;
        run.readings = 1;
        worst = v;
      } else {
        run.end = t;
        run.readings++;
        if (above ? v > worst : v < worst) {
          worst = v;
        }
      }
    }
    close(s, run, worst, scale);
    s.tailOpen = s.runJudged && lastOutside;
    s.invalid = invalid;
    if (count == 0) {
      return s;
    }
    s.count = count;
    s.firstValid = firstValid;
    s.lastValid = lastValid;
    s.sum = BigDecimal.valueOf(sum, scale);
    s.min = BigDecimal.valueOf(min, scale);
    s.max = BigDecimal.valueOf(max, scale);
    if (daily && !partial) {
      Limit l = inForce.get();
      judged = 1;
      if (dailyMeanWithin(s, l, limitIndex, scale)) {
        within = 1;
      }
    }
    s.judged = judged;
    s.within = within;
    return s;
  }

  /**
   * Judges a day's mean against a daily-average limit exactly, by the library's {@link Limit#meanWithin}, from the
   * segment's count, sum and first and last valid reading (already set); when the mean is outside, adds the day's
   * one exceedance run. Shared by this day stage and the partial days' merge ({@code PartialDays}).
   *
   * @return whether the day's mean is within the limit
   */
  static boolean dailyMeanWithin(Segment s, Limit l, int limitIndex, int scale) {
    if (l.meanWithin(s.sum, s.count)) {
      return true;
    }
    Segment.Run d = new Segment.Run();
    d.limit = limitIndex;
    d.above = l.upper().isPresent() && s.sum.compareTo(l.upper().get().multiply(BigDecimal.valueOf(s.count))) > 0;
    d.start = s.firstValid;
    d.end = s.lastValid;
    d.readings = s.count;
    d.worst = s.sum.divide(BigDecimal.valueOf(s.count), scale + 2, RoundingMode.HALF_EVEN);
    d.day = s.day;
    s.exceedances.add(d);
    return false;
  }

  private static Segment.Run close(Segment s, Segment.Run run, long worst, int scale) {
    if (run != null) {
      run.worst = BigDecimal.valueOf(worst, scale);
      s.exceedances.add(run);
    }
    return null;
  }

  /**
   * Sorts the positions into the report's order: time, sensor id, value. The times of one day span
   * less than 2^37 microseconds, so each position is sorted as one long, (time − the day's first) ·
   * 2^26 + position, by {@link Arrays#sort(long[], int, int)}; positions of equal times are then put in
   * sensor and value order. Why: a day of ten sensors' readings arrives as ten sorted runs (readings
   * files are in time order per sensor), and the boxed comparator sort of issue 15d cost about a second
   * of CPU per 20 M readings (benchmarks/README.md, "Issue 15e").
   */
  private void sort(DayReadings r, int[] o, int n) {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      first = Math.min(first, r.micros[i]);
      last = Math.max(last, r.micros[i]);
    }
    if (n >= 1 << 26 || last - first >= 1L << 37) {
      sortBoxed(r, o, 0, n);
      return;
    }
    if (packed.length < n) {
      packed = new long[Math.max(n, packed.length * 2)];
    }
    long[] p = packed;
    for (int i = 0; i < n; i++) {
      p[i] = ((r.micros[i] - first) << 26) | i;
    }
    Arrays.sort(p, 0, n);
    for (int i = 0; i < n; i++) {
      o[i] = (int) (p[i] & ((1 << 26) - 1));
    }
    for (int i = 0; i < n;) {
      int j = i + 1;
      while (j < n && r.micros[o[j]] == r.micros[o[i]]) {
        j++;
      }
      if (j - i > 32) {
        sortBoxed(r, o, i, j); // insertion is quadratic: large tie groups by the comparator sort
      } else if (j - i > 1) {
        sortTies(r, o, i, j);
      }
      i = j;
    }
  }

  /**
   * Sorts positions [from, to) of one instant by sensor id, then value, by insertion: a tie group is a
   * place's sensors at one instant (ten in the benchmark), where the boxed comparator sort built an
   * {@code Integer[]} and a lambda per group (most of {@code DayKernel}'s samples in issue 15e's profile).
   */
  private static void sortTies(DayReadings r, int[] o, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int x = o[i];
      String sx = r.sensor[x];
      long vx = r.unscaled[x];
      int j = i - 1;
      while (j >= from) {
        int y = o[j];
        int c = r.sensor[y].compareTo(sx);
        if (c < 0 || c == 0 && r.unscaled[y] <= vx) {
          break;
        }
        o[j + 1] = y;
        j--;
      }
      o[j + 1] = x;
    }
  }

  /** Sorts positions [from, to) by time, sensor id, value with a comparator. */
  private static void sortBoxed(DayReadings r, int[] o, int from, int to) {
    Integer[] boxed = new Integer[to - from];
    for (int i = from; i < to; i++) {
      boxed[i - from] = o[i];
    }
    Arrays.sort(boxed, (a, b) -> {
      int c = Long.compare(r.micros[a], r.micros[b]);
      if (c == 0) {
        c = r.sensor[a].compareTo(r.sensor[b]);
      }
      return c != 0 ? c : Long.compare(r.unscaled[a], r.unscaled[b]);
    });
    for (int i = from; i < to; i++) {
      o[i] = boxed[i - from];
    }
  }

  /** Builds reading i as the library does: throws its exception for an invalid reading. */
  private static Reading reading(DayReadings r, int i) {
    Quantity q = QUANTITIES[r.quantity];
    return Reading.builder().sensorId(r.sensor[i]).quantity(q)
        .value(BigDecimal.valueOf(r.unscaled[i], q.columnScale())).observedAt(ComplianceKernel.instant(r.micros[i]))
        .quality(QUALITIES[r.quality[i]]).build();
  }

  /** @return ⌈v·10^scale⌉, or null if it does not fit a long */
  private static Long ceil(BigDecimal v, int scale) {
    BigDecimal f = v.movePointRight(scale).setScale(0, RoundingMode.CEILING);
    return fits(f) ? f.longValueExact() : null;
  }

  /** @return ⌊v·10^scale⌋, or null if it does not fit a long */
  private static Long floor(BigDecimal v, int scale) {
    BigDecimal f = v.movePointRight(scale).setScale(0, RoundingMode.FLOOR);
    return fits(f) ? f.longValueExact() : null;
  }

  private static boolean fits(BigDecimal f) {
    return f.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0 && f.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }
}
