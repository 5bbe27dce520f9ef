package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.spark.internal.AsRows;
import org.municipaldx.spark.internal.PeriodFold;

/** The compliance period fold, with exceedances as text or (issue 15g) as numbers, beside {@link Declarative}'s plans. */
final class CompliancePlans {
  private CompliancePlans() {}

  /**
   * The period fold of {@link DxSpark#complianceByPeriod} and {@link DxSpark#complianceByPeriodColumnar}: day rows
   * repartitioned by key, quantity and period, sorted, each group folded in one pass
   * ({@link org.municipaldx.spark.internal.ComplianceKernel#fold}) — no object hash aggregation and no Kryo buffer
   * per group, which the typed {@code dx_compliance} needs (benchmarks/README.md, "Issue 15e"). With
   * {@code columnar} the exceedances are written as numbers ({@link ComplianceAggregator#COLUMNAR_OUTPUT}, issue
   * 15g) instead of text ({@link ComplianceAggregator#OUTPUT}). In a classic session the fold reads and writes
   * Spark's internal rows (issue 15k); otherwise (Spark Connect) it runs on converted {@code Row}s.
   */
  static Dataset<Row> complianceByPeriod(Dataset<Row> days, EnvironmentalStandard standard,
      List<Column> keys, Column period, boolean columnar) {
    String method = columnar ? "complianceByPeriodColumnar" : "complianceByPeriod";
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(method + ".keys: must name at least one column (was [])");
    }
    List<Column> select = new java.util.ArrayList<>(keys);
    select.add(col("quantity").cast("string").as("quantity"));
    select.add(period.cast("string").as("period"));
    select.add(col("segment"));
    Dataset<Row> in = days.select(select.toArray(Column[]::new));
    int n = keys.size() + 2;
    boolean compact = false;
    Dataset<Row> longForm = CompactDays.of(days);
    if (longForm != null) {
      // issue 15l: the day rows of complianceDaysFromPartials folded from their long form, where the keys and the
      // period are the same values there
      Dataset<Row> c = onLongForm(longForm, select, n);
      if (c != null && Arrays.equals(Arrays.copyOf(c.schema().fields(), n), Arrays.copyOf(in.schema().fields(), n))) {
        in = c;
        compact = true;
      }
    }
    Column[] by = new Column[n];
    for (int i = 0; i < n; i++) {
      by[i] = in.col("`" + in.columns()[i].replace("`", "``") + "`");
    }
    StructType out = new StructType(Arrays.copyOf(in.schema().fields(), n))
        .add("compliance", columnar ? ComplianceAggregator.COLUMNAR_OUTPUT : ComplianceAggregator.OUTPUT, false);
    Dataset<Row> sorted = in.repartition(by).sortWithinPartitions(by);
    PeriodFold fold = new PeriodFold(standard, Arrays.copyOf(in.schema().fields(), n), columnar, compact);
    if (!(sorted instanceof org.apache.spark.sql.classic.Dataset<Row> classic)) {
      // not a classic session (Spark Connect): no internal rows from the plan, the fold on converted rows
      return sorted.mapPartitions(new AsRows(fold, in.schema(), out), Encoders.row(out));
    }
    // issue 15k: the sorted day rows read and the period rows written as Spark's internal rows, no Row through the
    // row encoder either way (encoding the period rows and decoding the day rows were 16 % of the CPU in 15j's profile)
    org.apache.spark.api.java.JavaRDD<org.apache.spark.sql.catalyst.InternalRow> folded =
        classic.queryExecution().toRdd().toJavaRDD().mapPartitions(fold);
    return ((org.apache.spark.sql.classic.SparkSession) classic.sparkSession())
        .internalCreateDataFrame(folded.rdd(), out, false);
  }

  /**
   * The fold's selection on the long form of the day rows ({@link CompactDays}), if its leading columns (the keys,
   * quantity and period) read only columns whose values the long form shares with the public day rows — every column
   * but {@code segment}, whose decimals are longs there (a period such as {@code col("segment.sum").cast("string")}
   * would read other values).
   *
   * @param longForm  the long form of the day rows
   * @param select  the selection: the leading columns, then the segment
   * @param n  the number of leading columns
   * @return the selection on the long form, or null if a leading column reads the segment or does not resolve there
   *     (a column bound to the public Dataset's plan)
   */
  static Dataset<Row> onLongForm(Dataset<Row> longForm, List<Column> select, int n) {
    Dataset<Row> c;
    try {
      c = longForm.select(select.toArray(Column[]::new));
    } catch (Exception e) {
      if (e instanceof org.apache.spark.sql.AnalysisException) {
        return null;
      }
      throw e;
    }
    if (!(c instanceof org.apache.spark.sql.classic.Dataset<Row> classic)
        || !(classic.queryExecution().analyzed() instanceof org.apache.spark.sql.catalyst.plans.logical.Project p)) {
      return null;
    }
    List<org.apache.spark.sql.catalyst.expressions.NamedExpression> list =
        scala.jdk.javaapi.CollectionConverters.asJava(p.projectList());
    for (int i = 0; i < n; i++) {
      for (org.apache.spark.sql.catalyst.expressions.Attribute a
          : scala.jdk.javaapi.CollectionConverters.asJava(
          ((org.apache.spark.sql.catalyst.expressions.Expression) list.get(i)).references().toSeq())) {
        if (a.name().equals("segment")) {
          return null;
        }
      }
    }
    return c;
  }
}
