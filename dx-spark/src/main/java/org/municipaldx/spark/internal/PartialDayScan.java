package org.municipaldx.spark.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.array.ByteArrayMethods;
import org.apache.spark.unsafe.types.UTF8String;
import org.municipaldx.iot.standard.EnvironmentalStandard;

/**
 * Stage 1 of the compliance day stage without a sort of the readings: one pass over an input
 * partition in any order, on Spark's internal rows (no {@code Row} or {@code String} per reading):
 * the readings of each key, quantity and day (in the zone) are gathered into a {@link DayReadings}
 * and, at the end of the partition, judged into a partial state by {@link DayKernel#partial} (sorted
 * locally, so the partition's own order does not matter). Output: one row per key, quantity, day and
 * partition ({@link #output}), to be merged by {@link PartialDayMerge}. Memory: the partition's
 * readings are held as primitives (about 21 bytes each); past {@code cap} readings the states so far
 * not touched in the last quarter of them are emitted (all, if that frees less than half) and the
 * partition goes on (more partials, which still merge when they do not interleave in time). Input rows, by position: the keys as one struct, quantity ordinal (int,
 * not null), sensor id (string), epoch microseconds (long), fixed-point value (long), quality ordinal
 * (int). Checks each row as {@code dx_compliance_day} does, with its messages. Not API.
 */
public final class PartialDayScan implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
  private static final long serialVersionUID = 1L;
  private static final String NAME = "dx_compliance_day";
  private static final org.municipaldx.iot.Quantity[] QUANTITIES = org.municipaldx.iot.Quantity.values();

  private final StandardHolder standard;
  private final StructType keyType;
  private final int cap;

  /**
   * @param standard  the standard, not null
   * @param zone  the zone whose midnight cuts days, not null
   * @param keyType  the struct of the key columns, not null
   * @param cap  the readings a partition holds before it emits its partials, at least 1
   */
  public PartialDayScan(EnvironmentalStandard standard, ZoneId zone, StructType keyType, int cap) {
    this.standard = new StandardHolder(standard, zone);
    this.keyType = keyType;
    this.cap = cap;
  }

  /**
   * {@return the partials' schema: the key fields, then quantity ordinal, day, first and last valid
   * reading (epoch microseconds), and the partial segment, null if it cannot be computed on longs}
   *
   * @param keyFields  the key columns' fields, not null
   */
  public static StructType output(StructField[] keyFields) {
    return new StructType(keyFields)
        .add("__q", DataTypes.IntegerType, false)
        .add("__day", DataTypes.StringType, false)
        .add("__first", DataTypes.LongType, false)
        .add("__last", DataTypes.LongType, false)
        .add("__partial", Rows.PARTIAL, true)
        .add("__raw", RAW, true);
  }

  /**
   * The raw readings a partial carries when it was created in the partition's first run of rows of one key,
   * or touched in its last (issue 15g): in files written in key order (a place's sensors one after another),
   * a place cut by a file or split boundary has partials in two partitions that interleave in time, and is
   * the last run of one and the first of the other; with both partials' readings the merge judges the day
   * exactly ({@code PartialDayMerge}) instead of re-reading the input for it.
   */
  public static final StructType RAW = new StructType()
      .add("micros", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("unscaled", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("quality", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("sensor", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** One key, quantity and day of the partition: its readings so far. */
  private static final class State {
    final InternalRow key;
    final int q;
    final LocalDate day;
    final long epochDay;
    final DayReadings readings;
    /** The partition's row number of the last reading added. */
    long touched;
    /** Whether it was created in the partition's first run of rows of one key. */
    boolean edge;

    State(InternalRow key, int q, LocalDate day, DayReadings readings) {
      this.key = key;
      this.readings = readings;
      this.q = q;
      this.day = day;
      this.epochDay = day.toEpochDay();
    }
  }

  /** The hash key of a state; one mutable instance probes without allocating. */
  private static final class Probe {
    InternalRow key;
    int q;
    long epochDay;

    Probe set(InternalRow k, int quantity, long day) {
      this.key = k;
      this.q = quantity;
      this.epochDay = day;
      return this;
    }

    @Override
    public int hashCode() {
      return (key.hashCode() * 31 + q) * 31 + Long.hashCode(epochDay);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Probe p && p.q == q && p.epochDay == epochDay && p.key.equals(key);
    }
  }

  /**
   * At most this many emitted states' reading buffers are kept, cleared, for new states: a day's buffer grows from
   * 16 readings to the day's (1,440 in the benchmark) by copies, which was 3 % of the partial path's CPU samples
   * (issue 15h).
   */
  private static final int FREE_BUFFERS = 1024;

  /**
   * {@return this scan over a columnar scan's batches ({@link ColumnarReadings}): the same partials as over the row
   * path's projected rows, without a row written per reading (issue 15j)}
   *
   * @param ordinals  the batch ordinals of the key columns, then quantity, sensor id, time, value and quality
   */
  public FlatMapFunction<Iterator<ColumnarBatch>, InternalRow> overBatches(int[] ordinals) {
    return new OverBatches(this, ordinals.clone());
  }

  /** {@link #overBatches}: a named class, so that Spark serialises the scan and the ordinals only. */
  private static final class OverBatches implements FlatMapFunction<Iterator<ColumnarBatch>, InternalRow> {
    private static final long serialVersionUID = 1L;
    private final PartialDayScan scan;
    private final int[] ordinals;

    OverBatches(PartialDayScan scan, int[] ordinals) {
      this.scan = scan;
      this.ordinals = ordinals;
    }

    @Override
    public Iterator<InternalRow> call(Iterator<ColumnarBatch> batches) {
      int k = ordinals.length - 5;
      return scan.call(new ColumnarReadings(batches, java.util.Arrays.copyOf(ordinals, k), ordinals[k],
          ordinals[k + 1], ordinals[k + 2], ordinals[k + 3], ordinals[k + 4]));
    }
  }

  @Override
  public Iterator<InternalRow> call(Iterator<InternalRow> input) {
    List<DayReadings> free = new ArrayList<>();
    ZoneId zone = standard.zone();
    DayKernel kernel = new DayKernel(standard.standard(), zone);
    int k = keyType.size();
    Map<Probe, State> states = new HashMap<>();
    Map<UTF8String, String> sensors = new HashMap<>();
    List<InternalRow> out = new ArrayList<>();
    Probe probe = new Probe();
    State last = null;
    InternalRow runKey = null; // the key of the current run of rows with one key
    long runStart = 0; // the row number where that run started
    boolean leading = false; // whether that run is the partition's first
    UTF8String lastSensorBytes = null;
    String lastSensor = null;
    // issue 15l: a columnar scan's reading hands out one key row per dictionary id (or per run of equal keys) and
    // one sensor id per dictionary id in a batch, the same objects for the same values: where the reading's key or
    // sensor id is the very object of the previous reading, it is the same value, with no bytes compared (in 15k's
    // profile comparing them, ByteArrayMethods.arrayEquals, was 5 % of the path's samples)
    boolean views = input instanceof ColumnarReadings;
    InternalRow lastKeyView = null;
    UTF8String lastSensorView = null;
    long from = 1;
    long to = 0;
    LocalDate day = null;
    long epochDay = 0;
    long buffered = 0;
    long row = 0;
    while (input.hasNext()) {
      InternalRow r = input.next();
      if (r.isNullAt(3)) {
        throw new IllegalArgumentException(NAME + ".observedAtMicros: must not be null (was 'null')");
      }
      long t = r.getLong(3);
      if (t < from || t >= to) {
        day = LocalDate.ofInstant(ComplianceKernel.instant(t), zone);
        from = ComplianceKernel.micros(day.atStartOfDay(zone).toInstant());
        to = ComplianceKernel.micros(day.plusDays(1).atStartOfDay(zone).toInstant());
        epochDay = day.toEpochDay();
      }
      int q = r.getInt(1);
      State s = last;
      InternalRow keyView = views ? r.getStruct(0, k) : null;
      if (s == null || s.q != q || s.epochDay != epochDay || (keyView == null || keyView != lastKeyView)
          && !sameKey(r, s.key, k)) {
        InternalRow key = views ? keyView : r.getStruct(0, k);
        boolean newKey = runKey == null || !runKey.equals(key);
        if (newKey) {
          leading = runKey == null;
          runStart = row + 1;
        }
        s = states.get(probe.set(key, q, epochDay));
        if (s == null) {
          s = new State(key.copy(), q, day, free.isEmpty() ? new DayReadings() : free.remove(free.size() - 1));
          s.edge = leading;
          states.put(new Probe().set(s.key, q, epochDay), s);
        }
        if (newKey) {
          runKey = s.key;
        }
        last = s;
      }
      lastKeyView = keyView;
      if (r.isNullAt(2) || r.isNullAt(4)) {
        String field = r.isNullAt(2) ? "sensorId" : "unscaled";
        throw new IllegalArgumentException(NAME + "." + field + ": must not be null (was 'null')");
      }
      UTF8String sensorView = views ? r.getUTF8String(2) : null;
      if ((sensorView == null || sensorView != lastSensorView) && !sameBytes(r, 2, lastSensorBytes, sensorView)) {
        UTF8String sb = sensorView != null ? sensorView : r.getUTF8String(2);
        String id = sensors.get(sb);
        if (id == null) {
          UTF8String copy = sb.clone();
          id = copy.toString();
          sensors.put(copy, id);
          lastSensorBytes = copy;
        } else {
          lastSensorBytes = sb.clone();
        }
        lastSensor = id;
      }
      lastSensorView = sensorView;
      s.readings.add(q, lastSensor, t, r.getLong(4), r.getInt(5));
      s.touched = ++row;
      if (++buffered >= cap) {
        // emit the states not touched in the last quarter of the cap (in files in time order per sensor
        // or per place, days that are done); all of them if that frees less than half
        buffered = evict(states, kernel, out, row - cap / 4, null, 0, free);
        if (buffered > cap / 2) {
          buffered = evict(states, kernel, out, Long.MAX_VALUE, null, 0, free);
        }
        last = null;
      }
    }
    evict(states, kernel, out, Long.MAX_VALUE, runKey, runStart, free);
    return out.iterator();
  }

  /**
   * Whether the row's key struct (field 0) equals a state's key, as {@code UnsafeRow.equals} decides it (the same
   * bytes), compared in place where both are {@code UnsafeRow}s (the scan's rows are): {@code getStruct} allocates a
   * row view per reading (5 % of the partial path's allocation in issue 15h's profile) where the key is most often
   * the previous reading's.
   */
  private static boolean sameKey(InternalRow r, InternalRow key, int fields) {
    if (r instanceof UnsafeRow u && key instanceof UnsafeRow k) {
      long offsetAndSize = u.getLong(0);
      int size = (int) offsetAndSize;
      return size == k.getSizeInBytes() && ByteArrayMethods.arrayEquals(u.getBaseObject(),
          u.getBaseOffset() + (offsetAndSize >>> 32), k.getBaseObject(), k.getBaseOffset(), size);
    }
    return key.equals(r.getStruct(0, fields));
  }

  /**
   * Whether field i of the row holds the bytes of a string, compared in place where the row is an
   * {@code UnsafeRow} (the scan's rows are): a reading's sensor id is most often the previous one's, and
   * {@code getUTF8String} allocates a string view per row (about 2 % of the partial path's CPU samples).
   */
  private static boolean sameBytes(InternalRow r, int i, UTF8String last, UTF8String value) {
    if (last == null) {
      return false;
    }
    if (value != null) {
      return last.equals(value);
    }
    if (r instanceof UnsafeRow u) {
      long offsetAndSize = u.getLong(i);
      int size = (int) offsetAndSize;
      return size == last.numBytes() && ByteArrayMethods.arrayEquals(u.getBaseObject(),
          u.getBaseOffset() + (offsetAndSize >>> 32), last.getBaseObject(), last.getBaseOffset(), size);
    }
    return last.equals(r.getUTF8String(i));
  }

  /**
   * Emits and removes the states last touched before a row; returns the readings the others hold. A state
   * created in the partition's first run of one key, or (at the end) touched in its last run, carries its raw
   * readings.
   *
   * @param lastKey  the key of the partition's last run of rows, null before the end
   * @param lastRun  the row number where that run started
   * @param free  where the emitted states' reading buffers go, cleared, for new states
   */
  private long evict(Map<Probe, State> states, DayKernel kernel, List<InternalRow> out, long before, InternalRow lastKey,
      long lastRun, List<DayReadings> free) {
    long kept = 0;
    for (Iterator<State> it = states.values().iterator(); it.hasNext();) {
      State s = it.next();
      if (s.touched < before) {
        boolean edge = s.edge || lastKey != null && s.touched >= lastRun && s.key.equals(lastKey);
        out.add(emit(s, kernel, edge));
        it.remove();
        if (free.size() < FREE_BUFFERS) {
          s.readings.clear();
          free.add(s.readings);
        }
      } else {
        kept += s.readings.size();
      }
    }
    return kept;
  }

  private static InternalRow raw(DayReadings r) {
    int n = r.size();
    long[] micros = new long[n];
    long[] unscaled = new long[n];
    int[] quality = new int[n];
    UTF8String[] sensor = new UTF8String[n];
    for (int i = 0; i < n; i++) {
      micros[i] = r.micros(i);
      unscaled[i] = r.unscaled(i);
      quality[i] = r.quality(i);
      sensor[i] = UTF8String.fromString(r.sensor(i));
    }
    return new GenericInternalRow(new Object[] {UnsafeArrayData.fromPrimitiveArray(micros),
        UnsafeArrayData.fromPrimitiveArray(unscaled), UnsafeArrayData.fromPrimitiveArray(quality),
        new GenericArrayData(sensor)});
  }

  /**
   * The state's partial as a row of {@link #output} in Spark's internal form (issue 15i): the key's values taken
   * from the state's own copy of the scan's key struct, the day as UTF-8, the partial's runs as primitive arrays;
   * before, an external {@code Row} that Spark's row encoder converted back, boxing every element of every array.
   */
  private InternalRow emit(State s, DayKernel kernel, boolean raw) {
    int k = keyType.size();
    Segment p = kernel.partial(s.day, s.readings);
    Object[] row = new Object[k + 6];
    for (int i = 0; i < k; i++) {
      row[i] = s.key.get(i, keyType.fields()[i].dataType());
    }
    row[k] = s.q;
    row[k + 1] = UTF8String.fromString(s.day.toString());
    row[k + 2] = p == null ? 0L : p.firstValid;
    row[k + 3] = p == null ? 0L : p.lastValid;
    row[k + 4] = p == null ? null : Rows.partial(p, QUANTITIES[s.q].columnScale());
    row[k + 5] = raw ? raw(s.readings) : null;
    return new GenericInternalRow(row);
  }
}
