package org.municipaldx.iot.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
  /** The locations' keys by index, made once ({@link Location#key()} makes a new String at each call). */
  private final List<String> locationKeys = new ArrayList<>();
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
  /**
   * Per sensor × quantity: the series id + 1 (0: no reading yet). Series ids are dense, in the order
   * the series first appear: 10,000 sensors of three quantities make 30,000 series, not 90,000
   * (one slot per {@link Quantity}).
   */
  private int[] seriesOf = new int[0];
  private int seriesCount;
  private static final int SER = 11;
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
  /**
   * In a part, set in {@link #SPAN_CELL} above the cell id when the open span was opened by the series' first reading
   * in the part (a span the part before may continue): the row that closes a span learns it from the series' record,
   * which it reads anyway, rather than from {@link #hd} (issue 16m: a part's rows read their series' {@code hd}
   * record only on the series' first reading and when that first span closes). Every reader of {@code SPAN_CELL}
   * takes its low half.
   */
  private static final long HEAD_OPEN = 1L << 32;
  /**
   * In a part only, per series in {@link #hd} ({@value #HD} longs each; the accumulator reading a whole
   * stream keeps its per-series state in 11 longs, under two cache lines): the sequence number ({@link #readings} after it) and time of its first reading here (0: none). */
  private static final int SER_FIRST_SEQ = 0;
  private static final int SER_FIRST_TIME = 1;
  /**
   * In a part ({@link #newPart()}): 2 if the span opened by the series' first reading (a span the part before may
   * continue) has closed and is held in the HEAD fields rather than given to its cell, 0 otherwise; while that span
   * is open its {@link #SPAN_CELL} carries {@link #HEAD_OPEN} ({@link #head} tells the three states apart).
   */
  private static final int SER_HEAD = 2;
  private static final int HEAD_BOUNDS = 3;
  private static final int HEAD_ABOVE = 4;
  private static final int HEAD_START = 5;
  private static final int HEAD_END = 6;
  private static final int HEAD_COUNT = 7;
  private static final int HEAD_WORST = 8;
  private static final int HEAD_CELL = 9;
  private static final int HEAD_SEQ = 10;
  private static final int HD = 11;
  /** Per series id, in a part only: the fields above from SER_FIRST_SEQ. */
  private long[] hd = new long[0];
  /** Per series id. */
  private long[] ser = new long[0];
  private static final int CELL_COUNT = 0;
  private static final int CELL_SUM = 1;
  private static final int CELL_MIN = 2;
  private static final int CELL_MAX = 3;
  private static final int CELL_JUDGED = 4;
  private static final int CELL_OUT = 5;
  private static final int CELL_OUT_MILLIS = 6;
  /** Per cell: the bounds id + 1 of the limit last added to its limits (0: none). */
  private static final int CELL_LAST_LIMIT = 7;
  /**
   * Per cell: the entry id + 1 in {@link #dayRec} of its day met last (0: no reading under a daily-average limit),
   * the head of the cell's list of days, most recently met first.
   */
  private static final int CELL_DAYS = 8;
  /**
   * Per cell: its per-reading spans (count; longest duration, -1: none; first and last start) and the kept ones
   * (the pool's slots + 1 of the first and last kept, high and low half; how many, high half, and the slot + 1 of
   * the last of them in (start, sensor id, sequence) order, low half; that slot's start and sequence). In the
   * cell's record rather than in its {@link Cell} object (issue 16j): a row reads and writes its cell's record
   * anyway, so the span closed by one row in five costs no cache miss of its own on an object (at 10,000 sensors
   * the Cell object's load was the most sampled line of closing a span; benchmarks/README.md).
   */
  private static final int CELL_SPANS = 9;
  private static final int CELL_LONGEST = 10;
  private static final int CELL_SPAN_FIRST = 11;
  private static final int CELL_SPAN_LAST = 12;
  private static final int CELL_KEPT = 13;
  private static final int CELL_KEPT_N = 14;
  private static final int CELL_MAX_START = 15;
  private static final int CELL_MAX_SEQ = 16;
  /**
   * In a part only: the least shared bound of the cell's row read so far ({@link RowBound}, issue 16n; Long.MAX_VALUE:
   * none), so that a span starting after it is dropped without reading the shared holder.
   */
  private static final int CELL_BOUND = 17;
  private static final int CEL = 18;
  /** Per cell id. */
  private long[] cel = new long[0];

  // The days of the cells judged by the day's mean (CO2 under building hygiene) in one primitive array of
  // DAYREC longs an entry, each cell's days linked from CELL_DAYS, the day met last first (moved to the front
  // when met again): no TreeMap and HashMap per cell, no boxed day and long[] per day (issue 16i: at 10,000
  // sensors those were 14% of the reading thread's samples; benchmarks/README.md). Readings come day by day,
  // so the head is the day of almost every reading; row() sorts a cell's few days by date.
  private static final int DAYREC = 7;
  private static final int D_DAY = 0;
  private static final int D_SUM = 1;
  private static final int D_COUNT = 2;
  private static final int D_FIRST = 3;
  private static final int D_LAST = 4;
  /** The sensor index of the day's first reading (high half) and the bounds id in force (low half). */
  private static final int D_WHO = 5;
  /** The cell's next entry id + 1 (0: the last). */
  private static final int D_NEXT = 6;
  private long[] dayRec = new long[0];
  private int dayCount;

  // The kept (listed) per-reading spans of every cell in one pool of fixed blocks, SLOT longs a span,
  // each cell's spans linked backwards, each to the one kept before it: no array per cell that grows by copying
  // (with 10,000 sensors the cells' kept arrays growing from 4 spans were a fifth of the read's
  // allocation; benchmarks/README-iot.md, issue 16) and no block ever copied. Backwards (issue 16j), so that
  // keeping a span writes only its own new slot, not the slot kept before it (written some steps earlier: a cache
  // miss per kept span at 10,000 sensors).
  // Five longs a slot, not seven (issue 16n): the end, the readings and the worst value packed in one long where they
  // fit (payload()), else in wide; 20,000 rows of 100 spans at 10,000 sensors took 112 MB of a 256 MB heap, now 80.
  private static final int SLOT = 5;
  private static final int P_KEY = 0;
  private static final int P_START = 1;
  /** The span's sequence number: when it closed, in readings accumulated (ties of start and sensor). */
  private static final int P_SEQ = 2;
  /**
   * The span's end, readings and worst value ({@link #payload}): ≥ 0, packed (the end less the start in the high 27
   * bits, under 2<sup>27</sup> ms, about 37 hours; then 13 bits of readings, under 8,192; then the worst value in 23
   * bits, two's complement, within ±2<sup>22</sup>); < 0, {@code ~i} where entry i of {@link #wide} holds the three.
   */
  private static final int P_PAY = 4;
  private static final int PAY_COUNT_SHIFT = 23;
  private static final int PAY_DELTA_SHIFT = 36;
  /**
   * The slot kept before it in the cell's list + 1 (0: the first), low half; the cell's id + 1 (0: in no cell's list,
   * a part's slot whose spans the join kept again), high half. Along each cell's list the slots only grow (a span is
   * kept in a new slot, at the end of the pool, or in the slot of the one it replaces; a part's slots, appended to
   * the pool, are linked after every slot before them), so {@link #finish()} finds every cell's list, in order, in one
   * pass over the pool in slot order ({@link #cellSlots}) instead of walking each list back through the pool (a
   * dependent cache miss per span: 45–55% of finish()'s samples at 10,000 sensors; issue 16l). The one exception,
   * the first part's held first spans kept by {@link #adopt} after the part's slots ({@link #heldFrom}), is visited
   * first; a cell whose slots come out of order anyway (two sensors, a replaced span) is sorted.
   */
  private static final int P_PREV = 3;
  private static final int BLOCK_SHIFT = 10;
  private static final int BLOCK_SPANS = 1 << BLOCK_SHIFT;
  private long[][] pool = new long[0][];
  private int poolSize;
  /**
   * The slots [heldFrom, heldTo) kept by {@link #adopt} for the first part's held first spans, after the part's own
   * slots though they are the earliest spans of their series: {@link #cellSlots} visits them first, so that a cell of
   * one sensor stays in order after a parallel read (issue 16l: else some 7,300 of 10,000 sensors' cells were
   * sorted at two threads).
   */
  private int heldFrom;
  private int heldTo;
  /** The payloads of kept spans that do not fit in one long ({@link #P_PAY}): end, readings, worst value each. */
  private long[] wide = new long[0];
  private int wideSize;

  private final Map<Limit, Bounds> bounds = new IdentityHashMap<>();
  /** The bounds by {@link Bounds#id}. */
  private final List<Bounds> boundsById = new ArrayList<>();
  private long minTime = Long.MAX_VALUE;
  private long maxTime = Long.MIN_VALUE;
  private long readings;
  private int maxSpans = DEFAULT_MAX_SPANS;
  private SpanSink sink;
  /** Whether this is a part ({@link #newPart()}): its series' first spans are held for the join. */
  private final boolean part;
  /** In a part of an accumulator with a sink: the spans closed, held for the join (with their sequence numbers). */
  private List<Held> held;
  /** During {@link #join}: the spans closed, to go to the sink in sequence order. */
  private List<Held> joining;
  private boolean finished;
  /**
   * The shared bounds of the rows' kept spans (issue 16n), one map for an accumulator and all its parts (the parts'
   * is their accumulator's): see {@link RowBound}. An accumulator publishes a row's bound when the row's kept list
   * fills and when its last kept span is replaced (once per row and rarely, so a sequential read pays some 20,000
   * map entries at 10,000 sensors); {@link #newPart()}, which readers call on their worker threads, reads nothing of
   * this accumulator's state but its settings and this map.
   */
  private ConcurrentHashMap<RowKey, RowBound> rowBounds = new ConcurrentHashMap<>();
  /** Per cell id: its row's {@link RowBound}, resolved from {@link #rowBounds} once per cell (null: not yet). */
  private RowBound[] cellBound = new RowBound[0];

  // the day of the last reading: its bounds, its period and the limits in force on it
  private long dayStart = 1;
  private long dayEnd = 0;
  private long epochDay;
  private long periodDay;
  private final Bounds[] dayLimits = new Bounds[QUANTITIES];

  private ComplianceAccumulator(EnvironmentalStandard standard, CompliancePeriod.Kind kind, ZoneId zone,
      boolean part) {
    this.standard = standard;
    this.kind = kind;
    this.zone = zone;
    this.part = part;
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
    return new ComplianceAccumulator(standard, kind, zone, false);
  }

  /**
   * {@return an empty accumulator for a later part of the same stream, never null}: readings split
   * into consecutive parts (a file's byte ranges, say), each accumulated into its own part on any
   * thread, then {@linkplain #join joined} to this accumulator in stream order, give the table that
   * accumulating them all here would give: the same rows, spans (one that crosses the cut joined as
   * one), gaps, time out of range and sink calls in the same order. The part has this accumulator's
   * standard, period, zone and span cap; it must not be given a sink of its own, nor be finished.
   * Register the part's sensors with the same locations and intervals as here.
   *
   * <p>A part keeps only the spans that can still be listed (issue 16n): once this accumulator holds
   * {@link #maxSpans()} spans of a row (location, period, quantity), read here or joined, every part, made before or
   * after, drops from its kept spans those of the row that start strictly after the latest of them, which the table
   * can never list (the row's summary and the sink still count and receive them; the reasoning is on the private
   * class {@code RowBound}). So with a stream cut into many parts joined as they complete, the parts read after the
   * first rows fill keep almost no span of their own, and memory is this accumulator's table plus the parts' state.
   * This method may be called on another thread than this accumulator's (a reader's workers): it reads only the
   * settings, the shared bounds and the arrays of parts joined before, which it takes over, cleared.
   *
   * @throws IllegalStateException if this accumulator is itself a part or finished
   */
  public ComplianceAccumulator newPart() {
    if (part || finished) {
      throw new IllegalStateException("ComplianceAccumulator.newPart: not of a part or a finished accumulator");
    }
    ComplianceAccumulator p = new ComplianceAccumulator(standard, kind, zone, true);
    p.maxSpans = maxSpans;
    p.rowBounds = rowBounds;
    p.spare = spare;
    Object[] reuse = spare.poll();
    int[] hint = sizes;
    if (reuse != null) {
      // a joined part's arrays, cleared (issue 16n: ranges of 64 MiB make some 100 parts a file at 10,000 sensors,
      // each of about 12 MB of arrays, humongous in G1's 1 MB regions; allocating them anew drove a concurrent
      // marking cycle every few ranges)
      p.sen = clear((long[]) reuse[0]);
      p.seriesOf = (int[]) reuse[1];
      Arrays.fill(p.seriesOf, 0);
      p.ser = clear((long[]) reuse[2]);
      p.hd = clear((long[]) reuse[3]);
      p.cel = clear((long[]) reuse[4]);
      p.dayRec = clear((long[]) reuse[5]);
    } else if (hint != null) {
      // made at the sizes joined so far (a part of a file reads about every sensor), not grown from 16 by copying:
      // each growth of a part's arrays of 10,000 sensors was a humongous allocation of megabytes (issue 16n)
      p.sen = new long[hint[0] * SEN];
      p.seriesOf = new int[hint[0] * QUANTITIES];
      p.ser = new long[hint[1] * SER];
      p.hd = new long[hint[1] * HD];
      p.cel = new long[hint[2] * CEL];
    }
    if (sink != null) {
      p.held = new ArrayList<>();
    }
    return p;
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
   * in the table or not. Before the first reading; not on a part ({@link #newPart()}: its spans go
   * to the sink of the accumulator it is joined to).
   *
   * @param spans  the sink, not null
   * @return this accumulator, never null
   * @throws IllegalStateException if a reading was accumulated already, or this is a part
   */
  public ComplianceAccumulator setSpanSink(SpanSink spans) {
    Objects.requireNonNull(spans, "spans");
    requireNoReadings();
    if (part) {
      throw new IllegalStateException("ComplianceAccumulator.setSpanSink: a part's spans go to the sink it is joined to");
    }
    this.sink = spans;
    return this;
  }

  /** {@return the spans each row lists at most} */
  public int maxSpans() {
    return maxSpans;
  }

  /**
   * {@return whether a {@link SpanSink} receives the spans}: then a part ({@link #newPart()}) holds the
   * spans it closes until it is joined, so a reader splitting a stream keeps its parts small.
   */
  public boolean hasSpanSink() {
    return sink != null;
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
    return register(sensorId, location, interval);
  }

  private int register(String sensorId, Location location, long interval) {
    String key = location.key();
    Integer loc = locationIndex.get(key);
    if (loc == null) {
      loc = locations.size();
      locations.add(location);
      locationKeys.add(key);
      locationIndex.put(key, loc);
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
    sensorIndex.put(sensorId, index);
    return index;
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
    int k = seriesOf[sensor * QUANTITIES + q] - 1;
    // whether this is the series' first reading in a part (its series is made by it: a part starts empty)
    boolean first = false;
    if (k < 0) {
      k = newSeries(sensor, q);
      if (part) {
        hd[k * HD + SER_FIRST_SEQ] = readings;
        hd[k * HD + SER_FIRST_TIME] = t;
        first = true;
      }
    }
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
      close(k, sensor, t, readings);
      return Outcome.ADDED;
    }
    if (cel[c * CEL + CELL_LAST_LIMIT] != b.id + 1) {
      cellList.get(c).addLimit(b.limit);
      cel[c * CEL + CELL_LAST_LIMIT] = b.id + 1;
    }
    if (b.daily) {
      close(k, sensor, t, readings);
      int d = dayEntry(c, epochDay);
      if (d < 0) {
        d = newDay(c, epochDay, ((long) sensor << 32) | b.id, t);
      }
      int o = d * DAYREC;
      dayRec[o + D_SUM] = Math.addExact(dayRec[o + D_SUM], value);
      dayRec[o + D_COUNT]++;
      if (t < dayRec[o + D_FIRST]) {
        dayRec[o + D_FIRST] = t;
      }
      if (t > dayRec[o + D_LAST]) {
        dayRec[o + D_LAST] = t;
      }
      return Outcome.ADDED;
    }
    cel[c * CEL + CELL_JUDGED]++;
    boolean above = value > b.upper;
    if (!above && value >= b.lower) {
      close(k, sensor, t, readings);
      return Outcome.ADDED;
    }
    cel[c * CEL + CELL_OUT]++;
    if (interval == 0) {
      cellList.get(c).timeUnknown = true;
    }
    int open = (int) ser[k * SER + SPAN_BOUNDS];
    if (open != 0 && (open != b.id + 1 || (ser[k * SER + SPAN_ABOVE] != 0) != above
        || (interval > 0 && t - ser[k * SER + SPAN_LAST_OUT] > interval))) {
      close(k, sensor, t, readings);
    }
    if (ser[k * SER + SPAN_BOUNDS] == 0) {
      ser[k * SER + SPAN_BOUNDS] = b.id + 1;
      ser[k * SER + SPAN_ABOVE] = above ? 1 : 0;
      ser[k * SER + SPAN_START] = t;
      ser[k * SER + SPAN_COUNT] = 1;
      ser[k * SER + SPAN_WORST] = value;
      ser[k * SER + SPAN_CELL] = first ? c | HEAD_OPEN : c; // first only in a part: the part before may continue it
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

  /**
   * {@return the entry of cell c's day, moved to the front of the cell's list, or -1 if the cell has none}
   */
  private int dayEntry(int c, long day) {
    int head = (int) cel[c * CEL + CELL_DAYS] - 1;
    if (head < 0 || dayRec[head * DAYREC + D_DAY] == day) {
      return head < 0 ? -1 : head;
    }
    for (int prev = head, e = (int) dayRec[head * DAYREC + D_NEXT] - 1; e >= 0;
        prev = e, e = (int) dayRec[e * DAYREC + D_NEXT] - 1) {
      if (dayRec[e * DAYREC + D_DAY] == day) {
        dayRec[prev * DAYREC + D_NEXT] = dayRec[e * DAYREC + D_NEXT];
        dayRec[e * DAYREC + D_NEXT] = head + 1;
        cel[c * CEL + CELL_DAYS] = e + 1;
        return e;
      }
    }
    return -1;
  }

  /** {@return a new entry of cell c's day at the front of its list: no readings, first and last time t} */
  private int newDay(int c, long day, long who, long t) {
    int e = dayCount;
    if (e * DAYREC == dayRec.length) {
      dayRec = Arrays.copyOf(dayRec, Math.max(16, Math.multiplyExact(e, 2)) * DAYREC);
    }
    dayCount = e + 1;
    int o = e * DAYREC;
    dayRec[o + D_DAY] = day;
    dayRec[o + D_FIRST] = t;
    dayRec[o + D_LAST] = t;
    dayRec[o + D_WHO] = who;
    dayRec[o + D_NEXT] = cel[c * CEL + CELL_DAYS];
    cel[c * CEL + CELL_DAYS] = e + 1;
    return e;
  }

  private void growSensors(int n) {
    sen = Arrays.copyOf(sen, n * SEN);
    seriesOf = Arrays.copyOf(seriesOf, n * QUANTITIES);
  }

  private int newSeries(int sensor, int q) {
    int k = seriesCount++;
    if (k * SER == ser.length) {
      ser = Arrays.copyOf(ser, Math.max(16, k * 2) * SER);
      if (part) {
        hd = Arrays.copyOf(hd, Math.max(16, k * 2) * HD);
      }
    }
    seriesOf[sensor * QUANTITIES + q] = k + 1;
    return k;
  }

  /**
   * The arrays of parts joined (sensors, series, series' first spans, cells, days), for {@link #newPart()} to use
   * again, shared by an accumulator and its parts; at most {@link #SPARE} sets.
   */
  private ConcurrentLinkedQueue<Object[]> spare = new ConcurrentLinkedQueue<>();
  /**
   * A chosen bound, not a measured optimum (issue 16n): a read on two threads has at most three parts in flight
   * (FileRanges.parseInOrder: threads + 1), so two spare sets cover the parts started while one is joined; each set
   * held is some 12 MB at 10,000 sensors, so more would only hold memory. 1 against 2 was not measured.
   */
  private static final int SPARE = 2;

  private static long[] clear(long[] a) {
    Arrays.fill(a, 0);
    return a;
  }

  /**
   * The sensors, series and cells after the last join, for {@link #newPart()} on another thread to size a part's
   * arrays (null: none yet); written by the joining thread.
   */
  private volatile int[] sizes;

  /** In a part: the spans not kept because they started after their row's shared bound (issue 16n). */
  private long dropped;

  /** {@return the spans this part did not keep because they started after their row's shared bound} For tests. */
  long droppedByBound() {
    return dropped;
  }

  /** {@return the readings accumulated} */
  public long readings() {
    return readings;
  }

  /**
   * {@return the slots of the span pool in use} For tests: a part whose value is above 0 holds kept spans of its
   * own, which {@link #join} then adopts ({@code adoptPool}) and links into the cells here ({@code joinCell}).
   */
  int pooledSpans() {
    return poolSize;
  }

  /**
   * {@return the cells whose kept spans {@link #finish()} found out of (start, sensor id, sequence) order, and
   * sorted} For tests: a cell of one sensor is in order after any joins, but where the adoption of a first part
   * under a cap replaces the part's last kept span of a cell by its series' held first one, in that slot.
   */
  int unorderedKeptCells() {
    int n = 0;
    for (boolean u : slotsUnordered == null ? new boolean[0] : slotsUnordered) {
      n += u ? 1 : 0;
    }
    return n;
  }

  /** Closes the open span of series k, if any, at the next reading's time; seq orders it among the spans. */
  private void close(int k, int sensor, long next, long seq) {
    int open = (int) ser[k * SER + SPAN_BOUNDS];
    if (open == 0) {
      return;
    }
    ser[k * SER + SPAN_BOUNDS] = 0;
    long interval = sen[sensor * SEN + SEN_INTERVAL];
    long start = ser[k * SER + SPAN_START];
    long end = Math.max(start, interval > 0 ? Math.min(next, ser[k * SER + SPAN_LAST_OUT] + interval)
        : ser[k * SER + SPAN_LAST_OUT]);
    if (part && (ser[k * SER + SPAN_CELL] & HEAD_OPEN) != 0) {
      // a part's first span of the series: held, the join decides whether it continues the one before
      hd[k * HD + SER_HEAD] = 2;
      hd[k * HD + HEAD_BOUNDS] = open;
      hd[k * HD + HEAD_ABOVE] = ser[k * SER + SPAN_ABOVE];
      hd[k * HD + HEAD_START] = start;
      hd[k * HD + HEAD_END] = end;
      hd[k * HD + HEAD_COUNT] = ser[k * SER + SPAN_COUNT];
      hd[k * HD + HEAD_WORST] = ser[k * SER + SPAN_WORST];
      hd[k * HD + HEAD_CELL] = (int) ser[k * SER + SPAN_CELL];
      hd[k * HD + HEAD_SEQ] = seq;
      return;
    }
    span((int) ser[k * SER + SPAN_CELL], sensor, open - 1, ser[k * SER + SPAN_ABOVE] != 0, start, end,
        ser[k * SER + SPAN_COUNT], ser[k * SER + SPAN_WORST], seq);
  }

  /**
   * Adds a part's readings ({@link #newPart()}), which come after every reading accumulated here: the
   * result is as if they had been accumulated here in order. Nothing is changed and false returned
   * if the part cannot be joined exactly, so that its readings can be accumulated here one by one
   * instead (which then says why, through {@link #add}'s outcome): a sensor's first reading in the
   * part is earlier than its last one here, or a sensor is registered with another location or
   * interval. The part must not be used afterwards.
   *
   * @param later  a part of this accumulator, not joined before, not null
   * @return true if joined; false if nothing was changed
   * @throws IllegalArgumentException if {@code later} is not a part made by {@link #newPart()} of this
   *     accumulator (a part of another one read that one's bounds, issue 16n)
   * @throws IllegalStateException if this accumulator is a part or finished, or {@code later} was
   *     joined already
   * @throws ArithmeticException if a sum overflows a long
   */
  public boolean join(ComplianceAccumulator later) {
    Objects.requireNonNull(later, "later");
    if (part || finished) {
      throw new IllegalStateException("ComplianceAccumulator.join: this is a part or finished");
    }
    // a part of another accumulator read that one's row bounds (issue 16n): the spans it dropped may be listed here
    if (!later.part || later.rowBounds != rowBounds || later.standard != standard || later.kind != kind
        || !later.zone.equals(zone) || later.maxSpans != maxSpans || (later.held != null) != (sink != null)) {
      throw new IllegalArgumentException("ComplianceAccumulator.join: not a part made by newPart() of this"
          + " accumulator");
    }
    if (later.finished) {
      throw new IllegalStateException("ComplianceAccumulator.join: the part was joined already");
    }
    ComplianceAccumulator p = later;
    if (readings == 0 && sensors.isEmpty() && cellList.isEmpty() && poolSize == 0 && dayCount == 0) {
      adopt(p);
      return true;
    }
    // each of the part's locations here (-1: not here yet), by its key made once (Location.key() concatenates a new
    // String at each call: the check below compared two per sensor)
    int[] locationMap = new int[p.locations.size()];
    for (int i = 0; i < locationMap.length; i++) {
      Integer g = locationIndex.get(p.locations.get(i).key());
      locationMap[i] = g == null ? -1 : g;
    }
    // first the checks: nothing changes if the part cannot be joined
    int[] sensorMap = new int[p.sensors.size()];
    for (SensorState ps : p.sensors) {
      Integer g = sensorIndex.get(ps.id);
      sensorMap[ps.index] = g == null ? -1 : g;
      if (g == null) {
        continue;
      }
      SensorState gs = sensors.get(g);
      // the same location iff the part's key is the key of the sensor's location here (keys are unique here)
      if (gs.interval != ps.interval || locationMap[ps.location] != gs.location) {
        return false;
      }
      long last = sen[g * SEN + SEN_LAST];
      long first = p.sen[ps.index * SEN + SEN_FIRST];
      if (last != Long.MIN_VALUE && first != Long.MIN_VALUE && first < last) {
        return false;
      }
    }
    p.finished = true;
    long base = readings;
    if (sink != null) {
      joining = new ArrayList<>();
    }
    for (SensorState ps : p.sensors) {
      if (sensorMap[ps.index] < 0) {
        sensorMap[ps.index] = register(ps.id, p.locations.get(ps.location), ps.interval);
      }
    }
    for (int i = 0; i < locationMap.length; i++) {
      if (locationMap[i] < 0) {
        // a location of sensors new here, registered above
        Integer g = locationIndex.get(p.locations.get(i).key());
        locationMap[i] = g == null ? -1 : g; // -1: a location without sensors, never read
      }
    }
    int[] cellMap = new int[p.cellList.size()];
    for (Cell pc : p.cellList) {
      cellMap[pc.id] = cell(locationMap[pc.location], pc.periodDay, pc.quantity);
    }
    // the series first (the spans open at the cut, or held by the part, closed and kept here), then the cells (the
    // part's kept spans linked after them): each sensor's spans reach its cell's kept list in time order, so a cell
    // of one sensor is listed without a sort after a parallel read too (issue 16l: the spans closed at the join were
    // kept after the part's, and every such cell was sorted into Span objects: 81 MB a file at 10,000 sensors)
    for (SensorState ps : p.sensors) {
      int i = ps.index;
      long first = p.sen[i * SEN + SEN_FIRST];
      long last = p.sen[i * SEN + SEN_LAST];
      if (last == Long.MIN_VALUE) {
        continue;
      }
      int g = sensorMap[i];
      SensorState gs = sensors.get(g);
      long before = sen[g * SEN + SEN_LAST];
      long interval = sen[g * SEN + SEN_INTERVAL];
      if (before == Long.MIN_VALUE) {
        sen[g * SEN + SEN_FIRST] = first;
      } else if (interval > 0 && first - before > interval) {
        gs.gaps.add(new long[] {before, first});
      }
      gs.gaps.addAll(ps.gaps);
      sen[g * SEN + SEN_LAST] = last;
      for (int q = 0; q < QUANTITIES; q++) {
        int kp = p.seriesOf[i * QUANTITIES + q] - 1;
        if (kp < 0) {
          continue;
        }
        int kg = seriesOf[g * QUANTITIES + q] - 1;
        if (kg < 0) {
          kg = newSeries(g, q);
        }
        joinSeries(p, kp, kg, g, base, cellMap);
      }
    }
    // the part's pool blocks are taken over only if every cell's kept spans are linked whole (none over the cap):
    // else its spans are kept here one by one into slots of this pool and its blocks left to the collector, instead
    // of staying in this pool as slots of no cell (issue 16n: with ranges of bounded size, the parts joined about when
    // the rows fill left some 20-30 MB of such slots at 10,000 sensors, in a heap of 256 MB)
    boolean copy = false;
    for (Cell pc : p.cellList) {
      long pn = p.cel[pc.id * CEL + CELL_KEPT_N] >>> 32;
      if (pn > 0 && (cel[cellMap[pc.id] * CEL + CELL_KEPT_N] >>> 32) + pn > maxSpans) {
        copy = true;
        break;
      }
    }
    int shift = copy ? 0 : adoptPool(p, base, sensorMap, cellMap);
    for (Cell pc : p.cellList) {
      joinCell(p, pc, cellList.get(cellMap[pc.id]), shift, sensorMap, copy ? base : -1);
    }
    minTime = Math.min(minTime, p.minTime);
    maxTime = Math.max(maxTime, p.maxTime);
    readings += p.readings;
    if (joining != null) {
      for (Held h : p.held) {
        joining.add(new Held(base + h.seq, h.location, h.period, h.quantity, h.span));
      }
      joining.sort(Comparator.comparingLong(Held::seq));
      List<Held> out = joining;
      joining = null;
      for (Held h : out) {
        sink.span(h.location, h.period, h.quantity, h.span);
      }
    }
    sizes = new int[] {sensors.size(), seriesCount, cellList.size()};
    if (spare.size() < SPARE) {
      // read above and no more (its pool blocks are this accumulator's now, its other arrays are not)
      spare.offer(new Object[] {p.sen, p.seriesOf, p.ser, p.hd, p.cel, p.dayRec});
    }
    return true;
  }

  /**
   * Joins a part to an accumulator that holds nothing yet (no sensor, reading, cell, day or span; the first part
   * of a parallel read): takes over the part's state — its arrays, sensors, locations, span pool — instead of adding
   * it cell by cell and series by series into arrays grown by copying (issue 16j: at 10,000 sensors on two threads
   * the joins of the two parts, each with state for every sensor, were most of the calling thread's work); then gives
   * each series' first span, if it closed in the part (held for a part before it, of which there is none), to its
   * cell, and the held spans to the sink in sequence order, as {@link #join} does when nothing comes before: the
   * sensor, location and cell indices here are the part's, the sequence numbers the part's plus 0.
   */
  private void adopt(ComplianceAccumulator p) {
    p.finished = true;
    locations.addAll(p.locations);
    locationKeys.addAll(p.locationKeys);
    locationIndex.putAll(p.locationIndex);
    sensors.addAll(p.sensors);
    sensorIndex.putAll(p.sensorIndex);
    sen = p.sen;
    seriesOf = p.seriesOf;
    seriesCount = p.seriesCount;
    ser = p.ser;
    cel = p.cel;
    dayRec = p.dayRec;
    dayCount = p.dayCount;
    cellBound = p.cellBound; // the same rows' holders: the part's map is this accumulator's
    pool = p.pool;
    poolSize = p.poolSize;
    wide = p.wide;
    wideSize = p.wideSize;
    for (Cell pc : p.cellList) {
      // a Cell is an inner object of its accumulator (it reads the arrays): made again here
      Cell c = new Cell(pc.id, pc.location, pc.periodDay, pc.quantity);
      c.period = pc.period;
      c.timeUnknown = pc.timeUnknown;
      c.limits.addAll(pc.limits);
      cellList.add(c);
      cells.put(cellKey(pc.location, pc.periodDay, pc.quantity), c);
    }
    minTime = p.minTime;
    maxTime = p.maxTime;
    readings = p.readings;
    if (sink != null) {
      joining = new ArrayList<>();
    }
    long[] ph = p.hd;
    // the held first spans are the earliest of their series: finish() visits their slots before the part's
    heldFrom = poolSize;
    for (SensorState s : p.sensors) {
      for (int q = 0; q < QUANTITIES; q++) {
        int k = seriesOf[s.index * QUANTITIES + q] - 1;
        int h = k * HD;
        if (k >= 0 && ph[h + SER_HEAD] == 2) {
          span((int) ph[h + HEAD_CELL], s.index, (int) ph[h + HEAD_BOUNDS] - 1, ph[h + HEAD_ABOVE] != 0,
              ph[h + HEAD_START], ph[h + HEAD_END], ph[h + HEAD_COUNT], ph[h + HEAD_WORST], ph[h + HEAD_SEQ]);
        }
      }
    }
    heldTo = poolSize;
    for (int c = 0; c < cellList.size(); c++) {
      publish(c); // the part's spans are this accumulator's now: its full rows bound the parts still reading
    }
    sizes = new int[] {sensors.size(), seriesCount, cellList.size()};
    if (joining != null) {
      joining.addAll(p.held);
      joining.sort(Comparator.comparingLong(Held::seq));
      List<Held> out = joining;
      joining = null;
      for (Held h : out) {
        sink.span(h.location, h.period, h.quantity, h.span);
      }
    }
  }

  /**
   * Takes over the blocks of a part's span pool, instead of copying its spans one by one into blocks of
   * its own (with 10,000 sensors on two threads the second part's 300,000 kept spans, 17 MB, were
   * copied and the copies collected): the part's blocks are appended to this pool, each of its slots
   * rewritten in place to this accumulator's sensor index and sequence and to the slot numbers here;
   * new spans then go on in the part's last block (the rest of this pool's last block is left unused).
   *
   * @return what the part's slot numbers became larger by
   */
  private int adoptPool(ComplianceAccumulator p, long base, int[] sensorMap, int[] cellMap) {
    if (p.poolSize == 0) {
      return 0;
    }
    int blocks = (poolSize + BLOCK_SPANS - 1) >>> BLOCK_SHIFT;
    int partBlocks = (p.poolSize + BLOCK_SPANS - 1) >>> BLOCK_SHIFT;
    int shift = Math.multiplyExact(blocks, BLOCK_SPANS);
    if (blocks + partBlocks > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(blocks + partBlocks, pool.length * 2));
    }
    // the part's wide payloads appended to this accumulator's, their indices shifted by wideShift
    int wideShift = wideSize;
    if (p.wideSize > 0) {
      int n = Math.addExact(wideSize, p.wideSize);
      if (n * 3L > wide.length) {
        wide = Arrays.copyOf(wide, Math.multiplyExact(Math.max(n, wideSize * 2), 3));
      }
      System.arraycopy(p.wide, 0, wide, wideSize * 3, p.wideSize * 3);
      wideSize = n;
    }
    for (int i = 0; i < partBlocks; i++) {
      long[] b = p.pool[i];
      int used = i == partBlocks - 1 ? p.poolSize - (i << BLOCK_SHIFT) : BLOCK_SPANS;
      for (int o = 0; o < used * SLOT; o += SLOT) {
        if (b[o + P_PAY] < 0) {
          b[o + P_PAY] = ~(~b[o + P_PAY] + wideShift);
        }
        long key = b[o + P_KEY];
        b[o + P_KEY] = ((long) sensorMap[(int) (key >>> 32)] << 32) | (key & 0xffff_ffffL);
        b[o + P_SEQ] += base;
        long prev = b[o + P_PREV];
        int cell = (int) (prev >>> 32) - 1;
        int link = (int) prev;
        b[o + P_PREV] = (cell < 0 ? 0L : (long) (cellMap[cell] + 1) << 32) | (link == 0 ? 0 : link + shift);
      }
      pool[blocks + i] = b;
    }
    poolSize = Math.addExact(shift, p.poolSize);
    return shift;
  }

  /**
   * Adds part cell pc's counters, limits, spans and days to cell g; the part's span slots are this
   * pool's, {@code shift} larger ({@link #adoptPool}).
   */
  private void joinCell(ComplianceAccumulator p, Cell pc, Cell g, int shift, int[] sensorMap, long copyBase) {
    int pi = pc.id * CEL;
    int gi = g.id * CEL;
    long[] pcel = p.cel;
    cel[gi + CELL_COUNT] += pcel[pi + CELL_COUNT];
    cel[gi + CELL_SUM] = Math.addExact(cel[gi + CELL_SUM], pcel[pi + CELL_SUM]);
    cel[gi + CELL_MIN] = Math.min(cel[gi + CELL_MIN], pcel[pi + CELL_MIN]);
    cel[gi + CELL_MAX] = Math.max(cel[gi + CELL_MAX], pcel[pi + CELL_MAX]);
    cel[gi + CELL_JUDGED] += pcel[pi + CELL_JUDGED];
    cel[gi + CELL_OUT] += pcel[pi + CELL_OUT];
    cel[gi + CELL_OUT_MILLIS] += pcel[pi + CELL_OUT_MILLIS];
    g.timeUnknown |= pc.timeUnknown;
    for (Limit l : pc.limits) {
      g.addLimit(l);
    }
    cel[gi + CELL_SPANS] += pcel[pi + CELL_SPANS];
    cel[gi + CELL_LONGEST] = Math.max(cel[gi + CELL_LONGEST], pcel[pi + CELL_LONGEST]);
    cel[gi + CELL_SPAN_FIRST] = Math.min(cel[gi + CELL_SPAN_FIRST], pcel[pi + CELL_SPAN_FIRST]);
    cel[gi + CELL_SPAN_LAST] = Math.max(cel[gi + CELL_SPAN_LAST], pcel[pi + CELL_SPAN_LAST]);
    int pHead = (int) (pcel[pi + CELL_KEPT] >>> 32) - 1;
    int pN = (int) (pcel[pi + CELL_KEPT_N] >>> 32);
    int gN = (int) (cel[gi + CELL_KEPT_N] >>> 32);
    if (pHead >= 0 && copyBase >= 0) {
      // the part's pool not taken over: its kept spans kept here one by one, in its order, from its own pool
      for (int s : p.keptSlots(pN, (int) pcel[pi + CELL_KEPT] - 1)) {
        long[] b = p.pool[s >>> BLOCK_SHIFT];
        int o = at(s);
        long key = b[o + P_KEY];
        int sensor = sensorMap[(int) (key >>> 32)];
        long start = b[o + P_START];
        long pay = b[o + P_PAY];
        keep(g.id, sensor, ((long) sensor << 32) | (key & 0xffff_ffffL), start, payEnd(pay, start, p.wide),
            payCount(pay, p.wide), payWorst(pay, p.wide), b[o + P_SEQ] + copyBase);
      }
    } else if (pHead >= 0 && (long) gN + pN <= maxSpans) {
      // all of them kept: the part's list linked after the cell's, as keeping them one by one would make it
      int head = pHead + shift;
      int tail = (int) pcel[pi + CELL_KEPT] - 1 + shift;
      int max = (int) pcel[pi + CELL_KEPT_N] - 1 + shift;
      int gTail = (int) cel[gi + CELL_KEPT] - 1;
      if (gTail >= 0) {
        long[] hb = pool[head >>> BLOCK_SHIFT];
        hb[at(head) + P_PREV] = (hb[at(head) + P_PREV] & 0xffff_ffff_0000_0000L) | (gTail + 1);
      }
      long gHead = gTail < 0 ? head + 1 : cel[gi + CELL_KEPT] >>> 32;
      cel[gi + CELL_KEPT] = (gHead << 32) | (tail + 1);
      int gMax = (int) cel[gi + CELL_KEPT_N] - 1;
      // the last of the kept in (start, sensor id, sequence) order: the later of the two lists' last
      long[] m = pool[max >>> BLOCK_SHIFT];
      int mo = at(max);
      if (gMax < 0 || !before((int) (m[mo + P_KEY] >>> 32), m[mo + P_START], m[mo + P_SEQ], gMax)) {
        gMax = max;
        cel[gi + CELL_MAX_START] = m[mo + P_START];
        cel[gi + CELL_MAX_SEQ] = m[mo + P_SEQ];
      }
      cel[gi + CELL_KEPT_N] = ((long) (gN + pN) << 32) | (gMax + 1);
      publish(g.id);
    } else if (pHead >= 0) {
      int[] partSlots = keptSlots(pN, (int) pcel[pi + CELL_KEPT] - 1 + shift);
      for (int s : partSlots) {
        long[] b = pool[s >>> BLOCK_SHIFT];
        int o = at(s);
        long key = b[o + P_KEY];
        long start = b[o + P_START];
        long pay = b[o + P_PAY];
        keep(g.id, (int) (key >>> 32), key, start, payEnd(pay, start, wide), payCount(pay, wide), payWorst(pay, wide),
            b[o + P_SEQ]);
      }
      for (int s : partSlots) {
        pool[s >>> BLOCK_SHIFT][at(s) + P_PREV] = 0; // kept again (or not) above: in no cell's list
      }
    }
    long[] pd = p.dayRec;
    for (int e = (int) pcel[pi + CELL_DAYS] - 1; e >= 0; e = (int) pd[e * DAYREC + D_NEXT] - 1) {
      int po = e * DAYREC;
      int d = dayEntry(g.id, pd[po + D_DAY]);
      if (d < 0) {
        long who = pd[po + D_WHO];
        d = newDay(g.id, pd[po + D_DAY], ((long) sensorMap[(int) (who >>> 32)] << 32) | (who & 0xffff_ffffL),
            pd[po + D_FIRST]);
      }
      int o = d * DAYREC;
      dayRec[o + D_SUM] = Math.addExact(dayRec[o + D_SUM], pd[po + D_SUM]);
      dayRec[o + D_COUNT] += pd[po + D_COUNT];
      dayRec[o + D_FIRST] = Math.min(dayRec[o + D_FIRST], pd[po + D_FIRST]);
      dayRec[o + D_LAST] = Math.max(dayRec[o + D_LAST], pd[po + D_LAST]);
    }
  }

  /**
   * {@return part p's state of its series kp's first span: 1 if it was opened by the series' first reading in the
   * part and is still open (the part before may continue it), 2 if such a span has closed and is held in the HEAD
   * fields, 0 otherwise}
   */
  private static int head(ComplianceAccumulator p, int kp) {
    if (p.hd[kp * HD + SER_HEAD] == 2) {
      return 2;
    }
    int a = kp * SER;
    return p.ser[a + SPAN_BOUNDS] != 0 && (p.ser[a + SPAN_CELL] & HEAD_OPEN) != 0 ? 1 : 0;
  }

  /**
   * Joins part series kp to series kg here (sensor g): what the series' first reading in the part
   * did to the state here (the time out of range it ends, the span it closes or continues), then the
   * part's state at its end.
   */
  private void joinSeries(ComplianceAccumulator p, int kp, int kg, int g, long base, int[] cellMap) {
    long[] ps = p.ser;
    long[] ph = p.hd;
    int h = kp * HD;
    int a = kp * SER;
    int b = kg * SER;
    long t1 = ph[h + SER_FIRST_TIME];
    long seq1 = base + ph[h + SER_FIRST_SEQ];
    long interval = sen[g * SEN + SEN_INTERVAL];
    int pending = (int) ser[b + SER_PENDING] - 1;
    if (pending >= 0) {
      long held = t1 - ser[b + SER_PENDING_TIME];
      cel[pending * CEL + CELL_OUT_MILLIS] += interval > 0 && held > interval ? interval : held;
      ser[b + SER_PENDING] = 0;
    }
    int head = head(p, kp);
    long headBounds = head == 1 ? ps[a + SPAN_BOUNDS] : ph[h + HEAD_BOUNDS];
    long headAbove = head == 1 ? ps[a + SPAN_ABOVE] : ph[h + HEAD_ABOVE];
    boolean open = ser[b + SPAN_BOUNDS] != 0;
    boolean extend = open && head != 0 && headBounds == ser[b + SPAN_BOUNDS] && headAbove == ser[b + SPAN_ABOVE]
        && !(interval > 0 && t1 - ser[b + SPAN_LAST_OUT] > interval);
    if (open && !extend) {
      close(kg, g, t1, seq1);
    }
    if (extend) {
      long count = ser[b + SPAN_COUNT] + (head == 1 ? ps[a + SPAN_COUNT] : ph[h + HEAD_COUNT]);
      long worst = head == 1 ? ps[a + SPAN_WORST] : ph[h + HEAD_WORST];
      worst = headAbove != 0 ? Math.max(ser[b + SPAN_WORST], worst) : Math.min(ser[b + SPAN_WORST], worst);
      if (head == 2) {
        // the span continued into the part and closed there
        ser[b + SPAN_BOUNDS] = 0;
        long start = ser[b + SPAN_START];
        span((int) ser[b + SPAN_CELL], g, (int) headBounds - 1, headAbove != 0, start,
            Math.max(start, ph[h + HEAD_END]), count, worst, base + ph[h + HEAD_SEQ]);
      } else {
        ser[b + SPAN_COUNT] = count;
        ser[b + SPAN_WORST] = worst;
        ser[b + SPAN_LAST_OUT] = ps[a + SPAN_LAST_OUT];
      }
    } else if (head == 2) {
      span(cellMap[(int) ph[h + HEAD_CELL]], g, (int) headBounds - 1, headAbove != 0, ph[h + HEAD_START],
          ph[h + HEAD_END], ph[h + HEAD_COUNT], ph[h + HEAD_WORST], base + ph[h + HEAD_SEQ]);
    }
    if (ps[a + SPAN_BOUNDS] != 0 && !(extend && head == 1)) {
      ser[b + SPAN_BOUNDS] = ps[a + SPAN_BOUNDS];
      ser[b + SPAN_ABOVE] = ps[a + SPAN_ABOVE];
      ser[b + SPAN_START] = ps[a + SPAN_START];
      ser[b + SPAN_LAST_OUT] = ps[a + SPAN_LAST_OUT];
      ser[b + SPAN_COUNT] = ps[a + SPAN_COUNT];
      ser[b + SPAN_WORST] = ps[a + SPAN_WORST];
      ser[b + SPAN_CELL] = cellMap[(int) ps[a + SPAN_CELL]];
    }
    int pp = (int) ps[a + SER_PENDING] - 1;
    if (pp >= 0) {
      ser[b + SER_PENDING] = cellMap[pp] + 1;
      ser[b + SER_PENDING_TIME] = ps[a + SER_PENDING_TIME];
    }
    ser[b + SER_CELL] = 0; // the cell cache: looked up again
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

  private static long cellKey(int location, long period, int q) {
    return ((long) location << 36) + ((period + (1L << 27)) << 4) + q;
  }

  /** {@return the id of the cell, made if new} */
  private int cell(int location, long period, int q) {
    long key = cellKey(location, period, q);
    Cell c = cells.get(key);
    if (c == null) {
      int id = cellList.size();
      c = new Cell(id, location, period, q);
      cells.put(key, c);
      cellList.add(c);
      if (id * CEL == cel.length) {
        cel = Arrays.copyOf(cel, Math.max(16, id * 2) * CEL);
      }
      cel[id * CEL + CELL_MIN] = Long.MAX_VALUE;
      cel[id * CEL + CELL_MAX] = Long.MIN_VALUE;
      cel[id * CEL + CELL_LONGEST] = -1;
      cel[id * CEL + CELL_SPAN_FIRST] = Long.MAX_VALUE;
      cel[id * CEL + CELL_SPAN_LAST] = Long.MIN_VALUE;
      cel[id * CEL + CELL_BOUND] = Long.MAX_VALUE;
    }
    return c.id;
  }

  /**
   * Adds a closed per-reading span to cell c: its summary, the sink (or the part's held spans) and, if it is
   * among the first {@link #maxSpans} by (start, sensor id, sequence), the cell's kept spans.
   */
  private void span(int c, int sensor, int boundsId, boolean above, long start, long end, long count, long worst,
      long seq) {
    int o = c * CEL;
    cel[o + CELL_SPANS]++;
    cel[o + CELL_LONGEST] = Math.max(cel[o + CELL_LONGEST], end - start);
    cel[o + CELL_SPAN_FIRST] = Math.min(cel[o + CELL_SPAN_FIRST], start);
    cel[o + CELL_SPAN_LAST] = Math.max(cel[o + CELL_SPAN_LAST], start);
    if (sink != null || held != null) {
      Cell cell = cellList.get(c);
      Span s = new Span(sensors.get(sensor).id, boundsById.get(boundsId).limit, above, Instant.ofEpochMilli(start),
          Instant.ofEpochMilli(end), count, decimal(worst), Optional.empty());
      Held h = new Held(seq, locations.get(cell.location), cell.period(), Quantity.values()[cell.quantity], s);
      if (held != null) {
        held.add(h);
      } else if (joining != null) {
        joining.add(h);
      } else {
        sink.span(h.location, h.period, h.quantity, s);
      }
    }
    keep(c, sensor, ((long) sensor << 32) | ((long) boundsId << 1) | (above ? 1 : 0), start, end, count, worst, seq);
  }

  /**
   * Keeps the span in cell c if it is among the first {@link #maxSpans} by (start, sensor id, sequence). The
   * slots kept are linked backwards ({@link #P_PREV}), the last of them in that order named in the cell's record
   * with its start and sequence, so that keeping one reads and writes no other slot (but when a span replaces
   * the last kept one: rare, each sensor's spans close in time order).
   */
  private void keep(int c, int sensor, long key, long start, long end, long count, long worst, long seq) {
    int co = c * CEL;
    if (maxSpans == 0) {
      return;
    }
    if (part) {
      // issue 16n: a span starting after the row's shared bound is not among the table's first maxSpans (see
      // RowBound): not kept, so a part reading after the rows are full keeps (almost) nothing. Counted in the
      // summary and given to the sink (span()) all the same. The holder is read only for a span that would be kept.
      long bound = cel[co + CELL_BOUND];
      if (start > bound) {
        dropped++;
        return;
      }
      long shared = rowBound(c).start;
      if (shared < bound) {
        cel[co + CELL_BOUND] = shared;
        if (start > shared) {
          dropped++;
          return;
        }
      }
    }
    long kn = cel[co + CELL_KEPT_N];
    int n = (int) (kn >>> 32);
    int max = (int) kn - 1;
    int slot;
    if (n < maxSpans) {
      slot = newSlot();
      long ends = cel[co + CELL_KEPT];
      int tail = (int) ends - 1;
      pool[slot >>> BLOCK_SHIFT][at(slot) + P_PREV] = ((long) (c + 1) << 32) | (tail + 1);
      cel[co + CELL_KEPT] = (tail < 0 ? (long) (slot + 1) << 32 : ends & 0xffff_ffff_0000_0000L) | (slot + 1);
      n++;
    } else if (n > 0 && precedes(sensor, start, seq, c, max)) {
      slot = max; // replaces the last of the kept in (start, sensor id, sequence) order
    } else {
      return;
    }
    long[] b = pool[slot >>> BLOCK_SHIFT];
    int o = at(slot);
    b[o + P_KEY] = key;
    b[o + P_START] = start;
    b[o + P_PAY] = payload(start, end, count, worst);
    b[o + P_SEQ] = seq;
    if (slot == max) {
      int[] kept = keptSlots(n, (int) cel[co + CELL_KEPT] - 1);
      max = kept[0];
      for (int i = 1; i < kept.length; i++) {
        long[] m = pool[max >>> BLOCK_SHIFT];
        int mo = at(max);
        if (before((int) (m[mo + P_KEY] >>> 32), m[mo + P_START], m[mo + P_SEQ], kept[i])) {
          max = kept[i];
        }
      }
    } else if (max < 0 || maxPrecedes(c, max, sensor, start, seq)) {
      max = slot;
    }
    long[] m = pool[max >>> BLOCK_SHIFT];
    cel[co + CELL_MAX_START] = m[at(max) + P_START];
    cel[co + CELL_MAX_SEQ] = m[at(max) + P_SEQ];
    cel[co + CELL_KEPT_N] = ((long) n << 32) | (max + 1);
    if (n == maxSpans && !part) {
      publish(c);
    }
  }

  /**
   * Publishes cell c's bound (issue 16n) if its kept list is full: the latest start among its {@link #maxSpans}
   * kept spans. Not in a part: only an accumulator's own spans are the table's (a part's are not until it is
   * joined, and a part that cannot be joined is read again reading by reading, with other spans).
   */
  private void publish(int c) {
    int co = c * CEL;
    if (part || maxSpans == 0 || (int) (cel[co + CELL_KEPT_N] >>> 32) < maxSpans) {
      return;
    }
    rowBound(c).lower(cel[co + CELL_MAX_START]);
  }

  /** {@return cell c's row's shared bound, resolved once per cell} */
  private RowBound rowBound(int c) {
    if (c >= cellBound.length) {
      cellBound = Arrays.copyOf(cellBound, Math.max(c + 1, Math.max(16, cellBound.length * 2)));
    }
    RowBound b = cellBound[c];
    if (b == null) {
      Cell cell = cellList.get(c);
      b = rowBounds.computeIfAbsent(new RowKey(locationKeys.get(cell.location), cell.periodDay, cell.quantity),
          k -> new RowBound());
      cellBound[c] = b;
    }
    return b;
  }

  /**
   * {@return whether a span of this sensor, start and sequence comes before cell c's last kept one (slot max), by
   * the start and sequence its record keeps: the slot is read only for its sensor, when the starts are equal}
   */
  private boolean precedes(int sensor, long start, long seq, int c, int max) {
    long ks = cel[c * CEL + CELL_MAX_START];
    if (start != ks) {
      return start < ks;
    }
    int cmp = sensors.get(sensor).id.compareTo(sensors.get((int) (pool[max >>> BLOCK_SHIFT][at(max) + P_KEY] >>> 32)).id);
    return cmp != 0 ? cmp < 0 : seq < cel[c * CEL + CELL_MAX_SEQ];
  }

  /** {@return whether cell c's last kept span (slot max) comes before a span of this sensor, start and sequence} */
  private boolean maxPrecedes(int c, int max, int sensor, long start, long seq) {
    long ks = cel[c * CEL + CELL_MAX_START];
    if (start != ks) {
      return ks < start;
    }
    int cmp = sensors.get((int) (pool[max >>> BLOCK_SHIFT][at(max) + P_KEY] >>> 32)).id.compareTo(sensors.get(sensor).id);
    return cmp != 0 ? cmp < 0 : cel[c * CEL + CELL_MAX_SEQ] < seq;
  }

  /** {@return the n slots of a cell's kept list ending at slot tail, in the order kept} */
  private int[] keptSlots(int n, int tail) {
    int[] kept = new int[n];
    int i = n;
    for (int s = tail; s >= 0; s = (int) pool[s >>> BLOCK_SHIFT][at(s) + P_PREV] - 1) {
      kept[--i] = s;
    }
    if (i != 0) {
      throw new IllegalStateException("ComplianceAccumulator: a cell's kept list has " + (n - i) + " spans, not " + n);
    }
    return kept;
  }

  /** Whether a span of this sensor, start and sequence comes before the kept span in slot k. */
  private boolean before(int sensor, long start, long seq, int k) {
    long[] b = pool[k >>> BLOCK_SHIFT];
    int o = at(k);
    long ks = b[o + P_START];
    if (start != ks) {
      return start < ks;
    }
    int c = sensors.get(sensor).id.compareTo(sensors.get((int) (b[o + P_KEY] >>> 32)).id);
    return c != 0 ? c < 0 : seq < b[o + P_SEQ];
  }

  /** {@return a new slot of the span pool} */
  private int newSlot() {
    int s = poolSize;
    if ((s & (BLOCK_SPANS - 1)) == 0) {
      int block = s >>> BLOCK_SHIFT;
      if (block == pool.length) {
        pool = Arrays.copyOf(pool, Math.max(4, block * 2));
      }
      pool[block] = new long[BLOCK_SPANS * SLOT];
    }
    poolSize = Math.addExact(s, 1);
    return s;
  }

  private static int at(int slot) {
    return (slot & (BLOCK_SPANS - 1)) * SLOT;
  }

  /** {@return a span's end, readings and worst value as its slot's {@link #P_PAY} keeps them} */
  private long payload(long start, long end, long count, long worst) {
    long delta = end - start;
    if (delta >= 0 && delta < 1L << (64 - PAY_DELTA_SHIFT - 1) && count >= 0 && count < 1L << (PAY_DELTA_SHIFT
        - PAY_COUNT_SHIFT) && worst >= -(1L << (PAY_COUNT_SHIFT - 1)) && worst < 1L << (PAY_COUNT_SHIFT - 1)) {
      return delta << PAY_DELTA_SHIFT | count << PAY_COUNT_SHIFT | (worst & ((1L << PAY_COUNT_SHIFT) - 1));
    }
    int i = wideSize;
    if (i * 3 == wide.length) {
      wide = Arrays.copyOf(wide, Math.max(16, Math.multiplyExact(i, 2)) * 3);
    }
    wide[i * 3] = end;
    wide[i * 3 + 1] = count;
    wide[i * 3 + 2] = worst;
    wideSize = i + 1;
    return ~(long) i;
  }

  /** {@return the end of a span of this start and payload} */
  private static long payEnd(long pay, long start, long[] wide) {
    return pay >= 0 ? start + (pay >>> PAY_DELTA_SHIFT) : wide[(int) ~pay * 3];
  }

  /** {@return the readings of a span of this payload} */
  private static long payCount(long pay, long[] wide) {
    return pay >= 0 ? (pay >>> PAY_COUNT_SHIFT) & ((1L << (PAY_DELTA_SHIFT - PAY_COUNT_SHIFT)) - 1)
        : wide[(int) ~pay * 3 + 1];
  }

  /** {@return the worst value of a span of this payload} */
  private static long payWorst(long pay, long[] wide) {
    return pay >= 0 ? pay << (64 - PAY_COUNT_SHIFT) >> (64 - PAY_COUNT_SHIFT) : wide[(int) ~pay * 3 + 2];
  }

  /**
   * Closes every open span and silence and builds the table. The accumulator must not be used
   * afterwards.
   *
   * @return the table, never null
   * @throws IllegalStateException if this is a part ({@link #newPart()}: joined, not finished)
   */
  public ComplianceTable finish() {
    if (part) {
      throw new IllegalStateException("ComplianceAccumulator.finish: a part is joined, not finished");
    }
    finished = true;
    if (readings == 0) {
      return new ComplianceTable(standard, kind, zone, Optional.empty(), Optional.empty(), 0, List.of());
    }
    // open spans and the time the last reading outside stands for
    long seq = readings;
    for (SensorState s : sensors) {
      for (int q = 0; q < QUANTITIES; q++) {
        int k = seriesOf[s.index * QUANTITIES + q] - 1;
        if (k < 0) {
          continue;
        }
        int pending = (int) ser[k * SER + SER_PENDING] - 1;
        if (pending >= 0) {
          cel[pending * CEL + CELL_OUT_MILLIS] += s.interval > 0 ? Math.min(s.interval, maxTime - ser[k * SER + SER_PENDING_TIME]) : 0;
          ser[k * SER + SER_PENDING] = 0;
        }
        close(k, s.index, maxTime, ++seq);
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
    // each sensor's rank by id: spans are listed by start, then sensor id
    Integer[] byId = new Integer[sensors.size()];
    for (int i = 0; i < byId.length; i++) {
      byId[i] = i;
    }
    Arrays.sort(byId, Comparator.comparing(i -> sensors.get(i).id));
    rank = new int[byId.length];
    for (int i = 0; i < byId.length; i++) {
      rank[byId[i]] = i;
    }
    cellSlots();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < locations.size(); i++) {
      order.add(i);
    }
    // the keys made once: Location.key() concatenates a new String at each call (two per comparison)
    String[] keys = new String[locations.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = locations.get(i).key();
    }
    order.sort(Comparator.comparing(i -> keys[i]));
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

  /** In {@link #finish()}, for the {@link ListedSpans}: the sensors' ids by index, the limits by bounds id. */
  private String[] listedIds;
  private Limit[] listedLimits;

  /**
   * A row's listed spans, read from the span pool as they are asked for (issue 16h): the table keeps the
   * pool's slots of its spans (4 bytes a span) instead of a {@link Span} with shared {@code Instant}s and
   * {@code BigDecimal}s per span built in {@link #finish()} (at 10,000 sensors, 595,613 spans: 14% of the
   * read's allocation, and live data that young collections copied while the table was built; benchmarks/README.md,
   * issue 16h). Each {@link #get} builds an equal {@code Span} (new objects each call). Immutable and thread-safe
   * once the accumulator is finished, which writes nothing to the pool afterwards; {@link QuantityRow} keeps it
   * as it is instead of copying it.
   */
  static final class ListedSpans extends AbstractList<Span> implements RandomAccess {
    private final long[][] pool;
    private final long[] wide;
    private final int[] slots;
    private final String[] ids;
    private final Limit[] limits;

    ListedSpans(long[][] pool, long[] wide, int[] slots, String[] ids, Limit[] limits) {
      this.wide = wide;
      this.pool = pool;
      this.slots = slots;
      this.ids = ids;
      this.limits = limits;
    }

    @Override
    public Span get(int index) {
      int r = slots[Objects.checkIndex(index, slots.length)];
      long[] b = pool[r >>> BLOCK_SHIFT];
      int at = at(r);
      long key = b[at + P_KEY];
      return new Span(ids[(int) (key >>> 32)], limits[(int) key >>> 1], (key & 1) != 0,
          Instant.ofEpochMilli(b[at + P_START]), Instant.ofEpochMilli(payEnd(b[at + P_PAY], b[at + P_START], wide)),
          payCount(b[at + P_PAY], wide), decimal(payWorst(b[at + P_PAY], wide)), Optional.empty());
    }

    @Override
    public int size() {
      return slots.length;
    }
  }

  /** In {@link #finish()}: each sensor's rank by id. */
  private int[] rank;
  /** In {@link #finish()}: every cell's kept slots, cell after cell, cell c's from {@code slotsFrom[c]} to {@code slotsFrom[c + 1]}. */
  private int[] slotsOfCells;
  private int[] slotsFrom;
  /** In {@link #finish()}: whether cell c's kept spans are not in (start, sensor rank, sequence) order. */
  private boolean[] slotsUnordered;

  /**
   * Finds every cell's kept slots in one pass over the span pool in slot order, by the cell named in each slot
   * ({@link #P_PREV}'s high half), and whether they are in (start, sensor rank, sequence) order; a slot of no cell
   * (its spans kept again by a join) is passed over. Sequential reads of the pool, where walking each cell's list
   * back was a dependent miss per span. Each cell's slots come in slot order, which is its list's order; they are
   * listed as they come when in order and sorted otherwise, so the table does not depend on that order.
   *
   * @throws IllegalStateException if a cell's slots are not as many as its record says (a bug)
   */
  private void cellSlots() {
    int cells = cellList.size();
    int[] from = new int[cells + 1];
    for (int c = 0; c < cells; c++) {
      from[c + 1] = Math.addExact(from[c], (int) (cel[c * CEL + CELL_KEPT_N] >>> 32));
    }
    int[] all = new int[from[cells]];
    int[] fill = Arrays.copyOf(from, cells);
    long[] lastStart = new long[cells];
    int[] lastRank = new int[cells];
    long[] lastSeq = new long[cells];
    boolean[] unordered = new boolean[cells];
    for (int i = 0; i < poolSize; i++) {
      // the slots in order, but [heldFrom, heldTo) first
      int s = i < heldTo - heldFrom ? heldFrom + i : i < heldTo ? i - (heldTo - heldFrom) : i;
      long[] b = pool[s >>> BLOCK_SHIFT];
      int o = at(s);
      int c = (int) (b[o + P_PREV] >>> 32) - 1;
      if (c < 0) {
        continue;
      }
      int f = fill[c];
      if (f == from[c + 1]) {
        throw new IllegalStateException("ComplianceAccumulator: cell " + c + " has more kept spans than "
            + (from[c + 1] - from[c]));
      }
      long start = b[o + P_START];
      int r = rank[(int) (b[o + P_KEY] >>> 32)];
      long seq = b[o + P_SEQ];
      if (f > from[c] && (start != lastStart[c] ? start < lastStart[c] : r != lastRank[c] ? r < lastRank[c]
          : seq < lastSeq[c])) {
        unordered[c] = true;
      }
      lastStart[c] = start;
      lastRank[c] = r;
      lastSeq[c] = seq;
      all[f] = s;
      fill[c] = f + 1;
    }
    for (int c = 0; c < cells; c++) {
      if (fill[c] != from[c + 1]) {
        throw new IllegalStateException("ComplianceAccumulator: cell " + c + " has " + (fill[c] - from[c])
            + " kept spans, not " + (from[c + 1] - from[c]));
      }
    }
    slotsOfCells = all;
    slotsFrom = from;
    slotsUnordered = unordered;
  }
  /**
   * In {@link #finish()}: the instants and values of the listed spans, shared where equal (the spans
   * of 10,000 sensors read every 5 minutes start and end at a few hundred times and have a few hundred
   * values: an Instant and a BigDecimal each per span were most of the table's allocation).
   */
  private final Instant[] instants = new Instant[4096];
  private final BigDecimal[] decimals = new BigDecimal[4096];
  private final long[] decimalKeys = new long[4096];

  private Instant instant(long millis) {
    int h = (int) (millis ^ (millis >>> 21)) & (instants.length - 1);
    Instant i = instants[h];
    if (i == null || i.toEpochMilli() != millis) {
      i = Instant.ofEpochMilli(millis);
      instants[h] = i;
    }
    return i;
  }

  private BigDecimal sharedDecimal(long fixed) {
    int h = (int) (fixed ^ (fixed >>> 17)) & (decimals.length - 1);
    BigDecimal d = decimals[h];
    if (d == null || decimalKeys[h] != fixed) {
      d = decimal(fixed);
      decimals[h] = d;
      decimalKeys[h] = fixed;
    }
    return d;
  }

  private LocationPeriod row(int loc, CompliancePeriod p, List<SensorState> ss) {
    long ps = Math.max(minTime, p.start().atStartOfDay(zone).toInstant().toEpochMilli());
    long pe = Math.min(maxTime, p.endExclusive().atStartOfDay(zone).toInstant().toEpochMilli());
    long observed = Math.max(0, pe - ps);
    List<QuantityRow> qs = new ArrayList<>();
    for (Quantity q : Quantity.values()) {
      Cell c = cells.get(cellKey(loc, p.start().toEpochDay(), q.ordinal()));
      if (c != null) {
        qs.add(c.row(q));
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

  /** A row's identity across an accumulator and its parts (whose location and cell indices differ). */
  private record RowKey(String location, long periodDay, int quantity) {}

  /**
   * The shared bound of one row's kept spans across an accumulator and its parts (issue 16n): the latest start among
   * {@link #maxSpans} spans of the row that the accumulator itself holds (Long.MAX_VALUE: none yet).
   *
   * <p>Why it is exact. A row lists its first {@code maxSpans} spans in (start, sensor id, sequence) order. If the
   * accumulator holds {@code maxSpans} spans of the row, all starting at or before T, then a span starting strictly
   * after T has at least {@code maxSpans} spans before it in that order, whatever their sensors and sequence numbers
   * (those of a part are renumbered at the join): it is not listed. So a part need not keep it; every span a part
   * drops is one the join would not keep, and every span the join keeps is still in the part's kept list, and the
   * listed spans are those of the sequential read. The row's summary (count, longest, first and last start) is
   * counted per cell whatever is kept, and the sink receives every span ({@link #span} gives it before {@link #keep}).
   * The bound only goes down (a minimum by compare-and-set); a part that reads an older, larger bound keeps more, not
   * other spans. Only the accumulator publishes, never a part: an accumulator's spans are the sequential read's
   * (a part's are once it is joined; a part that cannot be joined, its range read again reading by reading, may have
   * closed spans that the table does not have). A part of another accumulator read other bounds, so {@link #join}
   * refuses it.
   */
  private static final class RowBound {
    private static final VarHandle START;

    static {
      try {
        START = MethodHandles.lookup().findVarHandle(RowBound.class, "start", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    volatile long start = Long.MAX_VALUE;

    /** Lowers the bound to t, if t is lower. */
    void lower(long t) {
      for (long s = start; t < s; s = start) {
        if (START.compareAndSet(this, s, t)) {
          return;
        }
      }
    }
  }

  /** A span closed in a part of an accumulator with a sink, held for the join, with its sequence number. */
  private record Held(long seq, Location location, CompliancePeriod period, Quantity quantity, Span span) {}

  /** A cell's limits, spans and days (its counters are in the accumulator's arrays at {@link #id}). */
  private final class Cell {
    final int id;
    final int location;
    final long periodDay;
    final int quantity;
    CompliancePeriod period;
    boolean timeUnknown;
    /**
     * The limits in force in the period, without repeats, in the order first met: a list of one in all but
     * the cells across an amendment (a LinkedHashSet per cell was 3% of the read's allocation at 10,000
     * sensors, 30,000 cells; benchmarks/README.md, issue 16h).
     */
    final List<Limit> limits = new ArrayList<>(1);

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

    void addLimit(Limit l) {
      if (!limits.contains(l)) {
        limits.add(l);
      }
    }

    /**
     * {@return the positions 0..m-1 in (start, sensor rank, sequence) order, or null if they are in that
     * order already} A cell's spans are kept as they close, each sensor's in time order, so a cell of one
     * sensor (every cell of IotComplianceBenchmark's files) is in order already: the check saves the boxed
     * index sort (an Integer and a comparator call per span; 595,613 spans at 10,000 sensors).
     */
    private static int[] order(long[] start, int[] sensorRank, long[] seq, int m) {
      int i = 1;
      while (i < m && compare(start, sensorRank, seq, i - 1, i) <= 0) {
        i++;
      }
      if (i >= m) {
        return null;
      }
      Integer[] boxed = new Integer[m];
      for (int j = 0; j < m; j++) {
        boxed[j] = j;
      }
      Arrays.sort(boxed, (x, y) -> compare(start, sensorRank, seq, x, y));
      int[] sorted = new int[m];
      for (int j = 0; j < m; j++) {
        sorted[j] = boxed[j];
      }
      return sorted;
    }

    private static int compare(long[] start, int[] sensorRank, long[] seq, int x, int y) {
      return start[x] != start[y] ? Long.compare(start[x], start[y])
          : sensorRank[x] != sensorRank[y] ? Integer.compare(sensorRank[x], sensorRank[y]) : Long.compare(seq[x], seq[y]);
    }

    QuantityRow row(Quantity q) {
      long j = cel[id * CEL + CELL_JUDGED];
      long o = cel[id * CEL + CELL_OUT];
      long count = cel[id * CEL + CELL_COUNT];
      long total = cel[id * CEL + CELL_SPANS];
      long longest = cel[id * CEL + CELL_LONGEST];
      long firstStart = cel[id * CEL + CELL_SPAN_FIRST];
      long lastStart = cel[id * CEL + CELL_SPAN_LAST];
      int[] kept = Arrays.copyOfRange(slotsOfCells, slotsFrom[id], slotsFrom[id + 1]);
      boolean daily = false;
      List<Span> daySpans = List.of();
      List<Integer> daySensors = List.of();
      int head = (int) cel[id * CEL + CELL_DAYS] - 1;
      if (head >= 0) {
        daily = true;
        daySpans = new ArrayList<>();
        daySensors = new ArrayList<>();
        // the cell's days by date: the day's place in the cell's period (0-365, high half) and the entry id (low
        // half) sorted as longs (the days of a cell are distinct)
        int n = 0;
        for (int e = head; e >= 0; e = (int) dayRec[e * DAYREC + D_NEXT] - 1) {
          n++;
        }
        long[] byDay = new long[n];
        n = 0;
        for (int e = head; e >= 0; e = (int) dayRec[e * DAYREC + D_NEXT] - 1) {
          byDay[n++] = ((dayRec[e * DAYREC + D_DAY] - periodDay) << 32) | e;
        }
        Arrays.sort(byDay);
        for (long de : byDay) {
          int eo = (int) de * DAYREC;
          long epochDay = dayRec[eo + D_DAY];
          long who = dayRec[eo + D_WHO];
          long[] d = {dayRec[eo + D_SUM], dayRec[eo + D_COUNT], dayRec[eo + D_FIRST], dayRec[eo + D_LAST], who >>> 32};
          Bounds b = boundsById.get((int) who);
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
                Instant.ofEpochMilli(d[3]), d[1], mean, Optional.of(LocalDate.ofEpochDay(epochDay)));
            daySpans.add(daySpan);
            daySensors.add((int) d[4]);
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
      // the kept and daily spans by (start, sensor id, sequence; a daily span after a per-reading one),
      // sorted as primitives: Span objects only for the ones listed
      List<Span> sp = daySpans.isEmpty() && !slotsUnordered[id] ? keptSpans(kept) : sortedSpans(kept, daySpans, daySensors);
      int listedSpans = sp.size();
      SpanSummary summary = total == 0 ? new SpanSummary(0, 0, Optional.empty(), Optional.empty(), Optional.empty())
          : new SpanSummary(total, total - listedSpans, Optional.of(Duration.ofMillis(longest)),
              Optional.of(Instant.ofEpochMilli(firstStart)), Optional.of(Instant.ofEpochMilli(lastStart)));
      Optional<Judgement> judgement = limits.isEmpty() ? Optional.empty()
          : Optional.of(limits.iterator().next().judgement());
      Optional<Duration> time = daily || limits.isEmpty() ? Optional.empty()
          : timeUnknown ? Optional.empty() : Optional.of(Duration.ofMillis(cel[id * CEL + CELL_OUT_MILLIS]));
      // min and max shared where equal (a few hundred values in a file), the sum not (few repeat)
      return new QuantityRow(q, count, count == 0 ? Optional.empty() : Optional.of(sharedDecimal(cel[id * CEL + CELL_MIN])),
          count == 0 ? Optional.empty() : Optional.of(sharedDecimal(cel[id * CEL + CELL_MAX])),
          decimal(cel[id * CEL + CELL_SUM]), limits, judgement, j, o, time, sp instanceof ListedSpans ? sp : Collections.unmodifiableList(sp),
          summary);
    }

    /**
     * {@return the kept spans (at most {@link #maxSpans}) as kept (in order: {@link #cellSlots}), read from the
     * pool as they are asked for: a {@link ListedSpans}}
     */
    private List<Span> keptSpans(int[] slots) {
      if (listedIds == null) {
        listedIds = new String[sensors.size()];
        for (int i = 0; i < listedIds.length; i++) {
          listedIds[i] = sensors.get(i).id;
        }
        listedLimits = new Limit[boundsById.size()];
        for (int i = 0; i < listedLimits.length; i++) {
          listedLimits[i] = boundsById.get(i).limit;
        }
      }
      return new ListedSpans(pool, wide, slots, listedIds, listedLimits);
    }

    private Span keptSpan(int r) {
      long[] b = pool[r >>> BLOCK_SHIFT];
      int at = at(r);
      long key = b[at + P_KEY];
      return new Span(sensors.get((int) (key >>> 32)).id, boundsById.get((int) key >>> 1).limit, (key & 1) != 0,
          instant(b[at + P_START]), instant(payEnd(b[at + P_PAY], b[at + P_START], wide)), payCount(b[at + P_PAY], wide),
          sharedDecimal(payWorst(b[at + P_PAY], wide)),
          Optional.empty());
    }

    /** {@return the first {@link #maxSpans} of the kept and daily spans, sorted} */
    private List<Span> sortedSpans(int[] kept, List<Span> daySpans, List<Integer> daySensors) {
      int m = kept.length + daySpans.size();
      long[] start = new long[m];
      int[] sensorRank = new int[m];
      long[] seq = new long[m];
      int[] ref = new int[m];
      int n = 0;
      for (int s : kept) {
        long[] b = pool[s >>> BLOCK_SHIFT];
        int at = at(s);
        start[n] = b[at + P_START];
        sensorRank[n] = rank[(int) (b[at + P_KEY] >>> 32)];
        seq[n] = b[at + P_SEQ];
        ref[n] = s;
        n++;
      }
      for (int i = 0; i < daySpans.size(); i++) {
        start[n] = daySpans.get(i).start().toEpochMilli();
        sensorRank[n] = rank[daySensors.get(i)];
        seq[n] = Long.MAX_VALUE;
        ref[n] = -1 - i;
        n++;
      }
      int[] sorted = order(start, sensorRank, seq, m);
      int listed = Math.min(m, maxSpans);
      if (daySpans.isEmpty()) {
        // only kept spans: listed from the pool in sorted order, as the kept in order are (no Span per span)
        int[] slots = new int[listed];
        for (int i = 0; i < listed; i++) {
          slots[i] = ref[sorted == null ? i : sorted[i]];
        }
        return keptSpans(slots);
      }
      List<Span> sp = new ArrayList<>(listed);
      for (int i = 0; i < listed; i++) {
        int r = ref[sorted == null ? i : sorted[i]];
        sp.add(r < 0 ? daySpans.get(-1 - r) : keptSpan(r));
      }
      return sp;
    }
  }
}
