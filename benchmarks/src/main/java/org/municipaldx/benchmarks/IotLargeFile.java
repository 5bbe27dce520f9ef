package org.municipaldx.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

/**
 * One run of issue 16's large readings file (100 M rows by default) → the monthly compliance table,
 * by the library or by DuckDB, with wall time, the process's CPU time and the heap's peak use:
 * {@code java -Xmx256m -cp benchmarks.jar org.municipaldx.benchmarks.IotLargeFile library|duckdb
 * THREADS [ROWS [SENSORS [check]]]}; with {@code check} the figures are then compared with DuckDB's (exit status 1
 * if they differ). The file is {@link IotComplianceBenchmark}'s generator's, in
 * {@code -Ddx.bench.dir} (default /tmp/dx-bench), written first if absent. A single run: too long
 * for JMH's repetitions on a shared machine. {@code -Ddx.bench.rangeMiB=N} reads the library's ranges at N MiB instead
 * of the reader's own rule (issue 16n's comparison of range sizes).
 */
public final class IotLargeFile {
  private IotLargeFile() {}

  /**
   * @param a  {@code library} or {@code duckdb}, the threads, optionally the rows, the sensors and {@code check}
   * @throws Exception if the run fails
   */
  public static void main(String[] a) throws Exception {
    String engine = a[0];
    int threads = Integer.parseInt(a[1]);
    int rows = a.length > 2 ? Integer.parseInt(a[2]) : 100_000_000;
    int sensors = a.length > 3 ? Integer.parseInt(a[3]) : 64;
    Path dir = Paths.get(System.getProperty("dx.bench.dir", "/tmp/dx-bench"));
    Files.createDirectories(dir);
    Path f = dir.resolve("readings-" + sensors + "-" + rows + ".csv");
    if (!Files.exists(f)) {
      long g0 = System.nanoTime();
      IotComplianceBenchmark.generate(f, rows, sensors);
      System.out.printf("generated %s: %,d bytes in %d s%n", f, Files.size(f), (System.nanoTime() - g0) / 1_000_000_000L);
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    long p0 = os.getProcessCpuTime();
    long w0 = System.nanoTime();
    Map<String, long[]> figures;
    if (engine.equals("library")) {
      figures = IotComplianceBenchmark.figures(IotComplianceBenchmark.library(f, threads));
    } else {
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
        st.execute("SET threads=" + threads);
        figures = IotComplianceBenchmark.duckdb(c, f);
      }
    }
    long wall = (System.nanoTime() - w0) / 1_000_000;
    long cpu = (os.getProcessCpuTime() - p0) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    long readings = 0;
    for (long[] v : figures.values()) {
      readings += v[0];
    }
    System.out.printf("%s threads=%d %s: %,d bytes, %,d readings in %,d rows of the table; wall %,d ms, process CPU %,d ms,"
        + " Java heap peak (sum of pools) %,d MB, max heap %,d MB%n", engine, threads, f.getFileName(), Files.size(f), readings,
        figures.size(), wall, cpu, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    if (a.length > 4 && a[4].equals("check")) {
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
        boolean same = IotComplianceBenchmark.equal(figures, IotComplianceBenchmark.duckdb(c, f));
        System.out.println("the same figures as DuckDB's: " + same);
        if (!same) {
          System.exit(1);
        }
      }
    }
  }
}
