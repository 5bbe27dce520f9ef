package org.municipaldx.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;

/**
 * The period stage of compliance over a partition sorted by key, quantity and period: each run of one
 * key, quantity and period (the leading columns), whose last column is a day segment, is folded by
 * {@link ComplianceKernel#fold} into the period's compliance row ({@link Rows#COMPLIANCE}), as the
 * typed {@code dx_compliance} finishes it. On Spark's internal rows (issue 15k): the sorted day rows are read as
 * they come from the sort, the period rows written as internal rows, no {@code Row} through Spark's row encoder.
 * Not API.
 */
public final class PeriodFold implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
  private static final long serialVersionUID = 1L;
  private final StandardHolder standard;
  private final DataType[] leading;
  private final boolean columnar;
  private final boolean compact;

  /**
   * @param standard  the standard, not null
   * @param leading  the fields of the leading columns that make a group (the keys, quantity and period; the
   *     segment follows them)
   * @param columnar  whether the rows are {@link Rows#COMPLIANCE_COLUMNAR} (exceedances as numbers, issue 15g)
   *     rather than {@link Rows#COMPLIANCE}
   */
  public PeriodFold(EnvironmentalStandard standard, StructField[] leading, boolean columnar) {
    this(standard, leading, columnar, false);
  }

  /**
   * @param standard  the standard, not null
   * @param leading  the fields of the leading columns that make a group (the keys, quantity and period; the
   *     segment follows them)
   * @param columnar  whether the rows are {@link Rows#COMPLIANCE_COLUMNAR} rather than {@link Rows#COMPLIANCE}
   * @param compact  whether the segments are {@link Rows#DAY} (issue 15l: the day stage's form inside the plan)
   *     rather than {@link Rows#SEGMENT}
   */
  public PeriodFold(EnvironmentalStandard standard, StructField[] leading, boolean columnar, boolean compact) {
    this.standard = new StandardHolder(standard, ComplianceReport.JAPAN);
    this.leading = InternalRuns.types(leading);
    this.columnar = columnar;
    this.compact = compact;
  }

  @Override
  public Iterator<InternalRow> call(Iterator<InternalRow> input) {
    DataType[] types = leading;
    int k = types.length;
    boolean asDay = compact;
    int width = asDay ? Rows.DAY.size() : Rows.SEGMENT.size();
    EnvironmentalStandard std = standard.standard();
    return new InternalRuns(input) {
      InternalRow first;
      final List<Segment> segments = new ArrayList<>();

      @Override
      protected void start(InternalRow row) {
        first = row.copy();
        segments.clear();
        add(first);
      }

      @Override
      protected boolean belongs(InternalRow row) {
        return InternalRuns.sameKeys(first, row, types);
      }

      @Override
      protected void add(InternalRow row) {
        if (row.isNullAt(k)) {
          throw new IllegalArgumentException("dx_compliance.segment: must not be null (was 'null')");
        }
        InternalRow s = row.getStruct(k, width);
        int scale = Quantity.valueOf(s.getUTF8String(1).toString()).columnScale();
        segments.add(asDay ? Rows.day(s, scale) : Rows.segment(s, scale));
      }

      @Override
      protected InternalRow finish() {
        Object[] out = InternalRuns.keys(first, types, new Object[k + 1]);
        if (columnar) {
          out[k] = Rows.complianceColumnarInternal(ComplianceKernel.foldRuns(segments));
        } else {
          ComplianceKernel.Folded f = ComplianceKernel.fold(std, segments);
          out[k] = Rows.complianceInternal(f.compliance().orElse(null), f.invalid());
        }
        return new GenericInternalRow(out);
      }
    };
  }
}
