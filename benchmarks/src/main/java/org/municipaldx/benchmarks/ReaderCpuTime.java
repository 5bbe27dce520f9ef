package org.municipaldx.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The inputs of {@link ReaderBenchmark}, timed by the CPU time of the reading thread as well as the
 * wall clock: on a shared machine whose load is far above its cores, wall-clock scores measure the
 * queue for a core more than the reader. Prints, per input, the best of 5 runs after 3 warm-ups.
 * Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar org.municipaldx.benchmarks.ReaderCpuTime}.
 */
public final class ReaderCpuTime {
  private ReaderCpuTime() {}

  public static void main(String[] args) {
    ReaderBenchmark b = new ReaderBenchmark();
    b.setUp();
    Map<String, Supplier<Object>> inputs = new LinkedHashMap<>();
    inputs.put("auditSeedLikeText", b::auditSeedLikeText);
    inputs.put("auditUnclosedNotes", b::auditUnclosedNotes);
    inputs.put("auditLabelsBeforeFormulas", b::auditLabelsBeforeFormulas);
    inputs.put("parseLongFormula", b::parseLongFormula);
    inputs.put("parseLongFactor", b::parseLongFactor);
    inputs.put("parseRational", b::parseRational);
    inputs.put("parseFigure", b::parseFigure);
    inputs.put("parseRoundingPolicy", b::parseRoundingPolicy);
    inputs.put("parseCoordinates", b::parseCoordinates);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf("%-28s %12s %12s %10s%n", "input (10 MB)", "cpu ms", "wall ms", "MB/s cpu");
    for (Map.Entry<String, Supplier<Object>> e : inputs.entrySet()) {
      long bestCpu = Long.MAX_VALUE;
      long bestWall = Long.MAX_VALUE;
      for (int run = 0; run < 8; run++) {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        if (e.getValue().get() == null) {
          throw new IllegalStateException(e.getKey());
        }
        if (run >= 3) {
          bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
          bestWall = Math.min(bestWall, System.nanoTime() - wall);
        }
      }
      System.out.printf("%-28s %12.1f %12.1f %10.1f%n", e.getKey(), bestCpu / 1e6, bestWall / 1e6,
          ReaderBenchmark.BYTES / 1e6 / (bestCpu / 1e9));
    }
  }
}
