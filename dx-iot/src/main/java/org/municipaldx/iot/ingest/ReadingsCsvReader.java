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
   * Reads a file into the accumulator on several threads: the file is cut into byte ranges (at line starts) of
   * 4 MiB, each range is parsed and typed on one of {@code threads} workers, and the calling thread accumulates
   * the typed rows in file order, row by row as {@link #read(Path, ComplianceAccumulator)} does (issue 16o). So
   * the accumulator, the readings count, the span sink's calls and the problems (their order included) are those
   * of the sequential read: a range with a problem, or a row the accumulator refuses, is read again from there by
   * the sequential read's code. Files of at most 8 MiB are read sequentially. Memory is the sequential read's
   * plus, per worker, its dictionaries of sensors and locations, and at most {@code 4 × threads + 1} batches of
   * typed rows (about 1.6 MB each: 24 bytes a row; {@link #IN_FLIGHT_PER_THREAD}), whatever the file's size. The
   * calling thread works too: parsing is most of a read's work, accumulating the rest (10,000 sensors, two
   * threads: the workers 24.0 s of CPU, the calling thread 5.0 s; benchmarks/README.md, "Issue 16o").
   * Measured (2026-12-07, issue 16o, 100 M readings of IotComplianceBenchmark's generator, {@code -Xmx256m}, a
   * quiet two-core machine, engines alternated): see benchmarks/README.md, "Issue 16o".
   *
   * @param file  the CSV file, not null
   * @param acc  the accumulator, not null
   * @param threads  the threads parsing, ≥ 1 (1: the sequential read, on the calling thread alone)
   * @return the readings read
   * @throws IngestException listing every problem, if there is any (discard the accumulator)
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public long read(Path file, ComplianceAccumulator acc, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("ReadingsCsvReader.threads: must be ≥ 1 (was '" + threads + "')");
    }
    long size;
    try {
      size = java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(file + ": cannot read", e);
    }
    if (size <= CHUNK_BYTES) {
      return read(file, acc);
    }
    return read(file, acc, threads, RANGE_BYTES);
  }

  /**
   * The largest file {@link #read(Path, ComplianceAccumulator, int)} reads sequentially. Measured (issue 16,
   * 2026-12-06 17:09–17:12 UTC, load average 48–52, the first 1, 2, 4, 8 and 16 MiB of IotComplianceBenchmark's
   * 64-sensor file, one and two threads alternated 21 and 31 times, median wall ms of the two runs, when each range
   * was accumulated into a part of its own): 1 MiB 74.6 (one thread) vs 93.5 (two); 2 MiB 86.5 vs 84.0 and 52.5
   * vs 58.3; 4 MiB 126.5 vs 134.2 and 126.7 vs 113.3; 8 MiB 288.4 vs 244.0 and 233.2 vs 182.1; 16 MiB 467.1 vs
   * 368.6 and 231.4 vs 215.5. Below 4 MiB the second thread did not pay, at 4 MiB it was a draw and from 8 MiB it
   * won in every run.
   */
  static final int CHUNK_BYTES = 8 << 20;

  /**
   * The bytes of a range of {@link #read(Path, ComplianceAccumulator, int)} (issue 16o): small enough that the
   * batches in flight stay small (some 65,000 rows of IotComplianceBenchmark's file, 24 bytes a row), large enough
   * that opening a range costs nothing measurable. See benchmarks/README.md, "Issue 16o", for the sizes tried.
   */
  static final long RANGE_BYTES = 4L << 20;

  /**
   * Ranges cut and not yet accumulated, per worker, in a read on several threads ({@link FileRanges#parseInOrder(
   * Path, long, long, long, int, int, String, java.util.function.Function, FileRanges.Merge)}): the calling thread
   * takes the ranges in file order, so a worker that is ahead goes on only while ranges are queued behind the
   * oldest. At two threads on two cores (the workers share them with the calling thread) {@code threads + 1} left a
   * worker waiting; measured in one JVM, reads of IotComplianceBenchmark's 3 M-row file at 10,000 sensors
   * alternated ABBA (2026-12-08, benchmarks/README.md, "Issue 16p"): 2 + 1 in flight 613.8 ms a read, 2 + 6 (the 8
   * of this value) 539.9 ms, faster in 19 of 20 rounds; 2 + 3 and 2 + 12 gained 5 and 33 ms; the committed read
   * (516.6 ms) against the one before (556.1 ms), faster in 16 of 20. Memory: one batch a range.
   */
  static final int IN_FLIGHT_PER_THREAD = 4;

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
    /** A parallel read's worker: per sensor, the location of its first row the worker typed (-1: none yet). */
    final Ints homes = new Ints();
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

  /**
   * The rows of one byte range, typed on a worker and not accumulated (issue 16o): per row its time, value, and
   * sensor (by the worker's dictionary) with its quantity, three longs side by side; where the rows that are a
   * sensor's first in all the worker's ranges start (a sensor's first row in the file is one of them). A row's
   * location is not kept: the worker refuses the range (it is read again, sequentially) if a sensor is not where the
   * worker first met it, so each of the worker's sensors has one location ({@link #homeLocations}). Reused from
   * range to range ({@link ParallelRead#free}).
   */
  private static final class Batch {
    static final int ROW = 3;
    /** The worker's dictionaries, whose sensor indices the rows give. */
    State worker;
    int rows;
    /** Per row: time, value, sensor | quantity << 32. */
    long[] row = new long[ROW * 1024];
    /**
     * Per sensor whose first row of the worker's ranges is in this one ({@link #homed}): that row, its first byte from
     * the range's start and its first line (0: the range's).
     */
    int firsts;
    int[] firstRow = new int[256];
    int[] firstOffset = new int[256];
    int[] firstLine = new int[256];
    /** The worker's sensors first found in this range, in index order from {@link #sensorsFrom}. */
    final List<String> newSensors = new ArrayList<>();
    int sensorsFrom;
    /** The worker's sensors whose location it met first in this range (the row may come ranges after the id). */
    final List<Integer> homed = new ArrayList<>();
    final List<Location> homeLocations = new ArrayList<>();
    /** Whether every row of the range was typed without a problem (else the range is read again, sequentially). */
    boolean ok;
    long end;
    long endLine;
    Optional<java.nio.charset.Charset> charset = Optional.empty();

    void start(State w) {
      worker = w;
      rows = 0;
      firsts = 0;
      ok = true;
      newSensors.clear();
      homed.clear();
      homeLocations.clear();
      sensorsFrom = w.sensorIds.size();
      charset = Optional.empty();
    }

    void add(int s, int q, long t, long v) {
      int o = rows * ROW;
      if (o == row.length) {
        row = java.util.Arrays.copyOf(row, o * 2);
      }
      row[o] = t;
      row[o + 1] = v;
      row[o + 2] = s | (long) q << 32;
      rows++;
    }

    void first(long off, long ln) {
      int i = firsts;
      if (i == firstRow.length) {
        firstRow = java.util.Arrays.copyOf(firstRow, i * 2);
        firstOffset = java.util.Arrays.copyOf(firstOffset, i * 2);
        firstLine = java.util.Arrays.copyOf(firstLine, i * 2);
      }
      firstRow[i] = rows;
      firstOffset[i] = (int) off;
      firstLine[i] = (int) ln;
      firsts = i + 1;
    }

    /** Takes the sensor ids the worker met first while reading the range (on the worker, at its end). */
    void finish() {
      for (int i = sensorsFrom; i < worker.sensorIds.size(); i++) {
        newSensors.add(worker.sensorIds.get(i));
      }
    }
  }

  /**
   * On the calling thread, per worker: its sensors mapped to the read's own (global) dictionary with the location the
   * worker met each at, and each one's accumulator index once its location is known to be its registered one (-1:
   * not yet).
   */
  private static final class WorkerMap {
    int[] sensor = new int[64];
    int[] home = new int[64];
    int[] acc = new int[64];
  }

  /** Thrown by the merge to stop a parallel read after a problem that ends the sequential one. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * A read on several threads ({@link FileRanges#parseInOrder}), issue 16o: each byte range is parsed and typed on
   * a worker into a {@link Batch} (sensor by the worker's own dictionary, quantity, time, value), and
   * the calling thread accumulates the batches in file order into the one accumulator, row by row as the
   * sequential read does. So nothing is joined: the accumulator, its spans and the span sink's calls are those of
   * the sequential read by construction, and memory is the sequential read's plus the batches in flight. A range
   * with any problem in its parse is read again on the calling thread by the sequential read's code; a row the
   * accumulator refuses (earlier than its sensor's last reading, impossible, at another location than its sensor's)
   * makes the sequential read's code read on from that row, so that problems, their order and what is accumulated
   * are the sequential read's.
   */
  private final class ParallelRead {
    final Path file;
    final ComplianceAccumulator acc;
    final int threads;
    final long rangeBytes;
    final long size;
    /** The most ranges cut and not yet accumulated: {@link #IN_FLIGHT_PER_THREAD} a worker. */
    final int inFlight;
    /** Each worker thread's dictionaries (sensor ids, locations, their look-ups), kept from range to range. */
    final ThreadLocal<State> parsers = new ThreadLocal<>();
    /** Batches the calling thread has accumulated, for the workers to fill again. */
    final java.util.concurrent.ConcurrentLinkedQueue<Batch> free = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** The calling thread's map of each worker's dictionaries. */
    final Map<State, WorkerMap> maps = new java.util.IdentityHashMap<>();
    final Quantity[] quantities = Quantity.values();
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
      this.inFlight = IN_FLIGHT_PER_THREAD * threads;
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
        FileRanges.parseInOrder(file, size, rangeBytes, rangeBytes, threads, inFlight, "readings-parser",
            this::part, this::merge);
      } catch (Stop stop) {
        // a problem that ends the sequential read ended this one: the rest is not read
      }
      problems.throwIfAny(file.toString());
      return n;
    }

    /** A range's bytes as a worker reads them: its own encoding detected, lines from 1, UTF-8 checked lazily. */
    CsvSource source(java.nio.channels.FileChannel ch, FileRanges.Range range) throws java.io.IOException {
      ch.position(range.start());
      return CsvSource.chunk(java.nio.channels.Channels.newInputStream(ch), file.toString(), java.util.Optional.empty(),
          range.start(), 1, range.stop()).lazyEncodingCheck();
    }

    /** A range's rows: under the file's header, or (the first range) after reading it. */
    TableReader<Column> rows(CsvSource src, FileRanges.Range range, Problems pr) {
      return range.start() == 0 ? TableReader.of(src, SPEC, pr) : TableReader.of(src, header, pr);
    }

    /** On a worker: types a range's rows into a batch. */
    Batch part(FileRanges.Range range) {
      State st = parsers.get();
      if (st == null) {
        st = new State(null);
        parsers.set(st);
      }
      Batch b = free.poll();
      if (b == null) {
        b = new Batch();
      }
      b.start(st);
      Problems pr = new Problems();
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
        // a range with a byte that is not text fails (next() checks what the row left unchecked) and is
        // read again by the sequential read's code, which says where
        CsvSource src = source(ch, range);
        TableReader<Column> t = rows(src, range, pr);
        try {
          while (t.next()) {
            Row<Column> row = t.row();
            if (!st.parse(row, row.record())) {
              b.ok = false;
              break;
            }
            int ps = st.ps;
            while (st.homes.n <= ps) {
              st.homes.add(-1);
            }
            int home = st.homes.a[ps];
            if (home < 0) {
              // the sensor's first row in this worker's ranges: the only row of them that can be its first in the
              // file (the worker reads its ranges in file order), so the only one where it may be registered
              st.homes.a[ps] = st.pl;
              b.homed.add(ps);
              b.homeLocations.add(st.locations.get(st.pl));
              b.first(src.recordOffset() - range.start(), src.recordLine() - 1);
            } else if (home != st.pl) {
              b.ok = false; // a sensor that moved: the sequential read says where
              break;
            }
            b.add(ps, st.pq, st.pt, st.pv);
          }
        } catch (IngestException e) {
          b.ok = false;
        }
        if (pr.total() > 0 || range.start() == 0 && t.header().isEmpty()) {
          b.ok = false;
        }
        b.end = src.offset();
        b.endLine = src.line();
        b.charset = src.charset();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(file + ": cannot read", e);
      } finally {
        b.finish();
      }
      return b;
    }

    /** On the calling thread, in file order: accumulates a range's batch, or reads the range again here. */
    void merge(FileRanges.Range range, Batch b) {
      try {
        WorkerMap m = learn(b);
        boolean rightStart = range.start() == end;
        boolean rightCharset = decided.isEmpty() || b.charset.isEmpty() || b.charset.equals(decided);
        if (b.ok && rightStart && rightCharset) {
          if (decided.isEmpty()) {
            decided = b.charset;
          }
          int i = accumulate(range, b, m);
          if (i == b.rows) {
            end = b.end;
            line = b.endLine + line - 1;
            return;
          }
          // the accumulator refused row i (nothing of it accumulated): the sequential read's code reads on from it
          long[] at = where(range, i);
          end = range.start() + at[0];
          line = line + at[1];
        }
        again(range);
      } finally {
        // kept for reuse up to the batches that can be in flight at once (one a range cut and not yet accumulated)
        // and one more
        if (free.size() <= inFlight) {
          free.add(b);
        }
      }
    }

    /** Maps the sensors the batch's worker met first in its range to the read's own dictionary. */
    WorkerMap learn(Batch b) {
      WorkerMap m = maps.computeIfAbsent(b.worker, w -> new WorkerMap());
      int ns = b.sensorsFrom + b.newSensors.size();
      if (ns > m.sensor.length) {
        int len = Math.max(ns, m.sensor.length * 2);
        m.sensor = java.util.Arrays.copyOf(m.sensor, len);
        m.home = java.util.Arrays.copyOf(m.home, len);
        m.acc = java.util.Arrays.copyOf(m.acc, len);
      }
      for (int k = 0; k < b.newSensors.size(); k++) {
        int s = b.sensorsFrom + k;
        m.sensor[s] = global.sensorOf(b.newSensors.get(k));
        m.home[s] = -1;
        m.acc[s] = -1;
      }
      for (int k = 0; k < b.homed.size(); k++) {
        m.home[b.homed.get(k)] = global.locationOf(b.homeLocations.get(k));
      }
      return m;
    }

    /**
     * Accumulates the batch's rows in order as {@link State#accumulate} does; stops at the first row it refuses
     * (its sensor registered at another location, or the accumulator's {@link ComplianceAccumulator.Outcome} not
     * {@code ADDED}: nothing of that row is accumulated).
     *
     * @return the rows accumulated: {@code b.rows}, or the index of the row refused
     */
    int accumulate(FileRanges.Range range, Batch b, WorkerMap m) {
      final int rows = b.rows;
      final long[] row = b.row;
      final int[] mAcc = m.acc;
      int first = 0; // the next of the range's first rows of a sensor
      for (int i = 0, o = 0; i < rows; i++, o += Batch.ROW) {
        long sq = row[o + 2];
        int s = (int) sq;
        int a = mAcc[s];
        if (a < 0) {
          int g = m.sensor[s];
          int l = m.home[s];
          a = global.sensorAcc.get(g);
          if (a < 0) {
            // the sensor's first row in the file, so its first in the worker's ranges: registered here, where the
            // sequential read registers it
            while (b.firstRow[first] != i) {
              first++;
            }
            a = acc.sensor(global.sensorIds.get(g), global.locations.get(l), interval);
            global.sensorAcc.set(g, a);
            global.sensorLocation.set(g, l);
            global.sensorLine.set(g, new org.municipaldx.ingest.TextLocation(file.toString(),
                line + b.firstLine[first], 0, range.start() + b.firstOffset[first]).place());
          } else if (global.sensorLocation.get(g) != l) {
            return i;
          }
          mAcc[s] = a;
        }
        if (acc.add(a, quantities[(int) (sq >>> 32)], row[o], row[o + 1]) != ComplianceAccumulator.Outcome.ADDED) {
          return i;
        }
        n++;
      }
      return rows;
    }

    /** {@return the first byte (from the range's start) and line (0: the range's first) of a batch's row i} */
    long[] where(FileRanges.Range range, int i) {
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
        CsvSource src = source(ch, range);
        TableReader<Column> t = rows(src, range, new Problems());
        for (int k = 0; k <= i; k++) {
          if (!t.next()) {
            throw new IllegalStateException("ReadingsCsvReader: row " + i + " of " + range + " not found again");
          }
        }
        return new long[] {src.recordOffset() - range.start(), src.recordLine() - 1};
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(file + ": cannot read", e);
      }
    }

    /**
     * Reads the rest of a range on the calling thread by the sequential read's code, from where the ranges before
     * (and the rows of this one accumulated) really ended: a range that started inside a quoted field, read another
     * encoding or had a problem, or a row the accumulator refused.
     */
    void again(FileRanges.Range range) {
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
