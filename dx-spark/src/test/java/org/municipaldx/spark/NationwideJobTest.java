package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.metrics.batch.ColumnarTable;
import org.municipaldx.metrics.batch.ProcedureYearRow;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.Sums;
import org.municipaldx.metrics.csv.ProcedureYearCsvReader;
import org.municipaldx.metrics.csv.ProcedureYearCsvWriter;

/**
 * The job's main path in-process (no spark-submit in CI): generated nationwide-shaped data reads the
 * same from CSV and from Parquet, the job writes every report, and its roll-up equals the library's; a
 * CSV the library writes (Japanese headers, BOM) reads the same in Spark as in the library.
 */
class NationwideJobTest {
  @Test
  void theJobWritesTheSameReportsFromCsvAndParquetAndTheRollupEqualsTheLibrarys(@TempDir Path dir) {
    SparkSession spark = SparkSessions.local();
    for (String format : List.of("csv", "parquet")) {
      long[] n = NationwideGenerator.generate(spark, dir.resolve("in-" + format).toString(), format, 6, 3, 2,
          "2021-2022", 1, 2, 3, LocalDate.of(2022, 3, 30), 120, 5);
      assertThat(n).containsExactly(6L * 3 * 2 * 2, 6L * 1 * 2 * 3 * (3 * 12));
    }
    // Spark's CSV and Parquet sources give the same canonical frames
    assertThat(DxSources.procedureYears(spark, "csv", dir.resolve("in-csv/procedures").toString())
        .exceptAll(DxSources.procedureYears(spark, "parquet", dir.resolve("in-parquet/procedures").toString()))
        .count()).isZero();
    assertThat(DxSources.readings(spark, "csv", dir.resolve("in-csv/readings").toString())
        .where(col("sensorId").endsWith("-s0"))
        .exceptAll(DxSources.readings(spark, "parquet", dir.resolve("in-parquet/readings").toString())
            .where(col("sensorId").endsWith("-s0")))
        .count()).isZero();
    Map<String, Long> counts = NationwideJob.run(spark, dir.resolve("in-csv/procedures").toString(),
        dir.resolve("in-csv/readings").toString(), "csv", Standards.BUILDING_HYGIENE,
        dir.resolve("out-csv").toString());
    // 6 municipalities × 2 fiscal years × 3 departments; × 5 categories; 2 fiscal years
    assertThat(counts).containsEntry("rollup-by-department", 36L).containsEntry("rollup-by-five-less", 60L)
        .containsEntry("rollup-nationwide", 2L);
    // 6 buildings × 3 quantities × 2 months (2022-03, 2022-04) and × 2 fiscal years
    assertThat(counts).containsEntry("compliance-by-month", 36L)
        .containsEntry("compliance-by-fiscal-year", 36L).containsEntry("summary-by-location-month", 36L);

    // the roll-up by department equals the library's ColumnarTable roll-up of the same rows
    Map<String, List<ProcedureYearRow>> groups = new TreeMap<>();
    for (Row r : DxSources.procedureYears(spark, "csv", dir.resolve("in-csv/procedures").toString())
        .collectAsList()) {
      Set<FiveLess> five = EnumSet.noneOf(FiveLess.class);
      for (FiveLess f : FiveLess.values()) {
        if ((r.getInt(3) & f.bit()) != 0) {
          five.add(f);
        }
      }
      groups.computeIfAbsent(r.getString(0) + "|" + r.getInt(2), k -> new ArrayList<>()).add(ProcedureYearRow
          .builder().departmentId(r.getString(1)).fiscalYear(FiscalYear.of(r.getInt(2))).addAllFiveLess(five)
          .minutesPerCase(r.getLong(4)).online(r.getLong(5)).total(r.getLong(6)).build());
    }
    Map<String, Sums> expected = new TreeMap<>();
    groups.forEach((k, rows) -> ColumnarTable.of(rows).rollup().byDepartment()
        .forEach((d, s) -> expected.put(k + "|" + d, s)));
    Map<String, Sums> actual = new TreeMap<>();
    for (Row r : spark.read().option("header", "true").csv(dir.resolve("out-csv/rollup-by-department/csv").toString())
        .collectAsList()) {
      actual.put(r.getAs("municipality") + "|" + r.getAs("fiscalYear") + "|" + r.getAs("department"),
          new Sums(Long.parseLong(r.getAs("minutesOnline")), Long.parseLong(r.getAs("online")),
              Long.parseLong(r.getAs("total"))));
    }
    assertThat(actual).hasSize(36).isEqualTo(expected);
    // the nation per fiscal year equals the library's roll-up of all of that year's rows
    Map<String, Sums> nation = new TreeMap<>();
    groups.forEach((k, rows) -> nation.merge(k.substring(k.indexOf('|') + 1), ProcedureYearRollup.ofRows(rows).total(), Sums::plus));
    Map<String, Sums> nationOnSpark = new TreeMap<>();
    for (Row r : spark.read().parquet(dir.resolve("out-csv/rollup-nationwide/parquet").toString()).collectAsList()) {
      assertThat(r.<Long>getAs("municipalities")).isEqualTo(6L);
      nationOnSpark.put(String.valueOf(r.<Integer>getAs("fiscalYear")), new Sums(r.getAs("minutesOnline"),
          r.getAs("online"), r.getAs("total")));
    }
    assertThat(nationOnSpark).hasSize(2).isEqualTo(nation);
    assertThat(spark.read().parquet(dir.resolve("out-csv/compliance-by-month/parquet").toString())
        .where(col("quantity").equalTo("AIR_TEMPERATURE")).agg(org.apache.spark.sql.functions.sum("exceedanceCount"))
        .first().getLong(0)).as("the generated cool nights exceed the 18 °C limit").isPositive();
  }

  @Test
  void aCsvTheLibraryWritesReadsTheSameInSpark(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkSessions.local();
    List<ProcedureYearRow> rows = new ArrayList<>();
    String[] depts = {"citizens", "health-welfare", "education"};
    for (int i = 0; i < 40; i++) {
      rows.add(ProcedureYearRow.builder().departmentId(depts[i % 3]).fiscalYear(FiscalYear.of(2023))
          .addAllFiveLess(i % 4 == 0 ? EnumSet.of(FiveLess.COUNTERLESS, FiveLess.PAPERLESS) : Set.of())
          .minutesPerCase(30 + i).online(1_000L + i).total(12_000L + 7 * i).build());
    }
    Path f = dir.resolve("procedures.csv");
    try (OutputStream out = Files.newOutputStream(f)) {
      ProcedureYearCsvWriter.japanese().write(rows, out); // 部局,年度,5レス,…; UTF-8 with BOM; 2023（令和5）年度
    }
    ProcedureYearRollup library = ColumnarTable.of(ProcedureYearCsvReader.create().read(f)).rollup();
    Row r = DxSources.procedureYears(spark, "csv", f.toString())
        .groupBy(col("fiscalYear"))
        .agg(DxSpark.rollup(col("department"), col("fiveLessMask"), col("minutesPerCase"), col("online"),
            col("total")).as("r"))
        .first();
    assertThat(r.getInt(0)).isEqualTo(2023);
    Map<String, Long> perDept = new TreeMap<>();
    library.byDepartment().keySet().forEach(d -> perDept.put(d, rows.stream()
        .filter(x -> x.departmentId().equals(d)).count()));
    assertThat(SparkSessions.plain(r.get(1))).isEqualTo(SparkSessions.plain(RollupAggregator.toRow(library, perDept)));
  }
}
