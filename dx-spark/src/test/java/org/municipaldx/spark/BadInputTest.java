package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppValue;

/**
 * Overflow is an error, not a wrapped sum; invalid rows are rejected naming the field and value;
 * bad Cayenne LPP payloads become an error column and never fail the job.
 */
class BadInputTest {
  static final StructType PROCEDURES = new StructType()
      .add("department", DataTypes.StringType)
      .add("minutesPerCase", DataTypes.LongType)
      .add("online", DataTypes.LongType)
      .add("total", DataTypes.LongType);

  static Throwable root(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  @Test
  void anOverflowingSumFailsTheJobWithArithmeticExceptionWhereAWrappingSumWouldLie() {
    SparkSession spark = SparkSessions.local();
    // 3,000,000,000 × 3,000,000,000 = 9.0 × 10^18 fits a long; two such rows (1.8 × 10^19) do not
    Dataset<Row> df = spark.createDataFrame(List.of(
        RowFactory.create("citizens", 3_000_000_000L, 3_000_000_000L, 3_000_000_000L),
        RowFactory.create("citizens", 3_000_000_000L, 3_000_000_000L, 3_000_000_000L)), PROCEDURES).repartition(2);
    assertThatThrownBy(() -> df.groupBy("department")
        .agg(DxSpark.sums(col("minutesPerCase"), col("online"), col("total"))).collectAsList())
        .satisfies(e -> assertThat(root(e)).isInstanceOf(ArithmeticException.class).hasMessageContaining("overflow"));
    assertThatThrownBy(() -> df.groupBy("department")
        .agg(DxSpark.rollup(col("department"), functions.lit(3), col("minutesPerCase"), col("online"), col("total")))
        .collectAsList())
        .satisfies(e -> assertThat(root(e)).isInstanceOf(ArithmeticException.class));
    assertThatThrownBy(() -> DxSpark.rollup(df, List.of(col("department")), col("department"), functions.lit(3),
        col("minutesPerCase"), col("online"), col("total")).collectAsList())
        .satisfies(e -> assertThat(root(e)).isInstanceOf(ArithmeticException.class)
            .hasMessageContaining("dx_rollup.minutesOnline").hasMessageContaining("overflow"));
    String ansi = spark.conf().get("spark.sql.ansi.enabled");
    try {
      spark.conf().set("spark.sql.ansi.enabled", "false");
      long wrapped = df.agg(functions.sum(col("minutesPerCase").multiply(col("online")))).first().getLong(0);
      assertThat(wrapped).as("Spark's built-in sum without ANSI mode wraps: 1.8 × 10^19 − 2^64").isNegative()
          .isEqualTo(-446_744_073_709_551_616L);
    } finally {
      spark.conf().set("spark.sql.ansi.enabled", ansi);
    }
  }

  @Test
  void onlineAboveTotalIsRejectedNamingTheFieldAndValue() {
    SparkSession spark = SparkSessions.local();
    Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create("citizens", 30L, 1_304L, 1_303L)), PROCEDURES);
    assertThatThrownBy(() -> df.agg(DxSpark.sums(col("minutesPerCase"), col("online"), col("total"))).collectAsList())
        .satisfies(e -> assertThat(root(e)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("dx_sums.online: must not exceed total (1303) (was '1304')"));
    // the declarative roll-up rejects the rows the typed dx_rollup rejects, with its messages
    Map<Object[], String> rollupCases = Map.of(
        new Object[] {"citizens", 3, 30L, 1_304L, 1_303L}, "dx_rollup.online: must not exceed total (1303) (was '1304')",
        new Object[] {"citizens", 32, 30L, 1L, 2L}, "dx_rollup.fiveLessMask: must be from 0 to 31 (was '32')",
        new Object[] {null, 3, 30L, 1L, 2L}, "dx_rollup.department: must not be null (was 'null')",
        new Object[] {"citizens", 3, -1L, 1L, 2L}, "dx_rollup.minutesPerCase: must be zero or more (was '-1')",
        new Object[] {"市民課", 3, 1L, 1L, 2L}, "dx_rollup.department: must match");
    StructType withMask = new StructType().add("department", DataTypes.StringType)
        .add("fiveLessMask", DataTypes.IntegerType).add("minutesPerCase", DataTypes.LongType)
        .add("online", DataTypes.LongType).add("total", DataTypes.LongType);
    rollupCases.forEach((row, message) -> {
      Dataset<Row> bad = spark.createDataFrame(List.of(RowFactory.create(row)), withMask);
      // nulls: the typed aggregator declares its INPUT columns non-nullable, so only the declarative path is held to them
      for (boolean declarative : row[0] == null ? new boolean[] {true} : new boolean[] {true, false}) {
        assertThatThrownBy(() -> (declarative
            ? DxSpark.rollup(bad, List.of(), col("department"), col("fiveLessMask"), col("minutesPerCase"),
                col("online"), col("total"))
            : bad.agg(DxSpark.rollup(col("department"), col("fiveLessMask"), col("minutesPerCase"), col("online"),
                col("total")))).collectAsList())
            .as("declarative %s: %s", declarative, message)
            .satisfies(e -> assertThat(root(e)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message));
      }
    });
  }

  @Test
  void theTypedSumsAggregatorRejectsTheSameRowsAsTheDataFrameColumn() {
    SparkSession spark = SparkSessions.local();
    Dataset<Row> above = spark.createDataFrame(List.of(RowFactory.create("citizens", 30L, 1_304L, 1_303L)),
        PROCEDURES);
    assertThatThrownBy(() -> above.agg(DxSpark.sumsFunction().apply(col("minutesPerCase"), col("online"),
        col("total"))).collectAsList())
        .satisfies(e -> assertThat(root(e)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("dx_sums.online: must not exceed total (1303) (was '1304')"));
    Dataset<Row> negative = spark.createDataFrame(List.of(RowFactory.create("citizens", -1L, 1L, 2L),
        RowFactory.create("citizens", 5L, 1L, 2L)), PROCEDURES);
    assertThatThrownBy(() -> negative.agg(DxSpark.sums(col("minutesPerCase"), col("online"), col("total")))
        .collectAsList())
        .satisfies(e -> assertThat(root(e)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("dx_sums.minutesPerCase: must be zero or more (was '-1')"));
    Dataset<Row> missing = spark.createDataFrame(List.of(RowFactory.create("citizens", 5L, 1L, null)), PROCEDURES);
    assertThatThrownBy(() -> missing.agg(DxSpark.sums(col("minutesPerCase"), col("online"), col("total")))
        .collectAsList())
        .satisfies(e -> assertThat(root(e)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("dx_sums.total: must not be null (was 'null')"));
    // 4 × 10^18 × 3 overflows in the product, not in a sum
    Dataset<Row> product = spark.createDataFrame(List.of(RowFactory.create("citizens", 3L, 4_000_000_000_000_000_000L,
        4_000_000_000_000_000_000L)), PROCEDURES);
    assertThatThrownBy(() -> product.agg(DxSpark.sums(col("minutesPerCase"), col("online"), col("total")))
        .collectAsList())
        .satisfies(e -> assertThat(root(e)).isInstanceOf(ArithmeticException.class).hasMessageContaining("overflow"));
  }

  static final StructType READINGS = new StructType()
      .add("sensorId", DataTypes.StringType)
      .add("quantity", DataTypes.StringType)
      .add("unscaled", DataTypes.LongType)
      .add("quality", DataTypes.StringType);

  @Test
  void summaryRejectsUnknownMixedAndMissingValuesOnBothPaths() {
    SparkSession spark = SparkSessions.local();
    Map<List<Row>, String> cases = Map.of(
        List.of(RowFactory.create("s1", "CO2", 800L, null), RowFactory.create("s1", "OZONE", 1L, null)),
        "dx_summary.quantity: unknown quantity (was 'OZONE')",
        List.of(RowFactory.create("s1", "CO2", 800L, null), RowFactory.create("s1", null, 1L, null)),
        "dx_summary.quantity: must not be null (was 'null')",
        List.of(RowFactory.create("s1", "CO2", 800L, null), RowFactory.create("s1", "CO2", null, "SUSPECT")),
        "dx_summary.unscaled: must not be null (was 'null')");
    cases.forEach((rows, message) -> {
      Dataset<Row> df = spark.createDataFrame(rows, READINGS).repartition(2);
      assertThatThrownBy(() -> df.groupBy("sensorId")
          .agg(DxSpark.summary(col("quantity"), col("unscaled"), col("quality"))).collectAsList())
          .satisfies(e -> assertThat(root(e)).isInstanceOf(IllegalArgumentException.class).hasMessage(message));
      if (!message.contains("unknown")) {
        // the null cases: the typed aggregator declares its INPUT columns non-nullable, so only the
        // declarative path is held to them
        return;
      }
      // the typed aggregator keeps Quantity.valueOf's exception as the cause of its own
      assertThatThrownBy(() -> df.groupBy("sensorId")
          .agg(DxSpark.summaryFunction().apply(col("quantity"), col("unscaled"), col("quality"))).collectAsList())
          .hasStackTraceContaining("java.lang.IllegalArgumentException: " + message);
    });
    Dataset<Row> mixed = spark.createDataFrame(List.of(RowFactory.create("s1", "CO2", 800L, null),
        RowFactory.create("s1", "AIR_TEMPERATURE", 2_720L, null)), READINGS);
    assertThatThrownBy(() -> mixed.groupBy("sensorId")
        .agg(DxSpark.summary(col("quantity"), col("unscaled"), col("quality"))).collectAsList())
        .satisfies(e -> assertThat(root(e)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("dx_summary.quantity: a group must hold one quantity (was 'AIR_TEMPERATURE' and 'CO2')"));
    // an invalid reading is counted, never checked: its quantity and value may be anything
    Row ok = spark.createDataFrame(List.of(RowFactory.create("s1", "CO2", 800L, null),
            RowFactory.create("s1", "OZONE", null, "INVALID")), READINGS)
        .groupBy("sensorId").agg(DxSpark.summary(col("quantity"), col("unscaled"), col("quality")).as("s"))
        .first().getStruct(1);
    assertThat(ok.getLong(0)).isEqualTo(1L);
    assertThat(ok.getLong(5)).isEqualTo(1L);
    Dataset<Row> big = spark.createDataFrame(List.of(RowFactory.create("s1", "CO2", Long.MAX_VALUE, null),
        RowFactory.create("s1", "CO2", 1L, null)), READINGS).repartition(2);
    assertThatThrownBy(() -> big.groupBy("sensorId")
        .agg(DxSpark.summary(col("quantity"), col("unscaled"), col("quality"))).collectAsList())
        .satisfies(e -> assertThat(root(e)).isInstanceOf(ArithmeticException.class).hasMessageContaining("overflow"));
  }

  @Test
  void badPayloadsBecomeAnErrorColumnAndTheJobCompletes() {
    SparkSession spark = SparkSessions.local();
    StructType schema = new StructType().add("id", DataTypes.IntegerType).add("payload", DataTypes.StringType)
        .add("encoding", DataTypes.StringType).add("sensorId", DataTypes.StringType)
        .add("receivedAt", DataTypes.TimestampType);
    Timestamp at = Timestamp.from(Instant.parse("2023-02-14T01:00:00Z"));
    Dataset<Row> uplinks = spark.createDataFrame(List.of(
        RowFactory.create(1, "03 67 01 10 05 67 00 FF", "hex", "hall-3f-01", at),   // 27.2 °C and 25.5 °C
        RowFactory.create(2, "A2cBEAVnAP8=", "base64", "hall-3f-01", at),          // the same, Base64
        RowFactory.create(3, "0367011005", "hex", "hall-3f-01", at),                // ends after a channel byte
        RowFactory.create(4, "03FF0110", "hex", "hall-3f-01", at),                  // type 0xFF is unknown
        RowFactory.create(5, "03G7", "hex", "hall-3f-01", at),                      // not hex
        RowFactory.create(6, "0168FF", "hex", "hall-3f-01", at),                    // humidity 127.5 %
        RowFactory.create(7, null, "hex", "hall-3f-01", at)), schema).repartition(3);
    Dataset<Row> decoded = uplinks.select(col("id"),
        DxSpark.decodeLpp(col("payload"), "hex", col("sensorId"), col("receivedAt")).as("hexDecoded"),
        DxSpark.decodeLpp(col("payload"), "base64", col("sensorId"), col("receivedAt")).as("b64Decoded"),
        col("encoding"));
    Map<Integer, Row> byId = new TreeMap<>();
    for (Row r : decoded.collectAsList()) {
      byId.put(r.getInt(0), r.getString(3).equals("hex") ? r.getStruct(1) : r.getStruct(2));
    }
    assertThat(byId).hasSize(7);
    List<LppValue> expected = CayenneLpp.decodeHex("03 67 01 10 05 67 00 FF");
    for (int id : List.of(1, 2)) {
      Row d = byId.get(id);
      assertThat(d.isNullAt(1)).as("no error for %d", id).isTrue();
      List<Row> readings = d.getList(0);
      assertThat(readings).hasSize(2);
      for (int i = 0; i < 2; i++) {
        assertThat(readings.get(i).getInt(0)).isEqualTo(expected.get(i).channel());
        assertThat(readings.get(i).getString(1)).isEqualTo("AIR_TEMPERATURE");
        assertThat(readings.get(i).getDecimal(2)).isEqualByComparingTo(expected.get(i).value());
      }
      assertThat(readings.get(0).getLong(3)).as("27.2 °C at column scale 2").isEqualTo(2720L);
    }
    assertThat(error(byId.get(3))).isEqualTo("TRUNCATED_HEADER@4");
    assertThat(error(byId.get(4))).isEqualTo("UNKNOWN_TYPE@0");
    assertThat(error(byId.get(5))).isEqualTo("MALFORMED_TEXT@2");
    assertThat(error(byId.get(6))).isEqualTo("INVALID_READING@null");
    assertThat(error(byId.get(7))).isEqualTo("MISSING@null");
    assertThat(byId.get(6).getStruct(1).getString(3)).contains("127.5");
    // exploding the readings keeps the good payloads' readings and loses nothing silently
    assertThat(decoded.where(col("encoding").equalTo("hex"))
        .select(functions.explode(col("hexDecoded.readings"))).count()).isEqualTo(2);
  }

  static String error(Row decoded) {
    assertThat(decoded.getList(0)).isEmpty();
    Row e = decoded.getStruct(1);
    return e.getString(0) + "@" + (e.isNullAt(1) ? "null" : e.getInt(1));
  }

  @Test
  void aBadCellOfASourceNamesTheFileColumnAndValue() throws Exception {
    SparkSession spark = SparkSessions.local();
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dx-bad-csv");
    java.nio.file.Path f = dir.resolve("procedures.csv");
    java.nio.file.Files.writeString(f, "部局,年度,1件あたり分,オンライン件数,総件数\ncitizens,2023,30,12a,1303\n");
    assertThatThrownBy(() -> DxSources.procedureYears(spark, "csv", f.toString()).collectAsList())
        .satisfies(e -> assertThat(root(e)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("procedures.csv").hasMessageContaining("column 'online'")
            .hasMessageContaining("(was '12a')"));
    java.nio.file.Files.writeString(f, "部局,年度,1件あたり分,オンライン件数,総件数,備考\n");
    assertThatThrownBy(() -> DxSources.procedureYears(spark, "csv", f.toString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown column '備考'");
  }
}
