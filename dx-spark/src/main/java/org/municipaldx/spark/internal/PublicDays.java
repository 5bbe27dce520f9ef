package org.municipaldx.spark.internal;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.municipaldx.iot.Quantity;

/**
 * The day rows of {@code complianceDaysFromPartials} as the user gets them (issue 15l): rows of
 * {@link PartialDayMerge#output(org.apache.spark.sql.types.StructField[], boolean)} with the segment as a
 * {@link Rows#DAY} (the form kept inside the plan, values as longs) turned into the same rows with the segment as a
 * {@link Rows#SEGMENT} (the documented form, values as {@code decimal(38, …)}), every other column as it is. The
 * segment is read back by {@link Rows#day} and written by {@link Rows#segmentInternal}, as the day merge wrote it
 * before this issue. Not API.
 */
public final class PublicDays implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
  private static final long serialVersionUID = 1L;
  private final DataType[] types;
  private final int segment;
  private final int quantity;

  /**
   * @param compact  the day rows' schema with a {@link Rows#DAY} column {@code segment} and a string column
   *     {@code quantity}, not null
   * @throws IllegalArgumentException if either column is missing
   */
  public PublicDays(StructType compact) {
    this.types = InternalRuns.types(compact.fields());
    this.segment = compact.fieldIndex("segment");
    this.quantity = compact.fieldIndex("quantity");
  }

  @Override
  public Iterator<InternalRow> call(Iterator<InternalRow> input) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public InternalRow next() {
        return toPublic(input.next());
      }
    };
  }

  /**
   * {@return the row with its segment in the public form; the input row may be reused by its source}
   *
   * @param row  a day row with the segment as a {@link Rows#DAY}, or null where the day fell back
   */
  InternalRow toPublic(InternalRow row) {
    InternalRow c = row.copy();
    Object[] out = InternalRuns.keys(c, types, new Object[types.length]);
    if (!c.isNullAt(segment)) {
      int scale = Quantity.valueOf(c.getUTF8String(quantity).toString()).columnScale();
      out[segment] = Rows.segmentInternal(Rows.day(c.getStruct(segment, Rows.DAY.size()), scale));
    }
    return new GenericInternalRow(out);
  }
}
