package org.municipaldx.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * The CPU time (of the whole process, so DuckDB's native threads count) of {@link SurveyBenchmark}'s
 * two operations, repeated in one JVM: a comparison less sensitive than wall time to a machine shared
 * with other work. {@code java -Xmx1g -cp benchmarks.jar org.municipaldx.benchmarks.SurveyCpuTime WHAT
 * RUNS [THREADS]} with WHAT {@code library} (dx-survey's reader and take-up by ministry; THREADS &gt; 1:
 * its parallel read), {@code takeup} (the reader's take-up path, one thread) or {@code duckdb} ({@code SET threads=THREADS}, default 1); the 75,000-row file is
 * built from the sample as the benchmark builds it ({@code -Dsurvey.sample=PATH}, run from the repository
 * root).
 */
public final class SurveyCpuTime {
  private SurveyCpuTime() {}

  /**
   * @param a  what, runs, and the threads
   * @throws Exception if a run fails
   */
  public static void main(String[] a) throws Exception {
    String what = a[0];
    int runs = Integer.parseInt(a[1]);
    int threads = a.length > 2 ? Integer.parseInt(a[2]) : 1;
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    SurveyBenchmark.SurveyFile f = new SurveyBenchmark.SurveyFile();
    f.rows = 75000;
    f.threads = threads;
    f.build();
    try {
      SurveyBenchmark.DuckDb d = null;
      if (what.equals("duckdb")) {
        d = new SurveyBenchmark.DuckDb();
        d.open(f);
      }
      for (int i = 0; i < runs; i++) {
        long p0 = os.getProcessCpuTime();
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        long a0 = mx.getCurrentThreadAllocatedBytes();
        Object r = d != null ? SurveyBenchmark.duckdb(d).size()
            : what.equals("takeup") ? SurveyBenchmark.takeUpPath(f.file).groups().size()
            : SurveyBenchmark.readAndTakeUp(f.file, threads).groups().size();
        System.out.printf("%s/%d run %d: wall %d ms, this thread's CPU %d ms, process CPU %d ms, this thread allocated %.1f MB (%s groups)%n",
            what, threads, i, (System.nanoTime() - w0) / 1_000_000, (mx.getCurrentThreadCpuTime() - c0) / 1_000_000,
            (os.getProcessCpuTime() - p0) / 1_000_000, (mx.getCurrentThreadAllocatedBytes() - a0) / 1e6, r);
      }
      if (d != null) {
        d.close();
      }
    } finally {
      f.delete();
    }
  }
}
