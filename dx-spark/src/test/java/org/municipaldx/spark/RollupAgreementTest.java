package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.metrics.batch.ColumnarTable;
import org.municipaldx.metrics.batch.ProcedureYearRow;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.Sums;

/**
 * Distributed = single machine: {@code dx_rollup} and {@code dx_sums} on Spark equal the library's
 * {@link ColumnarTable} roll-up and {@link ProcedureYearRollup#ofRows} on the same seeded random rows, for 1, 2
 * and many partitions and for skewed partitions (nine rows in ten in one partition); so does the declarative
 * two-stage roll-up {@code DxSpark.rollup(Dataset, …)}.
 */
class RollupAgreementTest {
  static final StructType SCHEMA = new StructType()
      .add("municipality", DataTypes.StringType)
      .add("department", DataTypes.StringType)
      .add("fiscalYear", DataTypes.IntegerType)
      .add("fiveLessMask", DataTypes.IntegerType)
      .add("minutesPerCase", DataTypes.LongType)
      .add("online", DataTypes.LongType)
      .add("total", DataTypes.LongType)
      .add("part", DataTypes.IntegerType);

  record Generated(List<Row> rows, Map<String, List<ProcedureYearRow>> byGroup) {}

  static Generated generate(long seed, int n, boolean skewed) {
    Random r = new Random(seed);
    List<Row> rows = new ArrayList<>();
    Map<String, List<ProcedureYearRow>> byGroup = new TreeMap<>();
    String[] municipalities = {"072036", "011002", "131016"};
    String[] departments = {"general-affairs", "health-welfare", "citizens", "education", "construction"};
    for (int i = 0; i < n; i++) {
      String m = municipalities[r.nextInt(municipalities.length)];
      String d = departments[r.nextInt(departments.length)];
      int fy = 2021 + r.nextInt(3);
      int mask = r.nextInt(32);
      long total = r.nextInt(200_000);
      long online = total == 0 ? 0 : r.nextInt((int) total + 1);
      long minutes = r.nextInt(600);
      int part = skewed ? (r.nextInt(10) < 9 ? 0 : 1 + r.nextInt(7)) : r.nextInt(8);
      rows.add(RowFactory.create(m, d, fy, mask, minutes, online, total, part));
      Set<FiveLess> five = EnumSet.noneOf(FiveLess.class);
      for (FiveLess f : FiveLess.values()) {
        if ((mask & f.bit()) != 0) {
          five.add(f);
        }
      }
      byGroup.computeIfAbsent(m + "/" + fy, k -> new ArrayList<>()).add(ProcedureYearRow.builder().departmentId(d)
          .fiscalYear(FiscalYear.of(fy)).addAllFiveLess(five).minutesPerCase(minutes).online(online).total(total)
          .build());
    }
    return new Generated(rows, byGroup);
  }

  static Dataset<Row> frame(SparkSession spark, List<Row> rows, int partitions, boolean skewed) {
    Dataset<Row> df = spark.createDataFrame(rows, SCHEMA);
    return skewed ? df.repartition(partitions, col("part")) : df.repartition(partitions);
  }

  static Map<String, Object> library(Generated g) {
    Map<String, Object> out = new TreeMap<>();
    g.byGroup().forEach((k, rows) -> {
      ProcedureYearRollup columnar = ColumnarTable.of(rows).rollup();
      assertThat(columnar).isEqualTo(ProcedureYearRollup.ofRows(rows));
      Map<String, Long> rowsByDept = new TreeMap<>();
      for (ProcedureYearRow r : rows) {
        rowsByDept.merge(r.departmentId(), 1L, Long::sum);
      }
      out.put(k, SparkSessions.plain(RollupAggregator.toRow(columnar, rowsByDept)));
    });
    return out;
  }

  static Map<String, Object> spark(Dataset<Row> df) {
    Map<String, Object> out = new TreeMap<>();
    for (Row r : df.groupBy("municipality", "fiscalYear")
        .agg(DxSpark.rollup(col("department"), col("fiveLessMask"), col("minutesPerCase"), col("online"),
            col("total")).as("r"))
        .collectAsList()) {
      out.put(r.getString(0) + "/" + r.getInt(1), SparkSessions.plain(r.get(2)));
    }
    return out;
  }

  /** The declarative two-stage roll-up ({@code DxSpark.rollup(Dataset, List, …)}), issue 15c. */
  static Map<String, Object> sparkDeclarative(Dataset<Row> df) {
    Map<String, Object> out = new TreeMap<>();
    for (Row r : DxSpark.rollup(df, List.of(col("municipality"), col("fiscalYear")), col("department"),
        col("fiveLessMask"), col("minutesPerCase"), col("online"), col("total")).collectAsList()) {
      out.put(r.getString(0) + "/" + r.getInt(1), SparkSessions.plain(r.get(2)));
    }
    return out;
  }

  @Test
  void rollupOnSparkEqualsTheLibraryForAnyPartitioning() {
    SparkSession spark = SparkSessions.local();
    // seeds and sizes drawn by Americium; every draw is checked on each partitioning
    Trials.api().longs().and(Trials.api().integers(0, 3_000))
        .withLimit(2)
        .supplyTo((seed, n) -> {
          for (int[] p : new int[][] {{1, 0}, {2, 0}, {13, 0}, {13, 1}}) {
            boolean skewed = p[1] == 1;
            Generated g = generate(seed, n, skewed);
            Dataset<Row> df = frame(spark, g.rows(), p[0], skewed);
            Map<String, Object> library = library(g);
            assertThat(spark(df)).as("seed %d, %d rows, %d partitions, skewed %s", seed, n, p[0], skewed)
                .isEqualTo(library);
            assertThat(sparkDeclarative(df)).as("declarative: seed %d, %d rows, %d partitions, skewed %s", seed, n,
                p[0], skewed).isEqualTo(library);
          }
        });
  }

  @Test
  void sumsBySqlAndByDatasetEqualTheLibrarysSumsPerDepartment() {
    SparkSession spark = SparkSessions.local();
    Generated g = generate(42, 5_000, true);
    Dataset<Row> df = frame(spark, g.rows(), 13, true);
    df.createOrReplaceTempView("procedures_sums");
    DxSpark.register(spark, Standards.BUILDING_HYGIENE);
    Map<String, Sums> expected = new TreeMap<>();
    g.byGroup().forEach((k, rows) -> ProcedureYearRollup.ofRows(rows).byDepartment()
        .forEach((d, s) -> expected.put(k + "/" + d, s)));
    Map<String, Sums> sql = new TreeMap<>();
    for (Row r : spark.sql("SELECT municipality, fiscalYear, department,"
        + " dx_sums(minutesPerCase, online, total) AS s FROM procedures_sums"
        + " GROUP BY municipality, fiscalYear, department").collectAsList()) {
      Row s = r.getStruct(3);
      sql.put(r.getString(0) + "/" + r.getInt(1) + "/" + r.getString(2),
          new Sums(s.getLong(0), s.getLong(1), s.getLong(2)));
    }
    assertThat(sql).isEqualTo(expected);

    // the DataFrame column (Spark's declarative aggregates) on 1, 2, 13 and skewed partitions
    for (int[] p : new int[][] {{1, 0}, {2, 0}, {13, 0}, {13, 1}}) {
      Map<String, Sums> frameSums = new TreeMap<>();
      long rows = 0;
      for (Row r : frame(spark, g.rows(), p[0], p[1] == 1).groupBy("municipality", "fiscalYear", "department")
          .agg(DxSpark.sums(col("minutesPerCase"), col("online"), col("total")).as("s")).collectAsList()) {
        Row s = r.getStruct(3);
        frameSums.put(r.getString(0) + "/" + r.getInt(1) + "/" + r.getString(2),
            new Sums(s.getLong(0), s.getLong(1), s.getLong(2)));
        rows += s.getLong(3);
      }
      assertThat(frameSums).as("%d partitions, skewed %s", p[0], p[1] == 1).isEqualTo(expected);
      assertThat(rows).isEqualTo(5_000L);
    }

    // the typed Dataset API: groupByKey and the aggregator as a typed column
    Dataset<Row> input = df.select(col("minutesPerCase"), col("online"), col("total"));
    Row total = input.groupByKey((org.apache.spark.api.java.function.MapFunction<Row, Integer>) x -> 0,
            Encoders.INT())
        .agg(new SumsAggregator().toColumn().name("s")).collectAsList().get(0)._2();
    Sums all = Sums.ZERO;
    for (Sums s : expected.values()) {
      all = all.plus(s);
    }
    assertThat(new Sums(total.getLong(0), total.getLong(1), total.getLong(2))).isEqualTo(all);
    assertThat(total.getLong(3)).isEqualTo(5_000L);
    assertThat(df.agg(functions.sum(col("minutesPerCase").multiply(col("online")))).first().getLong(0))
        .as("Spark's built-in sum agrees where nothing overflows").isEqualTo(all.minutesOnline());
  }
}
