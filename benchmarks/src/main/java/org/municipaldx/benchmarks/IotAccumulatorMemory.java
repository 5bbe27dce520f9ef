package org.municipaldx.benchmarks;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.SplittableRandom;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.report.LocationPeriod;
import org.municipaldx.iot.report.QuantityRow;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * The accumulator's memory for a readings file of {@link IotComplianceBenchmark}'s generator (the same values in the
 * same order, from the same seed), without the file: the readings go straight into one accumulator, or into parts
 * that are all alive at once and then joined, as {@code ReadingsCsvReader.read(file, acc, threads)} holds one part
 * per range while the workers read (issue 16m). {@code java -Xmx256m -cp benchmarks.jar
 * org.municipaldx.benchmarks.IotAccumulatorMemory ROWS SENSORS PARTS} prints the heap in use every 500 time steps and
 * the table's size; at 100 M rows and 10,000 sensors each part keeps up to 100 spans of each of 20,000 cells.
 */
public final class IotAccumulatorMemory {
  private IotAccumulatorMemory() {}

  /**
   * @param a  rows, sensors, parts (1: one accumulator; 2 or more: that many parts alive at once, then joined)
   */
  public static void main(String[] a) {
    long rows = Long.parseLong(a[0]);
    int sensors = Integer.parseInt(a[1]);
    int parts = Integer.parseInt(a[2]);
    SplittableRandom r = new SplittableRandom(20230214L);
    long start = LocalDateTime.of(2024, 5, 20, 0, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant().toEpochMilli();
    Quantity[] qs = {Quantity.AIR_TEMPERATURE, Quantity.RELATIVE_HUMIDITY, Quantity.CO2};
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.MONTH, ZoneId.of("Asia/Tokyo"));
    ComplianceAccumulator[] ps = new ComplianceAccumulator[parts];
    int[][] idx = new int[parts][sensors];
    for (int p = 0; p < parts; p++) {
      ps[p] = parts == 1 ? acc : acc.newPart();
      for (int s = 0; s < sensors; s++) {
        idx[p][s] = ps[p].sensor("hall-" + s, Location.builder().facility("本庁舎").floor((s / 100 + 1) + "F").zone("室" + s).build(), Optional.of(Duration.ofMinutes(5)));
      }
    }
    long n = 0;
    long perPart = (rows + parts - 1) / parts;
    Runtime rt = Runtime.getRuntime();
    long t0 = System.nanoTime();
    for (int step = 0; n < rows; step++) {
      long t = start + step * 300_000L;
      for (int s = 0; s < sensors && n < rows; s++) {
        for (int q = 0; q < 3 && n < rows; q++, n++) {
          long v = q == 0 ? (150 + r.nextInt(151)) * 100L : q == 1 ? (300 + r.nextInt(501)) * 100L : (400 + r.nextInt(1001)) * 1000L;
          int p = (int) (n / perPart);
          ps[p].add(idx[p][s], qs[q], t, v);
        }
      }
      if (step % 500 == 0) {
        System.out.printf("step %d, %,d rows, used %d MB (%.1f s)%n", step, n, (rt.totalMemory() - rt.freeMemory()) >> 20, (System.nanoTime() - t0) / 1e9);
      }
    }
    for (int p = parts == 1 ? 1 : 0; p < parts; p++) {
      if (!acc.join(ps[p])) throw new IllegalStateException("not joined");
    }
    ComplianceTable table = acc.finish();
    long spans = 0;
    for (LocationPeriod lp : table.rows()) for (QuantityRow qr : lp.quantities()) spans += qr.spans().size();
    System.out.printf("done: %,d readings, %d rows, %,d spans listed, used %d MB, %.1f s%n", table.readings(), table.rows().size(), spans, (rt.totalMemory() - rt.freeMemory()) >> 20, (System.nanoTime() - t0) / 1e9);
  }
}
