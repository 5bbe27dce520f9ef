package org.municipaldx.spark.internal;

import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/**
 * A function over a partition's internal rows ({@link PeriodFold}, {@link PartialDayMerge}) run on external
 * {@code Row}s: each input row converted to Spark's internal form by its schema, each output row back
 * (issue 15k). For a Dataset that is not a classic one (Spark Connect), whose plan gives no internal rows; the
 * classic plans run the function on internal rows directly. Not API.
 */
public final class AsRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final FlatMapFunction<Iterator<InternalRow>, InternalRow> function;
  private final StructType in;
  private final StructType out;

  /**
   * @param function  the function over internal rows, not null
   * @param in  the input rows' schema, not null
   * @param out  the output rows' schema, not null
   */
  public AsRows(FlatMapFunction<Iterator<InternalRow>, InternalRow> function, StructType in, StructType out) {
    this.function = Objects.requireNonNull(function, "function");
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) throws Exception {
    scala.Function1<Object, Object> toInternal = CatalystTypeConverters.createToCatalystConverter(in);
    scala.Function1<Object, Object> toRow = CatalystTypeConverters.createToScalaConverter(out);
    Iterator<InternalRow> rows = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public InternalRow next() {
        return (InternalRow) toInternal.apply(input.next());
      }
    };
    Iterator<InternalRow> result = function.call(rows);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return result.hasNext();
      }

      @Override
      public Row next() {
        return (Row) toRow.apply(result.next());
      }
    };
  }
}
