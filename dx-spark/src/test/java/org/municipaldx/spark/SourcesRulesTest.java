package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DxSources}' header and cell rules on small files (issue 13 part 4: only the job's end-to-end test read
 * files, so a lost header rule survived): procedure-year headers under any of the library's names, a BOM, and an
 * optional municipality column under {@code municipality}, {@code municipalityCode} or 団体コード in any width and
 * case; an unknown, repeated or missing column is refused naming the format, the paths and the column; the
 * five-less column is optional (mask 0); text cells are read as the library reads them, numeric Parquet columns
 * by their type; a bad cell fails the job naming the file, the column and the value; readings' headers are
 * case-insensitive, {@code observedAt} is ISO-8601 text or a timestamp, {@code unscaled} is the value at the
 * quantity's column scale; a format other than CSV or Parquet, or no path, is refused.
 */
class SourcesRulesTest {
  /** {@return the first exception in the chain whose message contains the text} (Spark wraps a UDF's exception) */
  static Throwable named(Throwable t, String text) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof IllegalArgumentException && c.getMessage() != null && c.getMessage().contains(text)) {
        return c;
      }
    }
    throw new AssertionError("no IllegalArgumentException with '" + text + "' in the chain of " + t, t);
  }

  private static String csv(Path dir, String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f.toString();
  }

  @Test
  void procedureYearHeadersAreReadUnderAnyOfTheirNamesWithAnOptionalMunicipality(@TempDir Path dir)
      throws Exception {
    SparkSession spark = SparkSessions.local();
    // a BOM, Japanese names, a fiscal year with its era, grouped and full-width numbers, a five-less cell
    String ja = csv(dir, "ja.csv", "\uFEFF団体コード,部局,年度,5レス,1件あたり分,オンライン件数,総件数\n"
        + "072036,citizens,2023（令和5）年度,ペーパーレス|ムーブレス,30,\"1,303\",２０００\n");
    Dataset<Row> d = DxSources.procedureYears(spark, "csv", ja);
    assertThat(d.columns()).containsExactly("municipality", "department", "fiscalYear", "fiveLessMask",
        "minutesPerCase", "online", "total");
    assertThat(d.schema().apply("fiscalYear").dataType()).isEqualTo(DataTypes.IntegerType);
    assertThat(d.schema().apply("total").dataType()).isEqualTo(DataTypes.LongType);
    assertThat(d.collectAsList()).containsExactly(RowFactory.create("072036", "citizens", 2023, 12, 30L, 1_303L,
        2_000L));
    // English aliases, no five-less column (mask 0), no municipality column (null), any header case
    String en = csv(dir, "en.csv", "departmentId,FY,MinutesPerCase,onlineCases,totalCases\ntax,2022,5,0,7\n");
    assertThat(DxSources.procedureYears(spark, "CSV", en).collectAsList())
        .containsExactly(RowFactory.create(null, "tax", 2022, 0, 5L, 0L, 7L));
    // the municipality column's other names, folded: width, case, '_' and '-'
    int k = 0;
    for (String m : List.of("municipality", "Municipality_Code", "ｍｕｎｉｃｉｐａｌｉｔｙ－ｃｏｄｅ", " 団体コード")) {
      String f = csv(dir, "m-" + k++ + ".csv", m + ",department,fiscalYear,minutesPerCase,online,total\n131016,a,2023,1,1,1\n");
      assertThat(DxSources.procedureYears(spark, "csv", f).first().getString(0)).as(m).isEqualTo("131016");
    }
  }

  @Test
  void anUnknownRepeatedOrMissingProcedureYearColumnIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkSessions.local();
    String unknown = csv(dir, "u.csv", "department,fiscalYear,minutesPerCase,online,total,remarks\na,2023,1,1,1,x\n");
    String other = csv(dir, "o.csv", "department,fiscalYear,minutesPerCase,online,total,remarks\nb,2023,1,1,1,x\n");
    assertThatThrownBy(() -> DxSources.procedureYears(spark, "csv", unknown, other))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("procedure-year csv " + unknown + ", " + other
            + ": unknown column 'remarks' (expected the names of ProcedureYearColumn or municipality)");
    String twice = csv(dir, "t.csv", "部局,department,fiscalYear,minutesPerCase,online,total\na,a,2023,1,1,1\n");
    assertThatThrownBy(() -> DxSources.procedureYears(spark, "csv", twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("procedure-year csv " + twice + ": column 'department' appears twice (was 'department')");
    String twoMunicipalities = csv(dir, "m2.csv",
        "municipality,団体コード,department,fiscalYear,minutesPerCase,online,total\n1,1,a,2023,1,1,1\n");
    assertThatThrownBy(() -> DxSources.procedureYears(spark, "csv", twoMunicipalities))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(": column 'municipality' appears twice"
            + " (was '団体コード')");
    // each required column in turn; 5レス is the only optional one
    String[] header = {"department", "fiscalYear", "minutesPerCase", "online", "total"};
    String[] labels = {"部局/department", "年度/fiscalYear", "1件あたり分/minutesPerCase", "オンライン件数/online",
        "総件数/total"};
    for (int i = 0; i < header.length; i++) {
      StringBuilder h = new StringBuilder("fiveLess");
      StringBuilder v = new StringBuilder("ペーパーレス");
      for (int j = 0; j < header.length; j++) {
        if (j != i) {
          h.append(',').append(header[j]);
          v.append(",1");
        }
      }
      String f = csv(dir, "missing-" + i + ".csv", h + "\n" + v + "\n");
      assertThatThrownBy(() -> DxSources.procedureYears(spark, "csv", f)).as(header[i])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("procedure-year csv " + f + ": required column " + labels[i] + " is missing");
    }
  }

  @Test
  void aBadProcedureYearCellFailsTheJobNamingTheFileTheColumnAndTheValue(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkSessions.local();
    String[][] cases = {
        {"a,2023,1,1,12a", "column 'total' must be a whole number ≥ 0 (was '12a')"},
        {"a,2023,1,-1,1", "column 'online' must be a whole number ≥ 0 (was '-1')"},
        {"a,2023,1.5,1,1", "column 'minutesPerCase' must be a whole number ≥ 0 (was '1.5')"},
        {"a,next year,1,1,1", "column 'fiscalYear' is not a fiscal year (was 'next year')"},
    };
    int i = 0;
    for (String[] c : cases) {
      String f = csv(dir, "bad-" + i++ + ".csv", "department,fiscalYear,minutesPerCase,online,total\n" + c[0] + "\n");
      assertThatThrownBy(() -> DxSources.procedureYears(spark, "csv", f).collectAsList()).as(c[0])
          .satisfies(e -> assertThat(named(e, Path.of(f).getFileName().toString() + ": " + c[1])).isNotNull());
    }
  }

  @Test
  void numericParquetColumnsAreReadByTheirTypeAndTextColumnsAsTheLibraryReadsThem(@TempDir Path dir) {
    SparkSession spark = SparkSessions.local();
    StructType typed = new StructType().add("municipality", DataTypes.StringType).add("department", DataTypes.StringType)
        .add("fiscalYear", DataTypes.IntegerType).add("fiveLess", DataTypes.StringType)
        .add("minutesPerCase", DataTypes.IntegerType).add("online", DataTypes.LongType)
        .add("total", DataTypes.LongType);
    String p = dir.resolve("typed").toString();
    spark.createDataFrame(List.of(RowFactory.create("131016", "citizens", 2023, "キャッシュレス", 30, 1_303L, 2_000L)),
        typed).write().parquet(p);
    assertThat(DxSources.procedureYears(spark, "parquet", p).collectAsList())
        .containsExactly(RowFactory.create("131016", "citizens", 2023, 2, 30L, 1_303L, 2_000L));
    // text columns in a Parquet file: the fiscal year in any form the library reads, grouped numbers
    StructType text = new StructType().add("部局", DataTypes.StringType).add("年度", DataTypes.StringType)
        .add("1件あたり分", DataTypes.StringType).add("オンライン件数", DataTypes.StringType)
        .add("総件数", DataTypes.StringType);
    String t = dir.resolve("text").toString();
    spark.createDataFrame(List.of(RowFactory.create("tax", "令和5年度", "１５", "1,000", "12,000")), text).write()
        .parquet(t);
    assertThat(DxSources.procedureYears(spark, "Parquet", t).collectAsList())
        .containsExactly(RowFactory.create(null, "tax", 2023, 0, 15L, 1_000L, 12_000L));
  }

  @Test
  void aFractionalCellIsAWholeNumberOrAnErrorNamingFileColumnAndValue() {
    assertThat(DxSources.wholeDecimal("30.0", "minutesPerCase", "f")).isEqualTo(30L);
    assertThat(DxSources.wholeDecimal("0.00", "online", "f")).isZero();
    assertThat(DxSources.wholeDecimal("1.2E3", "total", "f")).isEqualTo(1_200L);
    assertThat(DxSources.wholeDecimal("9223372036854775807.0", "total", "f")).isEqualTo(Long.MAX_VALUE);
    for (String bad : new String[] {null, "NaN", "Infinity", "30.5", "-1.0", "0.001", "-0.5"}) {
      assertThatThrownBy(() -> DxSources.wholeDecimal(bad, "minutesPerCase", "f")).as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("f: column 'minutesPerCase' must be a whole number ≥ 0 (was '" + bad + "')");
    }
    assertThatThrownBy(() -> DxSources.wholeDecimal("9223372036854775808.0", "total", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("f: column 'total' does not fit a long (was '9223372036854775808.0')")
        .hasCauseInstanceOf(ArithmeticException.class);
    assertThat(DxSources.wholeFiscalYear("2023.0", "fiscalYear", "f")).isEqualTo(2023);
    for (String bad : new String[] {"2023.5", "-2023.0", "1.0E10", "0.0"}) {
      assertThatThrownBy(() -> DxSources.wholeFiscalYear(bad, "fiscalYear", "f")).as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("f: column 'fiscalYear' is not a fiscal year (was '" + bad + "')");
    }
  }

  @Test
  void aFractionalParquetCountIsReadOnlyWhenItIsAWholeNumberNeverTruncated(@TempDir Path dir) {
    SparkSession spark = SparkSessions.local();
    // counts exported as doubles or decimals (a spreadsheet's habit): 30.0 is 30, but 30.5 minutes is no whole
    // number of minutes, and casting it to long would drop the half minute without a word
    StructType fractional = new StructType().add("department", DataTypes.StringType)
        .add("fiscalYear", DataTypes.DoubleType).add("minutesPerCase", DataTypes.DoubleType)
        .add("online", DataTypes.createDecimalType(12, 2)).add("total", DataTypes.FloatType);
    String whole = dir.resolve("whole").toString();
    spark.createDataFrame(List.of(RowFactory.create("tax", 2023.0, 30.0, new BigDecimal("1303.00"), 2000.0f)),
        fractional).write().parquet(whole);
    assertThat(DxSources.procedureYears(spark, "parquet", whole).collectAsList())
        .containsExactly(RowFactory.create(null, "tax", 2023, 0, 30L, 1_303L, 2_000L));
    Object[][] bad = {
        {2023.0, 30.5, new BigDecimal("1303.00"), 2000.0f, "column 'minutesPerCase' must be a whole number ≥ 0 (was '30.5')"},
        {2023.0, 30.0, new BigDecimal("1303.50"), 2000.0f, "column 'online' must be a whole number ≥ 0 (was '1303.50')"},
        {2023.0, -1.0, new BigDecimal("1303.00"), 2000.0f, "column 'minutesPerCase' must be a whole number ≥ 0 (was '-1.0')"},
        {2023.0, Double.NaN, new BigDecimal("1303.00"), 2000.0f, "column 'minutesPerCase' must be a whole number ≥ 0 (was 'NaN')"},
        {2023.0, 1e20, new BigDecimal("1303.00"), 2000.0f, "column 'minutesPerCase' does not fit a long (was '1.0E20')"},
        {2023.5, 30.0, new BigDecimal("1303.00"), 2000.0f, "column 'fiscalYear' is not a fiscal year (was '2023.5')"},
    };
    int i = 0;
    for (Object[] b : bad) {
      String p = dir.resolve("bad-" + i++).toString();
      spark.createDataFrame(List.of(RowFactory.create("tax", b[0], b[1], b[2], b[3])), fractional).write().parquet(p);
      assertThatThrownBy(() -> DxSources.procedureYears(spark, "parquet", p).collectAsList()).as("%s", b[4])
          .satisfies(e -> assertThat(named(e, (String) b[4]).getMessage()).contains(".parquet: "));
    }
  }

  @Test
  void readingsHeadersAreCaseInsensitiveAndCellsAreCheckedAtTheColumnScale(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkSessions.local();
    String f = csv(dir, "r.csv", "\uFEFFLOCATION,SensorId,quantity,observedAt,Value\n"
        + "hall/3f/east,s-1,AIR_TEMPERATURE,2023-04-01T00:10:00Z,27.2\n"
        + "hall/3f/east,s-2,CO2, 2023-04-01T00:20:00Z ,800\n");
    Dataset<Row> d = DxSources.readings(spark, "csv", f);
    assertThat(d.columns()).containsExactly("municipality", "location", "sensorId", "quantity", "observedAt",
        "value", "unscaled", "quality");
    List<Row> rows = d.orderBy(col("sensorId")).collectAsList();
    assertThat(rows).hasSize(2);
    Row t = rows.get(0);
    assertThat(t.isNullAt(0)).as("no municipality column").isTrue();
    assertThat(t.getString(1)).isEqualTo("hall/3f/east");
    assertThat(((Timestamp) t.get(4)).toInstant()).isEqualTo(Instant.parse("2023-04-01T00:10:00Z"));
    assertThat(t.getDecimal(5)).isEqualByComparingTo(new BigDecimal("27.2"));
    assertThat(t.getLong(6)).as("27.2 °C at air temperature's scale 2").isEqualTo(2_720L);
    assertThat(t.isNullAt(7)).as("no quality column").isTrue();
    assertThat(rows.get(1).getLong(6)).as("CO2 at scale 0").isEqualTo(800L);
    assertThat(((Timestamp) rows.get(1).get(4)).toInstant()).isEqualTo(Instant.parse("2023-04-01T00:20:00Z"));

    // a timestamp column is taken as it is; municipality and quality carried through
    StructType typed = new StructType().add("municipality", DataTypes.StringType).add("location", DataTypes.StringType)
        .add("sensorId", DataTypes.StringType).add("quantity", DataTypes.StringType)
        .add("observedAt", DataTypes.TimestampType).add("value", DataTypes.createDecimalType(10, 1))
        .add("quality", DataTypes.StringType);
    String p = dir.resolve("typed").toString();
    Timestamp at = Timestamp.from(Instant.parse("2023-04-01T00:10:00Z"));
    spark.createDataFrame(List.of(RowFactory.create("072036", "hall", "s-3", "RELATIVE_HUMIDITY", at,
        new BigDecimal("55.5"), "SUSPECT")), typed).write().parquet(p);
    Row h = DxSources.readings(spark, "parquet", p).first();
    assertThat(h.getString(0)).isEqualTo("072036");
    assertThat(h.get(4)).isEqualTo(at);
    assertThat(h.getLong(6)).as("55.5 % at humidity's scale 1").isEqualTo(555L);
    assertThat(h.getString(7)).isEqualTo("SUSPECT");
  }

  @Test
  void anUnknownOrMissingReadingsColumnOrABadCellIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkSessions.local();
    String unknown = csv(dir, "u.csv", "location,sensorId,quantity,observedAt,value,unit\nh,s,CO2,"
        + "2023-04-01T00:10:00Z,800,ppm\n");
    assertThatThrownBy(() -> DxSources.readings(spark, "csv", unknown)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readings csv " + unknown + ": unknown column 'unit' (expected [municipality, location, sensorId,"
            + " quantity, observedAt, value, quality])");
    String[] required = {"location", "sensorId", "quantity", "observedAt", "value"};
    for (String r : required) {
      StringBuilder h = new StringBuilder("quality");
      for (String c : required) {
        if (!c.equals(r)) {
          h.append(',').append(c);
        }
      }
      String f = csv(dir, "missing-" + r + ".csv", h + "\nGOOD,1,2,3,4\n");
      assertThatThrownBy(() -> DxSources.readings(spark, "csv", f)).as(r).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("readings csv " + f + ": required column " + r + " is missing");
    }
    String[][] cases = {
        {"h,s,CO2,2023-04-01 00:10,800", "column 'observedAt' must be an ISO-8601 instant"},
        {"h,s,OZONE,2023-04-01T00:10:00Z,800", "column 'quantity' is not a quantity (was 'OZONE')"},
        {"h,s,AIR_TEMPERATURE,2023-04-01T00:10:00Z,27.205", "column 'value': "},
    };
    int i = 0;
    for (String[] c : cases) {
      String f = csv(dir, "bad-" + i++ + ".csv", "location,sensorId,quantity,observedAt,value\n" + c[0] + "\n");
      assertThatThrownBy(() -> DxSources.readings(spark, "csv", f).collectAsList()).as(c[0])
          .satisfies(e -> assertThat(named(e, Path.of(f).getFileName().toString() + ": " + c[1])).isNotNull());
    }
    // a frame built without the readers: the column function names the frame
    Dataset<Row> frame = spark.createDataFrame(List.of(RowFactory.create("CO2", "800.5")),
        new StructType().add("q", DataTypes.StringType).add("v", DataTypes.StringType));
    assertThatThrownBy(() -> frame.select(DxSources.unscaled(col("q"), col("v"))).collectAsList())
        .satisfies(e -> assertThat(named(e, "(frame): column 'value': ").getMessage())
            .startsWith("(frame): column 'value': "));
    assertThat(spark.createDataFrame(List.of(RowFactory.create("AIR_TEMPERATURE", "-3.25")), frame.schema())
        .select(DxSources.unscaled(col("q"), col("v"))).first().getLong(0)).isEqualTo(-325L);
  }

  @Test
  void aFormatOtherThanCsvOrParquetOrNoPathIsRefused() {
    SparkSession spark = SparkSessions.local();
    assertThatThrownBy(() -> DxSources.procedureYears(spark, "json", "x.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DxSources.format: must be 'csv' or 'parquet' (was 'json')");
    assertThatThrownBy(() -> DxSources.readings(spark, "orc", "x.orc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DxSources.format: must be 'csv' or 'parquet' (was 'orc')");
    assertThatThrownBy(() -> DxSources.readings(spark, "csv")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DxSources.paths: must name at least one file or directory");
    assertThatThrownBy(() -> DxSources.procedureYears(spark, "csv")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DxSources.paths: must name at least one file or directory");
  }
}
