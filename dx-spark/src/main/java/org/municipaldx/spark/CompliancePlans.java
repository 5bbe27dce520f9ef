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

/** The compliance plans of issue 15g, beside {@link Declarative}'s: the period fold with numeric exceedances. */
final class CompliancePlans {
  private CompliancePlans() {}

  /**
   * {@link DxSpark#complianceByPeriodColumnar}: the plan of {@link DxSpark#complianceByPeriod} (day rows
   * repartitioned by key, quantity and period, sorted, each group folded in one pass), the exceedances
   * written as numbers ({@link ComplianceAggregator#COLUMNAR_OUTPUT}) instead of text.
   */
  static Dataset<Row> complianceByPeriodColumnar(Dataset<Row> days, EnvironmentalStandard standard,
      List<Column> keys, Column period) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("complianceByPeriodColumnar.keys: must name at least one column (was [])");
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
        .add("compliance", ComplianceAggregator.COLUMNAR_OUTPUT, false);
    return in.repartition(by).sortWithinPartitions(by)
        .mapPartitions(new PeriodFold(standard, n, true), Encoders.row(out));
  }
}
