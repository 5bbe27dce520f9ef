package org.municipaldx.spark;

import java.util.List;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.execution.ColumnarToRowExec;
import org.apache.spark.sql.execution.InputAdapter;
import org.apache.spark.sql.execution.ProjectExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.municipaldx.spark.internal.ColumnarReadings;
import org.municipaldx.spark.internal.PartialDayScan;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Whether a selection of the readings' columns is a columnar scan and nothing else (issue 15j): its physical plan is
 * Spark's {@code ColumnarToRow} over a plan that produces column batches (Parquet's vectorised reader, an in-memory
 * cache), under at most a projection that picks columns. Then {@link PartialDayScan} can read the batches
 * ({@link ColumnarReadings}) instead of a row per reading. Any other plan (a filter, a computed column, a row
 * source, another column type) gives null and the row path. Package-private: not API (beside {@link CompliancePlans}).
 */
final class ColumnarScanPlan {
  /** The session setting that turns the columnar scan off when {@code false} (to measure or compare the two paths). */
  static final String CONF = "spark.municipaldx.columnarScan";

  private ColumnarScanPlan() {}

  /** The batches of a columnar scan and, per selected column, its ordinal in a batch. */
  record Batches(RDD<ColumnarBatch> rdd, int[] ordinals) {}

  /**
   * The columnar batches under a selection, if that is all the plan does.
   *
   * @param selected  the readings' key columns, then quantity, sensor id, observed-at, fixed-point value, quality,
   *     each a column of the input as it is, not null
   * @param keys  how many key columns lead, at least 1
   * @return the batches and the ordinals of the selected columns in them, or null if the plan is anything else or a
   *     column is not of the type the columnar reader expects (strings; a timestamp; a long)
   */
  static Batches of(Dataset<Row> selected, int keys) {
    if (!"true".equalsIgnoreCase(selected.sparkSession().conf().get(CONF, "true"))) {
      return null;
    }
    StructField[] fields = selected.schema().fields();
    if (fields.length != keys + 5) {
      return null;
    }
    for (int i = 0; i < fields.length; i++) {
      DataType want = i == keys + 2 ? DataTypes.TimestampType : i == keys + 3 ? DataTypes.LongType
          : DataTypes.StringType;
      if (!fields[i].dataType().equals(want)) {
        return null;
      }
    }
    SparkPlan plan = ((org.apache.spark.sql.classic.Dataset<Row>) selected).queryExecution().executedPlan();
    if (plan instanceof WholeStageCodegenExec w) {
      plan = w.child();
    }
    List<Attribute> out = CollectionConverters.asJava(plan.output());
    if (plan instanceof ProjectExec p) {
      for (NamedExpression e : CollectionConverters.asJava(p.projectList())) {
        if (!(e instanceof Attribute)) {
          return null; // a computed column
        }
      }
      plan = p.child();
    }
    if (!(plan instanceof ColumnarToRowExec c)) {
      return null;
    }
    SparkPlan source = c.child();
    if (source instanceof InputAdapter a) {
      source = a.child();
    }
    if (!source.supportsColumnar()) {
      return null;
    }
    List<Attribute> columns = CollectionConverters.asJava(source.output());
    int[] ordinals = new int[out.size()];
    for (int i = 0; i < ordinals.length; i++) {
      ordinals[i] = -1;
      for (int j = 0; j < columns.size(); j++) {
        if (columns.get(j).exprId().equals(out.get(i).exprId())) {
          ordinals[i] = j;
        }
      }
      if (ordinals[i] < 0 || !columns.get(ordinals[i]).dataType().equals(fields[i].dataType())) {
        return null;
      }
    }
    return new Batches(source.executeColumnar(), ordinals);
  }
}
