package org.municipaldx.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.ingest.DeviceRegistry;
import org.municipaldx.iot.ingest.ReadingsCsvReader;
import org.municipaldx.iot.ingest.UplinkIngest;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppType;
import org.municipaldx.iot.lpp.LppValue;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.lpp.UplinkReader;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.report.LocationPeriod;
import org.municipaldx.iot.report.QuantityRow;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Readings file on disk → the monthly building-hygiene compliance table (issue 16).
 *
 * <ul>
 *   <li>{@code libraryReadingsCsv}: {@code ReadingsCsvReader} (dx-ingest CSV) streaming into
 *       {@code ComplianceAccumulator}, one thread, bounded memory: per location × month × quantity
 *       count, min, max, exact sum, readings out of range under the per-reading limits
 *       (temperature 18–28 °C, humidity 40–70 %), CO2 days whose mean exceeds 1000 ppm, and besides
 *       (not asked of DuckDB) exceedance spans, time out of range, silences and coverage;</li>
 *   <li>{@code libraryReadingsCsvParallel}: the same on two threads ({@code read(file, acc, 2)}: byte ranges
 *       parsed in parallel, accumulated in file order);</li>
 *   <li>{@code duckdbThreads1}, {@code duckdbThreads2}: DuckDB in-process, {@code read_csv} of the
 *       same file with the column types given, GROUP BY location and day with FILTER counts of
 *       out-of-range readings, then by location and month with the CO2 days over 1000 ppm
 *       ({@code SET threads=1} / {@code 2});</li>
 *   <li>{@code libraryUplinkJsonLines}: The Things Stack uplinks as JSON lines (Storage Integration
 *       export form, Cayenne LPP payloads of temperature, humidity and CO2) through
 *       {@code UplinkIngest} into the same accumulator; its setup prints the file's size and
 *       message count, from which MB/s and messages/s follow.</li>
 * </ul>
 * The readings are local Japan times ({@code 2024-05-20 00:05:00}), which both engines read as such.
 * Every state's setup checks that its engine's table agrees with the other's and throws if not.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class IotComplianceBenchmark {
  static final long SEED = 20230214L;
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  static final String[] QUANTITIES = {"temperature", "humidity", "co2"};

  /** The generated readings file. */
  @State(Scope.Benchmark)
  public static class Readings {
    @Param({"3000000"})
    public int rows;

    @Param({"64", "10000"})
    public int sensors;

    Path file;
    Map<String, long[]> reference;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      Path dir = Paths.get(System.getProperty("dx.bench.dir", System.getProperty("java.io.tmpdir")));
      Files.createDirectories(dir);
      file = dir.resolve("readings-" + sensors + "-" + rows + ".csv");
      if (!Files.exists(file)) {
        generate(file, rows, sensors);
      }
      System.out.printf("%n%s: %,d bytes, %,d rows, %,d sensors%n", file, Files.size(file), rows, sensors);
      reference = figures(library(file));
      if (!equal(reference, figures(library(file, 2)))) {
        throw new IllegalStateException("the library's parallel and sequential reads disagree");
      }
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
        Map<String, long[]> duck = duckdb(c, file);
        if (!equal(reference, duck)) {
          throw new IllegalStateException("DuckDB and the library disagree");
        }
      }
    }
  }

  static void generate(Path file, int rows, int sensors) throws IOException {
    SplittableRandom r = new SplittableRandom(SEED);
    LocalDateTime start = LocalDateTime.of(2024, 5, 20, 0, 0);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
      out.write("sensor,location,time,quantity,value\n".getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(128);
      int n = 0;
      for (int step = 0; n < rows; step++) {
        String time = LOCAL.format(start.plusMinutes(5L * step));
        for (int s = 0; s < sensors && n < rows; s++) {
          for (int q = 0; q < 3 && n < rows; q++, n++) {
            sb.setLength(0);
            sb.append("hall-").append(s).append(",本庁舎/").append(s / 100 + 1).append("F/室").append(s).append(',')
                .append(time).append(',').append(QUANTITIES[q]).append(',');
            switch (q) {
              case 0 -> sb.append(BigDecimal.valueOf(150 + r.nextInt(151), 1).toPlainString());
              case 1 -> sb.append(BigDecimal.valueOf(300 + r.nextInt(501), 1).toPlainString());
              default -> sb.append(400 + r.nextInt(1001));
            }
            sb.append('\n');
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    }
    Files.move(tmp, file);
  }

  static ComplianceTable library(Path file) {
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.MONTH,
        ZoneId.of("Asia/Tokyo"));
    ReadingsCsvReader.create().withInterval(Duration.ofMinutes(5)).read(file, acc);
    return acc.finish();
  }

  static ComplianceTable library(Path file, int threads) {
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.MONTH,
        ZoneId.of("Asia/Tokyo"));
    ReadingsCsvReader reader = ReadingsCsvReader.create().withInterval(Duration.ofMinutes(5));
    String range = System.getProperty("dx.bench.rangeMiB");
    if (range == null) {
      reader.read(file, acc, threads);
    } else {
      // measuring only (issue 16n): the reader's package-private read with the range size given, to compare sizes
      // in one jar; the shaded jar runs on the class path, so the package is open to reflection
      try {
        java.lang.reflect.Method m = ReadingsCsvReader.class.getDeclaredMethod("read", Path.class,
            ComplianceAccumulator.class, int.class, long.class);
        m.setAccessible(true);
        m.invoke(reader, file, acc, threads, Long.parseLong(range) << 20);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("dx.bench.rangeMiB: cannot call ReadingsCsvReader.read with a range size", e);
      }
    }
    return acc.finish();
  }

  /** location|month|quantity → count, min, max, sum (milli-units), out of range (readings or CO2 days). */
  static Map<String, long[]> figures(ComplianceTable t) {
    Map<String, long[]> m = new TreeMap<>();
    for (LocationPeriod r : t.rows()) {
      for (QuantityRow q : r.quantities()) {
        String name = q.quantity() == Quantity.AIR_TEMPERATURE ? "temperature"
            : q.quantity() == Quantity.RELATIVE_HUMIDITY ? "humidity" : "co2";
        m.put(r.location().key() + "|" + r.period() + "|" + name, new long[] {q.count(),
            ComplianceAccumulator.fixed(q.min().orElseThrow()), ComplianceAccumulator.fixed(q.max().orElseThrow()),
            ComplianceAccumulator.fixed(q.sum()), q.outOfRange()});
      }
    }
    return m;
  }

  static Map<String, long[]> duckdb(Connection c, Path file) throws SQLException {
    String sql = "WITH d AS (SELECT location, quantity, CAST(time AS DATE) AS day, count(*) AS n, min(value) AS mn,"
        + " max(value) AS mx, sum(value) AS s,"
        + " count(*) FILTER (WHERE (quantity = 'temperature' AND (value < 18 OR value > 28))"
        + " OR (quantity = 'humidity' AND (value < 40 OR value > 70))) AS o"
        + " FROM read_csv('" + file.toString().replace("'", "''") + "', header = true, delim = ',', quote = '\"',"
        + " columns = {'sensor': 'VARCHAR', 'location': 'VARCHAR', 'time': 'TIMESTAMP', 'quantity': 'VARCHAR',"
        + " 'value': 'DECIMAL(18,3)'}) GROUP BY location, quantity, day)"
        + " SELECT location, strftime(day, '%Y-%m') AS month, quantity, sum(n)::BIGINT, min(mn), max(mx), sum(s),"
        + " sum(o)::BIGINT, count(*) FILTER (WHERE quantity = 'co2' AND s > 1000 * n)"
        + " FROM d GROUP BY location, month, quantity";
    Map<String, long[]> m = new TreeMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        String q = rs.getString(3);
        long out = q.equals("co2") ? rs.getLong(9) : rs.getLong(8);
        m.put(rs.getString(1) + "|" + rs.getString(2) + "|" + q, new long[] {rs.getLong(4),
            ComplianceAccumulator.fixed(rs.getBigDecimal(5)), ComplianceAccumulator.fixed(rs.getBigDecimal(6)),
            ComplianceAccumulator.fixed(rs.getBigDecimal(7)), out});
      }
    }
    return m;
  }

  static boolean equal(Map<String, long[]> a, Map<String, long[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, long[]> e : a.entrySet()) {
      if (!java.util.Arrays.equals(e.getValue(), b.get(e.getKey()))) {
        System.out.println(e.getKey() + " " + java.util.Arrays.toString(e.getValue()) + " vs "
            + java.util.Arrays.toString(b.get(e.getKey())));
        return false;
      }
    }
    return true;
  }

  /** DuckDB in-process. */
  public abstract static class DuckDb {
    Connection connection;

    abstract int threads();

    @Setup(Level.Trial)
    public void open() throws SQLException {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        s.execute("SET threads=" + threads());
      }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      connection.close();
    }
  }

  /** DuckDB on one thread. */
  @State(Scope.Benchmark)
  public static class DuckDbOneThread extends DuckDb {
    @Override
    int threads() {
      return 1;
    }
  }

  /** DuckDB on two threads. */
  @State(Scope.Benchmark)
  public static class DuckDbTwoThreads extends DuckDb {
    @Override
    int threads() {
      return 2;
    }
  }

  /** The uplink JSON-lines file and its registry. */
  @State(Scope.Benchmark)
  public static class Uplinks {
    @Param({"500000"})
    public int messages;

    Path file;
    DeviceRegistry registry;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      Path dir = Paths.get(System.getProperty("dx.bench.dir", System.getProperty("java.io.tmpdir")));
      file = dir.resolve("uplinks-" + messages + ".jsonl");
      StringBuilder reg = new StringBuilder("device,sensor,building,floor,room,interval_minutes\n");
      for (int d = 0; d < 64; d++) {
        reg.append("eui-").append(d).append(",hall-").append(d).append(",本庁舎,").append(d / 8 + 1).append("F,室")
            .append(d).append(",5\n");
      }
      registry = DeviceRegistry.readCsv(reg.toString().getBytes(StandardCharsets.UTF_8), "registry.csv");
      if (!Files.exists(file)) {
        SplittableRandom r = new SplittableRandom(SEED);
        java.time.Instant t0 = java.time.Instant.parse("2024-05-31T15:00:00Z");
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
          for (int i = 0; i < messages; i++) {
            int d = i % 64;
            int step = i / 64;
            byte[] p = CayenneLpp.encode(List.of(
                LppValue.of(1, LppType.TEMPERATURE, BigDecimal.valueOf(150 + r.nextInt(151), 1)),
                LppValue.of(2, LppType.RELATIVE_HUMIDITY, BigDecimal.valueOf(60 + r.nextInt(101), 0)
                    .divide(BigDecimal.valueOf(2))),
                LppValue.of(3, LppType.CONCENTRATION, BigDecimal.valueOf(400 + r.nextInt(1001)))));
            String line = "{\"result\":{\"end_device_ids\":{\"device_id\":\"eui-" + d + "\",\"application_ids\":"
                + "{\"application_id\":\"city-hall-env\"},\"dev_eui\":\"70B3D57ED00000" + String.format("%02X", d)
                + "\"},\"correlation_ids\":[\"as:up:01H0000000000000000000000\"],\"received_at\":\""
                + t0.plusSeconds(300L * step + d) + "\",\"uplink_message\":{\"f_port\":1,\"f_cnt\":" + step
                + ",\"frm_payload\":\"" + Base64.getEncoder().encodeToString(p) + "\",\"rx_metadata\":[{\"gateway_ids\":"
                + "{\"gateway_id\":\"city-hall-gw\"},\"rssi\":-" + (60 + r.nextInt(50)) + ",\"snr\":7.5}],"
                + "\"settings\":{\"data_rate\":{\"lora\":{\"bandwidth\":125000,\"spreading_factor\":10}},"
                + "\"frequency\":\"923200000\"},\"received_at\":\"" + t0.plusSeconds(300L * step + d) + "\"}}}\n";
            out.write(line.getBytes(StandardCharsets.UTF_8));
          }
        }
        Files.move(tmp, file);
      }
      System.out.printf("%n%s: %,d bytes, %,d messages%n", file, Files.size(file), messages);
    }
  }

  @Benchmark
  public ComplianceTable libraryReadingsCsv(Readings data) {
    return library(data.file);
  }

  @Benchmark
  public ComplianceTable libraryReadingsCsvParallel(Readings data) {
    return library(data.file, 2);
  }

  @Benchmark
  public Map<String, long[]> duckdbThreads1(Readings data, DuckDbOneThread db) throws SQLException {
    return duckdb(db.connection, data.file);
  }

  @Benchmark
  public Map<String, long[]> duckdbThreads2(Readings data, DuckDbTwoThreads db) throws SQLException {
    return duckdb(db.connection, data.file);
  }

  @Benchmark
  public ComplianceTable libraryUplinkJsonLines(Uplinks u) throws IOException {
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.MONTH,
        ZoneId.of("Asia/Tokyo"));
    UplinkReader.Result r;
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(u.file), 1 << 16)) {
      r = UplinkIngest.create(u.registry, acc, UplinkProblems.create()).read(in, u.file.getFileName().toString());
    }
    if (r.uplinks() != u.messages) {
      throw new IllegalStateException("read " + r.uplinks() + " uplinks of " + u.messages);
    }
    return acc.finish();
  }
}
