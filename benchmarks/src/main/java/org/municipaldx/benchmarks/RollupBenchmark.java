package org.municipaldx.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.metrics.batch.ColumnarTable;
import org.municipaldx.metrics.batch.DepartmentDictionary;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.Sums;
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
 * Roll-up of procedure-year rows (issue 3, "Benchmarks"): per department Σ(minutes × online),
 * Σ online and Σ total, and the same per five-less category, over {@code rows} synthetic rows
 * (fixed seed; departments in [0, 64), five-less mask of 5 bits, minutes per case 1–180,
 * online ≤ total ≤ 50,000).
 *
 * <ul>
 *   <li>{@code columnarSingleThread}, {@code columnarParallel}: the library's batch path,
 *       {@link ColumnarTable#rollup()} and {@link ColumnarTable#rollupParallel()};
 *   <li>{@code objectsBigDecimal}: one object per row and {@link BigDecimal} sums in hash maps,
 *       the baseline a typical integrator would write;
 *   <li>{@code duckdbSingleThread}, {@code duckdbTwoThreads}: DuckDB in-process, the rows loaded
 *       once with the Appender, only the query timed ({@code SET threads=1} / {@code 2});
 *   <li>{@code memoryReadLimit}: only reads and sums the three value columns the columnar kernel
 *       reads (minutes, online, total; department and mask are run-length encoded in the table):
 *       the physical floor.
 * </ul>
 *
 * Every state checks in its {@code @Setup} that its method's result equals the reference sums
 * computed with checked exact arithmetic straight from the generated columns, and throws if not.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g"})
public class RollupBenchmark {
  static final int DEPARTMENTS = 64;
  static final long SEED = 20230214L; // the date of the seed's meeting
  static final FiscalYear YEAR = FiscalYear.of(2023);

  /** The generated rows as plain columns, in generation order, and the reference result. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"20000000"})
    public int rows;

    int[] dept;
    int[] mask;
    int[] minutes;
    int[] online;
    int[] total;
    ProcedureYearRollup reference;
    long minutesSum;

    @Setup(Level.Trial)
    public void setUp() {
      SplittableRandom random = new SplittableRandom(SEED);
      dept = new int[rows];
      mask = new int[rows];
      minutes = new int[rows];
      online = new int[rows];
      total = new int[rows];
      for (int i = 0; i < rows; i++) {
        dept[i] = random.nextInt(DEPARTMENTS);
        mask[i] = random.nextInt(32);
        minutes[i] = 1 + random.nextInt(180);
        total[i] = random.nextInt(50_001);
        online[i] = random.nextInt(total[i] + 1);
      }
      reference = referenceRollup();
    }

    /** The reference: per-row checked exact arithmetic on the generated columns. */
    private ProcedureYearRollup referenceRollup() {
      long[][] d = new long[DEPARTMENTS][3];
      long[][] f = new long[5][3];
      long[] rowsPerDept = new long[DEPARTMENTS];
      for (int i = 0; i < rows; i++) {
        long mo = Math.multiplyExact((long) minutes[i], online[i]);
        add(d[dept[i]], mo, online[i], total[i]);
        rowsPerDept[dept[i]]++;
        for (int b = 0; b < 5; b++) {
          if ((mask[i] & (1 << b)) != 0) {
            add(f[b], mo, online[i], total[i]);
          }
        }
        minutesSum = Math.addExact(minutesSum, minutes[i]);
      }
      Map<String, Sums> byDept = new TreeMap<>();
      Sums all = Sums.ZERO;
      for (int k = 0; k < DEPARTMENTS; k++) {
        if (rowsPerDept[k] > 0) {
          Sums s = new Sums(d[k][0], d[k][1], d[k][2]);
          byDept.put(departmentId(k), s);
          all = all.plus(s);
        }
      }
      Map<FiveLess, Sums> byFive = new EnumMap<>(FiveLess.class);
      for (FiveLess c : FiveLess.values()) {
        long[] s = f[c.ordinal()];
        byFive.put(c, new Sums(s[0], s[1], s[2]));
      }
      return ProcedureYearRollup.of(byDept, byFive, all, rows);
    }

    private static void add(long[] acc, long mo, long on, long tot) {
      acc[0] = Math.addExact(acc[0], mo);
      acc[1] = Math.addExact(acc[1], on);
      acc[2] = Math.addExact(acc[2], tot);
    }

    void verify(String method, Object result) {
      if (!reference.equals(result)) {
        throw new IllegalStateException(
            method + " disagrees with the reference:\n  got      " + result + "\n  expected " + reference);
      }
    }
  }

  static String departmentId(int index) {
    return String.format("d%02d", index);
  }

  static DepartmentDictionary dictionary() {
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < DEPARTMENTS; k++) {
      ids.add(departmentId(k));
    }
    return DepartmentDictionary.of(ids);
  }

  /** The library's columnar table, and copies of its value columns for the memory floor. */
  @State(Scope.Benchmark)
  public static class Columnar {
    ColumnarTable table;
    int[] minutes;
    int[] online;
    int[] total;

    @Setup(Level.Trial)
    public void setUp(Data data) {
      DepartmentDictionary dictionary = dictionary();
      ColumnarTable.Builder b = ColumnarTable.builder(dictionary);
      for (int i = 0; i < data.rows; i++) {
        b.add(dictionary.index(departmentId(data.dept[i])), data.mask[i], YEAR, data.minutes[i],
            data.online[i], data.total[i]);
      }
      table = b.build();
      data.verify("columnarSingleThread", table.rollup());
      data.verify("columnarParallel", table.rollupParallel());
      minutes = table.minutesPerCaseColumn();
      online = table.onlineColumn();
      total = table.totalColumn();
      long[] floor = readColumns(minutes, online, total);
      Sums t = data.reference.total();
      if (floor[0] != data.minutesSum || floor[1] != t.online() || floor[2] != t.total()) {
        throw new IllegalStateException("memoryReadLimit disagrees with the reference");
      }
    }
  }

  /** One object per row, as a typical integrator would hold them. */
  public static final class ObjectRow {
    private final String department;
    private final Set<FiveLess> fiveLess;
    private final int minutesPerCase;
    private final int online;
    private final int total;

    ObjectRow(String department, Set<FiveLess> fiveLess, int minutesPerCase, int online, int total) {
      this.department = department;
      this.fiveLess = fiveLess;
      this.minutesPerCase = minutesPerCase;
      this.online = online;
      this.total = total;
    }

    public String getDepartment() {
      return department;
    }

    public Set<FiveLess> getFiveLess() {
      return fiveLess;
    }

    public int getMinutesPerCase() {
      return minutesPerCase;
    }

    public int getOnline() {
      return online;
    }

    public int getTotal() {
      return total;
    }
  }

  /** The rows as objects, in generation order (sets and department strings shared, to save heap). */
  @State(Scope.Benchmark)
  public static class Objects {
    List<ObjectRow> rows;

    @Setup(Level.Trial)
    public void setUp(Data data) {
      List<Set<FiveLess>> sets = new ArrayList<>();
      for (int m = 0; m < 32; m++) {
        Set<FiveLess> s = EnumSet.noneOf(FiveLess.class);
        for (FiveLess f : FiveLess.values()) {
          if ((m & f.bit()) != 0) {
            s.add(f);
          }
        }
        sets.add(Collections.unmodifiableSet(s));
      }
      String[] ids = new String[DEPARTMENTS];
      for (int k = 0; k < DEPARTMENTS; k++) {
        ids[k] = departmentId(k);
      }
      rows = new ArrayList<>(data.rows);
      for (int i = 0; i < data.rows; i++) {
        rows.add(new ObjectRow(ids[data.dept[i]], sets.get(data.mask[i]), data.minutes[i],
            data.online[i], data.total[i]));
      }
      data.verify("objectsBigDecimal", objects(rows));
    }
  }

  /** DuckDB in-process with the rows loaded by the Appender. */
  public abstract static class DuckDb {
    Connection connection;

    abstract int threads();

    @Setup(Level.Trial)
    public void setUp(Data data) throws SQLException {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        s.execute("SET threads=" + threads());
        s.execute("CREATE TABLE t (dept TINYINT NOT NULL, mask TINYINT NOT NULL,"
            + " minutes SMALLINT NOT NULL, online INTEGER NOT NULL, total INTEGER NOT NULL)");
      }
      try (DuckDBAppender a = connection.unwrap(DuckDBConnection.class).createAppender("t")) {
        for (int i = 0; i < data.rows; i++) {
          a.beginRow()
              .append((byte) data.dept[i])
              .append((byte) data.mask[i])
              .append((short) data.minutes[i])
              .append(data.online[i])
              .append(data.total[i])
              .endRow();
        }
        a.flush();
      }
      data.verify("duckdb threads=" + threads(), duckdb(connection, data.rows));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
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

  @Benchmark
  public ProcedureYearRollup columnarSingleThread(Columnar c) {
    return c.table.rollup();
  }

  @Benchmark
  public ProcedureYearRollup columnarParallel(Columnar c) {
    return c.table.rollupParallel();
  }

  @Benchmark
  public ProcedureYearRollup objectsBigDecimal(Objects o) {
    return objects(o.rows);
  }

  @Benchmark
  public ProcedureYearRollup duckdbSingleThread(DuckDbOneThread d, Data data) throws SQLException {
    return duckdb(d.connection, data.rows);
  }

  @Benchmark
  public ProcedureYearRollup duckdbTwoThreads(DuckDbTwoThreads d, Data data) throws SQLException {
    return duckdb(d.connection, data.rows);
  }

  @Benchmark
  public long[] memoryReadLimit(Columnar c) {
    return readColumns(c.minutes, c.online, c.total);
  }

  /**
   * Reads every element of the three value columns once and sums each: the least work any
   * roll-up of these columns must do. Sums in {@code int} blocks of 256 rows (256 × 50,000 and
   * 256 × 180 fit an {@code int}), which the JIT vectorises, then widens to {@code long}; a
   * plain {@code long} loop is not vectorised by Java 17's C2 and would be a floor the kernel
   * beats.
   */
  static long[] readColumns(int[] minutes, int[] online, int[] total) {
    long m = 0;
    long o = 0;
    long t = 0;
    int n = minutes.length;
    for (int bs = 0; bs < n; bs += 256) {
      int be = Math.min(n, bs + 256);
      int bm = 0;
      int bo = 0;
      int bt = 0;
      for (int i = bs; i < be; i++) {
        bm += minutes[i];
        bo += online[i];
        bt += total[i];
      }
      m += bm;
      o += bo;
      t += bt;
    }
    return new long[] {m, o, t};
  }

  /** The integrator's way: a loop over objects, BigDecimal sums in maps. */
  static ProcedureYearRollup objects(List<ObjectRow> rows) {
    Map<String, BigDecimal[]> byDept = new HashMap<>();
    Map<FiveLess, BigDecimal[]> byFive = new EnumMap<>(FiveLess.class);
    for (ObjectRow r : rows) {
      BigDecimal online = BigDecimal.valueOf(r.getOnline());
      BigDecimal total = BigDecimal.valueOf(r.getTotal());
      BigDecimal minutesOnline = BigDecimal.valueOf(r.getMinutesPerCase()).multiply(online);
      add(byDept.computeIfAbsent(r.getDepartment(), k -> zeros()), minutesOnline, online, total);
      for (FiveLess f : r.getFiveLess()) {
        add(byFive.computeIfAbsent(f, k -> zeros()), minutesOnline, online, total);
      }
    }
    Map<String, Sums> dept = new TreeMap<>();
    Sums all = Sums.ZERO;
    for (Map.Entry<String, BigDecimal[]> e : byDept.entrySet()) {
      Sums s = sums(e.getValue());
      dept.put(e.getKey(), s);
      all = all.plus(s);
    }
    Map<FiveLess, Sums> five = new EnumMap<>(FiveLess.class);
    for (FiveLess f : FiveLess.values()) {
      five.put(f, sums(byFive.getOrDefault(f, zeros())));
    }
    return ProcedureYearRollup.of(dept, five, all, rows.size());
  }

  private static BigDecimal[] zeros() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
  }

  private static void add(BigDecimal[] acc, BigDecimal mo, BigDecimal on, BigDecimal tot) {
    acc[0] = acc[0].add(mo);
    acc[1] = acc[1].add(on);
    acc[2] = acc[2].add(tot);
  }

  private static Sums sums(BigDecimal[] a) {
    return new Sums(a[0].longValueExact(), a[1].longValueExact(), a[2].longValueExact());
  }

  /**
   * The SQL way: one scan grouped by department and by mask (GROUPING SETS), the masks folded into
   * the five categories on the client (32 rows).
   */
  static ProcedureYearRollup duckdb(Connection connection, long rows) throws SQLException {
    Map<String, Sums> dept = new TreeMap<>();
    long[][] byMask = new long[32][3];
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(QUERY)) {
      while (rs.next()) {
        int d = rs.getInt(1);
        boolean deptGroup = !rs.wasNull();
        int m = rs.getInt(2);
        long mo = rs.getLong(3);
        long on = rs.getLong(4);
        long tot = rs.getLong(5);
        if (deptGroup) {
          dept.put(departmentId(d), new Sums(mo, on, tot));
        } else {
          byMask[m] = new long[] {mo, on, tot};
        }
      }
    }
    Sums all = Sums.ZERO;
    for (Sums x : dept.values()) {
      all = all.plus(x);
    }
    Map<FiveLess, Sums> five = new EnumMap<>(FiveLess.class);
    for (FiveLess f : FiveLess.values()) {
      Sums x = Sums.ZERO;
      for (int m = 0; m < 32; m++) {
        if ((m & f.bit()) != 0) {
          x = x.plus(new Sums(byMask[m][0], byMask[m][1], byMask[m][2]));
        }
      }
      five.put(f, x);
    }
    return ProcedureYearRollup.of(dept, five, all, rows);
  }

  static final String QUERY =
      "SELECT dept, mask, SUM(minutes * online), SUM(online), SUM(total) FROM t"
          + " GROUP BY GROUPING SETS ((dept), (mask))";
}
