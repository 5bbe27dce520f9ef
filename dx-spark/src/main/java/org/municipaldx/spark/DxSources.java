package org.municipaldx.spark;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.FractionalType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.aggregate.ReadingColumns;
import org.municipaldx.metrics.csv.ProcedureYearColumn;
import org.municipaldx.spark.internal.ComplianceKernel;

/**
 * Reads procedure-year rows and readings with Spark's own CSV and Parquet sources, columns named as
 * in the library's layouts, into the canonical frames the aggregators take.
 *
 * <p><b>Procedure-year rows</b>: the columns of {@link ProcedureYearColumn} under any of their
 * names (部局/department, 年度/fiscalYear, 5レス/fiveLess, 1件あたり分/minutesPerCase,
 * オンライン件数/online, 総件数/total), plus an optional municipality column
 * ({@code municipality}, {@code municipalityCode} or 団体コード) for nationwide files. Whole numbers
 * may be full-width and grouped with commas; fiscal years in any form {@link FiscalYear#parse}
 * reads. Numeric columns (Parquet) are read by their type; a fractional one (double, float, decimal)
 * only where it holds a whole number, so 30.5 minutes is a bad cell, never 30. Result:
 * {@code municipality, department, fiscalYear (int), fiveLessMask (int),
 * minutesPerCase, online, total (long)}.
 *
 * <p><b>Readings</b>: {@code location} (a location key, {@code facility/floor/zone}),
 * {@code sensorId}, {@code quantity} (a {@link Quantity} constant name), {@code observedAt}
 * (ISO-8601 instant, e.g. {@code 2023-04-01T00:10:00Z}, or a timestamp column), {@code value}
 * (decimal text or a decimal column), optional {@code quality} and {@code municipality}. Result
 * adds {@code unscaled}: the value at the quantity's column scale ({@link ReadingColumns#toUnscaled}).
 *
 * <p>An unknown or missing column is an {@link IllegalArgumentException} at once; a bad cell fails
 * the job with an {@link IllegalArgumentException} naming the file, the column and the value —
 * nothing is half-applied. CSV is read as UTF-8 (with or without BOM), header in the first line.
 * Stateless and thread-safe.
 */
public final class DxSources {
  private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");
  private static final List<String> MUNICIPALITY = List.of("municipality", "municipalitycode", "団体コード");

  private DxSources() {}

  /**
   * {@return the canonical procedure-year frame, never null}
   *
   * @param spark  the session, not null
   * @param format  {@code csv} or {@code parquet}, not null
   * @param paths  the files or directories, not empty
   * @throws IllegalArgumentException if a column is unknown, repeated or missing
   */
  public static Dataset<Row> procedureYears(SparkSession spark, String format, String... paths) {
    Dataset<Row> raw = read(spark, format, paths);
    Map<String, String> names = new LinkedHashMap<>();
    for (String header : raw.columns()) {
      String h = header.replace("\uFEFF", "");
      String name;
      if (MUNICIPALITY.contains(fold(h))) {
        name = "municipality";
      } else {
        Optional<ProcedureYearColumn> c = ProcedureYearColumn.forHeader(h);
        if (c.isEmpty()) {
          throw new IllegalArgumentException("procedure-year " + format + " " + String.join(", ", paths)
              + ": unknown column '" + header + "' (expected the names of ProcedureYearColumn or municipality)");
        }
        name = c.get().englishName();
      }
      if (names.containsValue(name)) {
        throw new IllegalArgumentException("procedure-year " + format + " " + String.join(", ", paths)
            + ": column '" + name + "' appears twice (was '" + header + "')");
      }
      names.put(header, name);
    }
    for (ProcedureYearColumn c : ProcedureYearColumn.values()) {
      if (c != ProcedureYearColumn.FIVE_LESS && !names.containsValue(c.englishName())) {
        throw new IllegalArgumentException("procedure-year " + format + " " + String.join(", ", paths)
            + ": required column " + c.label() + " is missing");
      }
    }
    Map<String, Column> cols = new LinkedHashMap<>();
    Column file = functions.input_file_name();
    names.forEach((header, name) -> cols.put(name, raw.col("`" + header + "`")));
    DataType fyType = type(raw, names, "fiscalYear");
    // a fractional column (double, float, decimal) is read only where it holds a whole number: a cast to int or
    // long would truncate 30.5 minutes to 30 without a word
    Column fy = fyType instanceof FractionalType
        ? functions.udf((UDF3<String, String, String, Integer>) DxSources::wholeFiscalYear, DataTypes.IntegerType)
            .apply(cols.get("fiscalYear").cast("string"), functions.lit("fiscalYear"), file)
        : fyType instanceof NumericType ? cols.get("fiscalYear").cast("int")
        : functions.udf((UDF3<String, String, String, Integer>) DxSources::fiscalYear, DataTypes.IntegerType)
            .apply(cols.get("fiscalYear").cast("string"), functions.lit("fiscalYear"), file);
    List<Column> out = new ArrayList<>();
    out.add((cols.containsKey("municipality") ? cols.get("municipality").cast("string")
        : functions.lit(null).cast("string")).as("municipality"));
    out.add(cols.get("department").cast("string").as("department"));
    out.add(fy.as("fiscalYear"));
    out.add((cols.containsKey("fiveLess") ? DxSpark.fiveLessMask(cols.get("fiveLess").cast("string"))
        : functions.lit(0)).as("fiveLessMask"));
    for (String n : List.of("minutesPerCase", "online", "total")) {
      DataType t = type(raw, names, n);
      out.add((t instanceof FractionalType
          ? functions.udf((UDF3<String, String, String, Long>) DxSources::wholeDecimal, DataTypes.LongType)
              .apply(cols.get(n).cast("string"), functions.lit(n), file)
          : t instanceof NumericType ? cols.get(n).cast("long")
          : functions.udf((UDF3<String, String, String, Long>) DxSources::whole, DataTypes.LongType)
              .apply(cols.get(n).cast("string"), functions.lit(n), file)).as(n));
    }
    return raw.select(out.toArray(new Column[0]));
  }

  /**
   * {@return the canonical readings frame, never null}
   *
   * @param spark  the session, not null
   * @param format  {@code csv} or {@code parquet}, not null
   * @param paths  the files or directories, not empty
   * @throws IllegalArgumentException if a column is unknown or missing
   */
  public static Dataset<Row> readings(SparkSession spark, String format, String... paths) {
    Dataset<Row> raw = read(spark, format, paths);
    List<String> known = List.of("municipality", "location", "sensorId", "quantity", "observedAt", "value", "quality");
    Map<String, String> names = new LinkedHashMap<>();
    for (String header : raw.columns()) {
      String h = header.replace("\uFEFF", "").strip();
      String name = known.stream().filter(k -> k.equalsIgnoreCase(h)).findFirst().orElseThrow(() ->
          new IllegalArgumentException("readings " + format + " " + String.join(", ", paths) + ": unknown column '"
              + header + "' (expected " + known + ")"));
      names.put(header, name);
    }
    for (String required : List.of("location", "sensorId", "quantity", "observedAt", "value")) {
      if (!names.containsValue(required)) {
        throw new IllegalArgumentException("readings " + format + " " + String.join(", ", paths)
            + ": required column " + required + " is missing");
      }
    }
    Map<String, Column> cols = new LinkedHashMap<>();
    names.forEach((header, name) -> cols.put(name, raw.col("`" + header + "`")));
    Column file = functions.input_file_name();
    Column observedAt = type(raw, names, "observedAt") == DataTypes.TimestampType ? cols.get("observedAt")
        : functions.timestamp_micros(functions.udf((UDF3<String, String, String, Long>) DxSources::instantMicros,
            DataTypes.LongType).apply(cols.get("observedAt").cast("string"), functions.lit("observedAt"), file));
    Column unscaled = functions.udf((UDF3<String, String, String, Long>) DxSources::unscaled, DataTypes.LongType)
        .apply(cols.get("quantity").cast("string"), cols.get("value").cast("string"), file);
    return raw.select(
        (cols.containsKey("municipality") ? cols.get("municipality").cast("string")
            : functions.lit(null).cast("string")).as("municipality"),
        cols.get("location").cast("string").as("location"),
        cols.get("sensorId").cast("string").as("sensorId"),
        cols.get("quantity").cast("string").as("quantity"),
        observedAt.as("observedAt"),
        cols.get("value").cast("decimal(20,3)").as("value"),
        unscaled.as("unscaled"),
        (cols.containsKey("quality") ? cols.get("quality").cast("string") : functions.lit(null).cast("string"))
            .as("quality"));
  }

  private static Dataset<Row> read(SparkSession spark, String format, String... paths) {
    if (paths.length == 0) {
      throw new IllegalArgumentException("DxSources.paths: must name at least one file or directory");
    }
    switch (format.toLowerCase(Locale.ROOT)) {
      case "csv":
        return spark.read().option("header", "true").option("inferSchema", "false").option("encoding", "UTF-8")
            .csv(paths);
      case "parquet":
        return spark.read().parquet(paths);
      default:
        throw new IllegalArgumentException("DxSources.format: must be 'csv' or 'parquet' (was '" + format + "')");
    }
  }

  private static DataType type(Dataset<Row> raw, Map<String, String> names, String name) {
    for (Map.Entry<String, String> e : names.entrySet()) {
      if (e.getValue().equals(name)) {
        for (StructField f : raw.schema().fields()) {
          if (f.name().equals(e.getKey())) {
            return f.dataType();
          }
        }
      }
    }
    return DataTypes.StringType;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
  }

  static Long whole(String text, String column, String file) {
    String t = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (!WHOLE.matcher(t).matches()) {
      throw new IllegalArgumentException(file + ": column '" + column + "' must be a whole number ≥ 0 (was '" + text
          + "')");
    }
    try {
      return Long.parseLong(t.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": column '" + column + "' does not fit a long (was '" + text + "')", e);
    }
  }

  /** A fractional column's value as text ({@code 30.0}, {@code 1.0E20}, {@code NaN}): a whole number ≥ 0 or an error. */
  static Long wholeDecimal(String text, String column, String file) {
    BigDecimal v;
    try {
      v = new BigDecimal(text == null ? "" : text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": column '" + column + "' must be a whole number ≥ 0 (was '" + text
          + "')", e);
    }
    if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(file + ": column '" + column + "' must be a whole number ≥ 0 (was '" + text
          + "')");
    }
    try {
      return v.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(file + ": column '" + column + "' does not fit a long (was '" + text + "')", e);
    }
  }

  /** A fractional column's fiscal year as text ({@code 2023.0}): a whole year {@link FiscalYear#of} accepts. */
  static Integer wholeFiscalYear(String text, String column, String file) {
    try {
      long year = wholeDecimal(text, column, file);
      return FiscalYear.of(Math.toIntExact(year)).year();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException(file + ": column '" + column + "' is not a fiscal year (was '" + text + "')",
          e);
    }
  }

  static Integer fiscalYear(String text, String column, String file) {
    try {
      return FiscalYear.parse(text == null ? "" : text).year();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": column '" + column + "' is not a fiscal year (was '" + text + "')",
          e);
    }
  }

  static Long instantMicros(String text, String column, String file) {
    try {
      return ComplianceKernel.micros(Instant.parse(text == null ? "" : text.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(file + ": column '" + column
          + "' must be an ISO-8601 instant such as 2023-04-01T00:10:00Z (was '" + text + "')", e);
    }
  }

  static Long unscaled(String quantity, String value, String file) {
    Quantity q;
    try {
      q = Quantity.valueOf(quantity == null ? "" : quantity.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": column 'quantity' is not a quantity (was '" + quantity + "')", e);
    }
    BigDecimal v;
    try {
      v = new BigDecimal(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": column 'value' is not a decimal number (was '" + value + "')", e);
    }
    try {
      return ReadingColumns.toUnscaled(q, q.check(v));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": column 'value': " + e.getMessage(), e);
    }
  }

  /**
   * Converts a decimal reading to the whole number at its quantity's column scale, for frames built
   * without this class's readers; a bad quantity or value fails the job with the column named.
   *
   * @param quantity  the reading's quantity, a column holding a {@link org.municipaldx.iot.Quantity} constant name
   * @param value  the reading's decimal value, a column
   * @return the unscaled value of a quantity's decimal, a {@code long} column
   */
  public static Column unscaled(Column quantity, Column value) {
    return functions.udf((UDF3<String, String, String, Long>) DxSources::unscaled, DataTypes.LongType)
        .apply(quantity.cast("string"), value.cast("string"), functions.lit("(frame)"));
  }

}
