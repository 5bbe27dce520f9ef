package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.standard.Standards;

/**
 * Rules of the declarative (Spark-planned) paths that the agreement tests meet only by chance (issue 13 part 4:
 * PIT left them alive): a key-less day stage or period fold is refused before any job; the SQL names check their
 * arity; a group of invalid readings only is summarised with nulls, not failed; the roll-up's stage 2 fails with
 * the field's name when departments' sums that each fit a long add up beyond it; the SQL functions registered
 * by {@link DxSpark#register} cut periods at midnight in Japan and read five-less cells.
 */
class SparkPathRulesTest {

  @Test
  void aDayStageOrPeriodFoldWithoutKeysIsRefusedBeforeAnyJob() {
    assertThatThrownBy(() -> DxSpark.complianceDays(null, Standards.BUILDING_HYGIENE, List.of(), col("s"), col("q"),
        col("t"), col("v"), col("k"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complianceDays.keys: must name at least one column (was [])");
    assertThatThrownBy(() -> DxSpark.complianceDaysFromPartials(null, Standards.BUILDING_HYGIENE, List.of(), col("s"),
        col("q"), col("t"), col("v"), col("k"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complianceDaysFromPartials.keys: must name at least one column (was [])");
    assertThatThrownBy(() -> DxSpark.complianceByPeriod(null, Standards.BUILDING_HYGIENE, List.of(), col("month")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complianceByPeriod.keys: must name at least one column (was [])");
    assertThatThrownBy(() -> DxSpark.complianceByPeriodColumnar(null, Standards.BUILDING_HYGIENE, List.of(),
        col("month"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complianceByPeriodColumnar.keys: must name at least one column (was [])");
  }

  @Test
  void theSqlFunctionsCheckTheirArityCutPeriodsInJapanAndReadFiveLessCells() {
    SparkSession spark = SparkSessions.local();
    DxSpark.register(spark, Standards.BUILDING_HYGIENE);
    assertThatThrownBy(() -> spark.sql("SELECT dx_sums(1, 2)").collectAsList())
        .satisfies(e -> assertThat(BadInputTest.root(e)).hasMessageContaining("dx_sums: takes 3 arguments (was 2)"));
    assertThatThrownBy(() -> spark.sql("SELECT dx_summary('CO2', 1, NULL, 4)").collectAsList())
        .satisfies(e -> assertThat(BadInputTest.root(e))
            .hasMessageContaining("dx_summary: takes 3 arguments (was 4)"));
    Row r = spark.sql("SELECT dx_period(TIMESTAMP '2023-03-31 15:00:00', 'day'),"
        + " dx_period(TIMESTAMP '2023-03-31 14:59:59', 'fiscal-year'),"
        + " dx_five_less_mask('ペーパーレス・ムーブレス')").first();
    // the session's time zone is UTC (SparkSessions): 15:00 UTC is midnight in Japan
    assertThat(r.getString(0)).isEqualTo("2023-04-01");
    assertThat(r.getString(1)).isEqualTo("FY2022");
    assertThat(r.getInt(2)).as("moveless 4 + paperless 8").isEqualTo(12);
    assertThat(spark.sql("SELECT dx_sums(30, 1303, 2000).minutesOnline").first().getLong(0)).isEqualTo(39_090L);
  }

  @Test
  void aGroupOfInvalidReadingsOnlyIsSummarisedWithNullsOnBothPaths() {
    SparkSession spark = SparkSessions.local();
    Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create("s1", "CO2", 800L, "INVALID"),
        RowFactory.create("s1", "CO2", 801L, "INVALID"), RowFactory.create("s2", "CO2", 900L, null)),
        BadInputTest.READINGS);
    for (boolean declarative : new boolean[] {true, false}) {
      List<Row> rows = df.groupBy("sensorId").agg((declarative
              ? DxSpark.summary(col("quantity"), col("unscaled"), col("quality"))
              : DxSpark.summaryFunction().apply(col("quantity"), col("unscaled"), col("quality"))).as("s"))
          .orderBy("sensorId").collectAsList();
      Row invalidOnly = rows.get(0).getStruct(1);
      assertThat(invalidOnly).as("declarative %s", declarative)
          .isEqualTo(RowFactory.create(0L, new java.math.BigDecimal("0.000"), null, null, null, 2L));
      assertThat(rows.get(1).getStruct(1).getLong(0)).isEqualTo(1L);
    }
  }

  @Test
  void departmentsWhoseSumsAddUpBeyondALongFailTheRollupNamingTheField() {
    SparkSession spark = SparkSessions.local();
    StructType schema = new StructType().add("municipality", DataTypes.StringType)
        .add("department", DataTypes.StringType).add("fiveLessMask", DataTypes.IntegerType)
        .add("minutesPerCase", DataTypes.LongType).add("online", DataTypes.LongType)
        .add("total", DataTypes.LongType);
    long big = Long.MAX_VALUE / 2 + 1; // each department's sum fits a long; the two do not
    Dataset<Row> total = spark.createDataFrame(List.of(RowFactory.create("131016", "citizens", 0, 0L, 0L, big),
        RowFactory.create("131016", "tax", 0, 0L, 0L, big)), schema);
    assertThatThrownBy(() -> DxSpark.rollup(total, List.of(col("municipality")), col("department"),
        col("fiveLessMask"), col("minutesPerCase"), col("online"), col("total")).collectAsList())
        .satisfies(e -> assertThat(BadInputTest.root(e)).isInstanceOf(ArithmeticException.class)
            .hasMessage("dx_rollup.total: the sum of 2 rows overflows long"));
    // a five-less category's sum over the departments: the same field named
    Dataset<Row> online = spark.createDataFrame(List.of(RowFactory.create("131016", "citizens", 1, 0L, big, big),
        RowFactory.create("131016", "tax", 1, 0L, big, big)), schema);
    assertThatThrownBy(() -> DxSpark.rollup(online, List.of(col("municipality")), col("department"),
        col("fiveLessMask"), col("minutesPerCase"), col("online"), col("total")).collectAsList())
        .satisfies(e -> assertThat(BadInputTest.root(e)).isInstanceOf(ArithmeticException.class)
            .hasMessage("dx_rollup.online: the sum of 2 rows overflows long"));
    // one department within a long: the roll-up of a group, with its row count
    Row ok = DxSpark.rollup(total.limit(1), List.of(col("municipality")), col("department"), col("fiveLessMask"),
        col("minutesPerCase"), col("online"), col("total")).first();
    assertThat(ok.getStruct(1).getStruct(2)).isEqualTo(RowFactory.create(0L, 0L, big, 1L));
  }
}
