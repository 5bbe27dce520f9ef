package org.municipaldx.spark;

import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.try_multiply;
import static org.apache.spark.sql.functions.try_sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.classic.ColumnNodeToExpressionConverter$;
import org.apache.spark.sql.classic.ExpressionUtils;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.Ids;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.aggregate.Summary;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.Sums;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.spark.internal.ComplianceDayScan;
import org.municipaldx.spark.internal.PartialDayMerge;
import org.municipaldx.spark.internal.PublicDays;
import org.municipaldx.spark.internal.PartialDayScan;
import org.municipaldx.spark.internal.Runs;
import org.municipaldx.spark.internal.ProcedureInput;
import org.municipaldx.spark.internal.SummaryBuffer;
import scala.Function1;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code dx_sums} and {@code dx_summary} for the DataFrame API as compositions of Spark's declarative
 * aggregate functions, so that Spark runs them in its code-generated {@code HashAggregateExec} on
 * unsafe rows — as its own {@code sum}/{@code count}/{@code min}/{@code max} — instead of the
 * {@code ObjectHashAggregateExec} every typed {@code Aggregator} runs in (a {@code Row} built per input
 * row, a Java object per group, and a sort-based fallback once a task holds more than
 * {@code spark.sql.objectHashAggregate.sortBased.fallbackThreshold}, 128, groups). Measured in
 * {@code SparkBenchmark} (issue 15): see benchmarks/README.md.
 *
 * <p>Exactness is kept without relying on the session's ANSI mode: products with
 * {@code try_multiply} and sums with {@code try_sum}, which give null on {@code long} overflow
 * whatever {@code spark.sql.ansi.enabled} says; a null where a value must be turns into the
 * library's {@link ArithmeticException}. Every input row is checked by a code-generated condition;
 * only a row that fails it reaches a Java function, which throws the same
 * {@link IllegalArgumentException} as the typed aggregator ({@link ProcedureInput}). The result per
 * group is the same struct as the aggregator's, built by the same code ({@link SumsAggregator},
 * {@link SummaryAggregator#toRow}), so the two paths agree row for row ({@code RollupAgreementTest},
 * {@code ComplianceAgreementTest}). Not API: the columns are {@link DxSpark#sums} and
 * {@link DxSpark#summary}.
 */
final class Declarative {
  private static final Quantity[] QUANTITIES = Quantity.values();

  private Declarative() {}

  /** Throws the typed aggregator's exception for a procedure row that failed the fast check. */
  private static final UserDefinedFunction SUMS_BAD_ROW = functions.udf(
      (UDF3<Long, Long, Long, Long>) (m, o, t) -> {
        long minutes = check("minutesPerCase", m);
        long online = check("online", o);
        long total = check("total", t);
        ProcedureInput.onlineWithinTotal(SumsAggregator.NAME, online, total);
        return Math.multiplyExact(minutes, online);
      }, DataTypes.LongType).withName("dx_sums_row_check");

  /** Throws {@link ArithmeticException} for a sum that overflowed {@code long} (try_sum gave null). */
  private static final UserDefinedFunction OVERFLOW = functions.udf(
      (UDF2<String, Long, Long>) (name, rows) -> {
        throw new ArithmeticException(name + ": the sum of " + rows + " rows overflows long");
      }, DataTypes.LongType).withName("dx_overflow");

  /** Throws the typed aggregator's exception for a valid reading whose quantity is null or unknown. */
  private static final UserDefinedFunction BAD_QUANTITY = functions.udf(
      (UDF1<String, Integer>) name -> {
        if (name == null) {
          throw new IllegalArgumentException(SummaryAggregator.NAME + ".quantity: must not be null (was 'null')");
        }
        throw new IllegalArgumentException(SummaryAggregator.NAME + ".quantity: unknown quantity (was '" + name
            + "')");
      }, DataTypes.IntegerType).withName("dx_summary_quantity_check");

  /** Throws the typed aggregator's exception for a valid reading without a value. */
  private static final UserDefinedFunction NULL_VALUE = functions.udf(
      (UDF1<Long, Long>) unscaled -> {
        throw new IllegalArgumentException(SummaryAggregator.NAME + ".unscaled: must not be null (was 'null')");
      }, DataTypes.LongType).withName("dx_summary_value_check");

  /** The group's summary from the declarative aggregates, checked, by {@link SummaryAggregator#toRow}. */
  private static final UserDefinedFunction SUMMARY_FINISH = functions.udf(
      (UDF6<Integer, Long, Long, Long, Long, Long, Row>) Declarative::summaryRow,
      SummaryAggregator.OUTPUT).withName("dx_summary_finish");

  static {
    // the quantities of a group are the bits of one int (bit_or)
    if (QUANTITIES.length > Integer.SIZE - 1) {
      throw new ExceptionInInitializerError("more quantities than bits of an int: " + QUANTITIES.length);
    }
  }

  /**
   * Registers {@code dx_sums} and {@code dx_summary} as SQL functions that expand to {@link #sums} and
   * {@link #summary}, through the session's function registry (Spark's internal API, as libraries
   * that add SQL functions use it: there is no public way to name a composed aggregate in SQL).
   *
   * @return false if the session is not a classic one (Spark Connect), and nothing was registered
   */
  static boolean registerForSql(SparkSession spark) {
    if (!(spark instanceof org.apache.spark.sql.classic.SparkSession classic)) {
      return false;
    }
    FunctionRegistry registry = classic.sessionState().functionRegistry();
    registry.createOrReplaceTempFunction(SumsAggregator.NAME, (Function1<Seq<Expression>, Expression>) args -> {
      Column[] c = columns(SumsAggregator.NAME, args, 3);
      return expression(sums(c[0], c[1], c[2]));
    }, "scala_udf");
    registry.createOrReplaceTempFunction(SummaryAggregator.NAME, (Function1<Seq<Expression>, Expression>) args -> {
      Column[] c = columns(SummaryAggregator.NAME, args, 3);
      return expression(summary(c[0], c[1], c[2]));
    }, "scala_udf");
    return true;
  }

  /** The column as a catalyst expression tree that the analyzer resolves in place of the call. */
  private static Expression expression(Column c) {
    return ColumnNodeToExpressionConverter$.MODULE$.apply(c.node());
  }

  private static Column[] columns(String function, Seq<Expression> args, int arity) {
    if (args.size() != arity) {
      throw new IllegalArgumentException(function + ": takes " + arity + " arguments (was " + args.size() + ")");
    }
    Column[] c = new Column[arity];
    for (int i = 0; i < arity; i++) {
      c[i] = ExpressionUtils.column(args.apply(i));
    }
    return c;
  }

  private static long check(String name, Long v) {
    return check(SumsAggregator.NAME, name, v);
  }

  private static long check(String function, String name, Long v) {
    if (v == null) {
      throw new IllegalArgumentException(function + "." + name + ": must not be null (was 'null')");
    }
    if (v < 0) {
      throw new IllegalArgumentException(function + "." + name + ": must be zero or more (was '" + v + "')");
    }
    return v;
  }

  /** {@link DxSpark#sums}: per row a code-generated check, per group exact sums. */
  static Column sums(Column minutesPerCase, Column online, Column total) {
    Column m = minutesPerCase.cast("long");
    Column o = online.cast("long");
    Column t = total.cast("long");
    Column good = m.isNotNull().and(o.isNotNull()).and(t.isNotNull()).and(m.geq(0)).and(o.geq(0)).and(o.leq(t));
    // try_multiply: null on overflow; then the check function throws multiplyExact's ArithmeticException
    Column product = coalesce(when(good, try_multiply(m, o)), SUMS_BAD_ROW.apply(m, o, t));
    Column rows = count(lit(1));
    return struct(exact(try_sum(product), rows, "minutesOnline").as("minutesOnline"),
        exact(try_sum(o), rows, "online").as("online"), exact(try_sum(t), rows, "total").as("total"),
        rows.as("rows"));
  }

  /** try_sum is null for no rows (then 0) and on overflow (then an error). */
  private static Column exact(Column trySum, Column rows, String field) {
    return exact(SumsAggregator.NAME, trySum, rows, field);
  }

  private static Column exact(String function, Column trySum, Column rows, String field) {
    return coalesce(trySum, when(rows.equalTo(0), lit(0L)).otherwise(OVERFLOW.apply(lit(function + "." + field),
        rows)));
  }

  /**
   * {@link DxSpark#summary}: per row the quantity's bit ({@code 1 << ordinal}) by a code-generated
   * comparison and the value, each checked where the row is read (a null or unknown quantity, a null
   * value: the typed aggregator's exception); per group six declarative aggregates — {@code bit_or}
   * of the quantity bits (one bit set = one quantity), {@code count}, {@code try_sum}, {@code min},
   * {@code max} of the valid values, and {@code count(1)} of all rows (invalid = rows − valid) — where
   * the built-in summary has four. Before (issue 15b) it was eight: the ordinal's min and max for
   * the one-quantity rule, valid and invalid counts beside the value count; 1.63× the built-in
   * (benchmarks/README.md, "dx-spark on Spark"). The mean is not an aggregate: {@link Summary#mean}
   * of the exact sum and count when the group's row is built.
   */
  static Column summary(Column quantity, Column unscaled, Column quality) {
    Column valid = quality.isNull().or(quality.notEqual(Quality.INVALID.name()));
    Column bit = null;
    for (Quantity q : QUANTITIES) {
      bit = bit == null ? when(quantity.equalTo(q.name()), 1 << q.ordinal())
          : bit.when(quantity.equalTo(q.name()), 1 << q.ordinal());
    }
    bit = bit.otherwise(BAD_QUANTITY.apply(quantity));
    Column value = when(valid, coalesce(unscaled.cast("long"), NULL_VALUE.apply(unscaled)));
    return SUMMARY_FINISH.apply(bit_or(when(valid, bit)), count(value), try_sum(value), min(value), max(value),
        count(lit(1)));
  }

  private static Row summaryRow(Integer quantityBits, Long values, Long sum, Long min, Long max, Long rows) {
    SummaryBuffer b = new SummaryBuffer();
    b.setInvalid(rows - values);
    if (values > 0) {
      int bits = quantityBits;
      int lowest = Integer.numberOfTrailingZeros(bits);
      int highest = Integer.SIZE - 1 - Integer.numberOfLeadingZeros(bits);
      if (lowest != highest) {
        throw new IllegalArgumentException(SummaryAggregator.NAME + ".quantity: a group must hold one quantity (was '"
            + QUANTITIES[lowest] + "' and '" + QUANTITIES[highest] + "')");
      }
      if (sum == null) {
        throw new ArithmeticException(SummaryAggregator.NAME + ".sum: the sum overflows long");
      }
      b.setQuantity(lowest);
      b.setCount(values);
      b.setSum(sum);
      b.setMin(min);
      b.setMax(max);
    }
    return SummaryAggregator.toRow(b);
  }

  /** Throws the typed aggregator's exception for a roll-up row that failed the fast check. */
  private static final UserDefinedFunction ROLLUP_BAD_ROW = functions.udf(
      (UDF5<String, Long, Long, Long, Long, Long>) (d, mask, m, o, t) -> {
        if (d == null) {
          throw new IllegalArgumentException(RollupAggregator.NAME + ".department: must not be null (was 'null')");
        }
        long k = check(RollupAggregator.NAME, "fiveLessMask", mask);
        if (k > 31) {
          throw new IllegalArgumentException(RollupAggregator.NAME + ".fiveLessMask: must be from 0 to 31 (was '" + k
              + "')");
        }
        long minutes = check(RollupAggregator.NAME, "minutesPerCase", m);
        long online = check(RollupAggregator.NAME, "online", o);
        long total = check(RollupAggregator.NAME, "total", t);
        ProcedureInput.onlineWithinTotal(RollupAggregator.NAME, online, total);
        return Math.multiplyExact(minutes, online);
      }, DataTypes.LongType).withName("dx_rollup_row_check");

  /** The group's roll-up from the departments' sums and the five-less sums, checked by the library. */
  private static final UserDefinedFunction ROLLUP_FINISH = functions.udf(
      (UDF2<scala.collection.Seq<Row>, Row, Row>) Declarative::rollupRow, RollupAggregator.OUTPUT).withName("dx_rollup_finish");

  private static final FiveLess[] FIVE_LESS = FiveLess.values();
  private static final String[] SUM_FIELDS = {"minutesOnline", "online", "total"};

  /**
   * {@link DxSpark#rollup(Dataset, List, Column, Column, Column, Column, Column)}: one hash
   * aggregation of Spark's declarative aggregates, then one pass over its small result. Stage 1, over
   * the input rows, groups by the caller's columns and the department ({@code HashAggregateExec},
   * code-generated, as the built-in sums by department): per row the check of {@link #sums}, then
   * {@code try_sum} of minutes × online and of total, {@code count(1)}, and Spark's wrapping
   * {@code sum} ({@link #boundedSum}: exact, because each is a sum of non-negative terms bounded by one
   * of the two checked sums; issue 15f) of online and, for each five-less category, of the same three
   * values where the row has that category's bit (a row counts in each of its categories; bit
   * operations, not a {@code CASE} or a product) — 19 exact sums, no object buffer, no sort-based
   * fallback. Stage 2, over one row per group and department, sorts them by the
   * group's columns and folds each group's rows in one pass ({@code RollupFold}; before issue 15d a
   * {@code collect_list} aggregation, an object hash aggregation that falls back to sorting past 128
   * groups per task, and about a fifth of the CPU time); the fold builds the library's
   * {@link ProcedureYearRollup}, which checks that the departments add up to the total, and
   * {@link RollupAggregator#toRow} gives the typed aggregator's row. Why not group by (department,
   * mask), the library's {@code RollupPartial}, with four sums: with the masks spread over their 32
   * values the first stage holds up to 32 times the groups, so its partial aggregation barely reduces
   * the rows before the shuffle — measured in issue 15d at 20 M rows: 30–34 s of CPU against 14–20 s
   * for these 19 sums (benchmarks/README.md, "Issue 15d"). Why not grouping sets ((group, department),
   * (group, mask)) with four sums each: Spark's {@code Expand} doubles the rows before the partial
   * aggregation, and two hash probes per row cost more than 15 more sums — measured in issue 15f at
   * 20 M rows (a scratch harness, one JVM, warm round): 20.9–21.6 s of CPU for that stage 1 against
   * 12.6–15.3 s for the 19 sums and 9.7 s for the built-in sums by department (benchmarks/README.md,
   * "Issue 15f").
   */
  static Dataset<Row> rollup(Dataset<Row> rows, List<Column> groupBy, Column department, Column fiveLessMask,
      Column minutesPerCase, Column online, Column total) {
    String p = "__dx_rollup_";
    Column d = department.cast("string");
    Column k = fiveLessMask.cast("long");
    Column m = minutesPerCase.cast("long");
    Column o = online.cast("long");
    Column t = total.cast("long");
    Column good = d.isNotNull().and(k.isNotNull()).and(k.geq(0)).and(k.leq(31)).and(m.isNotNull())
        .and(o.isNotNull()).and(t.isNotNull()).and(m.geq(0)).and(o.geq(0)).and(o.leq(t));
    Column product = coalesce(when(good, try_multiply(m, o)), ROLLUP_BAD_ROW.apply(d, k, m, o, t));
    Column[] values = {product, o, t};
    List<Column> keys1 = new ArrayList<>(groupBy);
    keys1.add(d.as(p + "department"));
    Column rowCount = count(lit(1));
    // issue 15f: only the two bounding sums are checked (try_sum); the 17 others are sub-sums of them
    boolean classic = rows.sparkSession() instanceof org.apache.spark.sql.classic.SparkSession;
    List<Column> aggs1 = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Column sum = i == 1 ? boundedSum(values[i], classic) : try_sum(values[i]);
      aggs1.add(exact(RollupAggregator.NAME, sum, rowCount, SUM_FIELDS[i]).as(p + SUM_FIELDS[i]));
    }
    aggs1.add(rowCount.as(p + "rows"));
    for (FiveLess f : FIVE_LESS) {
      // the row's value where it has the category's bit, else 0: value AND (all ones or zero), the
      // bit moved to the sign and spread by an arithmetic shift (bit operations: no overflow, no branch)
      Column all = functions.shiftright(functions.shiftleft(k, Long.SIZE - 1 - Integer.numberOfTrailingZeros(f.bit())),
          Long.SIZE - 1);
      for (int i = 0; i < 3; i++) {
        aggs1.add(exact(RollupAggregator.NAME, boundedSum(values[i].bitwiseAND(all), classic), rowCount,
            SUM_FIELDS[i]).as(p + f.name() + "_" + SUM_FIELDS[i]));
      }
    }
    Dataset<Row> byDepartment = rows.groupBy(keys1.toArray(Column[]::new))
        .agg(aggs1.get(0), aggs1.subList(1, aggs1.size()).toArray(Column[]::new));
    if (!groupBy.isEmpty()) {
      // stage 2: each group's department rows, consecutive after a sort by the group's columns, folded
      // in one pass (no collect_list, whose object hash aggregation falls back to sorting past 128
      // groups per task anyway)
      int n = groupBy.size();
      Column[] keys2 = new Column[n];
      for (int i = 0; i < n; i++) {
        keys2[i] = col("`" + byDepartment.columns()[i].replace("`", "``") + "`");
      }
      StructType out = new StructType(java.util.Arrays.copyOf(byDepartment.schema().fields(), n))
          .add("rollup", RollupAggregator.OUTPUT, true);
      return byDepartment.repartition(keys2).sortWithinPartitions(keys2)
          .mapPartitions(new RollupFold(n), Encoders.row(out));
    }

    List<Column> keys2 = new ArrayList<>();
    for (int i = 0; i < groupBy.size(); i++) {
      keys2.add(col("`" + byDepartment.columns()[i].replace("`", "``") + "`"));
    }
    Column departments = collect_list(struct(col(p + "department"), col(p + "minutesOnline"), col(p + "online"),
        col(p + "total"), col(p + "rows")));
    Column rowsInGroup = count(lit(1));
    List<Column> five = new ArrayList<>();
    for (FiveLess f : FIVE_LESS) {
      for (String field : SUM_FIELDS) {
        five.add(exact(RollupAggregator.NAME, try_sum(col(p + f.name() + "_" + field)), rowsInGroup, field));
      }
    }
    return byDepartment.groupBy(keys2.toArray(Column[]::new))
        .agg(ROLLUP_FINISH.apply(departments, struct(five.toArray(Column[]::new))).as("rollup"));
  }

  /**
   * The sum of a row value that is never negative and never above the row's minutes × online or its
   * total, both summed by {@code try_sum} in the same group: Spark's {@code sum} in its LEGACY
   * evaluation mode (wrapping {@code long} addition, one buffer slot, no overflow branch), set on the
   * expression, so {@code spark.sql.ansi.enabled} does not change it. Exact because its terms are
   * non-negative: every partial sum, in any order of rows and partitions, is at most the group's sum
   * of the bounding value, so it wraps only if that sum exceeds {@code long}, and then the bounding
   * {@code try_sum} is null and the group fails with {@link ArithmeticException}
   * ({@code RollupExactnessProperties}). Issue 15f measured {@code try_sum}, which tracks emptiness in
   * a second buffer slot, at about 0.15 s more CPU per 20 M rows and sum than a one-slot {@code sum}
   * (19 of each: 15.3 against 12.6 s, and 20.9 against 17.9 s cold; benchmarks/README.md, "Issue 15f").
   * Spark Connect has no way to carry the catalyst expression: there, {@code try_sum}.
   */
  private static Column boundedSum(Column value, boolean classic) {
    if (!classic) {
      return try_sum(value);
    }
    org.apache.spark.sql.catalyst.expressions.aggregate.Sum sum = new org.apache.spark.sql.catalyst.expressions
        .aggregate.Sum(expression(value), org.apache.spark.sql.catalyst.expressions.NumericEvalContext.apply(
            org.apache.spark.sql.catalyst.expressions.EvalMode.LEGACY(), false));
    return ExpressionUtils.column(sum.toAggregateExpression());
  }

  /** Throws the day stage's exception for a null or unknown quantity. */
  private static final UserDefinedFunction DAY_BAD_QUANTITY = functions.udf(
      (UDF1<String, Integer>) name -> {
        throw new IllegalArgumentException(ComplianceDayAggregator.NAME + ".quantity: "
            + (name == null ? "must not be null (was 'null')" : "unknown quantity (was '" + name + "')"));
      }, DataTypes.IntegerType).withName("dx_compliance_day_quantity_check");

  /** Throws the day stage's exception for an unknown quality. */
  private static final UserDefinedFunction DAY_BAD_QUALITY = functions.udf(
      (UDF1<String, Integer>) name -> {
        throw new IllegalArgumentException(ComplianceDayAggregator.NAME + ".quality: unknown quality (was '" + name
            + "')");
      }, DataTypes.IntegerType).withName("dx_compliance_day_quality_check");

  private static final Quality[] QUALITIES = Quality.values();

  /**
   * {@link DxSpark#complianceDays}: the quantity and quality become their ordinals by code-generated
   * comparisons where the rows are read (a null or unknown quantity, an unknown quality: the
   * aggregator's exception), so that the shuffle and the sort carry two ints instead of two strings;
   * then the readings are partitioned by location and quantity, sorted by time within each
   * partition, and each run of one location, quantity and day is judged by {@link ComplianceDayScan}
   * on primitives.
   */
  static Dataset<Row> complianceDays(Dataset<Row> readings, EnvironmentalStandard standard, List<Column> keys,
      Column sensorId, Column quantity, Column observedAt, Column unscaled, Column quality) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("complianceDays.keys: must name at least one column (was [])");
    }
    Column qi = quantityOrdinal(quantity);
    Column ki = qualityOrdinal(quality);
    String p = "__dx_day_";
    List<Column> select = new ArrayList<>(keys);
    select.addAll(List.of(qi.as(p + "q"), sensorId.cast("string").as(p + "s"), functions.unix_micros(observedAt)
        .as(p + "t"), unscaled.cast("long").as(p + "v"), ki.as(p + "k")));
    Dataset<Row> in = readings.select(select.toArray(Column[]::new));
    int n = keys.size();
    List<Column> partitionBy = new ArrayList<>();
    List<Column> sortBy = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      Column c = col("`" + in.columns()[i].replace("`", "``") + "`");
      partitionBy.add(c);
      sortBy.add(c);
    }
    sortBy.add(col(p + "t"));
    return in.repartition(partitionBy.toArray(Column[]::new)).sortWithinPartitions(sortBy.toArray(Column[]::new))
        .mapPartitions(new ComplianceDayScan(standard, ComplianceReport.JAPAN, n),
            Encoders.row(ComplianceDayScan.output(java.util.Arrays.copyOf(in.schema().fields(), n))));
  }


  /** The quantity's ordinal by code-generated comparisons; a null or unknown one: the day stage's exception. */
  private static Column quantityOrdinal(Column quantity) {
    Column q = quantity.cast("string");
    Column qi = null;
    for (Quantity x : QUANTITIES) {
      qi = qi == null ? when(q.equalTo(x.name()), x.ordinal()) : qi.when(q.equalTo(x.name()), x.ordinal());
    }
    return coalesce(qi, DAY_BAD_QUANTITY.apply(q));
  }

  /** The quality's ordinal (null: good) by code-generated comparisons; an unknown one: the day stage's exception. */
  private static Column qualityOrdinal(Column quality) {
    Column k = quality.cast("string");
    Column ki = when(k.isNull(), Quality.GOOD.ordinal());
    for (Quality x : QUALITIES) {
      ki = ki.when(k.equalTo(x.name()), x.ordinal());
    }
    return ki.otherwise(DAY_BAD_QUALITY.apply(k));
  }

  /** Readings a partition holds before it emits its partials (about 21 bytes each: 88 MB). */
  static final int PARTIAL_CAP = 1 << 22;

  /** Distinct first-key values of falling-back days up to which the raw readings are pre-filtered by them. */
  private static final int PREFILTER_LIMIT = 1000;

  /**
   * {@link DxSpark#complianceDaysFromPartials}: stage 1 ({@link PartialDayScan}) judges each input
   * partition's readings of a key, quantity and day into a partial state, on Spark's internal rows
   * and without a shuffle of the readings; stage 2 shuffles the partials (a few per key and day) and
   * merges each day's in time order ({@link PartialDayMerge}). The result of both stages is
   * checkpointed locally (eagerly: one Spark job when this is called), so that the days that fall back
   * are known: their readings — pre-filtered by the first key's values where they are few, which a
   * columnar source can push down — go through {@link #complianceDays}, the sorted path.
   */
  static Dataset<Row> complianceDaysFromPartials(Dataset<Row> readings, EnvironmentalStandard standard,
      List<Column> keys, Column sensorId, Column quantity, Column observedAt, Column unscaled, Column quality,
      int cap) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("complianceDaysFromPartials.keys: must name at least one column (was [])");
    }
    int n = keys.size();
    String[] names = readings.select(keys.toArray(Column[]::new)).columns();
    StructType keyType = keyType(readings, keys);
    Dataset<Row> p = partials(readings, standard, keys, sensorId, quantity, observedAt, unscaled, quality, cap);
    List<Column> by = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      by.add(p.col("`" + p.columns()[i].replace("`", "``") + "`"));
    }
    by.add(p.col("__q"));
    by.add(p.col("__day"));
    List<Column> sortBy = new ArrayList<>(by);
    sortBy.add(p.col("__first"));
    Dataset<Row> inOrder = p.repartition(by.toArray(Column[]::new)).sortWithinPartitions(sortBy.toArray(Column[]::new));
    // issue 15k: the sorted partials read and the day rows written as Spark's internal rows (p is a classic
    // Dataset, as stage 1 made it), no Row through the row encoder either way
    org.apache.spark.api.java.JavaRDD<org.apache.spark.sql.catalyst.InternalRow> dayRows =
        ((org.apache.spark.sql.classic.Dataset<Row>) inOrder).queryExecution().toRdd().toJavaRDD()
            .mapPartitions(new PartialDayMerge(standard, keyType.fields(), true));
    // issue 15l: the day rows kept with their values as longs (Rows.DAY); the documented decimal(38, …) segment is
    // made from them only where the user reads the day rows, not for the period fold of the same Dataset
    org.apache.spark.sql.classic.SparkSession session =
        (org.apache.spark.sql.classic.SparkSession) readings.sparkSession();
    StructType compactType = PartialDayMerge.output(keyType.fields(), true);
    Dataset<Row> merged = session.internalCreateDataFrame(dayRows.rdd(), compactType, false).localCheckpoint();
    Dataset<Row> fallback = merged.filter(col("sortedFallback"));
    Dataset<Row> fastCompact = merged.filter(functions.not(col("sortedFallback")));
    Dataset<Row> fast = session.internalCreateDataFrame(((org.apache.spark.sql.classic.Dataset<Row>) fastCompact)
        .queryExecution().toRdd().toJavaRDD().mapPartitions(new PublicDays(compactType)).rdd(),
        PartialDayMerge.output(keyType.fields()), false);
    if (fallback.isEmpty()) {
      return CompactDays.register(fast, fastCompact);
    }
    // the readings of the days that fall back, through the sorted path
    String d = "__dx_fb_";
    List<Column> raw = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      raw.add(keys.get(i).as(d + "k" + i));
    }
    raw.addAll(List.of(sensorId.as(d + "s"), quantity.cast("string").as(d + "q"), observedAt.as(d + "t"),
        unscaled.as(d + "v"), quality.as(d + "k"), DxSpark.period(observedAt, "day").as(d + "d")));
    Dataset<Row> r = readings;
    List<Object> firstKeys = new ArrayList<>();
    for (Row x : fallback.select(col("`" + names[0].replace("`", "``") + "`")).distinct().limit(PREFILTER_LIMIT + 1)
        .collectAsList()) {
      firstKeys.add(x.get(0));
    }
    if (firstKeys.size() <= PREFILTER_LIMIT && !firstKeys.contains(null)) {
      r = r.filter(keys.get(0).isin(firstKeys.toArray()));
    }
    r = r.select(raw.toArray(Column[]::new));
    List<Column> fb = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      fb.add(col("`" + names[i].replace("`", "``") + "`").as(d + "fk" + i));
    }
    fb.add(col("quantity").as(d + "fq"));
    fb.add(col("day").as(d + "fd"));
    Dataset<Row> days = fallback.select(fb.toArray(Column[]::new));
    Column on = r.col(d + "q").equalTo(days.col(d + "fq")).and(r.col(d + "d").equalTo(days.col(d + "fd")));
    for (int i = 0; i < n; i++) {
      on = on.and(r.col(d + "k" + i).eqNullSafe(days.col(d + "fk" + i)));
    }
    Dataset<Row> selected = r.join(functions.broadcast(days), on, "left_semi");
    List<Column> keyCols = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keyCols.add(col(d + "k" + i));
    }
    Dataset<Row> sorted = complianceDays(selected, standard, keyCols, col(d + "s"), col(d + "q"), col(d + "t"),
        col(d + "v"), col(d + "k"));
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(col(d + "k" + i).as(names[i]));
    }
    for (String c : new String[] {"quantity", "day", "month", "fiscalYear", "segment"}) {
      out.add(col(c));
    }
    out.add(functions.lit(true).as("sortedFallback"));
    return fast.union(sorted.select(out.toArray(Column[]::new)));
  }

  /** The struct type of the key columns. */
  private static StructType keyType(Dataset<Row> readings, List<Column> keys) {
    return (StructType) readings.select(functions.struct(keys.toArray(Column[]::new))).schema().fields()[0].dataType();
  }

  /**
   * Stage 1 of the partial paths ({@link PartialDayScan}): each input partition's readings of a key, quantity and
   * day judged into partial states, on Spark's internal rows and without a shuffle; rows of
   * {@link PartialDayScan#output}.
   */
  private static Dataset<Row> partials(Dataset<Row> readings, EnvironmentalStandard standard, List<Column> keys,
      Column sensorId, Column quantity, Column observedAt, Column unscaled, Column quality, int cap) {
    // issue 15j: where the readings are a columnar scan's columns as they are (Parquet), read its batches
    List<Column> plain = new ArrayList<>(keys);
    plain.addAll(List.of(quantity, sensorId, observedAt, unscaled, quality));
    ColumnarScanPlan.Batches batches = ColumnarScanPlan.of(readings.select(plain.toArray(Column[]::new)), keys.size());
    if (batches != null) {
      StructType keyType = keyType(readings, keys);
      org.apache.spark.api.java.JavaRDD<org.apache.spark.sql.catalyst.InternalRow> partials = batches.rdd()
          .toJavaRDD().mapPartitions(new PartialDayScan(standard, ComplianceReport.JAPAN, keyType, cap)
              .overBatches(batches.ordinals()));
      return ((org.apache.spark.sql.classic.SparkSession) readings.sparkSession())
          .internalCreateDataFrame(partials.rdd(), PartialDayScan.output(keyType.fields()), false);
    }
    Dataset<Row> in = readings.select(functions.struct(keys.toArray(Column[]::new)).as("__dx_key"),
        quantityOrdinal(quantity), sensorId.cast("string"), functions.unix_micros(observedAt),
        unscaled.cast("long"), qualityOrdinal(quality));
    StructType keyType = (StructType) in.schema().fields()[0].dataType();
    org.apache.spark.rdd.RDD<org.apache.spark.sql.catalyst.InternalRow> rows =
        ((org.apache.spark.sql.classic.Dataset<Row>) in).queryExecution().toRdd();
    org.apache.spark.api.java.JavaRDD<org.apache.spark.sql.catalyst.InternalRow> partials = rows.toJavaRDD()
        .mapPartitions(new PartialDayScan(standard, ComplianceReport.JAPAN, keyType, cap));
    // internal rows straight into the plan (issue 15i): createDataFrame(JavaRDD<Row>, …) ran Spark's row encoder on
    // every partial, boxing each element of its run arrays
    return ((org.apache.spark.sql.classic.SparkSession) readings.sparkSession())
        .internalCreateDataFrame(partials.rdd(), PartialDayScan.output(keyType.fields()), false);
  }

  /**
   * Stage 2 of {@link #rollup} over a partition sorted by the group's columns: input rows are the
   * group's columns, the department, its three sums and rows, then the 15 five-less sums; each run of
   * one group becomes one row, the group's columns and the library's roll-up.
   */
  private static final class RollupFold implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int keys;

    RollupFold(int keys) {
      this.keys = keys;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      int k = keys;
      return new Runs(input) {
        Row first;
        final List<Row> departments = new ArrayList<>();

        @Override
        protected void start(Row row) {
          first = row;
          departments.clear();
          departments.add(row);
        }

        @Override
        protected boolean belongs(Row row) {
          return Runs.sameKeys(first, row, k);
        }

        @Override
        protected void add(Row row) {
          departments.add(row);
        }

        @Override
        protected Row finish() {
          long[] five = new long[3 * FIVE_LESS.length];
          long rows = 0;
          List<Row> byDepartment = new ArrayList<>(departments.size());
          for (Row d : departments) {
            byDepartment.add(RowFactory.create(d.get(k), d.get(k + 1), d.get(k + 2), d.get(k + 3), d.get(k + 4)));
            rows += d.getLong(k + 4);
            for (int i = 0; i < five.length; i++) {
              try {
                five[i] = Math.addExact(five[i], d.getLong(k + 5 + i));
              } catch (ArithmeticException e) {
                throw new ArithmeticException(RollupAggregator.NAME + "." + SUM_FIELDS[i % 3] + ": the sum of "
                    + rows + " rows overflows long");
              }
            }
          }
          Object[] out = new Object[k + 1];
          for (int i = 0; i < k; i++) {
            out[i] = first.get(i);
          }
          Object[] fiveLess = new Object[five.length];
          for (int i = 0; i < five.length; i++) {
            fiveLess[i] = five[i];
          }
          out[k] = rollupRow(CollectionConverters.asScala(byDepartment).toList(), RowFactory.create(fiveLess));
          return RowFactory.create(out);
        }
      };
    }
  }

  private static Row rollupRow(scala.collection.Seq<Row> departments, Row fiveLess) {
    Map<String, Sums> byDept = new TreeMap<>();
    Map<String, Long> rowsByDept = new TreeMap<>();
    Sums all = Sums.ZERO;
    long rows = 0;
    for (Row r : CollectionConverters.asJava(departments)) {
      String id = r.getString(0);
      if (!Ids.isModelId(id)) {
        throw new IllegalArgumentException(RollupAggregator.NAME + ".department: must match " + Ids.MODEL_ID_PATTERN
            + " (was '" + id + "')");
      }
      Sums s = new Sums(r.getLong(1), r.getLong(2), r.getLong(3));
      byDept.put(id, s);
      rowsByDept.put(id, r.getLong(4));
      rows = Math.addExact(rows, r.getLong(4));
      long[] sum = {all.minutesOnline(), all.online(), all.total()};
      for (int i = 0; i < 3; i++) {
        try {
          sum[i] = Math.addExact(sum[i], r.getLong(1 + i));
        } catch (ArithmeticException e) {
          // the error names the field, as stage 1's and the five-less sums' do (issue 15f)
          throw new ArithmeticException(RollupAggregator.NAME + "." + SUM_FIELDS[i] + ": the sum of " + rows
              + " rows overflows long");
        }
      }
      all = new Sums(sum[0], sum[1], sum[2]);
    }
    Map<FiveLess, Sums> byFive = new EnumMap<>(FiveLess.class);
    for (int i = 0; i < FIVE_LESS.length; i++) {
      byFive.put(FIVE_LESS[i], new Sums(fiveLess.getLong(3 * i), fiveLess.getLong(3 * i + 1),
          fiveLess.getLong(3 * i + 2)));
    }
    return RollupAggregator.toRow(ProcedureYearRollup.of(byDept, byFive, all, rows), rowsByDept);
  }
}
