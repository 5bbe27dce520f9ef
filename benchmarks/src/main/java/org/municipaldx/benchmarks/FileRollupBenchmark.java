package org.municipaldx.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.municipaldx.core.FiveLess;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.Sums;
import org.municipaldx.metrics.csv.ProcedureYearCsvReader;
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
 * File on disk → roll-up result (issue 10): the procedure-year CSV as an office exports it
 * (UTF-8, Japanese header, department ids, fiscal year, five-less names joined by {@code |},
 * minutes per case, online and total cases; about 80 bytes a row), generated in the setup with a
 * fixed seed into {@code dx.bench.dir} (default: the temp dir; reused when present with the same
 * size), then rolled up by department and by five-less category:
 *
 * <ul>
 *   <li>{@code librarySequential}: {@code ProcedureYearCsvReader.rollup(file)} — one thread,
 *       streaming into the roll-up, bounded memory;
 *   <li>{@code libraryParallel}: {@code rollupParallel(file, 2)} — byte ranges on two threads;
 *   <li>{@code duckdbThreads1}, {@code duckdbThreads2}: DuckDB in-process, {@code read_csv} of the
 *       same file with the column types given, {@code GROUP BY} department and five-less text, the
 *       (≤ 64 × 32) groups folded into the roll-up on the client as the library folds masks;
 *       {@code SET threads=1} / {@code 2}. Each call reads the file anew, as the library does.
 * </ul>
 *
 * The setup of every state checks that its engine's result equals the reference sums computed
 * while generating the file (exact {@code long}s), and throws if not.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class FileRollupBenchmark {
  static final long SEED = 20230214L;
  static final int DEPARTMENTS = 64;

  /** The generated file and the reference roll-up. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"1000000", "5000000", "20000000"})
    public int rows;

    Path file;
    ProcedureYearRollup reference;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      Path dir = Paths.get(System.getProperty("dx.bench.dir", System.getProperty("java.io.tmpdir")));
      Files.createDirectories(dir);
      file = dir.resolve("procedure-years-" + rows + ".csv");
      reference = generate(file, rows);
    }

    void verify(String engine, ProcedureYearRollup result) {
      if (!reference.equals(result)) {
        throw new IllegalStateException(engine + " disagrees with the reference:\n  got      "
            + result + "\n  expected " + reference);
      }
    }
  }

  /**
   * Writes the file (unless it exists with the size this generator gives) and returns the
   * reference roll-up, computed while generating.
   */
  static ProcedureYearRollup generate(Path file, int rows) throws IOException {
    SplittableRandom random = new SplittableRandom(SEED);
    String[] fiveNames = new String[32];
    for (int m = 0; m < 32; m++) {
      StringJoiner j = new StringJoiner("|");
      for (FiveLess f : FiveLess.values()) {
        if ((m & f.bit()) != 0) {
          j.add(f.japaneseName());
        }
      }
      fiveNames[m] = j.toString();
    }
    long[][] dept = new long[DEPARTMENTS][4];
    long[][] five = new long[5][3];
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    boolean write = !Files.exists(file);
    long size = 0;
    try (OutputStream out = write ? new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)
        : OutputStream.nullOutputStream()) {
      byte[] header = "部局,年度,5レス,1件あたり分,オンライン件数,総件数\n".getBytes(StandardCharsets.UTF_8);
      out.write(header);
      size += header.length;
      StringBuilder sb = new StringBuilder(128);
      for (int i = 0; i < rows; i++) {
        int d = random.nextInt(DEPARTMENTS);
        int mask = random.nextInt(32);
        int minutes = 1 + random.nextInt(180);
        int total = random.nextInt(50_001);
        int online = random.nextInt(total + 1);
        sb.setLength(0);
        sb.append("dept-").append(d).append(",2023,").append(fiveNames[mask]).append(',')
            .append(minutes).append(',').append(online).append(',').append(total).append('\n');
        byte[] line = sb.toString().getBytes(StandardCharsets.UTF_8);
        out.write(line);
        size += line.length;
        long mo = (long) minutes * online;
        long[] a = dept[d];
        a[0] += mo;
        a[1] += online;
        a[2] += total;
        a[3]++;
        for (FiveLess f : FiveLess.values()) {
          if ((mask & f.bit()) != 0) {
            long[] b = five[f.ordinal()];
            b[0] += mo;
            b[1] += online;
            b[2] += total;
          }
        }
      }
    }
    if (write) {
      Files.move(tmp, file);
    } else if (Files.size(file) != size) {
      throw new IllegalStateException(file + " exists with another size; delete it");
    }
    Map<String, Sums> byDept = new TreeMap<>();
    Sums all = Sums.ZERO;
    for (int d = 0; d < DEPARTMENTS; d++) {
      if (dept[d][3] > 0) {
        Sums s = new Sums(dept[d][0], dept[d][1], dept[d][2]);
        byDept.put("dept-" + d, s);
        all = all.plus(s);
      }
    }
    Map<FiveLess, Sums> byFive = new EnumMap<>(FiveLess.class);
    for (FiveLess f : FiveLess.values()) {
      long[] b = five[f.ordinal()];
      byFive.put(f, new Sums(b[0], b[1], b[2]));
    }
    return ProcedureYearRollup.of(byDept, byFive, all, rows);
  }

  /** The library's states check their result once. */
  @State(Scope.Benchmark)
  public static class Library {
    final ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();

    @Setup(Level.Trial)
    public void check(Data data) {
      data.verify("library sequential", reader.rollup(data.file));
      data.verify("library parallel", reader.rollupParallel(data.file, 2));
    }
  }

  /** DuckDB in-process. */
  public abstract static class DuckDb {
    Connection connection;

    abstract int threads();

    @Setup(Level.Trial)
    public void open(Data data) throws SQLException {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        s.execute("SET threads=" + threads());
      }
      data.verify("duckdb threads=" + threads(), duckdb(connection, data.file, data.rows));
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

  /** read_csv with the column types given, GROUP BY department and five-less text, folded here. */
  static ProcedureYearRollup duckdb(Connection c, Path file, long expectedRows) throws SQLException {
    String sql = "SELECT dept, five, sum(minutes * online)::HUGEINT, sum(online)::HUGEINT,"
        + " sum(total)::HUGEINT, count(*) FROM read_csv('" + file.toString().replace("'", "''")
        + "', header = true, delim = ',', quote = '\"',"
        + " columns = {'dept': 'VARCHAR', 'fy': 'INTEGER', 'five': 'VARCHAR', 'minutes': 'BIGINT',"
        + " 'online': 'BIGINT', 'total': 'BIGINT'}) GROUP BY dept, five";
    Map<String, Sums> byDept = new TreeMap<>();
    Map<FiveLess, Sums> byFive = new EnumMap<>(FiveLess.class);
    for (FiveLess f : FiveLess.values()) {
      byFive.put(f, Sums.ZERO);
    }
    Sums all = Sums.ZERO;
    long n = 0;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        String d = rs.getString(1);
        String five = rs.getString(2);
        Sums sums = new Sums(big(rs.getObject(3)), big(rs.getObject(4)), big(rs.getObject(5)));
        byDept.merge(d, sums, Sums::plus);
        if (five != null && !five.isEmpty()) {
          for (String name : five.split("\\|")) {
            FiveLess f = FiveLess.parse(name);
            byFive.merge(f, sums, Sums::plus);
          }
        }
        all = all.plus(sums);
        n += rs.getLong(6);
      }
    }
    if (n != expectedRows) {
      throw new IllegalStateException("duckdb read " + n + " rows, expected " + expectedRows);
    }
    return ProcedureYearRollup.of(byDept, byFive, all, n);
  }

  /**
   * The DuckDB side of the whole-process comparison with {@code dx rollup}: {@code java -cp
   * benchmarks.jar org.municipaldx.benchmarks.FileRollupBenchmark FILE ROWS THREADS} prints the
   * roll-up's total as DuckDB computes it.
   *
   * @param args  the file, its number of rows, DuckDB's threads
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("SET threads=" + args[2]);
      ProcedureYearRollup r = duckdb(c, Paths.get(args[0]), Long.parseLong(args[1]));
      System.out.println(r.rows() + " rows, total " + r.total());
    }
  }

  private static long big(Object o) {
    return o instanceof BigInteger b ? b.longValueExact() : ((Number) o).longValue();
  }

  @Benchmark
  public ProcedureYearRollup librarySequential(Library lib, Data data) {
    return lib.reader.rollup(data.file);
  }

  @Benchmark
  public ProcedureYearRollup libraryParallel(Library lib, Data data) {
    return lib.reader.rollupParallel(data.file, 2);
  }

  @Benchmark
  public ProcedureYearRollup duckdbThreads1(DuckDbOneThread d, Data data) throws SQLException {
    return duckdb(d.connection, data.file, data.rows);
  }

  @Benchmark
  public ProcedureYearRollup duckdbThreads2(DuckDbTwoThreads d, Data data) throws SQLException {
    return duckdb(d.connection, data.file, data.rows);
  }
}
