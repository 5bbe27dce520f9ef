package org.municipaldx.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;

/**
 * The period stage of compliance over a partition sorted by key, quantity and period: each run of one
 * key, quantity and period (the leading columns), whose last column is a day segment, is folded by
 * {@link ComplianceKernel#fold} into the period's compliance row ({@link Rows#COMPLIANCE}), as the
 * typed {@code dx_compliance} finishes it. Not API.
 */
public final class PeriodFold implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final StandardHolder standard;
  private final int keys;
  private final boolean columnar;

  /**
   * @param standard  the standard, not null
   * @param keys  the number of leading columns that make a group (the keys, quantity and period)
   */
  public PeriodFold(EnvironmentalStandard standard, int keys) {
    this(standard, keys, false);
  }

  /**
   * @param standard  the standard, not null
   * @param keys  the number of leading columns that make a group (the keys, quantity and period)
   * @param columnar  whether the rows are {@link Rows#COMPLIANCE_COLUMNAR} (exceedances as numbers, issue 15g)
   *     rather than {@link Rows#COMPLIANCE}
   */
  public PeriodFold(EnvironmentalStandard standard, int keys, boolean columnar) {
    this.standard = new StandardHolder(standard, ComplianceReport.JAPAN);
    this.keys = keys;
    this.columnar = columnar;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    int k = keys;
    EnvironmentalStandard std = standard.standard();
    return new Runs(input) {
      Row first;
      final List<Segment> segments = new ArrayList<>();

      @Override
      protected void start(Row row) {
        first = row;
        segments.clear();
        add(row);
      }

      @Override
      protected boolean belongs(Row row) {
        return Runs.sameKeys(first, row, k);
      }

      @Override
      protected void add(Row row) {
        if (row.isNullAt(k)) {
          throw new IllegalArgumentException("dx_compliance.segment: must not be null (was 'null')");
        }
        Row s = row.getStruct(k);
        segments.add(Rows.segment(s, Quantity.valueOf(s.getString(1)).columnScale()));
      }

      @Override
      protected Row finish() {
        Object[] out = new Object[k + 1];
        for (int i = 0; i < k; i++) {
          out[i] = first.get(i);
        }
        if (columnar) {
          out[k] = Rows.complianceColumnar(ComplianceKernel.foldRuns(segments));
        } else {
          ComplianceKernel.Folded f = ComplianceKernel.fold(std, segments);
          out[k] = Rows.compliance(f.compliance().orElse(null), f.invalid());
        }
        return RowFactory.create(out);
      }
    };
  }
}
