package org.municipaldx.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.municipaldx.metrics.csv.ProcedureYearCsvReader;

/**
 * The CPU time (of the whole process, so DuckDB's native threads count) of one file → figures call,
 * repeated in one JVM: a comparison less sensitive than wall time to a machine shared with other
 * work. {@code java -Xmx256m -cp benchmarks.jar org.municipaldx.benchmarks.FileCpuTime WHAT RUNS
 * [THREADS]} with WHAT one of {@code iot64}, {@code iot10000} (library readings → compliance table),
 * {@code duckiot}, {@code duckiot10000} (DuckDB), {@code rollup}, {@code rollupP} (library roll-up, sequential
 * or on two threads), {@code duckroll} (DuckDB); files in {@code -Ddx.bench.dir} (default
 * /tmp/dx-bench) as {@link IotComplianceBenchmark} and {@link FileRollupBenchmark} write them.
 */
public final class FileCpuTime {
  private FileCpuTime() {}

  /**
   * @param a  what, runs, and the threads of the library's parallel IoT read or of DuckDB
   * @throws Exception if a run fails
   */
  public static void main(String[] a) throws Exception {
    String what = a[0];
    int runs = Integer.parseInt(a[1]);
    String threads = a.length > 2 ? a[2] : null;
    Path dir = Paths.get(System.getProperty("dx.bench.dir", "/tmp/dx-bench"));
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Path f;
    if (what.startsWith("iot") || what.startsWith("duckiot")) {
      int sensors = what.endsWith("10000") ? 10000 : 64;
      f = dir.resolve("readings-" + sensors + "-3000000.csv");
      if (!Files.exists(f)) {
        IotComplianceBenchmark.generate(f, 3000000, sensors);
      }
    } else {
      f = dir.resolve("procedure-years-5000000.csv");
    }
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    for (int i = 0; i < runs; i++) {
      long p0 = os.getProcessCpuTime();
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      long a0 = mx.getCurrentThreadAllocatedBytes();
      Object r;
      if (what.startsWith("iot")) {
        r = IotComplianceBenchmark.figures(threads == null ? IotComplianceBenchmark.library(f)
            : IotComplianceBenchmark.library(f, Integer.parseInt(threads))).size();
      } else if (what.startsWith("duck")) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
          st.execute("SET threads=" + (threads == null ? "1" : threads));
          r = what.startsWith("duckiot") ? IotComplianceBenchmark.duckdb(c, f).size()
              : FileRollupBenchmark.duckdb(c, f, 5000000).total();
        }
      } else if (what.equals("rollupP")) {
        r = reader.rollupParallel(f, 2).total();
      } else {
        r = reader.rollup(f).total();
      }
      System.out.printf("%s run %d: wall %d ms, this thread's CPU %d ms, process CPU %d ms, allocated %.1f MB (%s)%n",
          what, i, (System.nanoTime() - w0) / 1_000_000, (mx.getCurrentThreadCpuTime() - c0) / 1_000_000,
          (os.getProcessCpuTime() - p0) / 1_000_000, (mx.getCurrentThreadAllocatedBytes() - a0) / 1e6, r);
    }
  }
}
