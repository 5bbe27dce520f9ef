package org.municipaldx.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.aggregate.Bucketing;
import org.municipaldx.iot.aggregate.ColumnarAggregate;
import org.municipaldx.iot.aggregate.ReadingAggregator;
import org.municipaldx.iot.aggregate.ReadingColumns;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppReadings;
import org.municipaldx.iot.lpp.LppType;
import org.municipaldx.iot.lpp.LppValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * dx-iot (issue 4, "Tests and benchmarks"): Cayenne LPP decode throughput and aggregation
 * throughput of a year of 10-minute readings.
 *
 * <ul>
 *   <li>{@code decodeLpp}: strict decode of 1,024 distinct 11-byte payloads (temperature,
 *       humidity, CO2 concentration), scored in payloads per second;</li>
 *   <li>{@code decodeLppToReadings}: the same plus conversion to {@link Reading} objects;</li>
 *   <li>{@code aggregateObjects}: {@link ReadingAggregator} (one {@link Reading} with a
 *       {@link BigDecimal} value per reading, a {@code HashMap} cell per sensor × quantity × day);</li>
 *   <li>{@code aggregateColumnar}, {@code aggregateColumnarParallel}: {@link ColumnarAggregate} on
 *       {@link ReadingColumns} (primitive arrays, fixed-point longs), one thread and two partitions.</li>
 * </ul>
 * The aggregation data set is 64 sensors × 3 quantities × 52,560 readings (a year at 10-minute
 * intervals) = 10,091,520 readings, daily buckets, fixed seed; aggregation scores are readings per
 * second. Run: {@code java -jar benchmarks/target/benchmarks.jar IotBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class IotBenchmark {
  static final int PAYLOADS = 1024;
  static final int SENSORS = 64;
  static final int PER_YEAR = 52_560; // 365 days × 144 ten-minute slots
  static final int ROWS = SENSORS * 3 * PER_YEAR; // 10,091,520
  static final Set<Quantity> QUANTITIES =
      EnumSet.of(Quantity.AIR_TEMPERATURE, Quantity.RELATIVE_HUMIDITY, Quantity.CO2);
  static final Instant START = LocalDate.of(2023, 4, 1).atStartOfDay(java.time.ZoneId.of("Asia/Tokyo")).toInstant();
  static final Bucketing DAILY = new Bucketing(START, Duration.ofDays(1));

  /** 1,024 payloads: channel 1 temperature, 2 humidity, 3 CO2. */
  @State(Scope.Benchmark)
  public static class Payloads {
    byte[][] payloads;

    @Setup
    public void setUp() {
      SplittableRandom rnd = new SplittableRandom(4);
      payloads = new byte[PAYLOADS][];
      for (int i = 0; i < PAYLOADS; i++) {
        payloads[i] = CayenneLpp.encode(List.of(
            LppValue.ofRaw(1, LppType.TEMPERATURE, rnd.nextInt(150, 300)),
            LppValue.ofRaw(2, LppType.RELATIVE_HUMIDITY, rnd.nextInt(60, 160)),
            LppValue.ofRaw(3, LppType.CONCENTRATION, rnd.nextInt(400, 1600))));
      }
    }
  }

  private static long value(SplittableRandom rnd, int q) {
    switch (q) {
      case 0: return rnd.nextInt(1500, 3000) * 10L; // 15.0–30.0 °C at column scale 2
      case 1: return rnd.nextInt(40, 160) * 5L; // 20.0–80.0 % in 0.5 steps at column scale 1
      default: return rnd.nextInt(400, 1600); // ppm at scale 0
    }
  }

  private static final Quantity[] Q = {Quantity.AIR_TEMPERATURE, Quantity.RELATIVE_HUMIDITY, Quantity.CO2};

  /** The year of readings as objects. */
  @State(Scope.Benchmark)
  public static class ObjectReadings {
    List<Reading> readings;

    @Setup
    public void setUp() {
      SplittableRandom rnd = new SplittableRandom(4);
      readings = new ArrayList<>(ROWS);
      String[] ids = new String[SENSORS];
      for (int s = 0; s < SENSORS; s++) {
        ids[s] = "hall-" + s;
      }
      for (int t = 0; t < PER_YEAR; t++) {
        Instant at = START.plusSeconds(600L * t);
        for (int s = 0; s < SENSORS; s++) {
          for (int q = 0; q < 3; q++) {
            readings.add(Reading.of(ids[s], Q[q], BigDecimal.valueOf(value(rnd, q), Q[q].columnScale()), at));
          }
        }
      }
    }
  }

  /** The same year as columns. */
  @State(Scope.Benchmark)
  public static class Columns {
    ReadingColumns columns;

    @Setup
    public void setUp() {
      SplittableRandom rnd = new SplittableRandom(4);
      ReadingColumns.Builder b = ReadingColumns.builder(ROWS);
      long start = START.getEpochSecond();
      for (int t = 0; t < PER_YEAR; t++) {
        long at = start + 600L * t;
        for (int s = 0; s < SENSORS; s++) {
          for (int q = 0; q < 3; q++) {
            b.add(s, Q[q], at, value(rnd, q));
          }
        }
      }
      columns = b.build();
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAYLOADS)
  public void decodeLpp(Payloads p, Blackhole bh) {
    for (byte[] payload : p.payloads) {
      bh.consume(CayenneLpp.decode(payload));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAYLOADS)
  public void decodeLppToReadings(Payloads p, Blackhole bh) {
    LppReadings mapping = LppReadings.byType();
    for (byte[] payload : p.payloads) {
      bh.consume(mapping.toReadings("hall-0", START, CayenneLpp.decode(payload)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ReadingAggregator aggregateObjects(ObjectReadings o) {
    return new ReadingAggregator(DAILY).acceptAll(o.readings);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ColumnarAggregate aggregateColumnar(Columns c) {
    return new ColumnarAggregate(SENSORS, QUANTITIES, DAILY, 0, 366).accumulate(c.columns);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ColumnarAggregate aggregateColumnarParallel(Columns c) {
    return ColumnarAggregate.parallel(c.columns, SENSORS, QUANTITIES, DAILY, 0, 366, 2);
  }
}
