package org.municipaldx.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.municipaldx.iot.ingest.ReadingsCsvReader;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * Where the CPU of one readings file → compliance table goes, per thread (issue 16m): the calling thread's read
 * (the joins, at two threads) and {@code finish()} apart, each worker thread's CPU and allocation (sampled every
 * 2 ms while the read runs, so a worker's figure is its CPU up to its last sample), the GC's pauses and the JIT's
 * compilation time, and the process's CPU. {@code java -Xmx256m -cp benchmarks.jar
 * org.municipaldx.benchmarks.IotThreadCpuTime SENSORS RUNS THREADS}, the file {@code readings-SENSORS-3000000.csv}
 * in {@code -Ddx.bench.dir} (default /tmp) as {@link IotComplianceBenchmark} writes it.
 */
public final class IotThreadCpuTime {
  private IotThreadCpuTime() {}

  /**
   * @param a  sensors (64 or 10000), runs, threads
   * @throws Exception if a run fails
   */
  public static void main(String[] a) throws Exception {
    int sensors = Integer.parseInt(a[0]);
    int runs = Integer.parseInt(a[1]);
    int threads = Integer.parseInt(a[2]);
    Path f = Paths.get(System.getProperty("dx.bench.dir", "/tmp")).resolve("readings-" + sensors + "-3000000.csv");
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    for (int i = 0; i < runs; i++) {
      Map<Long, long[]> workers = new ConcurrentHashMap<>();
      Map<Long, Boolean> isWorker = new java.util.HashMap<>();
      long self = Thread.currentThread().getId();
      stopSampling = false;
      Thread sampler = new Thread(() -> {
        while (!stopSampling) {
          for (long id : mx.getAllThreadIds()) {
            if (id == self) {
              continue;
            }
            Boolean w = isWorker.get(id);
            if (w == null) {
              java.lang.management.ThreadInfo ti = mx.getThreadInfo(id);
              w = ti != null && ti.getThreadName().equals("readings-parser");
              isWorker.put(id, w);
            }
            if (w) {
              long cpu = mx.getThreadCpuTime(id);
              long alloc = mx.getThreadAllocatedBytes(id);
              if (cpu > 0) {
                workers.put(id, new long[] {cpu, alloc});
              }
            }
          }
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "sampler");
      sampler.setDaemon(true);
      long[] native0 = nativeCpu();
      long gc0 = gcMillis();
      long young0 = youngMillis();
      long gcn0 = gcCount();
      long jit0 = jit.getTotalCompilationTime();
      long p0 = os.getProcessCpuTime();
      long w0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      long a0 = mx.getCurrentThreadAllocatedBytes();
      sampler.start();
      ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.MONTH,
          ZoneId.of("Asia/Tokyo"));
      ReadingsCsvReader.create().withInterval(Duration.ofMinutes(5)).read(f, acc, threads);
      long w1 = System.nanoTime();
      long c1 = mx.getCurrentThreadCpuTime();
      long a1 = mx.getCurrentThreadAllocatedBytes();
      stopSampling = true;
      sampler.join();
      if (i == runs - 1 && Boolean.getBoolean("dx.histogram")) {
        // the live objects after the read, before finish(): what the young collections copied
        new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram").inheritIO()
            .start().waitFor();
      }
      ComplianceTable t = acc.finish();
      long w2 = System.nanoTime();
      long c2 = mx.getCurrentThreadCpuTime();
      long a2 = mx.getCurrentThreadAllocatedBytes();
      int rows = t.rows().size();
      long p2 = os.getProcessCpuTime();
      long[] native2 = nativeCpu();
      StringBuilder ws = new StringBuilder();
      long wsum = 0;
      long wal = 0;
      for (long[] w : new TreeMap<>(workers).values()) {
        ws.append(w[0] / 1_000_000).append(' ');
        wsum += w[0];
        wal += w[1];
      }
      System.out.printf("%d sensors %d thr run %d: wall %d ms (read %d, finish %d); calling thread CPU read %d ms, "
          + "finish %d ms; workers CPU [%s] sum %d ms; process CPU %d ms; GC %d ms in %d (young pauses %d ms; GC threads' CPU %d ms, compiler threads' %d ms); JIT %d ms; alloc calling "
          + "%.1f + %.1f MB, workers %.1f MB (%d rows)%n", sensors, threads, i, (w2 - w0) / 1_000_000,
          (w1 - w0) / 1_000_000, (w2 - w1) / 1_000_000, (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000,
          ws.toString().trim(), wsum / 1_000_000, (p2 - p0) / 1_000_000, gcMillis() - gc0, gcCount() - gcn0, youngMillis() - young0, native2[0] - native0[0], native2[1] - native0[1],
          jit.getTotalCompilationTime() - jit0, (a1 - a0) / 1e6, (a2 - a1) / 1e6, wal / 1e6, rows);
    }
  }

  private static volatile boolean stopSampling;

  private static long gcMillis() {
    long s = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
      s += Math.max(0, g.getCollectionTime());
    }
    return s;
  }

  /**
   * {@return the CPU milliseconds (Linux, from /proc/self/task) of the JVM's GC threads (G1's workers, concurrent
   * and refinement threads, the VM thread) and of its compiler threads, 10 ms ticks}
   */
  private static long[] nativeCpu() {
    long gc = 0;
    long jit = 0;
    java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
    if (tasks == null) {
      return new long[2];
    }
    for (java.io.File t : tasks) {
      try {
        String comm = new String(java.nio.file.Files.readAllBytes(t.toPath().resolve("comm"))).trim();
        String stat = new String(java.nio.file.Files.readAllBytes(t.toPath().resolve("stat")));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.startsWith("VM Thread")) {
          gc += ticks * 10;
        } else if (comm.startsWith("C2 Compiler") || comm.startsWith("C1 Compiler")) {
          jit += ticks * 10;
        }
      } catch (java.io.IOException | RuntimeException e) {
        // a thread that ended meanwhile
      }
    }
    return new long[] {gc, jit};
  }

  private static long youngMillis() {
    long s = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (g.getName().contains("Young")) {
        s += Math.max(0, g.getCollectionTime());
      }
    }
    return s;
  }

  private static long gcCount() {
    long s = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
      s += Math.max(0, g.getCollectionCount());
    }
    return s;
  }
}
