package org.municipaldx.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.try_multiply;
import static org.apache.spark.sql.functions.try_sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.classic.ColumnNodeToExpressionConverter$;
import org.apache.spark.sql.classic.ExpressionUtils;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF8;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.spark.internal.ProcedureInput;
import org.municipaldx.spark.internal.SummaryBuffer;
import scala.Function1;
import scala.collection.immutable.Seq;

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

  /** The group's summary from the declarative aggregates, checked, by {@link SummaryAggregator#toRow}. */
  private static final UserDefinedFunction SUMMARY_FINISH = functions.udf(
      (UDF8<Integer, Integer, Long, Long, Long, Long, Long, Long, Row>) Declarative::summaryRow,
      SummaryAggregator.OUTPUT).withName("dx_summary_finish");

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
    if (v == null) {
      throw new IllegalArgumentException(SumsAggregator.NAME + "." + name + ": must not be null (was 'null')");
    }
    if (v < 0) {
      throw new IllegalArgumentException(SumsAggregator.NAME + "." + name + ": must be zero or more (was '" + v
          + "')");
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
    return coalesce(trySum, when(rows.equalTo(0), lit(0L)).otherwise(OVERFLOW.apply(lit(SumsAggregator.NAME + "."
        + field), rows)));
  }

  /** {@link DxSpark#summary}: per row the quantity's ordinal by a code-generated comparison, per group the sums. */
  static Column summary(Column quantity, Column unscaled, Column quality) {
    Column valid = quality.isNull().or(quality.notEqual(Quality.INVALID.name()));
    Column ordinal = null;
    for (Quantity q : QUANTITIES) {
      ordinal = ordinal == null ? when(quantity.equalTo(q.name()), q.ordinal())
          : ordinal.when(quantity.equalTo(q.name()), q.ordinal());
    }
    ordinal = ordinal.otherwise(BAD_QUANTITY.apply(quantity));
    Column value = when(valid, unscaled.cast("long"));
    Column q = when(valid, ordinal);
    return SUMMARY_FINISH.apply(min(q), max(q), count(when(valid, lit(1))), count(value), try_sum(value), min(value),
        max(value), count(when(not(valid), lit(1))));
  }

  private static Row summaryRow(Integer qMin, Integer qMax, Long validRows, Long values, Long sum, Long min,
      Long max, Long invalid) {
    SummaryBuffer b = new SummaryBuffer();
    b.setInvalid(invalid);
    if (validRows > 0) {
      if (!qMin.equals(qMax)) {
        throw new IllegalArgumentException(SummaryAggregator.NAME + ".quantity: a group must hold one quantity (was '"
            + QUANTITIES[qMin] + "' and '" + QUANTITIES[qMax] + "')");
      }
      if (values < validRows) {
        throw new IllegalArgumentException(SummaryAggregator.NAME + ".unscaled: must not be null (was 'null')");
      }
      if (sum == null) {
        throw new ArithmeticException(SummaryAggregator.NAME + ".sum: the sum overflows long");
      }
      b.setQuantity(qMin);
      b.setCount(values);
      b.setSum(sum);
      b.setMin(min);
      b.setMax(max);
    }
    return SummaryAggregator.toRow(b);
  }
}
