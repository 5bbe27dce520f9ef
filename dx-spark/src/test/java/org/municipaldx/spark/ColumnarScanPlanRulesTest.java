package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of {@link ColumnarScanPlan#of} (issue 15j), which decides whether the partial day stage may read a
 * selection of the readings as Spark's column batches: only a plain columnar scan under a projection of its own
 * columns qualifies, with the columns in the order and of the types the batch reader expects, and the ordinals it
 * gives name each selected column's place in the batches. On a small Parquet file (one shared local session), so
 * that PIT can run it per mutant: {@code ComplianceAgreementTest} checks the same path end to end, but takes minutes
 * per mutant and is not in PIT's test list (issue 13: the whole-module run of 6380f55 left 21 of this class's 25
 * mutants alive without it).
 */
class ColumnarScanPlanRulesTest {
  @TempDir
  static Path dir;

  private static Dataset<Row> parquet;

  /** The file's columns, in its order: CompliancePlanPitTest's schema. */
  private static final List<String> FILE_COLUMNS = List.of("municipality", "location", "sensorId", "quantity",
      "observedAt", "unscaled", "quality");

  @BeforeAll
  static void writeFile() {
    SparkSession spark = SparkSessions.local();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      rows.add(RowFactory.create("07203", "room-" + (i % 3), "s" + (i % 4), "CO2",
          Timestamp.from(Instant.parse("2022-04-01T00:00:00Z").plusSeconds(600L * i)), 800L + i,
          i == 5 ? "SUSPECT" : null));
    }
    String path = dir.resolve("readings").toString();
    spark.createDataFrame(rows, CompliancePlanPitTest.SCHEMA).coalesce(1).write().parquet(path);
    parquet = spark.read().parquet(path);
    assertThat(parquet.columns()).as("the file's columns").containsExactlyElementsOf(FILE_COLUMNS);
  }

  private static Dataset<Row> select(Dataset<Row> from, String... names) {
    return from.select(java.util.Arrays.stream(names).map(n -> col(n)).toArray(Column[]::new));
  }

  private static long rowsIn(ColumnarScanPlan.Batches batches) {
    return batches.rdd().toJavaRDD().map(ColumnarBatch::numRows).reduce(Integer::sum);
  }

  @Test
  void aPlainSelectionOfAParquetScanIsReadAsBatchesWithEachColumnsPlaceInThem() {
    // rule: keys, then quantity, sensor id, observed-at, the fixed-point value and quality, each a column of the
    // scan: the batches are the scan's, and ordinal i is the place of the i-th selected column in a batch (the scan
    // reads only the selected columns, in the file's order: location, sensorId, quantity, observedAt, ...)
    ColumnarScanPlan.Batches one = ColumnarScanPlan.of(select(parquet, "location", "quantity", "sensorId",
        "observedAt", "unscaled", "quality"), 1);
    assertThat(one).isNotNull();
    assertThat(one.ordinals()).as("ordinals").containsExactly(0, 2, 1, 3, 4, 5);
    assertThat(rowsIn(one)).as("every reading in the batches").isEqualTo(12);
    // two keys, and the columns asked for in an order other than the file's
    ColumnarScanPlan.Batches two = ColumnarScanPlan.of(select(parquet, "municipality", "location", "quantity",
        "sensorId", "observedAt", "unscaled", "quality"), 2);
    assertThat(two).isNotNull();
    assertThat(two.ordinals()).containsExactly(0, 1, 3, 2, 4, 5, 6);
  }

  @Test
  void withoutWholeStageCodegenParquetIsReadAsRowsAndTheSelectionTakesTheRowPath() {
    // rule: with whole-stage code generation off, Spark 4 reads Parquet row by row (its plan: a projection over a
    // FileScan "Batched: false", no row conversion of batches): no batch scan, so the row path
    SparkSession spark = SparkSessions.local();
    String codegen = "spark.sql.codegen.wholeStage";
    try {
      spark.conf().set(codegen, "false");
      assertThat(ColumnarScanPlan.of(select(parquet, "location", "quantity", "sensorId", "observedAt", "unscaled",
          "quality"), 1)).isNull();
    } finally {
      spark.conf().unset(codegen);
    }
    assertThat(ColumnarScanPlan.of(select(parquet, "location", "quantity", "sensorId", "observedAt", "unscaled",
        "quality"), 1)).as("with it on again").isNotNull();
  }

  @Test
  void theSettingTurnsTheBatchesOffAndReadsTrueInAnyCase() {
    // rule: spark.municipaldx.columnarScan=false sends every selection to the row path; "TRUE" keeps the batches
    SparkSession spark = SparkSessions.local();
    Dataset<Row> selected = select(parquet, "location", "quantity", "sensorId", "observedAt", "unscaled", "quality");
    try {
      spark.conf().set(ColumnarScanPlan.CONF, "false");
      assertThat(ColumnarScanPlan.of(selected, 1)).as("off").isNull();
      spark.conf().set(ColumnarScanPlan.CONF, "TRUE");
      assertThat(ColumnarScanPlan.of(selected, 1)).as("TRUE").isNotNull();
    } finally {
      spark.conf().unset(ColumnarScanPlan.CONF);
    }
  }

  @Test
  void aSelectionOfAnotherWidthOrWithAColumnOfAnotherTypeInAPlaceIsNoBatchScan() {
    // rule: exactly keys + 5 columns; observed-at a timestamp, the value a long, every other column a string
    assertThat(ColumnarScanPlan.of(select(parquet, "location", "quantity", "sensorId", "observedAt", "unscaled",
        "quality"), 2)).as("one column short of two keys").isNull();
    assertThat(ColumnarScanPlan.of(select(parquet, "municipality", "location", "quantity", "sensorId", "observedAt",
        "unscaled", "quality"), 1)).as("one column too many for one key").isNull();
    assertThat(ColumnarScanPlan.of(select(parquet, "location", "quantity", "sensorId", "quality", "unscaled",
        "quality"), 1)).as("a string where the time goes").isNull();
    assertThat(ColumnarScanPlan.of(select(parquet, "location", "quantity", "sensorId", "observedAt", "quality",
        "quality"), 1)).as("a string where the value goes").isNull();
    assertThat(ColumnarScanPlan.of(select(parquet, "location", "quantity", "sensorId", "observedAt", "unscaled",
        "unscaled"), 1)).as("a long where the quality goes").isNull();
    assertThat(ColumnarScanPlan.of(select(parquet, "unscaled", "quantity", "sensorId", "observedAt", "unscaled",
        "quality"), 1)).as("a long as the key").isNull();
    assertThat(ColumnarScanPlan.of(select(parquet, "location", "observedAt", "sensorId", "observedAt", "unscaled",
        "quality"), 1)).as("a timestamp as the quantity").isNull();
  }

  @Test
  void aFilterAComputedColumnOrARowSourceIsNoBatchScan() {
    // rule: anything between the scan and the selection but a projection of the scan's own columns, or a source
    // that gives rows, sends the selection to the row path
    assertThat(ColumnarScanPlan.of(select(parquet.filter(col("unscaled").gt(805L)), "location", "quantity",
        "sensorId", "observedAt", "unscaled", "quality"), 1)).as("a filter").isNull();
    assertThat(ColumnarScanPlan.of(select(parquet.withColumn("quantity", lit("CO2")), "location", "quantity",
        "sensorId", "observedAt", "unscaled", "quality"), 1)).as("a computed column").isNull();
    SparkSession spark = SparkSessions.local();
    Dataset<Row> rows = spark.createDataFrame(parquet.collectAsList(), CompliancePlanPitTest.SCHEMA);
    assertThat(ColumnarScanPlan.of(select(rows, "location", "quantity", "sensorId", "observedAt", "unscaled",
        "quality"), 1)).as("rows in memory").isNull();
  }
}
