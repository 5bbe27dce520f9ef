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
   * 15g) instead of text ({@link ComplianceAggregator#OUTPUT}).
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
    Column[] by = new Column[n];
    for (int i = 0; i < n; i++) {
      by[i] = in.col("`" + in.columns()[i].replace("`", "``") + "`");
    }
    StructType out = new StructType(Arrays.copyOf(in.schema().fields(), n))
        .add("compliance", columnar ? ComplianceAggregator.COLUMNAR_OUTPUT : ComplianceAggregator.OUTPUT, false);
    return in.repartition(by).sortWithinPartitions(by)
        .mapPartitions(new PeriodFold(standard, n, columnar), Encoders.row(out));
  }
}
