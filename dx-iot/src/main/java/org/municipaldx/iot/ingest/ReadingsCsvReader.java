package org.municipaldx.iot.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.FileRanges;
import org.municipaldx.ingest.Header;
import org.municipaldx.ingest.HeaderSpec;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Lookup;
import org.municipaldx.ingest.Problems;
import org.municipaldx.ingest.RecordSource;
import org.municipaldx.ingest.Row;
import org.municipaldx.ingest.TableReader;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Sensor;
import org.municipaldx.iot.report.ComplianceAccumulator;

/**
 * Reads a readings export (CSV, on the dx-ingest toolkit: UTF-8 with or without BOM or
 * Windows-31J, Excel's quirks, every problem located by line, column, header and byte offset)
 * straight into a {@link ComplianceAccumulator}, streaming, with no object per reading.
 *
 * <p>Columns, in any order, named in Japanese or English: {@code センサー}/{@code sensor},
 * {@code 場所}/{@code location} ({@code 本庁舎/3F/会議室1}: facility/floor/zone;
 * {@code 本庁舎/会議室1}: facility/zone; {@code 本庁舎}: facility), {@code 日時}/{@code time}
 * (ISO 8601 with an offset such as {@code 2024-06-01T09:00:00+09:00} or {@code Z}, or a local time
 * {@code 2024-06-01 09:00[:00]} or {@code 2024/6/1 9:00} taken in the reader's zone, Asia/Tokyo by
 * default), {@code 項目}/{@code quantity} ({@code temperature}, {@code 温度}, {@code humidity},
 * {@code 湿度}, {@code co2}, … {@link QuantityNames}), {@code 値}/{@code value} (a decimal with at
 * most 3 decimals after conversion) and optionally {@code 単位}/{@code unit} (converted exactly to the
 * quantity's unit, e.g. {@code K} to °C, {@code %} CO2 to ppm; an unknown unit is a problem; empty
 * means the quantity's unit).
 *
 * <p>A sensor stays at one location; its readings must be in time order (readings of different
 * sensors may interleave). A file with any problem is rejected whole: {@link #read(Path,
 * ComplianceAccumulator)} throws one {@link IngestException} listing them (the accumulator must then
 * be discarded). Immutable and thread-safe; each read is independent.
 */
public final class ReadingsCsvReader {
  /** The columns of a readings export. */
  public enum Column {
    /** センサー: the sensor id. */
    SENSOR,
    /** 場所: the location. */
    LOCATION,
    /** 日時: when it was observed. */
    TIME,
    /** 項目: the quantity. */
    QUANTITY,
    /** 値: the value. */
    VALUE,
    /** 単位: the unit (optional). */
    UNIT
  }

  /** The layout: Japanese name first, then English, then aliases. */
  public static final HeaderSpec<Column> SPEC = HeaderSpec.<Column>builder()
      .column(Column.SENSOR, true, "センサー", "sensor", "センサーID", "sensor_id", "デバイス", "device")
      .column(Column.LOCATION, true, "場所", "location", "設置場所", "place")
      .column(Column.TIME, true, "日時", "time", "測定日時", "timestamp", "datetime")
      .column(Column.QUANTITY, true, "項目", "quantity", "測定項目")
      .column(Column.VALUE, true, "値", "value", "測定値")
      .column(Column.UNIT, false, "単位", "unit")
      .build();

  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]");

  private final ZoneId localZone;
  private final Optional<DeviceRegistry> registry;
  private final Optional<Duration> interval;
  /**
   * Whether a row's sensor is predicted from the row before ({@link SensorOrder}), and its location from the
   * sensor's last row, before they are looked up.
   */
  private final boolean predict;

  private ReadingsCsvReader(ZoneId localZone, Optional<DeviceRegistry> registry, Optional<Duration> interval) {
    this(localZone, registry, interval, true);
  }

  private ReadingsCsvReader(ZoneId localZone, Optional<DeviceRegistry> registry, Optional<Duration> interval,
      boolean predict) {
    this.localZone = localZone;
    this.registry = registry;
    this.interval = interval;
    this.predict = predict;
  }

  /**
   * {@return this reader with every sensor and location field looked up, never predicted ({@link SensorOrder}, the
   * sensor's last location): for the properties that prediction changes nothing, and to measure what it saves}
   */
  ReadingsCsvReader probing() {
    return new ReadingsCsvReader(localZone, registry, interval, false);
  }

  /** {@return a reader taking local times in Asia/Tokyo, without registry or interval, never null} */
  public static ReadingsCsvReader create() {
    return new ReadingsCsvReader(ZoneId.of("Asia/Tokyo"), Optional.empty(), Optional.empty());
  }

  /**
   * {@return a reader using it, never null}
   *
   * @param zone  the zone of times written without an offset, not null
   */
  public ReadingsCsvReader withLocalZone(ZoneId zone) {
    return new ReadingsCsvReader(Objects.requireNonNull(zone, "zone"), registry, interval, predict);
  }

  /**
   * {@return a reader using it, never null}
   *
   * @param r  a registry whose sensors (by sensor id) give reporting intervals and are reported
   *     even when silent; a sensor's location in the file must then be its registered one; not null
   */
  public ReadingsCsvReader withRegistry(DeviceRegistry r) {
    return new ReadingsCsvReader(localZone, Optional.of(r), interval, predict);
  }

  /**
   * {@return a reader using it, never null}
   *
   * @param d  the reporting interval of sensors the registry does not give, positive, not null
   */
  public ReadingsCsvReader withInterval(Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw Checks.invalid("ReadingsCsvReader", "interval", d, "must be positive");
    }
    return new ReadingsCsvReader(localZone, registry, Optional.of(d), predict);
  }

  /**
   * Reads a file into the accumulator.
   *
   * @param file  the CSV file, not null
   * @param acc  the accumulator, not null
   * @return the readings read
   * @throws IngestException listing every problem, if there is any (discard the accumulator)
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public long read(Path file, ComplianceAccumulator acc) {
    Problems problems = new Problems();
    long n;
    try (RecordSource src = new LazyChecked(CsvSource.open(file), 0)) {
      n = read(src, acc, problems);
    } catch (IngestException e) {
      n = 0; // the table reader listed its problems in problems before throwing
    }
    problems.throwIfAny(file.toString());
    return n;
  }

  /**
   * Reads a file into the accumulator on several threads: the file is cut into byte ranges (at line
   * starts) of at most 256 MiB (32 MiB with a span sink; one per thread where that is smaller, and none
   * under 8 MiB), each range is parsed, typed and accumulated on a worker into its
   * own part of the accumulator ({@link ComplianceAccumulator#newPart()}), and the parts are joined in
   * file order ({@link ComplianceAccumulator#join}), so the accumulator, the readings count and the
   * problems (their order included) are those of {@link #read(Path, ComplianceAccumulator)}: a span,
   * silence or time out of range crossing a boundary is joined as the sequential read makes it, and a
   * range with a problem is read again by the sequential read's code. No thread but the {@code threads}
   * workers works (the calling thread waits and joins); memory is bounded by the accumulator's table and
   * the parts in flight (at most {@code threads + 1}), not by the file. Each part holds state for every
   * sensor its range reads; of the spans it closes it keeps only those its rows can still list: once the
   * ranges joined hold {@link ComplianceAccumulator#maxSpans()} spans of a row, the later parts keep none of
   * the row's spans that start after them (issue 16n), so after the first ranges a part keeps almost no span.
   * Measured (2026-12-07, issue 16n, 100 M readings of IotComplianceBenchmark's generator, 100 spans per row,
   * {@code -Xmx256m}, a machine under load 2–5): 10,000 sensors (20,000 rows of spans) read on one or two
   * threads, where two threads needed {@code -Xmx384m} before (in 256 MB: {@code OutOfMemoryError}); at two
   * threads the heap stays nearly full and the process took 46–50 s of CPU against one thread's 31–32 s (G1's
   * collections, the parts' state; at {@code -Xmx384m} barely less: 40.7–43.6 s, 21.3–22.9 s wall). 64
   * sensors read in 256 MB on either. Again on a quiet machine (19:32–19:42 UTC, {@code IotLargeFile}, alternated
   * with DuckDB at two threads: 28.3–35.5 s): 10,000 sensors on two threads 19.2–21.1 s with ranges of 256 MiB
   * (40–41 s of CPU; G1 a read: 34 concurrent cycles, 0.8 s of pauses) against 20.7–25.9 s with 128 MiB.
   *
   * @param file  the CSV file, not null
   * @param acc  the accumulator, not null
   * @param threads  the threads reading, ≥ 1 (1: the sequential read)
   * @return the readings read
   * @throws IngestException listing every problem, if there is any (discard the accumulator)
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public long read(Path file, ComplianceAccumulator acc, int threads) {
    long size;
    try {
      size = java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(file + ": cannot read", e);
    }
    long perThread = (size + threads - 1) / Math.max(1, threads);
    return read(file, acc, threads, Math.max(CHUNK_BYTES, Math.min(perThread, acc.hasSpanSink() ? SINK_RANGE_BYTES
        : RANGE_BYTES)));
  }

  /**
   * The least bytes of a range of {@link #read(Path, ComplianceAccumulator, int)}: smaller files are read
   * sequentially. Measured (issue 16, 2026-12-06 17:09–17:12 UTC, load average 48–52, the first 1, 2, 4, 8
   * and 16 MiB of IotComplianceBenchmark's 64-sensor file, one and two threads alternated 21 and 31 times,
   * median wall ms of the two runs): 1 MiB 74.6 (one thread) vs 93.5 (two); 2 MiB 86.5 vs 84.0 and 52.5
   * vs 58.3; 4 MiB 126.5 vs 134.2 and 126.7 vs 113.3; 8 MiB 288.4 vs 244.0 and 233.2 vs 182.1; 16 MiB
   * 467.1 vs 368.6 and 231.4 vs 215.5. Below 4 MiB the second thread (its pool, its part, the join) did
   * not pay, at 4 MiB it was a draw and from 8 MiB it won in every run: 8 MiB is where two threads
   * started to be faster, and below it the most to gain is some ten milliseconds.
   */
  static final int CHUNK_BYTES = 8 << 20;

  /**
   * The most bytes of a range when the accumulator has a span sink: a part holds the spans it closes
   * until it is joined, some 110,000 in 32 MiB of IotComplianceBenchmark's independent random values
   * (about 20 MB), at most {@code threads + 1} parts at a time.
   */
  static final long SINK_RANGE_BYTES = 32L << 20;

  /**
   * The most bytes of a range without a span sink (issue 16n): ranges of bounded size rather than one per thread, so
   * that once the first ranges are joined the accumulator's rows hold their {@code maxSpans} spans and publish their
   * bounds, and the parts read after that keep (almost) no span of their own (see
   * {@link ComplianceAccumulator#newPart()}): the memory of a read is then the accumulator's table plus, per range in
   * flight, a part's table without its spans. 256 MiB rather than 128 (measured 2026-12-07 19:32–19:42 UTC, quiet
   * machine, 100 M readings, {@code -Xmx256m}, two threads, alternated): 10,000 sensors 19.2, 21.1, 20.9, 20.5 s
   * against 25.9, 21.8, 22.2, 20.7 s; 64 sensors 18.3 against 19.5 s. Fewer parts, so fewer parts' tables made and
   * joined; 64 MiB was clearly slower (about 77 collections a read, issue 16n).
   */
  static final long RANGE_BYTES = 256L << 20;

  /** As {@link #read(Path, ComplianceAccumulator, int)} with the range size given (tests). */
  long read(Path file, ComplianceAccumulator acc, int threads, long chunkBytes) {
    if (threads < 1) {
      throw new IllegalArgumentException("ReadingsCsvReader.threads: must be ≥ 1 (was '" + threads + "')");
    }
    long size;
    try {
      size = java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(file + ": cannot read", e);
    }
    if (threads == 1 || size <= chunkBytes) {
      return read(file, acc);
    }
    return new ParallelRead(file, acc, threads, chunkBytes, size).run();
  }

  /**
   * Reads records into the accumulator, listing problems.
   *
   * @param src  the records (CSV, or a workbook sheet), not null; not closed
   * @param acc  the accumulator, not null
   * @param problems  where problems go, not null
   * @return the readings accumulated (rows with a problem are not)
   */
  public long read(RecordSource src, ComplianceAccumulator acc, Problems problems) {
    State st = new State(acc);
    st.lazy = src instanceof LazyChecked c ? c.csv : src instanceof CsvSource c ? c : null;
    TableReader<Column> t = TableReader.of(src, SPEC, problems);
    long n = 0;
    while (t.next()) {
      boolean added;
      try {
        added = st.row(t.row());
      } catch (IngestException e) {
        // a byte that is not text, found when the row's text was read (the lazy check): listed and
        // thrown as the table reader lists and throws the error of a record it reads
        problems.addAll(e);
        problems.throwIfAny(src.source());
        throw e;
      }
      if (added) {
        n++;
      }
    }
    return n;
  }

  /**
   * A CSV source whose UTF-8 is checked lazily ({@link CsvSource#lazyEncodingCheck()}): the location
   * field (the one field of IotComplianceBenchmark's rows that is not ASCII) is found by its bytes
   * ({@link Lookup}), so it is checked once per distinct text, not once per row (64 sensors, 3 M
   * readings: the reading thread's CPU 596–635 → 550–565 ms under load 47, benchmarks/README-iot.md).
   * A reader of it calls {@link CsvSource#checkRecord()} before it lists a problem of the row or
   * accumulates it ({@link State#check()}), so the first invalid byte of a record fails where, and
   * before what, it failed when every record was checked as it was read. A record shorter than the
   * widest before it (the header) is checked here, before the table reader lists its width: that
   * problem came after the encoding error, never before it.
   */
  private static final class LazyChecked implements RecordSource {
    final CsvSource csv;
    int widest;

    LazyChecked(CsvSource csv, int widest) {
      this.csv = csv.lazyEncodingCheck();
      this.widest = widest;
    }

    @Override
    public String source() {
      return csv.source();
    }

    @Override
    public boolean next() {
      if (!csv.next()) {
        return false;
      }
      int size = csv.record().size();
      if (size < widest) {
        csv.checkRecord();
      } else {
        widest = size;
      }
      return true;
    }

    @Override
    public org.municipaldx.ingest.Record record() {
      return csv.record();
    }

    @Override
    public org.municipaldx.ingest.Location start() {
      return csv.start();
    }

    @Override
    public void close() {
      csv.close();
    }
  }

  /** Per-read state: the dictionaries and each sensor's previous row. */
  private final class State {
    final ComplianceAccumulator acc;
    final List<String> sensorIds = new ArrayList<>();
    final Map<String, Integer> sensorIndex = new HashMap<>();
    // per sensor index: its accumulator index and location (primitive arrays: with 10,000 sensors a
    // List<Integer> cost a scattered Integer load per row)
    final Ints sensorAcc = new Ints();
    final Ints sensorLocation = new Ints();
    final List<String> sensorLine = new ArrayList<>();
    final List<Location> locations = new ArrayList<>();
    final Map<String, Integer> locationIndex = new HashMap<>();
    final List<String> locationErrors = new ArrayList<>();
    final List<String> units = new ArrayList<>();
    final Map<String, Integer> unitIndex = new HashMap<>();
    final Map<Long, QuantityNames.UnitConversion> conversions = new HashMap<>();
    final Lookup sensors = Lookup.resolving(this::sensor);
    /** The row's sensor predicted from the row before, checked by its bytes (null: every field looked up). */
    final SensorOrder order = predict ? new SensorOrder() : null;
    final Lookup places = Lookup.resolving(this::location);
    /**
     * Per sensor index: the location its last row parsed gave (-1: none or not a location), the prediction of
     * its next row's location ({@link Lookup#index(org.municipaldx.ingest.Record, int, int)}; used only with
     * {@link #order}).
     */
    int[] lastPlace = newLastPlace();
    final Lookup quantities = Lookup.resolving(s -> QuantityNames.find(s).map(Enum::ordinal).orElse(-1));
    final Lookup unitLookup = Lookup.resolving(this::unit);
    final Quantity[] q = Quantity.values();
    final byte[] timeBytes = new byte[64];
    final byte[] valueBytes = new byte[64];
    final TimeParser times = new TimeParser(localZone);
    /** The source whose record is checked before a problem is listed or the row accumulated (null: none). */
    CsvSource lazy;
    // the field index of each column, taken once per header (the same Header object for every row)
    Object header;
    int iSensor;
    int iLocation;
    int iTime;
    int iQuantity;
    int iValue;
    int iUnit;

    State(ComplianceAccumulator acc) {
      this.acc = acc;
      if (acc == null) {
        return; // a chunk's parser: dictionaries only
      }
      registry.ifPresent(r -> {
        for (RegisteredDevice d : r.devices()) {
          int li = location(d.location().key());
          int i = sensorIds.size();
          sensorIds.add(d.sensorId());
          sensorIndex.put(d.sensorId(), i);
          sensorAcc.add(acc.sensor(d.sensorId(), d.location(), d.reportingInterval().or(() -> interval)));
          sensorLocation.add(li);
          sensorLine.add("");
        }
      });
    }

    static int[] newLastPlace() {
      int[] a = new int[64];
      java.util.Arrays.fill(a, -1);
      return a;
    }

    int sensor(String text) {
      String id = text.strip();
      Integer i = sensorIndex.get(id);
      if (i != null) {
        return i;
      }
      if (!Sensor.isValidId(id)) {
        return -1;
      }
      i = sensorIds.size();
      sensorIds.add(id);
      sensorIndex.put(id, i);
      sensorAcc.add(-1);
      sensorLocation.add(-1);
      sensorLine.add("");
      return i;
    }

    int location(String text) {
      String key = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
      Integer i = locationIndex.get(key);
      if (i != null) {
        return i;
      }
      String[] parts = key.split("/", -1);
      Location.Builder b = Location.builder();
      try {
        if (parts.length > 3 || parts[0].isBlank()) {
          return -1;
        }
        b.facility(parts[0].strip());
        if (parts.length == 3) {
          if (!parts[1].isBlank()) {
            b.floor(parts[1].strip());
          }
          if (!parts[2].isBlank()) {
            b.zone(parts[2].strip());
          }
        } else if (parts.length == 2 && !parts[1].isBlank()) {
          b.zone(parts[1].strip());
        }
        Location l = b.build();
        // the same place written two ways (本庁舎/会議室1 and 本庁舎//会議室1) is one location
        String lk = l.key(); // made once: Location.key() concatenates a new String at each call
        Integer same = locationIndex.get(lk);
        i = same != null ? same : locations.size();
        if (same == null) {
          locations.add(l);
          locationIndex.put(lk, i);
        }
        locationIndex.put(key, i);
        return i;
      } catch (IllegalArgumentException e) {
        return -1;
      }
    }

    /** The index of a sensor id a parser found valid (a parallel read's dictionaries merged). */
    int sensorOf(String id) {
      return sensor(id);
    }

    /** The index of a location a parser built: the first of its key. */
    int locationOf(Location l) {
      String lk = l.key();
      Integer i = locationIndex.get(lk);
      if (i == null) {
        i = locations.size();
        locations.add(l);
        locationIndex.put(lk, i);
      }
      return i;
    }

    int unit(String text) {
      String u = text.strip();
      return unitIndex.computeIfAbsent(u, k -> {
        units.add(k);
        return units.size() - 1;
      });
    }

    /**
     * A field's ASCII bytes for parsing, copied into {@code into} (no String per reading:
     * IotComplianceBenchmark); its length, or -1 if it has other characters, is longer than
     * {@code into} or is protected against formula injection (read those with {@link #text}).
     */
    int fieldBytes(org.municipaldx.ingest.Record r, int i, byte[] into) {
      int n = r.ascii(i, into);
      return n > 0 && into[0] == '\'' ? -1 : n;
    }

    /** A field's text; a cell protected against formula injection ('-3) is read as written before. */
    String text(org.municipaldx.ingest.Record r, int i) {
      String t = r.get(i);
      return !t.isEmpty() && t.charAt(0) == '\'' ? org.municipaldx.ingest.ExcelCsvWriter.unescape(t) : t;
    }

    boolean row(Row<Column> row) {
      org.municipaldx.ingest.Record r = row.record();
      if (!parse(row, r)) {
        return false;
      }
      check(); // the columns not read may hold a byte that is not text: the row is then not accumulated
      return accumulate(ps, pl, q[pq], pt, pv, row);
    }

    /**
     * Checks the rest of the current record's text (a lazily checked source), before a problem of the
     * row is listed or the row accumulated: the error the check as the record was read would have
     * raised, at the same place.
     *
     * @throws IngestException at the record's first invalid byte
     */
    void check() {
      if (lazy != null) {
        lazy.checkRecord();
      }
    }

    // the values of the row parse() read last
    int ps;
    int pl;
    int pq;
    long pt;
    long pv;

    /** Types the row's fields (nothing accumulated); false, with its problems listed, if it has any. */
    boolean parse(Row<Column> row, org.municipaldx.ingest.Record r) {
      if (row.header() != header) {
        header = row.header();
        iSensor = row.index(Column.SENSOR);
        iLocation = row.index(Column.LOCATION);
        iTime = row.index(Column.TIME);
        iQuantity = row.index(Column.QUANTITY);
        iValue = row.index(Column.VALUE);
        iUnit = row.has(Column.UNIT) ? row.index(Column.UNIT) : -1;
      }
      boolean ok = true;
      // dx-ingest's Lookup remembers up to Lookup.LEARNED byte forms; beyond that (10,000 sensors) a
      // plain map of the text is faster than its fallback (measured in IotComplianceBenchmark)
      // the sensor of the row before, or the one that followed it last time, compared by its bytes (issue 16j:
      // at 10,000 sensors the look-up's probe was a cache miss for each sensor's first row of a time step)
      int s = order == null ? -1 : order.predict(r, iSensor);
      if (s < 0) {
        s = sensorIds.size() < Lookup.LEARNED ? sensors.index(r, iSensor) : sensor(r.get(iSensor));
        if (order != null) {
          order.learn(s);
        }
      }
      if (s < 0) {
        check();
        row.problem(Column.SENSOR, "'" + row.get(Column.SENSOR) + "' is not a sensor id (" + Ids.DEVICE_ID_PATTERN + ")");
        ok = false;
      }
      int l;
      if (locations.size() >= Lookup.LEARNED) {
        l = location(r.get(iLocation));
      } else if (order == null) {
        l = places.index(r, iLocation);
      } else {
        // the sensor's location on its last row, confirmed by one comparison of the field's bytes (issue 16k: at
        // 10,000 sensors the location's probe was a cache miss on most rows); the answer is the look-up's
        l = places.index(r, iLocation, s >= 0 && s < lastPlace.length ? lastPlace[s] : -1);
      }
      if (order != null && s >= 0) {
        if (s >= lastPlace.length) {
          int old = lastPlace.length;
          lastPlace = java.util.Arrays.copyOf(lastPlace, Math.max(s + 1, old * 2));
          java.util.Arrays.fill(lastPlace, old, lastPlace.length, -1);
        }
        lastPlace[s] = l;
      }
      if (l < 0) {
        check();
        row.problem(Column.LOCATION, "'" + row.get(Column.LOCATION) + "' is not a location: facility[/floor]/zone, "
            + "the facility not empty");
        ok = false;
      }
      int qi = quantities.index(r, iQuantity);
      if (qi < 0) {
        check();
        row.problem(Column.QUANTITY, "unknown quantity '" + row.get(Column.QUANTITY) + "'; expected one of "
            + QuantityNames.accepted());
        ok = false;
      }
      int tn = fieldBytes(r, iTime, timeBytes);
      long t = tn >= 0 ? time(timeBytes, tn) : time(text(r, iTime));
      if (t == Long.MIN_VALUE) {
        check();
        row.problem(Column.TIME, "'" + row.get(Column.TIME) + "' is not a time: ISO 8601 with an offset "
            + "(2024-06-01T09:00:00+09:00) or a local time in " + localZone + " (2024-06-01 09:00)");
        ok = false;
      }
      int vn = fieldBytes(r, iValue, valueBytes);
      long v = vn >= 0 ? value(valueBytes, vn) : value(text(r, iValue));
      if (v == Long.MIN_VALUE) {
        check();
        row.problem(Column.VALUE, "'" + row.get(Column.VALUE) + "' is not a decimal number with at most "
            + ComplianceAccumulator.SCALE + " decimals");
        ok = false;
      }
      if (!ok) {
        return false;
      }
      Quantity quantity = q[qi];
      if (iUnit >= 0 && iUnit < r.size()) {
        String ut = r.get(iUnit);
        if (!ut.isBlank()) {
          int ui = unitLookup.index(r, iUnit);
          long key = ((long) ui << 8) | qi;
          QuantityNames.UnitConversion c = conversions.get(key);
          if (c == null && !conversions.containsKey(key)) {
            c = QuantityNames.unit(quantity, units.get(ui)).orElse(null);
            conversions.put(key, c);
          }
          if (c == null) {
            check();
            row.problem(Column.UNIT, "unknown unit '" + ut + "' for " + quantity.englishName() + " (its unit is "
                + quantity.unit() + ")");
            return false;
          }
          if (!c.isIdentity()) {
            long v0 = v;
            v = convert(v, c);
            if (v == Long.MIN_VALUE) {
              check();
              row.problem(Column.VALUE, "'" + row.get(Column.VALUE) + " " + ut + "' in " + quantity.unit()
                  + conversionProblem(v0, c));
              return false;
            }
          }
        }
      }
      ps = s;
      pl = l;
      pq = qi;
      pt = t;
      pv = v;
      return true;
    }

    /** Accumulates a parsed row; false, with its problem listed, if the accumulator refuses it. */
    boolean accumulate(int s, int l, Quantity quantity, long t, long v, Row<Column> row) {
      int accIndex = sensorAcc.get(s);
      if (accIndex < 0) {
        accIndex = acc.sensor(sensorIds.get(s), locations.get(l), interval);
        sensorAcc.set(s, accIndex);
        sensorLocation.set(s, l);
        sensorLine.set(s, row.location().place());
      } else if (sensorLocation.get(s) != l) {
        String first = sensorLine.get(s);
        check();
        row.problem(Column.LOCATION, "sensor '" + sensorIds.get(s) + "' is at " + locations.get(sensorLocation.get(s))
            .key() + (first.isEmpty() ? " (registry)" : " (" + first + ")") + ", not at " + locations.get(l).key());
        return false;
      }
      ComplianceAccumulator.Outcome o = acc.add(accIndex, quantity, t, v);
      if (o == ComplianceAccumulator.Outcome.OUT_OF_ORDER) {
        check();
        row.problem(Column.TIME, "earlier than sensor '" + sensorIds.get(s) + "''s previous reading: a sensor's "
            + "readings must be in time order");
        return false;
      }
      if (o == ComplianceAccumulator.Outcome.IMPOSSIBLE) {
        check();
        row.problem(Column.VALUE, "'" + row.get(Column.VALUE) + "' is not a possible " + quantity.englishName()
            + " (" + quantity.minimum().map(m -> "at least " + m.toPlainString()).orElse("")
            + quantity.maximum().map(m -> " at most " + m.toPlainString()).orElse("") + " " + quantity.unit() + ")");
        return false;
      }
      return true;
    }

    /** Epoch milliseconds, or Long.MIN_VALUE if the field is not a time of an accepted form. */
    long time(byte[] b, int n) {
      long t = times.parse(b, n);
      return t != TimeParser.SLOW ? t : slow(new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** As {@link #time(byte[], int)} for a field that is not plain ASCII (or a workbook's text). */
    long time(String text) {
      int n = ascii(text, timeBytes);
      return n >= 0 ? time(timeBytes, n) : slow(text);
    }

    long slow(CharSequence text) {
      String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
      try {
        return OffsetDateTime.parse(s).toInstant().toEpochMilli();
      } catch (DateTimeParseException e) {
        // not with an offset
      }
      for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE_TIME, SLASHED,
          DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]")}) {
        try {
          return LocalDateTime.parse(s, f).atZone(localZone).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
      return Long.MIN_VALUE;
    }

  }

  /** The value × 10^SCALE, or Long.MIN_VALUE if not a decimal with at most SCALE decimals. */
  static long value(String text) {
    byte[] b = new byte[64];
    int n = ascii(text, b);
    return n >= 0 ? value(b, n) : slowValue(text);
  }

  /** The text's chars as bytes in {@code into}: its length, or -1 if it is not ASCII or too long. */
  static int ascii(String text, byte[] into) {
    int n = text.length();
    if (n > into.length) {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      into[i] = (byte) c;
    }
    return n;
  }

  /** As {@link #value(String)}, from ASCII bytes {@code b[0, length)}. */
  static long value(byte[] b, int length) {
    int n = length;
    int i = 0;
    while (i < n && b[i] == ' ') {
      i++;
    }
    while (n > i && b[n - 1] == ' ') {
      n--;
    }
    boolean negative = false;
    if (i < n && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long v = 0;
    int intDigits = 0;
    while (i < n && b[i] >= '0' && b[i] <= '9') {
      if (++intDigits > 15) {
        return slowValue(new String(b, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
      v = v * 10 + (b[i++] - '0');
    }
    int frac = 0;
    if (i < n && b[i] == '.') {
      i++;
      while (i < n && b[i] >= '0' && b[i] <= '9') {
        int dgt = b[i++] - '0';
        if (frac < ComplianceAccumulator.SCALE) {
          v = v * 10 + dgt;
          frac++;
        } else if (dgt != 0) {
          return Long.MIN_VALUE;
        }
      }
      if (frac == 0 && intDigits == 0) {
        return Long.MIN_VALUE;
      }
    }
    if (i != n || intDigits + frac == 0) {
      return slowValue(new String(b, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    for (; frac < ComplianceAccumulator.SCALE; frac++) {
      v *= 10;
    }
    return negative ? -v : v;
  }

  private static long slowValue(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "");
    if (s.equals(text.strip())) {
      try {
        return ComplianceAccumulator.fixed(new java.math.BigDecimal(s));
      } catch (NumberFormatException | ArithmeticException e) {
        return Long.MIN_VALUE;
      }
    }
    return value(s);
  }

  private static long convert(long fixed, QuantityNames.UnitConversion c) {
    try {
      long m = Math.multiplyExact(fixed, c.multiplier());
      if (m % c.divisor() != 0) {
        return Long.MIN_VALUE;
      }
      return Math.addExact(m / c.divisor(), ComplianceAccumulator.fixed(c.offset()));
    } catch (ArithmeticException e) {
      return Long.MIN_VALUE;
    }
  }

  /**
   * Why {@link #convert} refused a value, in the words of the value problem: a result with more than
   * {@code SCALE} decimals, or one beyond the fixed-point range of a reading (a long of thousandths). Called on
   * the problem path only. The checks follow {@code convert}'s order: its product overflows before its
   * remainder is looked at.
   */
  static String conversionProblem(long fixed, QuantityNames.UnitConversion c) {
    String tooLarge = " is beyond the range of a reading (at most " + ComplianceAccumulator.SCALE
        + " decimals within ±" + java.math.BigDecimal.valueOf(Long.MAX_VALUE, ComplianceAccumulator.SCALE)
        .toPlainString() + ")";
    long m;
    try {
      m = Math.multiplyExact(fixed, c.multiplier());
    } catch (ArithmeticException e) {
      return tooLarge;
    }
    return m % c.divisor() != 0 ? " has more than " + ComplianceAccumulator.SCALE + " decimals" : tooLarge;
  }

  /** A growable int array. */
  private static final class Ints {
    int[] a = new int[64];
    int n;

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int get(int i) {
      return a[Objects.checkIndex(i, n)];
    }

    void set(int i, int v) {
      a[Objects.checkIndex(i, n)] = v;
    }
  }

  /** A sensor a part read first: its id, location and where its first row is (line counted from the range's start). */
  private record FirstRow(String sensorId, Location location, long line, long offset) {}

  /** One byte range read on a worker into its own part of the accumulator. */
  private static final class PartRead {
    ComplianceAccumulator part;
    /** Whether every row was read and accumulated without a problem. */
    boolean ok = true;
    long end;
    long endLine;
    java.util.Optional<java.nio.charset.Charset> charset = java.util.Optional.empty();
    final List<FirstRow> firstRows = new ArrayList<>();
  }

  /** Thrown by the merge to stop a parallel read after a problem that ends the sequential one. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * A read on several threads ({@link FileRanges#parseInOrder}): each byte range is parsed, typed and
   * accumulated on a worker into its own part of the accumulator ({@link ComplianceAccumulator#newPart()}),
   * and the parts are joined in file order on the calling thread, which does nothing else: the spans,
   * silences and time out of range that cross a range boundary are joined there as the sequential read
   * makes them. A range with any problem, or whose part cannot be joined exactly (a sensor's reading earlier
   * than its last one in the ranges before, or at another location), is read again on the calling thread by
   * the sequential read's own code, so that problems, their order and what is accumulated are the
   * sequential read's.
   */
  private final class ParallelRead {
    final Path file;
    final ComplianceAccumulator acc;
    final int threads;
    final long rangeBytes;
    final long size;
    /** Each worker thread's dictionaries (sensor ids, locations, their look-ups), kept from range to range. */
    final ThreadLocal<State> parsers = new ThreadLocal<>();
    /** The registry's reporting intervals by sensor id (the reader's interval where it gives none). */
    final Map<String, Optional<Duration>> intervals = new HashMap<>();
    Header<Column> header;
    State global;
    Problems problems;
    long end;
    long line = 1;
    long n;
    java.util.Optional<java.nio.charset.Charset> decided = java.util.Optional.empty();

    ParallelRead(Path file, ComplianceAccumulator acc, int threads, long rangeBytes, long size) {
      this.file = file;
      this.acc = acc;
      this.threads = threads;
      this.rangeBytes = rangeBytes;
      this.size = size;
      registry.ifPresent(r -> {
        for (RegisteredDevice d : r.devices()) {
          intervals.put(d.sensorId(), d.reportingInterval().or(() -> interval));
        }
      });
    }

    long run() {
      // the header, read once: every range after the first reads its rows under it
      try (CsvSource src = CsvSource.open(file); TableReader<Column> t = TableReader.of(src, SPEC, new Problems())) {
        t.next();
        header = t.header().orElse(null);
      } catch (IngestException e) {
        header = null;
      }
      if (header == null) {
        return read(file, acc); // no usable header: the sequential read reports why
      }
      global = new State(acc);
      problems = new Problems();
      try {
        FileRanges.parseInOrder(file, size, rangeBytes, rangeBytes, threads, "readings-parser", this::part,
            this::merge);
      } catch (Stop stop) {
        // a problem that ends the sequential read ended this one: the rest is not read
      }
      problems.throwIfAny(file.toString());
      return n;
    }

    /** On a worker: reads a range into a part. */
    PartRead part(FileRanges.Range range) {
      State st = parsers.get();
      if (st == null) {
        st = new State(null);
        parsers.set(st);
      }
      PartRead out = new PartRead();
      ComplianceAccumulator part = acc.newPart();
      out.part = part;
      Problems pr = new Problems();
      // per sensor of the thread's dictionary: its index in this part (-1: not read yet) and location
      int[] partIndex = new int[Math.max(64, st.sensorIds.size())];
      int[] partLocation = new int[partIndex.length];
      java.util.Arrays.fill(partIndex, -1);
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
        ch.position(range.start());
        CsvSource src = CsvSource.chunk(java.nio.channels.Channels.newInputStream(ch), file.toString(),
            java.util.Optional.empty(), range.start(), 1, range.stop()).lazyEncodingCheck();
        // a range with a byte that is not text fails (next() checks what the row left unchecked) and is
        // read again by the sequential read's code, which says where
        TableReader<Column> t = range.start() == 0 ? TableReader.of(src, SPEC, pr) : TableReader.of(src, header, pr);
        try {
          while (t.next()) {
            Row<Column> row = t.row();
            if (!st.parse(row, row.record())) {
              out.ok = false;
              break;
            }
            int s = st.ps;
            if (s >= partIndex.length) {
              int old = partIndex.length;
              partIndex = java.util.Arrays.copyOf(partIndex, Math.max(s + 1, old * 2));
              partLocation = java.util.Arrays.copyOf(partLocation, partIndex.length);
              java.util.Arrays.fill(partIndex, old, partIndex.length, -1);
            }
            int ai = partIndex[s];
            if (ai < 0) {
              String id = st.sensorIds.get(s);
              Location l = st.locations.get(st.pl);
              ai = part.sensor(id, l, intervals.getOrDefault(id, interval));
              partIndex[s] = ai;
              partLocation[s] = st.pl;
              out.firstRows.add(new FirstRow(id, l, src.recordLine(), src.recordOffset()));
            } else if (partLocation[s] != st.pl) {
              out.ok = false; // the sequential read says where
              break;
            }
            if (part.add(ai, st.q[st.pq], st.pt, st.pv) != ComplianceAccumulator.Outcome.ADDED) {
              out.ok = false;
              break;
            }
          }
        } catch (IngestException e) {
          out.ok = false;
        }
        if (pr.total() > 0 || range.start() == 0 && t.header().isEmpty()) {
          out.ok = false;
        }
        out.end = src.offset();
        out.endLine = src.line();
        out.charset = src.charset();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(file + ": cannot read", e);
      }
      return out;
    }

    /** On the calling thread, in file order: joins a range's part, or reads the range again here. */
    void merge(FileRanges.Range range, PartRead r) {
      boolean rightStart = range.start() == end;
      boolean rightCharset = decided.isEmpty() || r.charset.isEmpty() || r.charset.equals(decided);
      if (r.ok && rightStart && rightCharset && acc.join(r.part)) {
        if (decided.isEmpty()) {
          decided = r.charset;
        }
        long shift = line - 1;
        for (FirstRow f : r.firstRows) {
          int s = global.sensorOf(f.sensorId());
          if (global.sensorAcc.get(s) < 0) {
            global.sensorAcc.set(s, acc.sensorIndex(f.sensorId()).orElseThrow());
            global.sensorLocation.set(s, global.locationOf(f.location()));
            global.sensorLine.set(s, new org.municipaldx.ingest.TextLocation(file.toString(), f.line() + shift, 0,
                f.offset()).place());
          }
        }
        n += r.part.readings();
        end = r.end;
        line = r.endLine + shift;
        return;
      }
      // started inside a quoted field, read another encoding, had a problem or cannot be joined: the
      // sequential read's code reads it again from where the ranges before really ended
      boolean fatal = false;
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
        ch.position(end);
        CsvSource src = CsvSource.chunk(java.nio.channels.Channels.newInputStream(ch), file.toString(), decided, end,
            line, Math.max(end, range.stop()));
        LazyChecked lazy = new LazyChecked(src, end == 0 ? 0 : header.width());
        global.lazy = src;
        TableReader<Column> t = end == 0 ? TableReader.of(lazy, SPEC, problems) : TableReader.of(lazy, header, problems);
        try {
          while (t.next()) {
            boolean added;
            try {
              added = global.row(t.row());
            } catch (IngestException e) {
              problems.addAll(e); // the lazy check's error, raised by the row's own code
              throw e;
            }
            if (added) {
              n++;
            }
          }
        } catch (IngestException e) {
          fatal = true; // the problems are in the list already
        }
        if (end == 0 && t.header().isEmpty()) {
          fatal = true;
        }
        end = src.offset();
        line = src.line();
        if (decided.isEmpty()) {
          decided = src.charset();
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(file + ": cannot read", e);
      }
      if (fatal) {
        throw new Stop();
      }
    }
  }

}
