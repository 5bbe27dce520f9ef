package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.aggregate.Bucketing;
import org.municipaldx.iot.aggregate.ReadingAggregator;
import org.municipaldx.iot.aggregate.SeriesKey;
import org.municipaldx.iot.aggregate.Summary;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.QuantityCompliance;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * Distributed = single machine for readings: compliance by location and month or fiscal year on
 * Spark ({@code dx_compliance_day} then {@code dx_compliance}) equals the library's
 * {@link ComplianceReport} of the same readings — statistics, units judged and within, and every
 * exceedance with its span, runs crossing midnight (Japan) joined — and {@code dx_summary} by
 * sensor, quantity and day equals {@link ReadingAggregator}'s summaries; for 1, 2, many and skewed
 * partitions; the day stage on sorted partitions ({@code DxSpark.complianceDays}) gives the same.
 * The seeded readings cross the 2022-04-01 amendment of the building-hygiene standard (temperature
 * 17 → 18 °C, CO 10 → 6 ppm) and the fiscal-year boundary, and share instants across sensors.
 */
class ComplianceAgreementTest {
  static final StructType SCHEMA = new StructType()
      .add("location", DataTypes.StringType)
      .add("sensorId", DataTypes.StringType)
      .add("quantity", DataTypes.StringType)
      .add("observedAt", DataTypes.TimestampType)
      .add("unscaled", DataTypes.LongType)
      .add("quality", DataTypes.StringType)
      .add("part", DataTypes.IntegerType);

  static final Location[] LOCATIONS = {
      Location.builder().facility("本庁舎").floor("3F").zone("市民課窓口").build(),
      Location.builder().facility("第二庁舎").build()};
  static final Quantity[] QUANTITIES = {Quantity.AIR_TEMPERATURE, Quantity.CO2, Quantity.CO, Quantity.RELATIVE_HUMIDITY};

  record Generated(List<Row> rows, Map<String, List<Reading>> byLocation) {}

  static Generated generate(long seed, boolean skewed) {
    Random r = new Random(seed);
    List<Row> rows = new ArrayList<>();
    Map<String, List<Reading>> byLocation = new TreeMap<>();
    Instant first = LocalDate.of(2022, 3, 28).atStartOfDay(ComplianceReport.JAPAN).toInstant();
    for (Location l : LOCATIONS) {
      for (Quantity q : QUANTITIES) {
        long walk = switch (q) {
          case AIR_TEMPERATURE -> 2200;
          case CO2 -> 900;
          case CO -> 60;
          default -> 550;
        };
        for (int slot = 0; slot < 7 * 24; slot++) { // hourly, 7 days
          Instant t = first.plusSeconds(3600L * slot + 60L * r.nextInt(2));
          int hour = t.atZone(ComplianceReport.JAPAN).getHour();
          if (q == Quantity.AIR_TEMPERATURE) {
            // cold nights around midnight (below 18 °C, often below 17 °C), mild days: runs cross midnight
            walk = (hour >= 21 || hour < 4 ? 1650 : 2350) + r.nextInt(301) - 150;
          }
          walk += switch (q) {
            case AIR_TEMPERATURE -> 0;
            case CO2 -> r.nextInt(201) - 100;
            case CO -> r.nextInt(21) - 10;
            default -> r.nextInt(61) - 30;
          };
          walk = Math.max(0, walk);
          for (int s = 0; s < 2; s++) {
            if (r.nextInt(8) == 0) {
              continue;
            }
            long v = walk + (s == 0 ? 0 : r.nextInt(3) * (r.nextBoolean() ? 1 : -1));
            v = Math.max(0, q == Quantity.RELATIVE_HUMIDITY ? Math.min(1000, v) : v);
            Quality quality = r.nextInt(25) == 0 ? Quality.INVALID : r.nextInt(25) == 0 ? Quality.SUSPECT : Quality.GOOD;
            String sensor = "s-" + l.facility().length() + "-" + s;
            int part = skewed ? (r.nextInt(10) < 9 ? 0 : 1 + r.nextInt(7)) : r.nextInt(8);
            rows.add(RowFactory.create(l.key(), sensor, q.name(), Timestamp.from(t), v,
                quality == Quality.GOOD ? null : quality.name(), part));
            byLocation.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(Reading.builder().sensorId(sensor)
                .quantity(q).value(BigDecimal.valueOf(v, q.columnScale())).observedAt(t).quality(quality).build());
          }
        }
      }
    }
    return new Generated(rows, byLocation);
  }

  static Dataset<Row> frame(SparkSession spark, List<Row> rows, int partitions, boolean skewed) {
    Dataset<Row> df = spark.createDataFrame(rows, SCHEMA);
    return skewed ? df.repartition(partitions, col("part")) : df.repartition(partitions);
  }

  static Map<String, Object> spark(Dataset<Row> df, EnvironmentalStandard standard, String periodColumn) {
    return spark(df, standard, periodColumn, false);
  }

  /** @param sorted  the day stage by {@code DxSpark.complianceDays} (sorted partitions) instead of the aggregator */
  static Map<String, Object> spark(Dataset<Row> df, EnvironmentalStandard standard, String periodColumn,
      boolean sorted) {
    return spark(df, standard, periodColumn, sorted, null);
  }

  /**
   * @param fallbackDays  if not null, the day stage by {@code DxSpark.complianceDaysFromPartials} and the
   *     periods by {@code DxSpark.complianceByPeriod} (issue 15e), and the days that fell back to the sorted
   *     path are counted into element 0
   */
  static Map<String, Object> spark(Dataset<Row> df, EnvironmentalStandard standard, String periodColumn,
      boolean sorted, long[] fallbackDays) {
    Dataset<Row> days = fallbackDays != null
        ? DxSpark.complianceDaysFromPartials(df, standard, List.of(col("location")), col("sensorId"), col("quantity"),
            col("observedAt"), col("unscaled"), col("quality"))
        : sorted
        ? DxSpark.complianceDays(df, standard, col("location"), col("sensorId"), col("quantity"), col("observedAt"),
            col("unscaled"), col("quality"))
        : df.groupBy(col("location"), col("quantity"), DxSpark.period(col("observedAt"), "day").as("day"),
            DxSpark.period(col("observedAt"), "month").as("month"),
            DxSpark.period(col("observedAt"), "fiscal-year").as("fiscalYear"))
        .agg(DxSpark.complianceDay(standard, col("sensorId"), col("quantity"), col("observedAt"), col("unscaled"),
            col("quality")).as("segment"));
    Map<String, Object> out = new TreeMap<>();
    if (fallbackDays != null) {
      days = days.cache();
      long fellBack = days.filter(col("sortedFallback")).count();
      fallbackDays[0] += fellBack;
      // issue 15l: with no day falling back, the Dataset (cache() returns it) is folded from its long form
      assertThat(CompactDays.of(days) != null).as("the long form is used").isEqualTo(fellBack == 0);
      // and the periods by the sorted fold (issue 15e) instead of the typed dx_compliance
      for (Row r : DxSpark.complianceByPeriod(days, standard, List.of(col("location")), col(periodColumn))
          .collectAsList()) {
        out.put(r.getString(0) + "|" + r.getString(2) + "|" + r.getString(1), SparkSessions.plain(r.get(3)));
      }
      // the same periods with numeric exceedances (issue 15g): as text, equal to the text form
      Map<String, Object> columnar = new TreeMap<>();
      for (Row r : DxSpark.complianceByPeriodColumnar(days, standard, List.of(col("location")), col(periodColumn))
          .collectAsList()) {
        columnar.put(r.getString(0) + "|" + r.getString(2) + "|" + r.getString(1), asText(r.get(3), standard));
      }
      assertThat(columnar).isEqualTo(out);
      // issue 15l: a Dataset derived from the days is not the one returned, so it is folded from the public decimal
      // form: the same rows
      Dataset<Row> derived = days.select("*");
      assertThat(CompactDays.of(derived)).isNull();
      Map<String, Object> viaPublic = new TreeMap<>();
      for (Row r : DxSpark.complianceByPeriodColumnar(derived, standard, List.of(col("location")), col(periodColumn))
          .collectAsList()) {
        viaPublic.put(r.getString(0) + "|" + r.getString(2) + "|" + r.getString(1), asText(r.get(3), standard));
      }
      assertThat(viaPublic).as("folded from the public form").isEqualTo(out);
      days.unpersist();
      return out;
    }
    for (Row r : days.groupBy(col("location"), col(periodColumn), col("quantity"))
        .agg(DxSpark.compliance(standard, col("segment")).as("c")).collectAsList()) {
      out.put(r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2), SparkSessions.plain(r.get(3)));
    }
    return out;
  }

  /** @return a {@code COLUMNAR_OUTPUT} compliance as {@link SparkSessions#plain} of the text form */
  @SuppressWarnings("unchecked")
  static Object asText(Object columnar, EnvironmentalStandard standard) {
    List<Object> c = (List<Object>) SparkSessions.plain(columnar);
    List<Object> text = new ArrayList<>();
    for (Object x : (List<Object>) c.get(14)) {
      List<Object> e = new ArrayList<>((List<Object>) x);
      e.set(0, standard.limits().get((Integer) e.get(0)).describe());
      e.set(2, Instant.EPOCH.plus((Long) e.get(2), java.time.temporal.ChronoUnit.MICROS).toString());
      e.set(3, Instant.EPOCH.plus((Long) e.get(3), java.time.temporal.ChronoUnit.MICROS).toString());
      text.add(e);
    }
    List<Object> out = new ArrayList<>(c);
    out.set(14, text);
    return out;
  }

  static Map<String, Object> library(Generated g, EnvironmentalStandard standard, List<CompliancePeriod> periods,
      Map<String, Object> spark) {
    Map<String, Object> out = new TreeMap<>();
    for (Location l : LOCATIONS) {
      for (CompliancePeriod p : periods) {
        ComplianceReport report = ComplianceReport.of(standard, l, p, ComplianceReport.JAPAN,
            g.byLocation().get(l.key()));
        long invalidOnSpark = 0;
        for (Quantity q : QUANTITIES) {
          String key = l.key() + "|" + p + "|" + q.name();
          Object s = spark.get(key);
          if (s == null) {
            continue;
          }
          @SuppressWarnings("unchecked")
          long invalid = (Long) ((List<Object>) s).get(9);
          invalidOnSpark += invalid;
          QuantityCompliance c = report.quantity(q).orElse(null);
          out.put(key, SparkSessions.plain(ComplianceAggregator.toRow(c, invalid)));
        }
        assertThat(invalidOnSpark).as("invalid readings of %s in %s", l.key(), p).isEqualTo(report.invalidReadings());
      }
    }
    return out;
  }

  @Test
  void complianceOnSparkEqualsTheLibrarysReportForAnyPartitioning() {
    SparkSession spark = SparkSessions.local();
    EnvironmentalStandard standard = Standards.BUILDING_HYGIENE;
    // seeds drawn by Americium; every draw is checked on each partitioning
    Trials.api().longs()
        .withLimit(1)
        .supplyTo(seed -> {
          for (int[] p : new int[][] {{1, 0}, {2, 0}, {13, 0}, {13, 1}}) {
            int partitions = p[0];
            boolean skewed = p[1] == 1;
            Generated g = generate(seed, skewed);
            Dataset<Row> df = frame(spark, g.rows(), partitions, skewed).cache();
            Map<String, Object> months = spark(df, standard, "month");
            assertThat(months).as("seed %d, %d partitions, skewed %s", seed, partitions, skewed)
                .hasSize(LOCATIONS.length * 2 * QUANTITIES.length)
                .isEqualTo(library(g, standard,
                    List.of(CompliancePeriod.month(YearMonth.of(2022, 3)), CompliancePeriod.month(YearMonth.of(2022, 4))),
                    months));
            Map<String, Object> years = spark(df, standard, "fiscalYear");
            assertThat(years).as("seed %d, %d partitions, skewed %s", seed, partitions, skewed)
                .isEqualTo(library(g, standard,
                    List.of(CompliancePeriod.fiscalYear(FiscalYear.of(2021)), CompliancePeriod.fiscalYear(FiscalYear.of(2022))),
                    years));
            // the day stage on sorted partitions (issue 15c) gives the same months and fiscal years
            assertThat(spark(df, standard, "month", true)).as("sorted days: seed %d, %d partitions, skewed %s", seed,
                partitions, skewed).isEqualTo(months);
            // the day stage from partials (issue 15e): the same months; with readings dealt to partitions at
            // random (13 partitions, skewed or not) most days fall back to the sorted path, with one none can
            // each partition's rows in an order of their hash, not in the input's place order: with place order
            // the partials of a cut place carry their readings (issue 15g) and no day would fall back
            Dataset<Row> shuffled = df.sortWithinPartitions(org.apache.spark.sql.functions.hash(col("sensorId"),
                col("quantity"), col("observedAt")));
            long[] fallback = {0};
            assertThat(spark(shuffled, standard, "month", false, fallback)).as("partial days: seed %d, %d partitions,"
                + " skewed %s", seed, partitions, skewed).isEqualTo(months);
            if (partitions == 1) {
              assertThat(fallback[0]).as("days falling back in one partition").isZero();
            } else if (partitions == 13) {
              assertThat(fallback[0]).as("days falling back, readings dealt at random").isPositive();
            }
            if (skewed) {
              // the same day segments folded by fiscal year: once, to keep the module's tests short
              assertThat(spark(df, standard, "fiscalYear", true)).as("sorted days: seed %d, %d partitions, skewed %s",
                  seed, partitions, skewed).isEqualTo(years);
            }
            df.unpersist();
          }
        });
  }

  /**
   * Input in time order split into stretches of time (as files in time order are read): the partial day
   * stage equals the library and the sorted path, with no day falling back.
   */
  @Test
  void partialDaysOfInputInTimeOrderEqualTheLibrary() {
    SparkSession spark = SparkSessions.local();
    EnvironmentalStandard standard = Standards.BUILDING_HYGIENE;
    Generated g = generate(23, false);
    Dataset<Row> df = spark.createDataFrame(g.rows(), SCHEMA).repartitionByRange(13, col("observedAt"))
        .sortWithinPartitions("sensorId", "observedAt").cache();
    long[] fallback = {0};
    Map<String, Object> years = spark(df, standard, "fiscalYear", false, fallback);
    assertThat(years).isEqualTo(library(g, standard,
        List.of(CompliancePeriod.fiscalYear(FiscalYear.of(2021)), CompliancePeriod.fiscalYear(FiscalYear.of(2022))),
        years));
    assertThat(years).hasSize(LOCATIONS.length * 2 * QUANTITIES.length);
    // 13 stretches of 7 days: 12 cuts inside days, whose partials are joined; a range partitioning keeps
    // readings of one instant in one partition, so no day falls back
    assertThat(fallback[0]).isZero();
    assertThat(spark(df, standard, "fiscalYear", true)).isEqualTo(years);
    df.unpersist();
  }

  /**
   * Input in place order, each sensor's readings in time order, one sensor after another (as the benchmark's
   * files and per-place exports are written), cut into stretches inside places and sensors: the partials of a
   * cut place interleave in time, and since issue 15g they carry their raw readings (the partition's first and
   * last run of one key), so the merge judges those days exactly: no day falls back and the result equals the
   * library.
   */
  @Test
  void partialDaysOfInputInPlaceOrderEqualTheLibraryWithoutFallback() {
    SparkSession spark = SparkSessions.local();
    EnvironmentalStandard standard = Standards.BUILDING_HYGIENE;
    Generated g = generate(31, false);
    Dataset<Row> df = spark.createDataFrame(g.rows(), SCHEMA)
        .repartitionByRange(5, col("location"), col("sensorId"), col("observedAt"))
        .sortWithinPartitions("location", "sensorId", "observedAt").cache();
    long[] fallback = {0};
    Map<String, Object> months = spark(df, standard, "month", false, fallback);
    assertThat(months).hasSize(LOCATIONS.length * 2 * QUANTITIES.length).isEqualTo(library(g, standard,
        List.of(CompliancePeriod.month(YearMonth.of(2022, 3)), CompliancePeriod.month(YearMonth.of(2022, 4))),
        months));
    assertThat(fallback[0]).as("days falling back").isZero();
    df.unpersist();
  }

  /**
   * Readings read from Parquet (issue 15j): the partial day stage reads the scan's column batches (dictionary-encoded,
   * several row groups and batches per file) instead of a row per reading, and gives the library's months, the same
   * as its row path ({@code spark.municipaldx.columnarScan=false}) on the same files; a computed column sends it to
   * the row path, with the same result.
   */
  @Test
  void partialDaysReadFromParquetBatchesEqualTheLibraryAndTheRowPath() throws java.io.IOException {
    SparkSession spark = SparkSessions.local();
    EnvironmentalStandard standard = Standards.BUILDING_HYGIENE;
    Generated g = generate(41, false);
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dx-spark-15j");
    String path = dir.resolve("readings").toString();
    // place order, 3 files; small row groups and pages: several dictionaries per file
    spark.createDataFrame(g.rows(), SCHEMA).repartitionByRange(3, col("location"), col("sensorId"), col("observedAt"))
        .sortWithinPartitions("location", "sensorId", "observedAt").write().option("parquet.block.size", 16384)
        .option("parquet.page.size", 2048).parquet(path);
    String batch = "spark.sql.parquet.columnarReaderBatchSize";
    spark.conf().set(batch, "500");
    try {
      Dataset<Row> df = spark.read().parquet(path);
      assertThat(ColumnarScanPlan.of(df.select(col("location"), col("quantity"),
          col("sensorId"), col("observedAt"), col("unscaled"), col("quality")), 1)).as("the columnar scan").isNotNull();
      long[] fallback = {0};
      Map<String, Object> months = spark(df, standard, "month", false, fallback);
      assertThat(months).hasSize(LOCATIONS.length * 2 * QUANTITIES.length).isEqualTo(library(g, standard,
          List.of(CompliancePeriod.month(YearMonth.of(2022, 3)), CompliancePeriod.month(YearMonth.of(2022, 4))),
          months));
      assertThat(fallback[0]).as("days falling back").isZero();
      spark.conf().set(ColumnarScanPlan.CONF, "false");
      try {
        assertThat(ColumnarScanPlan.of(df.select(col("location"), col("quantity"),
            col("sensorId"), col("observedAt"), col("unscaled"), col("quality")), 1)).as("turned off").isNull();
        assertThat(spark(df, standard, "month", false, fallback)).as("the row path").isEqualTo(months);
      } finally {
        spark.conf().unset(ColumnarScanPlan.CONF);
      }
      Dataset<Row> computed = df.withColumn("unscaled", org.apache.spark.sql.functions.abs(col("unscaled"))); // the values are not negative
      assertThat(ColumnarScanPlan.of(computed.select(col("location"), col("quantity"),
          col("sensorId"), col("observedAt"), col("unscaled"), col("quality")), 1)).as("a computed column").isNull();
      assertThat(spark(computed, standard, "month", false, fallback)).as("computed").isEqualTo(months);
    } finally {
      spark.conf().unset(batch);
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  @Test
  void theTestDataHasRunsAcrossMidnightAndExceedancesOfEveryKind() {
    Generated g = generate(7, false);
    ComplianceReport report = ComplianceReport.of(Standards.BUILDING_HYGIENE, LOCATIONS[0],
        CompliancePeriod.fiscalYear(FiscalYear.of(2022)), ComplianceReport.JAPAN, g.byLocation().get(LOCATIONS[0].key()));
    QuantityCompliance t = report.quantity(Quantity.AIR_TEMPERATURE).orElseThrow();
    assertThat(t.exceedances()).anySatisfy(e -> assertThat(LocalDate.ofInstant(e.start(), ComplianceReport.JAPAN))
        .isBefore(LocalDate.ofInstant(e.end(), ComplianceReport.JAPAN)));
    assertThat(report.quantity(Quantity.CO2).orElseThrow().exceedances()).allSatisfy(e -> assertThat(e.day()).isPresent());
  }

  @Test
  void summariesOnSparkEqualTheLibrarysAggregator() {
    SparkSession spark = SparkSessions.local();
    Generated g = generate(11, true);
    Dataset<Row> df = frame(spark, g.rows(), 13, true);
    Map<String, Summary> onSpark = new TreeMap<>();
    Map<String, Long> invalid = new HashMap<>();
    for (Row r : df.groupBy(col("sensorId"), col("quantity"), DxSpark.period(col("observedAt"), "day").as("day"))
        .agg(DxSpark.summary(col("quantity"), col("unscaled"), col("quality")).as("s")).collectAsList()) {
      Row s = r.getStruct(3);
      String key = r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2);
      invalid.merge(r.getString(0), s.getLong(5), Long::sum);
      if (s.getLong(0) > 0) {
        Summary summary = Summary.of(s.getLong(0), s.getDecimal(1), s.getDecimal(2), s.getDecimal(3));
        onSpark.put(key, summary);
        Quantity q = Quantity.valueOf(r.getString(1));
        assertThat(s.getDecimal(4)).isEqualByComparingTo(
            summary.mean(q.columnScale() + 2, java.math.RoundingMode.HALF_EVEN).orElseThrow());
      }
    }
    Bucketing days = Bucketing.from(LocalDate.of(2022, 3, 28), ComplianceReport.JAPAN, java.time.Duration.ofDays(1));
    ReadingAggregator library = new ReadingAggregator(days);
    for (List<Reading> rs : g.byLocation().values()) {
      rs.forEach(library::accept);
    }
    Map<String, Summary> expected = new TreeMap<>();
    for (Map.Entry<SeriesKey, Summary> e : library.summaries().entrySet()) {
      SeriesKey k = e.getKey();
      expected.put(k.sensorId() + "|" + k.quantity().name() + "|" + LocalDate.of(2022, 3, 28).plusDays(k.bucket()),
          e.getValue());
    }
    assertThat(onSpark).isEqualTo(expected);
    assertThat(invalid.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(library.invalidCount());

    // the declarative column and the typed aggregator (SQL's dx_summary) give the same rows, mean included
    Dataset<Row> byDay = df.withColumn("day", DxSpark.period(col("observedAt"), "day"));
    List<Row> declarative = byDay.groupBy(col("sensorId"), col("quantity"), col("day"))
        .agg(DxSpark.summary(col("quantity"), col("unscaled"), col("quality")).as("s"))
        .orderBy("sensorId", "quantity", "day").collectAsList();
    List<Row> typed = byDay.groupBy(col("sensorId"), col("quantity"), col("day"))
        .agg(DxSpark.summaryFunction().apply(col("quantity"), col("unscaled"), col("quality")).as("s"))
        .orderBy("sensorId", "quantity", "day").collectAsList();
    assertThat(declarative).hasSizeGreaterThanOrEqualTo(expected.size());
    assertThat(declarative).isEqualTo(typed);
  }
}
