package org.municipaldx.iot.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.aggregate.Gap;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Limit;
import org.municipaldx.iot.standard.CompliancePeriod;

/**
 * Accumulates readings into a {@link ComplianceTable} in one pass, in memory bounded by locations ×
 * periods × quantities (plus the exceedance spans and gaps found), with no object per reading.
 *
 * <p>Values are exact fixed-point longs of {@value #SCALE} decimals (a temperature of 21.25 °C is
 * {@code 21250}); times are epoch milliseconds. Days, months and fiscal years are cut at midnight in
 * the accumulator's time zone, whatever offset the input was written in; each reading is judged
 * against the limit in force on its own date, under the limit's rule (per reading, or the day's
 * mean over the location's readings).
 *
 * <p>Each sensor's readings must come in time order (readings of different sensors may
 * interleave): a reading earlier than its sensor's previous one is not applied and
 * {@link #add} says {@link Outcome#OUT_OF_ORDER}, so that spans and gaps are never computed from a
 * partial order. Not thread-safe: one accumulator per stream.
 */
public final class ComplianceAccumulator {
  /** The decimals of values: readings are exact to 0.001 of the quantity's unit. */
  public static final int SCALE = 3;

  /**
   * The exceedance spans a table lists per row unless {@link #setMaxSpans(int)} says otherwise: the
   * first 100 by start (then sensor id). With it the table's memory is bounded by rows × 100 spans
   * whatever the readings: a 100 M-row file of independent random values makes some 20 M spans,
   * which did not fit in 256 MB when every one was kept (benchmarks/README-iot.md). The row's
   * {@link SpanSummary} keeps the exact count, longest duration and first and last start of all of
   * them and says how many are not listed; a {@link SpanSink} receives every one.
   */
  public static final int DEFAULT_MAX_SPANS = 100;

  /** What became of a reading given to {@link #add}. */
  public enum Outcome {
    /** Accumulated. */
    ADDED,
    /** Earlier than the sensor's previous reading; not applied. */
    OUT_OF_ORDER,
    /** Not physically possible for the quantity; not applied. */
    IMPOSSIBLE
  }

  private static final int QUANTITIES = Quantity.values().length;
  private static final long[] MIN_VALUE = new long[QUANTITIES];
  private static final long[] MAX_VALUE = new long[QUANTITIES];

  static {
    for (Quantity q : Quantity.values()) {
      MIN_VALUE[q.ordinal()] = q.minimum().map(ComplianceAccumulator::fixedCeil).orElse(Long.MIN_VALUE);
      MAX_VALUE[q.ordinal()] = q.maximum().map(ComplianceAccumulator::fixedFloor).orElse(Long.MAX_VALUE);
    }
  }

  private final EnvironmentalStandard standard;
  private final CompliancePeriod.Kind kind;
  private final ZoneId zone;
  private final Map<String, Integer> locationIndex = new HashMap<>();
  private final List<Location> locations = new ArrayList<>();
  private final Map<String, Integer> sensorIndex = new HashMap<>();
  private final List<SensorState> sensors = new ArrayList<>();
  private final Map<Long, Cell> cells = new HashMap<>();
  private final List<Cell> cellList = new ArrayList<>();

  // The state each reading touches, in primitive arrays indexed by dense ids (sensor index; series
  // sensor × QUANTITIES + quantity; cell id), not in an object per sensor, series and cell: rows come
  // sensor after sensor, so these arrays are read in order, where 10,000 sensors' objects were a
  // cache miss each (IotComplianceBenchmark's files, the accumulator alone, 3 M readings: 64 sensors
  // 126 → 90–108 ms, 10,000 sensors 570–650 → 485–490 ms; benchmarks/README-iot.md).
  // Each sensor's, series' and cell's state interleaved in one long[] each (SEN, SER, CEL longs a
  // record): with 10,000 sensors a row touched some 20 separate arrays, each a cache line of its
  // own, where it now touches about 5 lines (benchmarks/README-iot.md, issue 16).
  private static final int SEN = 4;
  private static final int SEN_LAST = 0;
  private static final int SEN_FIRST = 1;
  private static final int SEN_INTERVAL = 2;
  private static final int SEN_LOCATION = 3;
  /** Per sensor: last and first time, interval, location. */
  private long[] sen = new long[0];
  private static final int SER = 12;
  /** Per series: its cell id + 1 (0: none yet), the period of that cell. */
  private static final int SER_CELL = 0;
  private static final int SER_CELL_PERIOD = 1;
  /** Per series: the cell id + 1 of a reading out of range whose time is not yet counted (0: none), its time. */
  private static final int SER_PENDING = 2;
  private static final int SER_PENDING_TIME = 3;
  /** Per series: the open span's bounds id + 1 (0: none), above, start, last out, readings, worst, cell id. */
  private static final int SPAN_BOUNDS = 4;
  private static final int SPAN_ABOVE = 5;
  private static final int SPAN_START = 6;
  private static final int SPAN_LAST_OUT = 7;
  private static final int SPAN_COUNT = 8;
  private static final int SPAN_WORST = 9;
  private static final int SPAN_CELL = 10;
  /** Per series (sensor × QUANTITIES + quantity). */
  private long[] ser = new long[0];
  private static final int CEL = 8;
  private static final int CELL_COUNT = 0;
  private static final int CELL_SUM = 1;
  private static final int CELL_MIN = 2;
  private static final int CELL_MAX = 3;
  private static final int CELL_JUDGED = 4;
  private static final int CELL_OUT = 5;
  private static final int CELL_OUT_MILLIS = 6;
  /** Per cell: the bounds id + 1 of the limit last added to its limits (0: none). */
  private static final int CELL_LAST_LIMIT = 7;
  /** Per cell id. */
  private long[] cel = new long[0];
  private final Map<Limit, Bounds> bounds = new IdentityHashMap<>();
  /** The bounds by {@link Bounds#id}. */
  private final List<Bounds> boundsById = new ArrayList<>();
  private long minTime = Long.MAX_VALUE;
  private long maxTime = Long.MIN_VALUE;
  private long readings;
  private int maxSpans = DEFAULT_MAX_SPANS;
  private SpanSink sink;

  // the day of the last reading: its bounds, its period and the limits in force on it
  private long dayStart = 1;
  private long dayEnd = 0;
  private long epochDay;
  private long periodDay;
  private final Bounds[] dayLimits = new Bounds[QUANTITIES];

  private ComplianceAccumulator(EnvironmentalStandard standard, CompliancePeriod.Kind kind, ZoneId zone) {
    this.standard = standard;
    this.kind = kind;
    this.zone = zone;
    for (Limit l : standard.limits()) {
      Bounds b = new Bounds(l, boundsById.size());
      boundsById.add(b);
      bounds.put(l, b);
    }
  }

  /**
   * {@return an empty accumulator, never null}
   *
   * @param standard  the standard, whose bounds have at most {@value #SCALE} decimals, not null
   * @param kind  the period of the rows, not null
   * @param zone  the time zone whose midnight cuts days, not null
   * @throws IllegalArgumentException if a bound has more than {@value #SCALE} decimals
   */
  public static ComplianceAccumulator create(EnvironmentalStandard standard, CompliancePeriod.Kind kind, ZoneId zone) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(zone, "zone");
    return new ComplianceAccumulator(standard, kind, zone);
  }

  /**
   * Sets how many exceedance spans each row of the table lists (the first ones by start, then sensor
   * id); the row's {@link SpanSummary} counts the others. Before the first reading.
   *
   * @param max  the spans listed per row, ≥ 0 ({@link Integer#MAX_VALUE}: all, memory then grows with
   *     the spans found)
   * @return this accumulator, never null
   * @throws IllegalArgumentException if {@code max} is negative
   * @throws IllegalStateException if a reading was accumulated already
   */
  public ComplianceAccumulator setMaxSpans(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("ComplianceAccumulator.maxSpans: must be ≥ 0 (was '" + max + "')");
    }
    requireNoReadings();
    this.maxSpans = max;
    return this;
  }

  /**
   * Sets where every exceedance span goes as it is found (see {@link SpanSink} for the order), listed
   * in the table or not. Before the first reading.
   *
   * @param spans  the sink, not null
   * @return this accumulator, never null
   * @throws IllegalStateException if a reading was accumulated already
   */
  public ComplianceAccumulator setSpanSink(SpanSink spans) {
    Objects.requireNonNull(spans, "spans");
    requireNoReadings();
    this.sink = spans;
    return this;
  }

  /** {@return the spans each row lists at most} */
  public int maxSpans() {
    return maxSpans;
  }

  private void requireNoReadings() {
    if (readings > 0) {
      throw new IllegalStateException("ComplianceAccumulator: set before the first reading (" + readings
          + " accumulated)");
    }
  }

  /**
   * Registers a sensor (again: returns its index; the location and interval must be the same).
   *
   * @param sensorId  the sensor id, not null
   * @param location  where it is, not null
   * @param reportingInterval  its nominal interval, if known, not null
   * @return the sensor's index for {@link #add}
   * @throws IllegalArgumentException if the sensor is registered with another location or interval
   */
  public int sensor(String sensorId, Location location, Optional<Duration> reportingInterval) {
    Objects.requireNonNull(sensorId, "sensorId");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reportingInterval, "reportingInterval");
    Integer i = sensorIndex.get(sensorId);
    long interval = reportingInterval.map(Duration::toMillis).orElse(0L);
    if (i != null) {
      SensorState s = sensors.get(i);
      if (!locations.get(s.location).key().equals(location.key()) || s.interval != interval) {
        throw new IllegalArgumentException("ComplianceAccumulator: sensor '" + sensorId + "' is at "
            + locations.get(s.location).key() + " (interval " + s.interval + " ms), not at " + location.key()
            + " (interval " + interval + " ms)");
      }
      return i;
    }
    Integer loc = locationIndex.get(location.key());
    if (loc == null) {
      loc = locations.size();
      locations.add(location);
      locationIndex.put(location.key(), loc);
    }
    int index = sensors.size();
    sensors.add(new SensorState(sensorId, index, loc, interval));
    if (index * SEN == sen.length) {
      growSensors(Math.max(16, index * 2));
    }
    sen[index * SEN + SEN_LAST] = Long.MIN_VALUE;
    sen[index * SEN + SEN_FIRST] = Long.MIN_VALUE;
    sen[index * SEN + SEN_INTERVAL] = interval;
    sen[index * SEN + SEN_LOCATION] = loc;
    sensorIndex.put(sensorId, sensors.size() - 1);
    return sensors.size() - 1;
  }

  /**
   * {@return its index, if registered}
   *
   * @param sensorId  a sensor id, not null
   */
  public Optional<Integer> sensorIndex(String sensorId) {
    return Optional.ofNullable(sensorIndex.get(sensorId));
  }

  /**
   * Accumulates one reading of a registered sensor.
   *
   * @param reading  the reading, of a registered sensor, not null
   * @return the outcome, never null
   * @throws IllegalArgumentException if the sensor is not registered or the value has more than
   *     {@value #SCALE} decimals
   */
  public Outcome add(Reading reading) {
    Integer i = sensorIndex.get(reading.sensorId());
    if (i == null) {
      throw new IllegalArgumentException("ComplianceAccumulator: sensor '" + reading.sensorId() + "' is not registered");
    }
    return add(i, reading.quantity(), reading.observedAt().toEpochMilli(), fixed(reading.value()));
  }

  /**
   * Accumulates one reading.
   *
   * @param sensor  the sensor's index from {@link #sensor}
   * @param quantity  the quantity, not null
   * @param epochMilli  when it was observed, epoch milliseconds
   * @param value  the value in the quantity's unit × 10<sup>{@value #SCALE}</sup>
   * @return the outcome, never null
   * @throws ArithmeticException if a sum overflows a long
   */
  public Outcome add(int sensor, Quantity quantity, long epochMilli, long value) {
    Objects.checkIndex(sensor, sensors.size());
    int q = quantity.ordinal();
    if (value < MIN_VALUE[q] || value > MAX_VALUE[q]) {
      return Outcome.IMPOSSIBLE;
    }
    long t = epochMilli;
    long last = sen[sensor * SEN + SEN_LAST];
    if (t < last) {
      return Outcome.OUT_OF_ORDER;
    }
    readings++;
    if (t < minTime) {
      minTime = t;
    }
    if (t > maxTime) {
      maxTime = t;
    }
    long interval = sen[sensor * SEN + SEN_INTERVAL];
    if (last == Long.MIN_VALUE) {
      sen[sensor * SEN + SEN_FIRST] = t;
    } else if (interval > 0 && t - last > interval) {
      sensors.get(sensor).gaps.add(new long[] {last, t});
    }
    sen[sensor * SEN + SEN_LAST] = t;
    if (t < dayStart || t >= dayEnd) {
      day(t);
    }
    int k = sensor * QUANTITIES + q;
    int c = (int) ser[k * SER + SER_CELL] - 1;
    if (c < 0 || ser[k * SER + SER_CELL_PERIOD] != periodDay) {
      c = cell((int) sen[sensor * SEN + SEN_LOCATION], periodDay, q);
      ser[k * SER + SER_CELL] = c + 1;
      ser[k * SER + SER_CELL_PERIOD] = periodDay;
    }
    cel[c * CEL + CELL_COUNT]++;
    cel[c * CEL + CELL_SUM] = Math.addExact(cel[c * CEL + CELL_SUM], value);
    if (value < cel[c * CEL + CELL_MIN]) {
      cel[c * CEL + CELL_MIN] = value;
    }
    if (value > cel[c * CEL + CELL_MAX]) {
      cel[c * CEL + CELL_MAX] = value;
    }
    int pending = (int) ser[k * SER + SER_PENDING] - 1;
    if (pending >= 0) {
      long held = t - ser[k * SER + SER_PENDING_TIME];
      cel[pending * CEL + CELL_OUT_MILLIS] += interval > 0 && held > interval ? interval : held;
      ser[k * SER + SER_PENDING] = 0;
    }
    Bounds b = dayLimits[q];
    if (b == null) {
      close(k, sensor, t);
      return Outcome.ADDED;
    }
    if (cel[c * CEL + CELL_LAST_LIMIT] != b.id + 1) {
      cellList.get(c).limits.add(b.limit);
      cel[c * CEL + CELL_LAST_LIMIT] = b.id + 1;
    }
    if (b.daily) {
      close(k, sensor, t);
      cellList.get(c).day(epochDay, b, t, value, sensor);
      return Outcome.ADDED;
    }
    cel[c * CEL + CELL_JUDGED]++;
    boolean above = value > b.upper;
    if (!above && value >= b.lower) {
      close(k, sensor, t);
      return Outcome.ADDED;
    }
    cel[c * CEL + CELL_OUT]++;
    if (interval == 0) {
      cellList.get(c).timeUnknown = true;
    }
    int open = (int) ser[k * SER + SPAN_BOUNDS];
    if (open != 0 && (open != b.id + 1 || (ser[k * SER + SPAN_ABOVE] != 0) != above
        || (interval > 0 && t - ser[k * SER + SPAN_LAST_OUT] > interval))) {
      close(k, sensor, t);
    }
    if (ser[k * SER + SPAN_BOUNDS] == 0) {
      ser[k * SER + SPAN_BOUNDS] = b.id + 1;
      ser[k * SER + SPAN_ABOVE] = above ? 1 : 0;
      ser[k * SER + SPAN_START] = t;
      ser[k * SER + SPAN_COUNT] = 1;
      ser[k * SER + SPAN_WORST] = value;
      ser[k * SER + SPAN_CELL] = c;
    } else {
      ser[k * SER + SPAN_COUNT]++;
      if (above ? value > ser[k * SER + SPAN_WORST] : value < ser[k * SER + SPAN_WORST]) {
        ser[k * SER + SPAN_WORST] = value;
      }
    }
    ser[k * SER + SPAN_LAST_OUT] = t;
    ser[k * SER + SER_PENDING] = c + 1;
    ser[k * SER + SER_PENDING_TIME] = t;
    return Outcome.ADDED;
  }

  private void growSensors(int n) {
    sen = java.util.Arrays.copyOf(sen, n * SEN);
    ser = java.util.Arrays.copyOf(ser, n * QUANTITIES * SER);
  }

  /** {@return the readings accumulated} */
  public long readings() {
    return readings;
  }

  private void close(int k, int sensor, long next) {
    int open = (int) ser[k * SER + SPAN_BOUNDS];
    if (open == 0) {
      return;
    }
    long interval = sen[sensor * SEN + SEN_INTERVAL];
    long end = interval > 0 ? Math.min(next, ser[k * SER + SPAN_LAST_OUT] + interval) : ser[k * SER + SPAN_LAST_OUT];
    cellList.get((int) ser[k * SER + SPAN_CELL]).span(sensor, open - 1, ser[k * SER + SPAN_ABOVE] != 0,
        ser[k * SER + SPAN_START], Math.max(end, ser[k * SER + SPAN_START]), ser[k * SER + SPAN_COUNT],
        ser[k * SER + SPAN_WORST]);
    ser[k * SER + SPAN_BOUNDS] = 0;
  }

  private void day(long t) {
    LocalDate d = LocalDate.ofInstant(Instant.ofEpochMilli(t), zone);
    dayStart = d.atStartOfDay(zone).toInstant().toEpochMilli();
    dayEnd = d.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    epochDay = d.toEpochDay();
    periodDay = periodOf(d).start().toEpochDay();
    for (Quantity q : Quantity.values()) {
      dayLimits[q.ordinal()] = standard.limit(q, d).map(bounds::get).orElse(null);
    }
  }

  private CompliancePeriod periodOf(LocalDate d) {
    switch (kind) {
      case DAY: return CompliancePeriod.day(d);
      case MONTH: return CompliancePeriod.month(YearMonth.from(d));
      default: return CompliancePeriod.fiscalYear(FiscalYear.containing(d));
    }
  }

  private CompliancePeriod next(CompliancePeriod p) {
    return periodOf(p.endExclusive());
  }

  /** {@return the id of the cell, made if new} */
  private int cell(int location, long period, int q) {
    long key = ((long) location << 36) + ((period + (1L << 27)) << 4) + q;
    Cell c = cells.get(key);
    if (c == null) {
      int id = cellList.size();
      c = new Cell(id, location, period, q);
      cells.put(key, c);
      cellList.add(c);
      if (id * CEL == cel.length) {
        cel = java.util.Arrays.copyOf(cel, Math.max(16, id * 2) * CEL);
      }
      cel[id * CEL + CELL_MIN] = Long.MAX_VALUE;
      cel[id * CEL + CELL_MAX] = Long.MIN_VALUE;
    }
    return c.id;
  }

  /**
   * Closes every open span and silence and builds the table. The accumulator must not be used
   * afterwards.
   *
   * @return the table, never null
   */
  public ComplianceTable finish() {
    if (readings == 0) {
      return new ComplianceTable(standard, kind, zone, Optional.empty(), Optional.empty(), 0, List.of());
    }
    // open spans and the time the last reading outside stands for
    for (SensorState s : sensors) {
      for (int k = s.index * QUANTITIES; k < (s.index + 1) * QUANTITIES; k++) {
        int pending = (int) ser[k * SER + SER_PENDING] - 1;
        if (pending >= 0) {
          cel[pending * CEL + CELL_OUT_MILLIS] += s.interval > 0 ? Math.min(s.interval, maxTime - ser[k * SER + SER_PENDING_TIME]) : 0;
          ser[k * SER + SER_PENDING] = 0;
        }
        close(k, s.index, maxTime);
      }
      long first = sen[s.index * SEN + SEN_FIRST];
      long last = sen[s.index * SEN + SEN_LAST];
      if (s.interval > 0) {
        if (last == Long.MIN_VALUE) {
          if (maxTime - minTime > s.interval) {
            s.gaps.add(new long[] {minTime, maxTime});
          }
        } else {
          if (first - minTime > s.interval) {
            s.gaps.add(0, new long[] {minTime, first});
          }
          if (maxTime - last > s.interval) {
            s.gaps.add(new long[] {last, maxTime});
          }
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < locations.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> locations.get(i).key()));
    Map<Integer, List<SensorState>> byLocation = new HashMap<>();
    for (SensorState s : sensors) {
      byLocation.computeIfAbsent(s.location, k -> new ArrayList<>()).add(s);
    }
    List<LocationPeriod> rows = new ArrayList<>();
    CompliancePeriod first = periodOf(LocalDate.ofInstant(Instant.ofEpochMilli(minTime), zone));
    CompliancePeriod last = periodOf(LocalDate.ofInstant(Instant.ofEpochMilli(maxTime), zone));
    for (int loc : order) {
      List<SensorState> ss = byLocation.getOrDefault(loc, List.of());
      for (CompliancePeriod p = first; !p.start().isAfter(last.start()); p = next(p)) {
        rows.add(row(loc, p, ss));
      }
    }
    return new ComplianceTable(standard, kind, zone, Optional.of(Instant.ofEpochMilli(minTime)),
        Optional.of(Instant.ofEpochMilli(maxTime)), readings, rows);
  }

  private LocationPeriod row(int loc, CompliancePeriod p, List<SensorState> ss) {
    long ps = Math.max(minTime, p.start().atStartOfDay(zone).toInstant().toEpochMilli());
    long pe = Math.min(maxTime, p.endExclusive().atStartOfDay(zone).toInstant().toEpochMilli());
    long observed = Math.max(0, pe - ps);
    List<QuantityRow> qs = new ArrayList<>();
    for (Quantity q : Quantity.values()) {
      Cell c = cells.get(((long) loc << 36) + ((p.start().toEpochDay() + (1L << 27)) << 4) + q.ordinal());
      if (c != null) {
        qs.add(c.row(q, ss));
      }
    }
    List<Gap> gaps = new ArrayList<>();
    long silent = 0;
    int known = 0;
    List<String> ids = new ArrayList<>();
    for (SensorState s : ss) {
      ids.add(s.id);
      if (s.interval == 0) {
        continue;
      }
      known++;
      for (long[] g : s.gaps) {
        long from = Math.max(g[0], ps);
        long to = Math.min(g[1], pe);
        if (to > from) {
          gaps.add(new Gap(s.id, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to)));
          silent += to - from;
        }
      }
    }
    Optional<BigDecimal> coverage = known == 0 || observed == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(known * observed - silent)
            .divide(BigDecimal.valueOf(known * observed), 6, RoundingMode.HALF_EVEN));
    return new LocationPeriod(locations.get(loc), p, ids, qs, Duration.ofMillis(observed), gaps, coverage);
  }

  /**
   * {@return the value × 10<sup>{@value #SCALE}</sup> as a long}
   *
   * @param value  a value, not null
   * @throws ArithmeticException if it has more than {@value #SCALE} decimals or does not fit
   */
  public static long fixed(BigDecimal value) {
    return value.movePointRight(SCALE).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  private static long fixedCeil(BigDecimal v) {
    return v.movePointRight(SCALE).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  private static long fixedFloor(BigDecimal v) {
    BigDecimal f = v.movePointRight(SCALE).setScale(0, RoundingMode.FLOOR);
    return f.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : f.longValueExact();
  }

  static BigDecimal decimal(long fixed) {
    BigDecimal d = BigDecimal.valueOf(fixed, SCALE).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** The bounds of a limit as fixed-point longs. */
  private static final class Bounds {
    final Limit limit;
    final long lower;
    final long upper;
    final boolean daily;
    final int id;

    Bounds(Limit l, int id) {
      this.limit = l;
      this.id = id;
      try {
        this.lower = l.lower().map(ComplianceAccumulator::fixed).orElse(Long.MIN_VALUE);
        this.upper = l.upper().map(ComplianceAccumulator::fixed).orElse(Long.MAX_VALUE);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("ComplianceAccumulator: limit " + l.quantity() + " " + l.describe()
            + " has more than " + SCALE + " decimals", e);
      }
      this.daily = l.judgement() == Judgement.DAILY_AVERAGE;
    }
  }

  private static final class SensorState {
    final String id;
    final int index;
    final int location;
    final long interval;
    final List<long[]> gaps = new ArrayList<>();

    SensorState(String id, int index, int location, long interval) {
      this.id = id;
      this.index = index;
      this.location = location;
      this.interval = interval;
    }
  }

  private static final int SPAN_LONGS = 5;

  /** A cell's limits, spans and days (its counters are in the accumulator's arrays at {@link #id}). */
  private final class Cell {
    final int id;
    final int location;
    final long periodDay;
    final int quantity;
    CompliancePeriod period;
    boolean timeUnknown;
    final Set<Limit> limits = new LinkedHashSet<>();
    /**
     * The per-reading spans kept for the table, five longs each: sensor index, bounds id and
     * above; start; end; readings; worst value. Primitives until {@link #row}: a third of the readings
     * of IotComplianceBenchmark's files are out of range, and a Span with two Instants and a
     * BigDecimal per span, kept to the end, was most of the read's allocation and of its GC work. At
     * most {@link #maxSpans} of them: the first by (start, sensor id); {@link #keptMax} is the
     * position of the last of those in that order, which a later span replaces if it comes before
     * it (rare: each sensor's spans close in time order).
     */
    long[] kept;
    int keptN;
    int keptMax = -1;
    /** All the per-reading spans: count, longest duration, first and last start. */
    long spanTotal;
    long spanLongest = -1;
    long spanFirst = Long.MAX_VALUE;
    long spanLast = Long.MIN_VALUE;
    Map<Long, long[]> days;
    Map<Long, Bounds> dayBounds;
    long lastDay = Long.MIN_VALUE;
    long[] lastDayEntry;

    Cell(int id, int location, long periodDay, int quantity) {
      this.id = id;
      this.location = location;
      this.periodDay = periodDay;
      this.quantity = quantity;
    }

    CompliancePeriod period() {
      if (period == null) {
        period = periodOf(LocalDate.ofEpochDay(periodDay));
      }
      return period;
    }

    void span(int sensor, int boundsId, boolean above, long start, long end, long count, long worst) {
      spanTotal++;
      spanLongest = Math.max(spanLongest, end - start);
      spanFirst = Math.min(spanFirst, start);
      spanLast = Math.max(spanLast, start);
      long key = ((long) sensor << 32) | ((long) boundsId << 1) | (above ? 1 : 0);
      if (sink != null) {
        sink.span(locations.get(location), period(), Quantity.values()[quantity], new Span(sensors.get(sensor).id,
            boundsById.get(boundsId).limit, above, Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), count,
            decimal(worst), Optional.empty()));
      }
      int k;
      if (keptN < maxSpans) {
        if (kept == null || keptN * SPAN_LONGS == kept.length) {
          int n = kept == null ? 4 : (int) Math.min((long) keptN * 2, maxSpans);
          kept = kept == null ? new long[n * SPAN_LONGS] : java.util.Arrays.copyOf(kept, n * SPAN_LONGS);
        }
        k = keptN * SPAN_LONGS;
        keptN++;
      } else if (keptN > 0 && before(sensor, start, keptMax)) {
        k = keptMax; // replaces the last of the kept in (start, sensor id) order
      } else {
        return;
      }
      kept[k] = key;
      kept[k + 1] = start;
      kept[k + 2] = end;
      kept[k + 3] = count;
      kept[k + 4] = worst;
      if (k == keptMax) {
        keptMax = 0;
        for (int j = SPAN_LONGS; j < keptN * SPAN_LONGS; j += SPAN_LONGS) {
          if (before((int) (kept[keptMax] >>> 32), kept[keptMax + 1], j)) {
            keptMax = j;
          }
        }
      } else if (keptMax < 0 || before((int) (kept[keptMax] >>> 32), kept[keptMax + 1], k)) {
        keptMax = k;
      }
    }

    /** Whether a span of this sensor and start comes before the kept span at position k. */
    private boolean before(int sensor, long start, int k) {
      long ks = kept[k + 1];
      if (start != ks) {
        return start < ks;
      }
      return sensors.get(sensor).id.compareTo(sensors.get((int) (kept[k] >>> 32)).id) < 0;
    }

    /** day → {sum, count, first, last, first sensor}. */
    void day(long day, Bounds b, long t, long value, int sensor) {
      if (days == null) {
        days = new TreeMap<>();
        dayBounds = new HashMap<>();
      }
      // readings come day by day: the last day's entry saves a boxed key and a tree search per reading
      long[] d = day == lastDay ? lastDayEntry : days.get(day);
      if (d == null) {
        d = new long[] {0, 0, t, t, sensor};
        days.put(day, d);
        dayBounds.put(day, b);
      }
      lastDay = day;
      lastDayEntry = d;
      d[0] = Math.addExact(d[0], value);
      d[1]++;
      d[2] = Math.min(d[2], t);
      d[3] = Math.max(d[3], t);
    }

    QuantityRow row(Quantity q, List<SensorState> ss) {
      long j = cel[id * CEL + CELL_JUDGED];
      long o = cel[id * CEL + CELL_OUT];
      long count = cel[id * CEL + CELL_COUNT];
      List<Span> sp = new ArrayList<>(keptN);
      for (int k = 0; k < keptN * SPAN_LONGS; k += SPAN_LONGS) {
        long key = kept[k];
        sp.add(new Span(sensors.get((int) (key >>> 32)).id, boundsById.get((int) key >>> 1).limit, (key & 1) != 0,
            Instant.ofEpochMilli(kept[k + 1]), Instant.ofEpochMilli(kept[k + 2]), kept[k + 3],
            decimal(kept[k + 4]), Optional.empty()));
      }
      long total = spanTotal;
      long longest = spanLongest;
      long firstStart = spanFirst;
      long lastStart = spanLast;
      boolean daily = false;
      if (days != null) {
        daily = true;
        for (Map.Entry<Long, long[]> e : days.entrySet()) {
          long[] d = e.getValue();
          Bounds b = dayBounds.get(e.getKey());
          j++;
          // exact: the mean sum/count is within [lower, upper] iff lower·count ≤ sum ≤ upper·count
          boolean above = b.upper != Long.MAX_VALUE
              && BigDecimal.valueOf(d[0]).compareTo(BigDecimal.valueOf(b.upper).multiply(BigDecimal.valueOf(d[1]))) > 0;
          boolean below = b.lower != Long.MIN_VALUE
              && BigDecimal.valueOf(d[0]).compareTo(BigDecimal.valueOf(b.lower).multiply(BigDecimal.valueOf(d[1]))) < 0;
          if (above || below) {
            o++;
            BigDecimal mean = decimal(BigDecimal.valueOf(d[0]).divide(BigDecimal.valueOf(d[1]), 0, RoundingMode.HALF_EVEN)
                .longValueExact());
            Span daySpan = new Span(sensors.get((int) d[4]).id, b.limit, above, Instant.ofEpochMilli(d[2]),
                Instant.ofEpochMilli(d[3]), d[1], mean, Optional.of(LocalDate.ofEpochDay(e.getKey())));
            sp.add(daySpan);
            total++;
            longest = Math.max(longest, d[3] - d[2]);
            firstStart = Math.min(firstStart, d[2]);
            lastStart = Math.max(lastStart, d[2]);
            if (sink != null) {
              sink.span(locations.get(location), period(), q, daySpan);
            }
          }
        }
      }
      sp.sort(Comparator.comparing(Span::start).thenComparing(Span::sensorId));
      if (sp.size() > maxSpans) {
        sp = sp.subList(0, maxSpans);
      }
      SpanSummary summary = total == 0 ? new SpanSummary(0, 0, Optional.empty(), Optional.empty(), Optional.empty())
          : new SpanSummary(total, total - sp.size(), Optional.of(Duration.ofMillis(longest)),
              Optional.of(Instant.ofEpochMilli(firstStart)), Optional.of(Instant.ofEpochMilli(lastStart)));
      Optional<Judgement> judgement = limits.isEmpty() ? Optional.empty()
          : Optional.of(limits.iterator().next().judgement());
      Optional<Duration> time = daily || limits.isEmpty() ? Optional.empty()
          : timeUnknown ? Optional.empty() : Optional.of(Duration.ofMillis(cel[id * CEL + CELL_OUT_MILLIS]));
      return new QuantityRow(q, count, count == 0 ? Optional.empty() : Optional.of(decimal(cel[id * CEL + CELL_MIN])),
          count == 0 ? Optional.empty() : Optional.of(decimal(cel[id * CEL + CELL_MAX])), decimal(cel[id * CEL + CELL_SUM]),
          new ArrayList<>(limits), judgement, j, o, time, Collections.unmodifiableList(sp), summary);
    }
  }
}
