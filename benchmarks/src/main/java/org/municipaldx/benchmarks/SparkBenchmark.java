package org.municipaldx.benchmarks;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.aggregate.Bucketing;
import org.municipaldx.iot.aggregate.ColumnarAggregate;
import org.municipaldx.iot.aggregate.ReadingColumns;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.metrics.batch.ColumnarTable;
import org.municipaldx.metrics.batch.DepartmentDictionary;
import org.municipaldx.metrics.batch.Sums;
import org.municipaldx.spark.DxSpark;
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
 * The dx aggregators on Spark ({@code local[2]}) against Spark SQL's built-in
 * {@code sum}/{@code count}/{@code min}/{@code max} with the same GROUP BY on the same DataFrames
 * (Parquet written once in {@code @Setup}, read by every operation), and against the single-machine
 * library on the same rows (loaded into its columnar structures in {@code @Setup}; only the kernel
 * is timed). Issue 15.
 *
 * <ul>
 *   <li>procedures ({@code procedureRows}, 1,741 municipalities × 20 departments × 3 fiscal
 *       years): {@code procDxSums} ({@code dx_sums} by municipality, fiscal year and department),
 *       {@code procBuiltinSums} (the same with {@code sum(minutesPerCase * online), sum(online),
 *       sum(total), count(*)}), {@code procDxRollup} ({@code dx_rollup} by municipality and fiscal
 *       year: departments and five-less categories in one pass), {@code procDxRollupDeclarative}
 *       ({@code DxSpark.rollup(Dataset, …)}: the same roll-up as declarative sums by group and department,
 *       folded per group; issue 15c), {@code procLibraryColumnar}
 *       ({@code ColumnarTable.rollup(FiscalYear)} of each year, one thread);
 *   <li>readings ({@code readingRows}, 3 quantities, sensors × days of 144 readings):
 *       {@code readDxSummary} ({@code dx_summary} by sensor, quantity and day),
 *       {@code readBuiltinSummary} ({@code count, sum, min, max} of the fixed-point value, same
 *       groups), {@code readDxCompliance} (both compliance stages by location and day, then month,
 *       building-hygiene standard; built-ins have no equivalent), {@code readDxComplianceSorted} (the day
 *       stage on partitions sorted by location, quantity and time, {@code DxSpark.complianceDays}; issue
 *       15c; on primitives since issue 15d), {@code readDxComplianceFromPartials} (the day stage from
 *       partial states of the input partitions, {@code DxSpark.complianceDaysFromPartials}; issue 15e),
 *       {@code readSortFloor} (the shuffle and sort of that day stage
 *       alone, its floor; issue 15d), {@code readLibraryColumnar}
 *       ({@code ColumnarAggregate} by sensor, quantity and day bucket, one thread).
 * </ul>
 * Each Spark operation writes its result to Spark's {@code noop} sink, so the whole aggregation
 * runs and nothing is collected. Run with Spark on the class path (see benchmarks/README.md).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx10g", "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
    "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
    "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true"})
@State(Scope.Benchmark)
public class SparkBenchmark {
  @Param("20000000")
  public long procedureRows;

  @Param("20000000")
  public long readingRows;

  @Param("/tmp/dx-spark-bench")
  public String dir;

  SparkSession spark;
  Dataset<Row> procedures;
  Dataset<Row> readings;

  @Setup(Level.Trial)
  public void setUp() {
    spark = SparkSession.builder().master("local[2]").appName("dx-spark-bench")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.session.timeZone", "UTC").config("spark.driver.memory", "10g").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    String p = dir + "/procedures-" + procedureRows;
    if (!Files.exists(Path.of(p, "_SUCCESS"))) {
      spark.range(0, procedureRows).withColumn("h", expr("abs(hash(id, 7))"))
          .select(expr("concat('m', lpad(cast(id % 1741 as string), 4, '0'))").as("municipality"),
              expr("concat('dept-', cast((id div 1741) % 20 as string))").as("department"),
              expr("cast(2021 + (id div 34820) % 3 as int)").as("fiscalYear"),
              expr("cast(h % 32 as int)").as("fiveLessMask"),
              expr("cast(5 + (h div 32) % 120 as long)").as("minutesPerCase"),
              expr("cast((h div 4000) % 50000 as long)").as("total"),
              expr("(h div 1000) % 101").as("share"))
          .withColumn("online", expr("cast(total * share div 100 as long)")).drop("share")
          .write().mode("overwrite").parquet(p);
    }
    String r = dir + "/readings-" + readingRows;
    long perSensorDay = 3 * 144;
    if (!Files.exists(Path.of(r, "_SUCCESS"))) {
      // sensors × days of 10-minute readings of 3 quantities; 30 days; sensor s in building s / 10
      spark.range(0, readingRows).withColumn("h", expr("abs(hash(id, 11))"))
          .withColumn("sd", expr("id div " + perSensorDay))
          .select(expr("concat('loc-', cast((sd div 30) div 10 as string), '//')").as("location"),
              expr("concat('s-', cast(sd div 30 as string))").as("sensorId"),
              expr("element_at(array('AIR_TEMPERATURE', 'RELATIVE_HUMIDITY', 'CO2'), cast((id % 432) div 144 as int) + 1)")
                  .as("quantity"),
              expr("timestamp_seconds(1648738800 + (sd % 30) * 86400 + (id % 144) * 600)").as("observedAt"),
              expr("cast(case (id % 432) div 144 when 0 then 1500 + h % 1500 when 1 then 300 + h % 450"
                  + " else 450 + h % 800 end as long)").as("unscaled"),
              expr("cast(null as string)").as("quality"))
          .withColumn("day", DxSpark.period(col("observedAt"), "day"))
          .withColumn("month", expr("substring(day, 1, 7)"))
          .write().mode("overwrite").parquet(r);
    }
    procedures = spark.read().parquet(p);
    readings = spark.read().parquet(r);

  }

  @TearDown(Level.Trial)
  public void tearDown() {
    spark.stop();
  }

  private long cpuAtStart;

  /** Records the fork's CPU time (every Spark task runs in this JVM in local mode) before each shot. */
  @Setup(Level.Iteration)
  public void cpuBefore() {
    cpuAtStart = processCpuNanos();
  }

  /** Prints the shot's CPU time beside JMH's wall time: on a loaded machine the two differ widely. */
  @TearDown(Level.Iteration)
  public void cpuAfter() {
    System.out.printf("%n[cpu] %.2f s of CPU time in this shot (load average %.1f)%n",
        (processCpuNanos() - cpuAtStart) / 1e9,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  @Benchmark
  public void procDxSums() {
    procedures.groupBy(col("municipality"), col("fiscalYear"), col("department"))
        .agg(DxSpark.sums(col("minutesPerCase"), col("online"), col("total")).as("s"))
        .write().format("noop").mode("overwrite").save();
  }

  /** {@code dx_sums} as the typed {@code Aggregator} (SQL's {@code dx_sums}): the path before issue 15b. */
  @Benchmark
  public void procDxSumsAggregator() {
    procedures.groupBy(col("municipality"), col("fiscalYear"), col("department"))
        .agg(DxSpark.sumsFunction().apply(col("minutesPerCase"), col("online"), col("total")).as("s"))
        .write().format("noop").mode("overwrite").save();
  }

  /** The typed aggregator with the object-hash-aggregate's sort-based fallback pushed beyond the groups. */
  @Benchmark
  public void procDxSumsAggregatorNoSortFallback() {
    withoutSortFallback(this::procDxSumsAggregator);
  }

  private void withoutSortFallback(Runnable r) {
    String key = "spark.sql.objectHashAggregate.sortBased.fallbackThreshold";
    String old = spark.conf().get(key);
    spark.conf().set(key, "10000000");
    try {
      r.run();
    } finally {
      spark.conf().set(key, old);
    }
  }

  @Benchmark
  public void procBuiltinSums() {
    procedures.groupBy(col("municipality"), col("fiscalYear"), col("department"))
        .agg(sum(col("minutesPerCase").multiply(col("online"))), sum(col("online")), sum(col("total")), count("*"))
        .write().format("noop").mode("overwrite").save();
  }

  @Benchmark
  public void procDxRollup() {
    procedures.groupBy(col("municipality"), col("fiscalYear"))
        .agg(DxSpark.rollup(col("department"), col("fiveLessMask"), col("minutesPerCase"), col("online"),
            col("total")).as("r"))
        .write().format("noop").mode("overwrite").save();
  }

  /** {@code DxSpark.rollup(Dataset, …)}: declarative sums by group and department, then folded (issue 15c). */
  @Benchmark
  public void procDxRollupDeclarative() {
    DxSpark.rollup(procedures, List.of(col("municipality"), col("fiscalYear")), col("department"),
            col("fiveLessMask"), col("minutesPerCase"), col("online"), col("total"))
        .write().format("noop").mode("overwrite").save();
  }

  /** The typed {@code dx_rollup} with the object-hash-aggregate's sort-based fallback pushed beyond the groups. */
  @Benchmark
  public void procDxRollupNoSortFallback() {
    withoutSortFallback(this::procDxRollup);
  }

  @Benchmark
  public Sums procLibraryColumnar(LibraryProcedures lib) {
    Sums s = Sums.ZERO;
    for (FiscalYear y : lib.years) {
      s = s.plus(lib.table.rollup(y).total());
    }
    return s;
  }

  @Benchmark
  public void readDxSummary() {
    readings.groupBy(col("sensorId"), col("quantity"), col("day"))
        .agg(DxSpark.summary(col("quantity"), col("unscaled"), col("quality")).as("s"))
        .write().format("noop").mode("overwrite").save();
  }

  /** {@code dx_summary} as the typed {@code Aggregator} (SQL's {@code dx_summary}): the path before issue 15b. */
  @Benchmark
  public void readDxSummaryAggregator() {
    readings.groupBy(col("sensorId"), col("quantity"), col("day"))
        .agg(DxSpark.summaryFunction().apply(col("quantity"), col("unscaled"), col("quality")).as("s"))
        .write().format("noop").mode("overwrite").save();
  }

  /** The typed aggregator with the object-hash-aggregate's sort-based fallback pushed beyond the groups. */
  @Benchmark
  public void readDxSummaryAggregatorNoSortFallback() {
    withoutSortFallback(this::readDxSummaryAggregator);
  }

  @Benchmark
  public void readBuiltinSummary() {
    readings.groupBy(col("sensorId"), col("quantity"), col("day"))
        .agg(count(col("unscaled")), sum(col("unscaled")), min(col("unscaled")), max(col("unscaled")))
        .write().format("noop").mode("overwrite").save();
  }

  @Benchmark
  public void readDxCompliance() {
    readings.groupBy(col("location"), col("quantity"), col("day"), col("month"))
        .agg(DxSpark.complianceDay(Standards.BUILDING_HYGIENE, col("sensorId"), col("quantity"), col("observedAt"),
            col("unscaled"), col("quality")).as("segment"))
        .groupBy(col("location"), col("quantity"), col("month"))
        .agg(DxSpark.compliance(Standards.BUILDING_HYGIENE, col("segment")).as("c"))
        .write().format("noop").mode("overwrite").save();
  }

  /**
   * The day stage on sorted partitions ({@code DxSpark.complianceDays}), then {@code dx_compliance} by month
   * (issue 15c; since issue 15d the day stage judges on primitives).
   */
  @Benchmark
  public void readDxComplianceSorted() {
    DxSpark.complianceDays(readings, Standards.BUILDING_HYGIENE, col("location"), col("sensorId"), col("quantity"),
            col("observedAt"), col("unscaled"), col("quality"))
        .groupBy(col("location"), col("quantity"), col("month"))
        .agg(DxSpark.compliance(Standards.BUILDING_HYGIENE, col("segment")).as("c"))
        .write().format("noop").mode("overwrite").save();
  }

  /**
   * The day stage from partials ({@code DxSpark.complianceDaysFromPartials}: each input partition judges
   * its readings into partial states, only those are shuffled; days whose partials interleave in time
   * fall back to the sorted path), then the months by the sorted fold {@code DxSpark.complianceByPeriod}
   * (issue 15e). Prints the days that fell back (in the first shot, after its work, inside its time).
   */
  @Benchmark
  public void readDxComplianceFromPartials() {
    Dataset<Row> days = DxSpark.complianceDaysFromPartials(readings, Standards.BUILDING_HYGIENE,
        List.of(col("location")), col("sensorId"), col("quantity"), col("observedAt"), col("unscaled"),
        col("quality"));
    DxSpark.complianceByPeriod(days, Standards.BUILDING_HYGIENE, List.of(col("location")), col("month"))
        .write().format("noop").mode("overwrite").save();
    if (!reportedFallback) {
      reportedFallback = true;
      System.out.printf("%n[fallback] %d of %d days through the sorted path%n",
          days.filter(col("sortedFallback")).count(), days.count());
    }
  }

  private boolean reportedFallback;

  /**
   * {@link #readDxComplianceFromPartials} with the months' exceedances as numbers
   * ({@code DxSpark.complianceByPeriodColumnar}, issue 15g): no exceedance formatted as text. Prints the days
   * that fell back, as that method does.
   */
  @Benchmark
  public void readDxComplianceColumnar() {
    Dataset<Row> days = DxSpark.complianceDaysFromPartials(readings, Standards.BUILDING_HYGIENE,
        List.of(col("location")), col("sensorId"), col("quantity"), col("observedAt"), col("unscaled"),
        col("quality"));
    DxSpark.complianceByPeriodColumnar(days, Standards.BUILDING_HYGIENE, List.of(col("location")), col("month"))
        .write().format("noop").mode("overwrite").save();
    if (!reportedFallback) {
      reportedFallback = true;
      System.out.printf("%n[fallback] %d of %d days through the sorted path%n",
          days.filter(col("sortedFallback")).count(), days.count());
    }
  }

  /**
   * {@link #readDxComplianceColumnar} with the day stage's scan on rows ({@code spark.municipaldx.columnarScan=false}):
   * Spark's {@code ColumnarToRow} and a projection writing a row per reading, the path before issue 15j, which reads
   * the Parquet scan's column batches directly. In one run with that method, the step's figure.
   */
  @Benchmark
  public void readDxComplianceColumnarRowScan() {
    spark.conf().set("spark.municipaldx.columnarScan", "false");
    try {
      readDxComplianceColumnar();
    } finally {
      spark.conf().unset("spark.municipaldx.columnarScan");
    }
  }

  /**
   * The floor of the sorted day stage: the same shuffle by location and quantity and sort by time of
   * the same columns as {@code DxSpark.complianceDays}, with no judging and no second stage (issue 15d).
   */
  @Benchmark
  public void readSortFloor() {
    readings.select(col("location"), expr("cast(length(quantity) as int)").as("q"), col("sensorId"),
            expr("unix_micros(observedAt)").as("t"), col("unscaled"), expr("cast(0 as int)").as("k"))
        .repartition(col("location"), col("q")).sortWithinPartitions("location", "q", "t")
        .write().format("noop").mode("overwrite").save();
  }

  @Benchmark
  public long readLibraryColumnar(LibraryReadings lib) {
    ColumnarAggregate a = new ColumnarAggregate(lib.sensors, java.util.EnumSet.of(Quantity.AIR_TEMPERATURE,
        Quantity.RELATIVE_HUMIDITY, Quantity.CO2), lib.days, 0, 30).accumulate(lib.columns);
    return a.outsideWindow();
  }

  /** The procedure rows in the library's {@link ColumnarTable}, loaded from the same Parquet (not timed). */
  @State(Scope.Benchmark)
  public static class LibraryProcedures {
    ColumnarTable table;
    List<FiscalYear> years;

    @Setup(Level.Trial)
    public void setUp(SparkBenchmark b) {
      List<String> ids = new ArrayList<>();
      for (int m = 0; m < 1741; m++) {
        for (int d = 0; d < 20; d++) {
          ids.add(String.format("m%04d-dept-%d", m, d));
        }
      }
      DepartmentDictionary dict = DepartmentDictionary.of(ids);
      ColumnarTable.Builder t = ColumnarTable.builder(dict);
      Iterator<Row> it = b.procedures.toLocalIterator();
      while (it.hasNext()) {
        Row x = it.next();
        t.add(dict.index(x.getString(0) + "-" + x.getString(1)), x.getInt(3), FiscalYear.of(x.getInt(2)),
            x.getLong(4), x.getLong(6), x.getLong(5));
      }
      table = t.build();
      years = table.fiscalYears();
    }
  }

  /** The readings in the library's {@link ReadingColumns}, loaded from the same Parquet (not timed). */
  @State(Scope.Benchmark)
  public static class LibraryReadings {
    ReadingColumns columns;
    int sensors;
    Bucketing days;

    @Setup(Level.Trial)
    public void setUp(SparkBenchmark b) {
      sensors = (int) ((b.readingRows + 432L * 30 - 1) / (432L * 30));
      ReadingColumns.Builder rb = ReadingColumns.builder((int) b.readingRows);
      Iterator<Row> ri = b.readings.select(expr("cast(substring(sensorId, 3) as int)"), col("quantity"),
          expr("unix_seconds(observedAt)"), col("unscaled")).toLocalIterator();
      while (ri.hasNext()) {
        Row x = ri.next();
        rb.add(x.getInt(0), Quantity.valueOf(x.getString(1)), x.getLong(2), x.getLong(3));
      }
      columns = rb.build();
      days = Bucketing.from(java.time.LocalDate.of(2022, 4, 1), java.time.ZoneId.of("Asia/Tokyo"),
          java.time.Duration.ofDays(1));
    }
  }
}
