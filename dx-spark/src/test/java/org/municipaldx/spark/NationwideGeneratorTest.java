package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.iot.Quantity;

/**
 * The synthetic nationwide generator's rules (issue 13 part 4: only the job's end-to-end test ran it, and no check
 * looked at what it wrote): municipality codes are valid six-digit codes, prefectures 01–47 in turn and city
 * numbers from 201; the numbers of rows returned are the numbers written; every row's fields follow the layout
 * (departments, fiscal years, five-less names, minutes 5–124, online ≤ total &lt; 50,000); readings are one per
 * interval from midnight in Japan of the start date, with cool nights (16.5 °C ± 2) and mild days (23 °C ± 2),
 * humidity 30–75 %, CO2 450–1250 ppm; CSV carries instants as {@code yyyy-MM-ddTHH:mm:ssZ}, Parquet as timestamps;
 * the same seed writes the same rows, another seed other rows.
 */
class NationwideGeneratorTest {
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @Test
  void municipalityCodesTakePrefecturesInTurnAndCityNumbersFrom201WithCheckDigits() {
    List<String> codes = NationwideGenerator.municipalityCodes(NationwideGenerator.MUNICIPALITIES);
    assertThat(codes).hasSize(1_741).doesNotHaveDuplicates();
    // 01201 + check digit 7; prefecture 13 (Tokyo) city 201 is Hachioji, 132012; 47201 is 472018
    assertThat(codes.get(0)).isEqualTo("012017");
    assertThat(codes.get(12)).isEqualTo("132012");
    assertThat(codes.get(46)).isEqualTo("472018");
    // the 48th code starts prefecture 01 again with city 202: Hakodate, 012025
    assertThat(codes.get(47)).isEqualTo("012025");
    // 1,740 = 47 × 37 + 1: prefecture 02, city 201 + 37
    assertThat(codes.get(1_740)).startsWith("02238");
    for (String c : codes) {
      assertThat(MunicipalityCode.parse(c).value()).as("a valid code with its check digit").isEqualTo(c);
    }
    assertThat(NationwideGenerator.municipalityCodes(0)).isEmpty();
    assertThat(NationwideGenerator.municipalityCodes(1)).containsExactly("012017");
  }

  @Test
  void theGeneratedRowsFollowTheLayoutsAndTheirRanges(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkSessions.local();
    LocalDate start = LocalDate.of(2022, 3, 31);
    // 3 municipalities × 2 departments × 2 procedures × 3 fiscal years; readings: 3 × 1 building × 2 sensors ×
    // 3 quantities × (2 days × 24 h / 3 h = 16 slots)
    long[] csv = NationwideGenerator.generate(spark, dir.resolve("csv").toString(), "csv", 3, 2, 2, "2021-2023", 1, 2,
        2, start, 180, 7);
    assertThat(csv).containsExactly(36L, 288L);
    long[] parquet = NationwideGenerator.generate(spark, dir.resolve("parquet").toString(), "PARQUET", 3, 2, 2,
        "2021-2023", 1, 2, 2, start, 180, 7);
    assertThat(parquet).containsExactly(36L, 288L);
    List<String> codes = NationwideGenerator.municipalityCodes(3);

    // Parquet keeps the types: the procedure rows
    Dataset<Row> procs = spark.read().parquet(dir.resolve("parquet/procedures").toString());
    assertThat(procs.columns()).containsExactly("municipality", "department", "fiscalYear", "fiveLess",
        "minutesPerCase", "online", "total");
    List<Row> rows = procs.collectAsList();
    assertThat(rows).hasSize(36);
    Map<String, Integer> perGroup = new TreeMap<>();
    for (Row r : rows) {
      assertThat(codes).contains(r.getString(0));
      assertThat(r.getString(1)).isIn("dept-0", "dept-1");
      assertThat(r.getInt(2)).isBetween(2021, 2023);
      perGroup.merge(r.getString(0) + "|" + r.getString(1) + "|" + r.getInt(2), 1, Integer::sum);
      String five = r.getString(3);
      if (!five.isEmpty()) {
        assertThat(five.split("\\|")).allSatisfy(f -> assertThat(f).isIn("counterless", "cashless", "moveless",
            "paperless", "fileless"));
      }
      assertThat(DxSpark.fiveLessMask(five)).isBetween(0, 31);
      assertThat(r.getLong(4)).as("minutes per case").isBetween(5L, 124L);
      assertThat(r.getLong(6)).as("total").isBetween(0L, 49_999L);
      assertThat(r.getLong(5)).as("online").isBetween(0L, r.getLong(6));
    }
    // each municipality, department and fiscal year holds the department's 2 procedures
    assertThat(perGroup).hasSize(3 * 2 * 3).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(2));

    // the readings: one per sensor, quantity and 3-hour slot from midnight of 2022-03-31 in Japan
    Dataset<Row> readings = spark.read().parquet(dir.resolve("parquet/readings").toString());
    assertThat(readings.columns()).containsExactly("municipality", "location", "sensorId", "quantity",
        "observedAt", "value", "quality");
    assertThat(readings.schema().apply("observedAt").dataType().typeName()).isEqualTo("timestamp");
    Map<String, Set<Instant>> times = new HashMap<>();
    Set<Instant> expectedTimes = new TreeSet<>();
    for (int slot = 0; slot < 16; slot++) {
      expectedTimes.add(ZonedDateTime.of(2022, 3, 31, 0, 0, 0, 0, JAPAN).plusHours(3L * slot).toInstant());
    }
    for (Row r : readings.collectAsList()) {
      String m = r.getString(0);
      assertThat(codes).contains(m);
      assertThat(r.getString(1)).isEqualTo(m + "-building-0//");
      assertThat(r.getString(2)).isIn(m + "-b0-s0", m + "-b0-s1");
      Instant at = ((Timestamp) r.get(4)).toInstant();
      times.computeIfAbsent(r.getString(2) + "|" + r.getString(3), k -> new HashSet<>()).add(at);
      int hour = at.atZone(JAPAN).getHour();
      BigDecimal v = new BigDecimal(r.getString(5));
      Quantity q = Quantity.valueOf(r.getString(3));
      // written with the case expression's common scale (2); the value itself has the quantity's places
      assertThat(v.stripTrailingZeros().scale()).as("%s", v).isLessThanOrEqualTo(q.columnScale());
      switch (q) {
        case AIR_TEMPERATURE -> {
          if (hour >= 21 || hour < 5) {
            assertThat(v).as("a cool night, %s h", hour).isBetween(new BigDecimal("14.50"), new BigDecimal("18.49"));
          } else {
            assertThat(v).as("a mild day, %s h", hour).isBetween(new BigDecimal("21.00"), new BigDecimal("24.99"));
          }
        }
        case RELATIVE_HUMIDITY -> assertThat(v).isBetween(new BigDecimal("30.0"), new BigDecimal("74.9"));
        case CO2 -> assertThat(v).isBetween(new BigDecimal("450"), new BigDecimal("1249"));
        default -> throw new AssertionError("an unexpected quantity " + r.getString(3));
      }
      assertThat(r.isNullAt(6) || r.getString(6).equals("INVALID")).as("quality null or INVALID").isTrue();
    }
    assertThat(times).hasSize(3 * 2 * 3).allSatisfy((k, t) -> assertThat(new TreeSet<>(t)).as(k)
        .isEqualTo(expectedTimes));

    // CSV: the same rows as text, instants as yyyy-MM-ddTHH:mm:ssZ (the form DxSources reads)
    Dataset<Row> csvReadings = spark.read().option("header", "true").csv(dir.resolve("csv/readings").toString());
    assertThat(csvReadings.columns()).containsExactly(readings.columns());
    assertThat(csvReadings.where(col("observedAt").equalTo("2022-03-30T15:00:00Z")).count())
        .as("midnight in Japan, every sensor and quantity").isEqualTo(3 * 2 * 3);
    assertThat(csvReadings.where(col("observedAt").rlike("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:00:00Z$")).count())
        .isEqualTo(288);
    // every generated reading is one the readings source accepts (counting unscaled converts each)
    assertThat(DxSources.readings(spark, "csv", dir.resolve("csv/readings").toString())
        .agg(org.apache.spark.sql.functions.count(col("unscaled"))).first().getLong(0)).isEqualTo(288L);
    assertThat(spark.read().option("header", "true").csv(dir.resolve("csv/procedures").toString()).columns())
        .containsExactly(procs.columns());
    assertThat(files(dir.resolve("csv/procedures"), ".csv")).isNotEmpty();
    assertThat(files(dir.resolve("parquet/procedures"), ".parquet")).isNotEmpty();
    assertThat(files(dir.resolve("csv/readings"), ".parquet")).isEmpty();
  }

  @Test
  void oneFiscalYearHourlyReadingsOfOneDayAndTheSameRowsFromTheSameSeed(@TempDir Path dir) {
    SparkSession spark = SparkSessions.local();
    long[] n = NationwideGenerator.generate(spark, dir.resolve("seed-1").toString(), "parquet", 2, 1, 3, "2023", 2,
        1, 1, LocalDate.of(2023, 4, 1), 60, 1);
    // 2 municipalities × 1 department × 3 procedures × 1 year; 2 × 2 buildings × 1 sensor × 3 quantities × 24 hours
    // (2 buildings: with 1, a count that divided by the buildings instead of multiplying would go unnoticed)
    assertThat(n).containsExactly(6L, 288L);
    List<Row> procs = spark.read().parquet(dir.resolve("seed-1/procedures").toString()).collectAsList();
    assertThat(procs).hasSize(6).allSatisfy(r -> {
      assertThat(r.getInt(2)).isEqualTo(2023);
      assertThat(r.getString(1)).isEqualTo("dept-0");
    });
    List<Row> first = spark.read().parquet(dir.resolve("seed-1/readings").toString())
        .where(col("quantity").equalTo("CO2")).orderBy(col("sensorId"), col("observedAt")).collectAsList();
    assertThat(first).hasSize(96);
    assertThat(first.stream().map(r -> r.getString(1)).distinct()).hasSize(4);
    List<Instant> hours = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      hours.add(((Timestamp) first.get(i).get(4)).toInstant());
    }
    assertThat(hours.get(0)).as("00:00 of 2023-04-01 in Japan").isEqualTo(Instant.parse("2023-03-31T15:00:00Z"));
    assertThat(hours.get(23)).isEqualTo(Instant.parse("2023-04-01T14:00:00Z"));

    // the same seed writes the same rows; another seed other values
    NationwideGenerator.generate(spark, dir.resolve("again").toString(), "parquet", 2, 1, 3, "2023", 2, 1, 1,
        LocalDate.of(2023, 4, 1), 60, 1);
    NationwideGenerator.generate(spark, dir.resolve("seed-2").toString(), "parquet", 2, 1, 3, "2023", 2, 1, 1,
        LocalDate.of(2023, 4, 1), 60, 2);
    for (String what : List.of("procedures", "readings")) {
      List<String> seed1 = sortedRows(spark, dir.resolve("seed-1/" + what));
      assertThat(sortedRows(spark, dir.resolve("again/" + what))).as(what).isEqualTo(seed1);
      assertThat(sortedRows(spark, dir.resolve("seed-2/" + what))).as("another seed: %s", what).hasSameSizeAs(seed1)
          .isNotEqualTo(seed1);
    }
  }

  private static List<String> sortedRows(SparkSession spark, Path dir) {
    List<String> rows = new ArrayList<>();
    for (Row r : spark.read().parquet(dir.toString()).collectAsList()) {
      rows.add(r.toString());
    }
    rows.sort(null);
    return rows;
  }

  private static List<Path> files(Path dir, String suffix) throws java.io.IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
    }
  }
}
