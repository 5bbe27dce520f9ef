package org.municipaldx.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.municipaldx.ingest.xlsx.XlsxReader;
import org.municipaldx.ingest.xlsx.XlsxSource;
import org.municipaldx.metrics.csv.ProcedureYearCsvReader;

/**
 * The CPU time of this thread and of the process for one file → result call of
 * {@link XlsxRollupBenchmark}, repeated in one JVM, alternating the methods named: a comparison
 * less sensitive than wall time to a machine shared with other work. {@code java -Xmx1g -cp
 * benchmarks.jar org.municipaldx.benchmarks.XlsxCpuTime ROWS RUNS WHAT...} with WHAT among
 * {@code csv} (CSV roll-up), {@code xlsx} (workbook roll-up: the sheet inflated on a second thread),
 * {@code csv2}, {@code xlsx2} (the same on two threads: the CSV's byte ranges, the workbook's blocks of rows parsed
 * ahead on two workers beside the inflating thread), {@code scanner}, {@code fastexcel}, {@code stax}, {@code inflate};
 * files in {@code -Ddx.bench.dir} (default /tmp/dx-bench-xlsx), written once.
 */
public final class XlsxCpuTime {
  private XlsxCpuTime() {}

  /**
   * @param a  rows, runs, then the methods
   * @throws Exception if a run fails
   */
  public static void main(String[] a) throws Exception {
    int rows = Integer.parseInt(a[0]);
    int runs = Integer.parseInt(a[1]);
    Path dir = Paths.get(System.getProperty("dx.bench.dir", "/tmp/dx-bench-xlsx"));
    Files.createDirectories(dir);
    Path csv = dir.resolve("rows-" + rows + ".csv");
    Path xlsx = dir.resolve("rows-" + rows + ".xlsx");
    if (!Files.exists(xlsx) || !Files.exists(csv)) {
      XlsxRollupBenchmark.generate(csv, xlsx, rows);
    }
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    for (int i = 0; i < runs; i++) {
      for (int k = 2; k < a.length; k++) {
        String what = a[k];
        long p0 = os.getProcessCpuTime();
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        long a0 = mx.getCurrentThreadAllocatedBytes();
        Object r = switch (what) {
          case "csv" -> reader.rollup(csv).total();
          case "xlsx" -> {
            try (XlsxSource src = XlsxReader.create().open(xlsx)) {
              yield reader.partial(src).toRollup().total();
            }
          }
          case "xlsx2" -> {
            try (XlsxSource src = XlsxReader.create().withThreads(2).open(xlsx)) {
              yield reader.partial(src).toRollup().total();
            }
          }
          case "csv2" -> reader.rollupParallel(csv, 2).total();
          case "scanner" -> XlsxRollupBenchmark.scanner(xlsx);
          case "fastexcel" -> XlsxRollupBenchmark.fastexcel(xlsx);
          case "stax" -> XlsxRollupBenchmark.stax(xlsx);
          case "inflate" -> XlsxRollupBenchmark.inflate(xlsx);
          default -> throw new IllegalArgumentException("unknown method " + what);
        };
        System.out.printf("%-9s run %d: wall %6d ms, this thread's CPU %6d ms, process CPU %6d ms, allocated %7.1f MB (%s)%n",
            what, i, (System.nanoTime() - w0) / 1_000_000, (mx.getCurrentThreadCpuTime() - c0) / 1_000_000,
            (os.getProcessCpuTime() - p0) / 1_000_000, (mx.getCurrentThreadAllocatedBytes() - a0) / 1e6, r);
      }
    }
  }
}
