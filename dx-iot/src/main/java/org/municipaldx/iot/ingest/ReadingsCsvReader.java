package org.municipaldx.iot.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
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

  private static final long MILLIS_PER_DAY = 86_400_000L;
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]");

  private final ZoneId localZone;
  private final Optional<DeviceRegistry> registry;
  private final Optional<Duration> interval;

  private ReadingsCsvReader(ZoneId localZone, Optional<DeviceRegistry> registry, Optional<Duration> interval) {
    this.localZone = localZone;
    this.registry = registry;
    this.interval = interval;
  }

  /** @return a reader taking local times in Asia/Tokyo, without registry or interval, never null */
  public static ReadingsCsvReader create() {
    return new ReadingsCsvReader(ZoneId.of("Asia/Tokyo"), Optional.empty(), Optional.empty());
  }

  /**
   * @param zone  the zone of times written without an offset, not null
   * @return a reader using it, never null
   */
  public ReadingsCsvReader withLocalZone(ZoneId zone) {
    return new ReadingsCsvReader(Objects.requireNonNull(zone, "zone"), registry, interval);
  }

  /**
   * @param r  a registry whose sensors (by sensor id) give reporting intervals and are reported
   *     even when silent; a sensor's location in the file must then be its registered one; not null
   * @return a reader using it, never null
   */
  public ReadingsCsvReader withRegistry(DeviceRegistry r) {
    return new ReadingsCsvReader(localZone, Optional.of(r), interval);
  }

  /**
   * @param d  the reporting interval of sensors the registry does not give, positive, not null
   * @return a reader using it, never null
   */
  public ReadingsCsvReader withInterval(Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw Checks.invalid("ReadingsCsvReader", "interval", d, "must be positive");
    }
    return new ReadingsCsvReader(localZone, registry, Optional.of(d));
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
    try (RecordSource src = CsvSource.open(file)) {
      n = read(src, acc, problems);
    } catch (IngestException e) {
      problems.addAll(e);
      n = 0;
    }
    problems.throwIfAny(file.toString());
    return n;
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
    TableReader<Column> t = TableReader.of(src, SPEC, problems);
    long n = 0;
    while (t.next()) {
      if (st.row(t.row())) {
        n++;
      }
    }
    return n;
  }

  /** Per-read state: the dictionaries and each sensor's previous row. */
  private final class State {
    final ComplianceAccumulator acc;
    final List<String> sensorIds = new ArrayList<>();
    final Map<String, Integer> sensorIndex = new HashMap<>();
    final List<Integer> sensorAcc = new ArrayList<>();
    final List<Integer> sensorLocation = new ArrayList<>();
    final List<String> sensorLine = new ArrayList<>();
    final List<Location> locations = new ArrayList<>();
    final Map<String, Integer> locationIndex = new HashMap<>();
    final List<String> locationErrors = new ArrayList<>();
    final List<String> units = new ArrayList<>();
    final Map<String, Integer> unitIndex = new HashMap<>();
    final Map<Long, QuantityNames.UnitConversion> conversions = new HashMap<>();
    final Lookup sensors = Lookup.resolving(this::sensor);
    final Lookup places = Lookup.resolving(this::location);
    final Lookup quantities = Lookup.resolving(s -> QuantityNames.find(s).map(Enum::ordinal).orElse(-1));
    final Lookup unitLookup = Lookup.resolving(this::unit);
    final Quantity[] q = Quantity.values();
    long lastDay = Long.MIN_VALUE;
    long lastDayStartLocal;
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
        Integer same = locationIndex.get(l.key());
        i = same != null ? same : locations.size();
        if (same == null) {
          locations.add(l);
          locationIndex.put(l.key(), i);
        }
        locationIndex.put(key, i);
        return i;
      } catch (IllegalArgumentException e) {
        return -1;
      }
    }

    int unit(String text) {
      String u = text.strip();
      return unitIndex.computeIfAbsent(u, k -> {
        units.add(k);
        return units.size() - 1;
      });
    }

    /** A field's text; a cell protected against formula injection ('-3) is read as written before. */
    String text(org.municipaldx.ingest.Record r, int i) {
      String t = r.get(i);
      return !t.isEmpty() && t.charAt(0) == '\'' ? org.municipaldx.ingest.ExcelCsvWriter.unescape(t) : t;
    }

    boolean row(Row<Column> row) {
      org.municipaldx.ingest.Record r = row.record();
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
      int s = sensorIds.size() < Lookup.LEARNED ? sensors.index(r, iSensor) : sensor(r.get(iSensor));
      if (s < 0) {
        row.problem(Column.SENSOR, "'" + row.get(Column.SENSOR) + "' is not a sensor id (" + Ids.DEVICE_ID_PATTERN + ")");
        ok = false;
      }
      int l = locations.size() < Lookup.LEARNED ? places.index(r, iLocation) : location(r.get(iLocation));
      if (l < 0) {
        row.problem(Column.LOCATION, "'" + row.get(Column.LOCATION) + "' is not a location: facility[/floor]/zone, "
            + "the facility not empty");
        ok = false;
      }
      int qi = quantities.index(r, iQuantity);
      if (qi < 0) {
        row.problem(Column.QUANTITY, "unknown quantity '" + row.get(Column.QUANTITY) + "'; expected one of "
            + QuantityNames.accepted());
        ok = false;
      }
      String timeText = text(r, iTime);
      long t = time(timeText);
      if (t == Long.MIN_VALUE) {
        row.problem(Column.TIME, "'" + row.get(Column.TIME) + "' is not a time: ISO 8601 with an offset "
            + "(2024-06-01T09:00:00+09:00) or a local time in " + localZone + " (2024-06-01 09:00)");
        ok = false;
      }
      long v = value(text(r, iValue));
      if (v == Long.MIN_VALUE) {
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
            row.problem(Column.UNIT, "unknown unit '" + ut + "' for " + quantity.englishName() + " (its unit is "
                + quantity.unit() + ")");
            return false;
          }
          if (!c.isIdentity()) {
            v = convert(v, c);
            if (v == Long.MIN_VALUE) {
              row.problem(Column.VALUE, "'" + row.get(Column.VALUE) + " " + ut + "' in " + quantity.unit()
                  + " has more than " + ComplianceAccumulator.SCALE + " decimals");
              return false;
            }
          }
        }
      }
      int accIndex = sensorAcc.get(s);
      if (accIndex < 0) {
        accIndex = acc.sensor(sensorIds.get(s), locations.get(l), interval);
        sensorAcc.set(s, accIndex);
        sensorLocation.set(s, l);
        sensorLine.set(s, row.location().place());
      } else if (sensorLocation.get(s) != l) {
        String first = sensorLine.get(s);
        row.problem(Column.LOCATION, "sensor '" + sensorIds.get(s) + "' is at " + locations.get(sensorLocation.get(s))
            .key() + (first.isEmpty() ? " (registry)" : " (" + first + ")") + ", not at " + locations.get(l).key());
        return false;
      }
      ComplianceAccumulator.Outcome o = acc.add(accIndex, quantity, t, v);
      if (o == ComplianceAccumulator.Outcome.OUT_OF_ORDER) {
        row.problem(Column.TIME, "earlier than sensor '" + sensorIds.get(s) + "''s previous reading: a sensor's "
            + "readings must be in time order");
        return false;
      }
      if (o == ComplianceAccumulator.Outcome.IMPOSSIBLE) {
        row.problem(Column.VALUE, "'" + row.get(Column.VALUE) + "' is not a possible " + quantity.englishName()
            + " (" + quantity.minimum().map(m -> "at least " + m.toPlainString()).orElse("")
            + quantity.maximum().map(m -> " at most " + m.toPlainString()).orElse("") + " " + quantity.unit() + ")");
        return false;
      }
      return true;
    }

    /** Epoch milliseconds, or Long.MIN_VALUE if the text is not a time of an accepted form. */
    long time(String text) {
      int n = text.length();
      // fast path: yyyy-MM-ddTHH:mm[:ss[.fff…]][Z|±HH:mm] or with a space for T
      if (n >= 16 && text.charAt(4) == '-' && text.charAt(7) == '-' && (text.charAt(10) == 'T' || text.charAt(10) == ' ')
          && text.charAt(13) == ':') {
        int y = digits(text, 0, 4);
        int mo = digits(text, 5, 2);
        int d = digits(text, 8, 2);
        int h = digits(text, 11, 2);
        int mi = digits(text, 14, 2);
        int i = 16;
        int sec = 0;
        int millis = 0;
        if (i < n && text.charAt(i) == ':') {
          sec = digits(text, 17, 2);
          i = 19;
          if (i < n && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
            i++;
            int k = 0;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
              if (k < 3) {
                millis = millis * 10 + (text.charAt(i) - '0');
              }
              k++;
              i++;
            }
            if (k == 0) {
              return Long.MIN_VALUE;
            }
            for (; k < 3; k++) {
              millis *= 10;
            }
          }
        }
        if ((y | mo | d | h | mi | sec) < 0 || mo < 1 || mo > 12 || d < 1 || d > 28 && d > lengthOfMonth(y, mo)
            || h > 23 || mi > 59 || sec > 59) {
          return slow(text);
        }
        long day = epochDay(y, mo, d);
        long local = day * MILLIS_PER_DAY + (h * 3600L + mi * 60L + sec) * 1000L + millis;
        if (i == n) {
          return localToEpoch(local, text);
        }
        char c = text.charAt(i);
        if (c == 'Z' && i + 1 == n) {
          return local;
        }
        if ((c == '+' || c == '-') && n - i == 6 && text.charAt(i + 3) == ':') {
          int oh = digits(text, i + 1, 2);
          int om = digits(text, i + 4, 2);
          if (oh < 0 || om < 0 || oh > 18 || om > 59) {
            return Long.MIN_VALUE;
          }
          long off = (oh * 3600L + om * 60L) * 1000L;
          return c == '+' ? local - off : local + off;
        }
      }
      return slow(text);
    }

    long slow(String text) {
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

    long localToEpoch(long localMillis, String text) {
      long day = Math.floorDiv(localMillis, MILLIS_PER_DAY);
      if (day != lastDay) {
        // the zone's offset at that day's start (Asia/Tokyo: +09:00 since 1952, no daylight saving)
        try {
          LocalDateTime start = LocalDateTime.ofEpochSecond(day * 86_400L, 0, java.time.ZoneOffset.UTC);
          long startEpoch = start.atZone(localZone).toInstant().toEpochMilli();
          long endEpoch = start.plusDays(1).atZone(localZone).toInstant().toEpochMilli();
          if (endEpoch - startEpoch != MILLIS_PER_DAY) {
            // a day with a change of offset: exact, slowly
            return LocalDateTime.ofEpochSecond(Math.floorDiv(localMillis, 1000), (int) Math.floorMod(localMillis, 1000)
                * 1_000_000, java.time.ZoneOffset.UTC).atZone(localZone).toInstant().toEpochMilli();
          }
          lastDay = day;
          lastDayStartLocal = startEpoch - day * MILLIS_PER_DAY;
        } catch (DateTimeException e) {
          return Long.MIN_VALUE;
        }
      }
      return localMillis + lastDayStartLocal;
    }
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int lengthOfMonth(int y, int m) {
    return java.time.YearMonth.of(y, m).lengthOfMonth();
  }

  private static long epochDay(int y, int m, int d) {
    // Howard Hinnant's days_from_civil
    int yy = m <= 2 ? y - 1 : y;
    long era = Math.floorDiv(yy, 400);
    long yoe = yy - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  /** The value × 10^SCALE, or Long.MIN_VALUE if not a decimal with at most SCALE decimals. */
  static long value(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    while (n > i && text.charAt(n - 1) == ' ') {
      n--;
    }
    boolean negative = false;
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long v = 0;
    int intDigits = 0;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      if (++intDigits > 15) {
        return slowValue(text);
      }
      v = v * 10 + (text.charAt(i++) - '0');
    }
    int frac = 0;
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        int dgt = text.charAt(i++) - '0';
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
      return slowValue(text);
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
}
