package org.municipaldx.spark;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.CompliancePeriod;

/**
 * The entry point: the library's aggregators as Spark columns for the Dataset/DataFrame API, and
 * {@link #register} to call them from SQL.
 *
 * <pre>{@code
 * DxSpark.register(spark, Standards.BUILDING_HYGIENE);
 * spark.sql("SELECT municipality, fiscalYear,"
 *     + " dx_rollup(department, fiveLessMask, minutesPerCase, online, total) AS r"
 *     + " FROM procedures GROUP BY municipality, fiscalYear");
 * procedures.groupBy("department", "fiscalYear")
 *     .agg(DxSpark.sums(col("minutesPerCase"), col("online"), col("total")).as("sums"));
 * }</pre>
 *
 * <p>SQL functions: {@code dx_sums}, {@code dx_rollup}, {@code dx_summary},
 * {@code dx_compliance_day}, {@code dx_compliance} (aggregates); {@code dx_period(observedAt, kind)}
 * (the day {@code 2022-04-01}, month {@code 2022-04} or fiscal year {@code FY2022} of an instant in
 * Japan time, kind {@code 'day'}, {@code 'month'} or {@code 'fiscal-year'}), {@code dx_five_less_mask(text)}
 * and {@code dx_decode_lpp} ({@link LppDecoder}). Stateless and thread-safe.
 */
public final class DxSpark {
  private static final Pattern FIVE_LESS_SEPARATOR = Pattern.compile("[|・;｜；･]");

  private DxSpark() {}

  /**
   * Registers the functions for SQL in a session, compliance against one standard with days cut at
   * midnight in Japan ({@link ComplianceReport#JAPAN}). In a classic (non-Connect) session
   * {@code dx_sums} and {@code dx_summary} are the fast declarative columns of {@link #sums} and
   * {@link #summary}; in a Spark Connect session they are the typed aggregators.
   *
   * @param spark  the session, not null
   * @param standard  the standard {@code dx_compliance_day} and {@code dx_compliance} judge against, not null
   */
  public static void register(SparkSession spark, EnvironmentalStandard standard) {
    if (!Declarative.registerForSql(spark)) {
      spark.udf().register(SumsAggregator.NAME, sumsFunction());
      spark.udf().register(SummaryAggregator.NAME, summaryFunction());
    }
    spark.udf().register(RollupAggregator.NAME, rollupFunction());
    spark.udf().register(ComplianceDayAggregator.NAME, complianceDayFunction(standard, ComplianceReport.JAPAN));
    spark.udf().register(ComplianceAggregator.NAME, complianceFunction(standard));
    spark.udf().register("dx_period", (UDF2<Object, String, String>) DxSpark::period, DataTypes.StringType);
    spark.udf().register("dx_five_less_mask", (UDF1<String, Integer>) DxSpark::fiveLessMask, DataTypes.IntegerType);
    spark.udf().register(LppDecoder.NAME, new LppDecoder(), LppDecoder.OUTPUT);
  }

  /** {@return {@link SumsAggregator} as a function of (minutesPerCase, online, total)} */
  public static UserDefinedFunction sumsFunction() {
    return functions.udaf(new SumsAggregator(), Encoders.row(SumsAggregator.INPUT)).withName(SumsAggregator.NAME);
  }

  /** {@return {@link RollupAggregator} as a function} */
  public static UserDefinedFunction rollupFunction() {
    return functions.udaf(new RollupAggregator(), Encoders.row(RollupAggregator.INPUT)).withName(RollupAggregator.NAME);
  }

  /** {@return {@link SummaryAggregator} as a function} */
  public static UserDefinedFunction summaryFunction() {
    return functions.udaf(new SummaryAggregator(), Encoders.row(SummaryAggregator.INPUT))
        .withName(SummaryAggregator.NAME);
  }

  /**
   * {@return {@link ComplianceDayAggregator} as a function}
   *
   * @param standard  the environmental standard the readings are judged against, not null
   * @param zone  the time zone whose calendar days the segments cover, not null
   */
  public static UserDefinedFunction complianceDayFunction(EnvironmentalStandard standard, ZoneId zone) {
    return functions.udaf(new ComplianceDayAggregator(standard, zone), Encoders.row(ComplianceDayAggregator.INPUT))
        .withName(ComplianceDayAggregator.NAME);
  }

  /**
   * {@return {@link ComplianceAggregator} as a function}
   *
   * @param standard  the environmental standard the day segments were judged against, not null
   */
  public static UserDefinedFunction complianceFunction(EnvironmentalStandard standard) {
    return functions.udaf(new ComplianceAggregator(standard), Encoders.row(ComplianceAggregator.INPUT))
        .withName(ComplianceAggregator.NAME);
  }

  /**
   * The library's exact sums of procedure-year rows, as {@link SumsAggregator} gives them, computed by
   * Spark's code-generated hash aggregation: {@code try_multiply}/{@code try_sum} (exact whatever the
   * session's ANSI mode; an overflow fails the job with {@link ArithmeticException}) and a
   * code-generated check of every row (a bad row fails it with the aggregator's
   * {@link IllegalArgumentException}). About as fast as Spark's built-in {@code sum}; the typed
   * aggregator ({@link #sumsFunction}, SQL {@code dx_sums}) runs in Spark's object hash aggregation
   * and is several times slower on many groups (benchmarks/README.md, "dx-spark on Spark").
   *
   * @param minutesPerCase  the minutes one case takes, a whole-number column
   * @param online  the cases done online, a whole-number column
   * @param total  all cases, a whole-number column
   * @return the library's exact sums of procedure-year rows, a {@link SumsAggregator#OUTPUT} struct
   */
  public static Column sums(Column minutesPerCase, Column online, Column total) {
    return Declarative.sums(minutesPerCase, online, total);
  }

  /**
   * Aggregates procedure-year rows into the library's roll-up by department and five-less category.
   *
   * @param department  the department id, a string column
   * @param fiveLessMask  the row's five-less categories as a bit mask (see {@link #fiveLessMask(Column)})
   * @param minutesPerCase  the minutes one case takes, a whole-number column
   * @param online  the cases done online, a whole-number column
   * @param total  all cases, a whole-number column
   * @return the library's roll-up of a group, a {@link RollupAggregator#OUTPUT} struct
   */
  public static Column rollup(Column department, Column fiveLessMask, Column minutesPerCase, Column online,
      Column total) {
    return rollupFunction().apply(department, fiveLessMask.cast("int"), minutesPerCase.cast("long"),
        online.cast("long"), total.cast("long"));
  }

  /**
   * The library's roll-up by department and five-less category of each group of procedure-year
   * rows, as {@link #rollup(Column, Column, Column, Column, Column)} gives it, computed by Spark's
   * code-generated hash aggregation: the rows are summed by the group's columns and department with
   * Spark's declarative aggregates ({@code try_multiply}, {@code try_sum}, {@code count}; the five-less
   * categories as conditional sums; sums bounded by a checked sum in Spark's wrapping {@code sum},
   * whatever {@code spark.sql.ansi.enabled} says), then each group's departments are folded into the library's
   * {@link org.municipaldx.metrics.batch.ProcedureYearRollup}. Same rows and the same errors as the
   * typed aggregator (a bad row: its {@link IllegalArgumentException}; a sum beyond {@code long}:
   * {@link ArithmeticException}); no object buffer per input row and no sort-based fallback, which
   * the typed aggregator meets past 128 groups per task (benchmarks/README.md, "dx-spark on Spark").
   * Not a column but a transformation, because it aggregates twice; from SQL, use the typed
   * {@code dx_rollup}.
   *
   * <pre>{@code
   * Dataset<Row> r = DxSpark.rollup(procedures, List.of(col("municipality"), col("fiscalYear")),
   *     col("department"), col("fiveLessMask"), col("minutesPerCase"), col("online"), col("total"));
   * // municipality, fiscalYear, rollup: struct<byDepartment, byFiveLess, total>
   * }</pre>
   *
   * @param rows  the procedure-year rows, not null
   * @param groupBy  the columns to group by (e.g. municipality and fiscal year), not null, may be empty
   * @param department  the department id, a string column
   * @param fiveLessMask  the row's five-less categories as a bit mask (see {@link #fiveLessMask(Column)})
   * @param minutesPerCase  the minutes one case takes, a whole-number column
   * @param online  the cases done online, a whole-number column
   * @param total  all cases, a whole-number column
   * @return one row per group: the {@code groupBy} columns, then {@code rollup}, a
   *     {@link RollupAggregator#OUTPUT} struct
   */
  public static Dataset<Row> rollup(Dataset<Row> rows, List<Column> groupBy, Column department, Column fiveLessMask,
      Column minutesPerCase, Column online, Column total) {
    return Declarative.rollup(rows, List.copyOf(groupBy), department, fiveLessMask, minutesPerCase, online, total);
  }

  /**
   * The library's summary of readings, as {@link SummaryAggregator} gives it, computed by Spark's
   * code-generated hash aggregation ({@code count}, {@code try_sum}, {@code min}, {@code max} of the
   * fixed-point values; the quantity's ordinal by a code-generated comparison); each group's result is
   * built by the aggregator's own code from the library's {@code Summary}. An unknown or null quantity
   * or a null value fails the job with the aggregator's {@link IllegalArgumentException}, a sum
   * beyond {@code long} with {@link ArithmeticException}. The typed aggregator is
   * {@link #summaryFunction} (SQL {@code dx_summary}).
   *
   * @param quantity  the reading's quantity, a string column holding a {@link org.municipaldx.iot.Quantity} constant name
   * @param unscaled  the value at the quantity's column scale, a whole-number column (see
   *     {@link DxSources#unscaled(Column, Column)})
   * @param quality  the reading's quality, a string column holding a {@link org.municipaldx.iot.Quality} constant name, or null
   * @return the library's summary of readings, a {@link SummaryAggregator#OUTPUT} struct
   */
  public static Column summary(Column quantity, Column unscaled, Column quality) {
    return Declarative.summary(quantity, unscaled, quality);
  }

  /**
   * Aggregates a location's readings of one quantity and day (days of Japan's calendar) into the day
   * segment the compliance roll-up merges.
   *
   * @param standard  the environmental standard the readings are judged against, not null
   * @param sensorId  the sensor's id, a string column
   * @param quantity  the reading's quantity, a string column holding a {@link org.municipaldx.iot.Quantity} constant name
   * @param observedAt  when the reading was taken, a timestamp column
   * @param unscaled  the value at the quantity's column scale, a whole-number column
   * @param quality  the reading's quality, a string column holding a {@link org.municipaldx.iot.Quality} constant name, or null
   * @return the day segment of a location's readings of one quantity and day, a
   *     {@link ComplianceDayAggregator#OUTPUT} struct
   */
  public static Column complianceDay(EnvironmentalStandard standard, Column sensorId, Column quantity,
      Column observedAt, Column unscaled, Column quality) {
    return complianceDayFunction(standard, ComplianceReport.JAPAN).apply(sensorId, quantity,
        functions.unix_micros(observedAt), unscaled.cast("long"), quality);
  }

  /**
   * The day stage of compliance ({@link #complianceDay}'s segments, days cut at midnight in Japan)
   * without an aggregation buffer: the readings are partitioned by location and quantity, sorted by
   * time within each partition, and each run of one location, quantity and day is judged in one pass
   * on primitive values under the rules of the library's {@code ComplianceReport} of the day (the
   * limit in force that day, the standard's own rule), giving the same segments as
   * {@link ComplianceDayAggregator} — which stays as the reference — without the library's objects
   * per reading (since issue 15d). No per-group Kryo buffer, no sort-based fallback of the object hash
   * aggregation, which the typed aggregator meets past 128 groups per task (benchmarks/README.md,
   * "dx-spark on Spark"). Fold the segments into months or fiscal years with {@link #compliance}:
   *
   * <pre>{@code
   * DxSpark.complianceDays(readings, standard, col("location"), col("sensorId"), col("quantity"),
   *         col("observedAt"), col("unscaled"), col("quality"))
   *     .groupBy(col("location"), col("quantity"), col("month"))
   *     .agg(DxSpark.compliance(standard, col("segment")).as("c"));
   * }</pre>
   *
   * @param readings  the readings, not null
   * @param standard  the environmental standard the readings are judged against, not null
   * @param location  the location's key, a string column
   * @param sensorId  the sensor's id, a string column
   * @param quantity  the reading's quantity, a string column holding a {@link org.municipaldx.iot.Quantity} constant name
   * @param observedAt  when the reading was taken, a timestamp column
   * @param unscaled  the value at the quantity's column scale, a whole-number column
   * @param quality  the reading's quality, a string column holding a {@link org.municipaldx.iot.Quality} constant name, or null
   * @return one row per location, quantity and day: {@code location}, {@code quantity}, {@code day}
   *     ({@code 2022-04-01}), {@code month} ({@code 2022-04}), {@code fiscalYear} ({@code FY2022} as
   *     {@code dx_period}), {@code segment} (a {@link ComplianceDayAggregator#OUTPUT} struct)
   */
  public static Dataset<Row> complianceDays(Dataset<Row> readings, EnvironmentalStandard standard, Column location,
      Column sensorId, Column quantity, Column observedAt, Column unscaled, Column quality) {
    return Declarative.complianceDays(readings, standard, List.of(location.cast("string").as("location")), sensorId,
        quantity, observedAt, unscaled, quality);
  }

  /**
   * {@link #complianceDays(Dataset, EnvironmentalStandard, Column, Column, Column, Column, Column, Column)}
   * keyed by several columns — e.g. municipality and location, where location keys repeat across
   * municipalities: the readings of one key, quantity and day are judged together.
   *
   * <pre>{@code
   * DxSpark.complianceDays(readings, standard, List.of(col("municipality"), col("location")), col("sensorId"),
   *     col("quantity"), col("observedAt"), col("unscaled"), col("quality"));
   * // municipality, location, quantity, day, month, fiscalYear, segment
   * }</pre>
   *
   * @param readings  the readings, not null
   * @param standard  the environmental standard the readings are judged against, not null
   * @param keys  the columns that name a place (compared by equality, nulls equal), at least one; their
   *     names must differ from {@code quantity}, {@code day}, {@code month}, {@code fiscalYear} and
   *     {@code segment}
   * @param sensorId  the sensor's id, a string column
   * @param quantity  the reading's quantity, a string column holding a {@link org.municipaldx.iot.Quantity} constant name
   * @param observedAt  when the reading was taken, a timestamp column
   * @param unscaled  the value at the quantity's column scale, a whole-number column
   * @param quality  the reading's quality, a string column holding a {@link org.municipaldx.iot.Quality} constant name, or null
   * @return one row per key, quantity and day: the keys, {@code quantity}, {@code day}, {@code month},
   *     {@code fiscalYear}, {@code segment} (a {@link ComplianceDayAggregator#OUTPUT} struct)
   * @throws IllegalArgumentException if no key column is given
   */
  public static Dataset<Row> complianceDays(Dataset<Row> readings, EnvironmentalStandard standard, List<Column> keys,
      Column sensorId, Column quantity, Column observedAt, Column unscaled, Column quality) {
    return Declarative.complianceDays(readings, standard, List.copyOf(keys), sensorId, quantity, observedAt, unscaled,
        quality);
  }

  /**
   * The day stage of compliance without a shuffle or sort of the readings (issue 15e): the same rows
   * as {@link #complianceDays(Dataset, EnvironmentalStandard, List, Column, Column, Column, Column, Column)}
   * plus {@code sortedFallback}, for input whose readings of one place, quantity and day are not spread
   * over several partitions in interleaving time — as files written in time order per sensor or per
   * place are read (a day split between two files or splits at one instant is fine).
   *
   * <p>Each input partition, in any order, gathers its readings of each key, quantity and day on Spark's
   * internal rows (so it needs a classic session, not Spark Connect) and judges them, sorted locally, into a partial state (statistics, exact sums on
   * longs, out-of-range counts, the per-reading runs with whether the first and last are open, the
   * first and last valid reading's time); only those partials — a few per key and day — are shuffled,
   * and each day's are merged in time order, a run open at the end of one joined to the run open at
   * the start of the next, as the fold joins runs at midnight; a daily average is judged on the merged
   * sum and count, under the limit in force that day. A day whose partials interleave in time (two
   * partitions each hold readings of it, not one stretch after the other), or whose sum or bounds do not
   * fit a long, falls back: its readings go through the sorted path, and its row says
   * {@code sortedFallback = true} (count them to see how often). The partials' stages run when this
   * method is called (one Spark job; the small result is checkpointed locally), so that the falling
   * back days are known; with none, the readings are read once. Memory: a partition holds its readings
   * as primitives (about 21 bytes each), at most 4,194,304 at a time (then it emits its partials and
   * goes on). The sorted path stays the reference ({@code ComplianceAgreementTest} holds both equal to
   * the library); figures in benchmarks/README.md, "Issue 15e".
   *
   * <pre>{@code
   * DxSpark.complianceDaysFromPartials(readings, standard, List.of(col("location")), col("sensorId"),
   *         col("quantity"), col("observedAt"), col("unscaled"), col("quality"))
   *     .groupBy(col("location"), col("quantity"), col("month"))
   *     .agg(DxSpark.compliance(standard, col("segment")).as("c"));
   * }</pre>
   *
   * @param readings  the readings, not null
   * @param standard  the environmental standard the readings are judged against, not null
   * @param keys  the columns that name a place (compared by equality, nulls equal), at least one; their
   *     names must differ from {@code quantity}, {@code day}, {@code month}, {@code fiscalYear},
   *     {@code segment} and {@code sortedFallback}
   * @param sensorId  the sensor's id, a string column
   * @param quantity  the reading's quantity, a string column holding a {@link org.municipaldx.iot.Quantity} constant name
   * @param observedAt  when the reading was taken, a timestamp column
   * @param unscaled  the value at the quantity's column scale, a whole-number column
   * @param quality  the reading's quality, a string column holding a {@link org.municipaldx.iot.Quality} constant name, or null
   * @return one row per key, quantity and day: the keys, {@code quantity}, {@code day}, {@code month},
   *     {@code fiscalYear}, {@code segment} (a {@link ComplianceDayAggregator#OUTPUT} struct) and
   *     {@code sortedFallback} (whether the day went through the sorted path)
   * @throws IllegalArgumentException if no key column is given, or (from the partials' stages, run
   *     here) as {@link #complianceDays} for a bad reading
   */
  public static Dataset<Row> complianceDaysFromPartials(Dataset<Row> readings, EnvironmentalStandard standard,
      List<Column> keys, Column sensorId, Column quantity, Column observedAt, Column unscaled, Column quality) {
    return Declarative.complianceDaysFromPartials(readings, standard, List.copyOf(keys), sensorId, quantity,
        observedAt, unscaled, quality, Declarative.PARTIAL_CAP);
  }

  /**
   * Folds day rows (of {@link #complianceDays} or {@link #complianceDaysFromPartials}) into each key's
   * compliance per quantity and period, as {@link #compliance} grouped by the same columns gives it, but
   * by a sort of the day rows and one pass (issue 15e): no object hash aggregation, whose sort-based
   * fallback past 128 groups per task serialises the typed aggregator's buffers with Kryo
   * (benchmarks/README.md, "Issue 15e").
   *
   * <pre>{@code
   * DxSpark.complianceByPeriod(days, standard, List.of(col("location")), col("month"));
   * // location, quantity, period, compliance
   * }</pre>
   *
   * @param days  day rows with {@code quantity} and {@code segment} columns, not null
   * @param standard  the environmental standard the segments were judged against, not null
   * @param keys  the columns that name a place, at least one; names other than {@code quantity} and {@code period}
   * @param period  the period of each day row (e.g. {@code col("month")} or {@code col("fiscalYear")}), a string column
   * @return one row per key, quantity and period: the keys, {@code quantity}, {@code period} and
   *     {@code compliance}, a {@link ComplianceAggregator#OUTPUT} struct
   * @throws IllegalArgumentException if no key column is given
   */
  public static Dataset<Row> complianceByPeriod(Dataset<Row> days, EnvironmentalStandard standard, List<Column> keys,
      Column period) {
    return CompliancePlans.complianceByPeriod(days, standard, List.copyOf(keys), period, false);
  }

  /**
   * {@link #complianceByPeriod} with the exceedances as numbers (issue 15g): the same rows, but the
   * {@code compliance} struct is {@link ComplianceAggregator#COLUMNAR_OUTPUT} — each exceedance's limit as its
   * index in {@code standard.limits()}, its first and last reading as epoch microseconds — so no exceedance is
   * formatted as text (in a profile of the partial path, that formatting was about 9 % of its CPU time:
   * benchmarks/README.md, "Issue 15g"). Derive text only where it is shown, e.g.
   * {@code transform(compliance.exceedances, e -> timestamp_micros(e.startMicros))}.
   *
   * @param days  day rows with {@code quantity} and {@code segment} columns, not null
   * @param standard  the environmental standard the segments were judged against, not null
   * @param keys  the columns that name a place, at least one; names other than {@code quantity} and {@code period}
   * @param period  the period of each day row (e.g. {@code col("month")} or {@code col("fiscalYear")}), a string column
   * @return one row per key, quantity and period: the keys, {@code quantity}, {@code period} and
   *     {@code compliance}, a {@link ComplianceAggregator#COLUMNAR_OUTPUT} struct
   * @throws IllegalArgumentException if no key column is given
   */
  public static Dataset<Row> complianceByPeriodColumnar(Dataset<Row> days, EnvironmentalStandard standard,
      List<Column> keys, Column period) {
    return CompliancePlans.complianceByPeriod(days, standard, List.copyOf(keys), period, true);
  }

  /**
   * Merges day segments (of {@link #complianceDay}) into a period's compliance.
   *
   * @param standard  the environmental standard the segments were judged against, not null
   * @param daySegment  the day segments, a {@link ComplianceDayAggregator#OUTPUT} struct column
   * @return the compliance of the day segments of a group, a {@link ComplianceAggregator#OUTPUT} struct
   */
  public static Column compliance(EnvironmentalStandard standard, Column daySegment) {
    return complianceFunction(standard).apply(daySegment);
  }

  /**
   * {@return the period containing the instant's date in Japan, as
   * {@link CompliancePeriod#toString()}}
   *
   * @param observedAt  a timestamp column
   * @param kind  {@code day}, {@code month} or {@code fiscal-year}
   */
  public static Column period(Column observedAt, String kind) {
    return functions.udf((UDF2<Object, String, String>) DxSpark::period, DataTypes.StringType)
        .apply(observedAt, functions.lit(kind));
  }

  /**
   * Decodes Cayenne LPP payloads with the library's strict decoder; a bad payload gives its error in
   * the result, not a failed job.
   *
   * @param payload  the payload, a string column
   * @param encoding  how the payload is written: {@code hex} or {@code base64}
   * @param sensorId  the sensor's id, a string column
   * @param observedAt  when the uplink was received, a timestamp column
   * @return the decoded readings or the error of a Cayenne LPP payload column ({@link LppDecoder#OUTPUT})
   */
  public static Column decodeLpp(Column payload, String encoding, Column sensorId, Column observedAt) {
    return functions.udf(new LppDecoder(), LppDecoder.OUTPUT)
        .apply(payload, functions.lit(encoding), sensorId, functions.unix_micros(observedAt));
  }

  /**
   * Reads a five-less cell ({@code ペーパーレス|ムーブレス}) into a bit mask.
   *
   * @param text  the cell, a string column of five-less names joined by {@code |}, {@code ・} or {@code ;}
   * @return the five-less mask of a cell as the library's CSV reader reads it
   */
  public static Column fiveLessMask(Column text) {
    return functions.udf((UDF1<String, Integer>) DxSpark::fiveLessMask, DataTypes.IntegerType).apply(text);
  }

  static String period(Object observedAt, String kind) {
    if (observedAt == null) {
      return null;
    }
    Instant t = observedAt instanceof Instant ? (Instant) observedAt : ((Timestamp) observedAt).toInstant();
    LocalDate d = LocalDate.ofInstant(t, ComplianceReport.JAPAN);
    switch (kind.toLowerCase(Locale.ROOT)) {
      case "day":
        return CompliancePeriod.day(d).toString();
      case "month":
        return d.toString().substring(0, 7);
      case "fiscal-year":
        return CompliancePeriod.fiscalYear(FiscalYear.containing(d)).toString();
      default:
        throw new IllegalArgumentException("dx_period.kind: must be 'day', 'month' or 'fiscal-year' (was '" + kind
            + "')");
    }
  }

  /**
   * {@return the mask, 0 for none or null}
   *
   * @param text  five-less names, Japanese or English, separated by {@code |}, {@code ・} or {@code ;}
   * @throws IllegalArgumentException naming the text if a name is unknown
   */
  static Integer fiveLessMask(String text) {
    if (text == null) {
      return 0;
    }
    int mask = 0;
    for (String part : FIVE_LESS_SEPARATOR.split(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
      if (!part.isBlank()) {
        mask |= FiveLess.parse(part.strip()).bit();
      }
    }
    return mask;
  }
}
