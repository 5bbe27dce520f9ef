package org.municipaldx.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.aggregate.Summary;
import org.municipaldx.spark.internal.SummaryBuffer;

/**
 * The library's reading {@link Summary} (count, exact sum, minimum, maximum, mean) as a Spark
 * aggregator: Spark groups (by sensor, location, quantity and period), this aggregator summarises,
 * on the fixed-point values of the library's columnar path ({@code ReadingColumns}: 27.2 °C is
 * {@code 2720} at air temperature's column scale 2) with {@link Math#addExact} sums, the
 * arithmetic of {@code ColumnarAggregate}. The result is the library's {@link Summary}, as a row.
 *
 * <p>Input, by position: {@code quantity} (a {@link Quantity} constant name), {@code unscaled} (the
 * value at the quantity's column scale, see {@link DxSources#readings}), {@code quality} (a
 * {@link Quality} name, null for GOOD). Readings flagged INVALID are left out and counted in
 * {@code invalid}, as {@code ReadingAggregator} does. A group must hold one quantity. Output:
 * {@link #OUTPUT}; the mean is {@link Summary#mean} at two more decimal places than the column
 * scale, rounded half-even. This is the typed Dataset API's aggregator; for DataFrames and SQL,
 * {@link DxSpark#summary} and {@code dx_summary(quantity, unscaled, quality)} give the same rows with
 * Spark's code-generated declarative aggregates, each group's row built by this class's code.
 * Immutable and thread-safe.
 */
public final class SummaryAggregator extends Aggregator<Row, SummaryBuffer, Row> {
  private static final long serialVersionUID = 1L;
  static final String NAME = "dx_summary";
  private static final Quantity[] QUANTITIES = Quantity.values();
  /** The decimal places of the sum, minimum and maximum columns: the largest column scale (3). */
  public static final int SCALE = 3;
  /** The decimal places of the mean column. */
  public static final int MEAN_SCALE = SCALE + 2;

  /** The input columns, by position. */
  public static final StructType INPUT = new StructType()
      .add("quantity", DataTypes.StringType, false)
      .add("unscaled", DataTypes.LongType, false)
      .add("quality", DataTypes.StringType, true);

  /** The summary of a group: null minimum, maximum and mean when no valid reading. */
  public static final StructType OUTPUT = new StructType()
      .add("count", DataTypes.LongType, false)
      .add("sum", DataTypes.createDecimalType(38, SCALE), false)
      .add("min", DataTypes.createDecimalType(38, SCALE), true)
      .add("max", DataTypes.createDecimalType(38, SCALE), true)
      .add("mean", DataTypes.createDecimalType(38, MEAN_SCALE), true)
      .add("invalid", DataTypes.LongType, false);

  @Override
  public SummaryBuffer zero() {
    return new SummaryBuffer();
  }

  @Override
  public SummaryBuffer reduce(SummaryBuffer b, Row row) {
    if (!row.isNullAt(2) && Quality.INVALID.name().equals(row.getString(2))) {
      b.addInvalid();
      return b;
    }
    int q = quantity(NAME, b.getQuantity(), row, 0);
    if (row.isNullAt(1)) {
      throw new IllegalArgumentException(NAME + ".unscaled: must not be null (was 'null')");
    }
    b.setQuantity(q);
    b.add(row.getLong(1));
    return b;
  }

  static int quantity(String function, int current, Row row, int index) {
    if (row.isNullAt(index)) {
      throw new IllegalArgumentException(function + ".quantity: must not be null (was 'null')");
    }
    String name = row.getString(index);
    if (current >= 0 && QUANTITIES[current].name().equals(name)) {
      return current;
    }
    Quantity q;
    try {
      q = Quantity.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(function + ".quantity: unknown quantity (was '" + name + "')", e);
    }
    if (current >= 0) {
      throw new IllegalArgumentException(function + ".quantity: a group must hold one quantity (was '" + name
          + "' after '" + QUANTITIES[current] + "')");
    }
    return q.ordinal();
  }

  @Override
  public SummaryBuffer merge(SummaryBuffer b1, SummaryBuffer b2) {
    b1.merge(b2);
    return b1;
  }

  @Override
  public Row finish(SummaryBuffer b) {
    return toRow(b);
  }

  /** The {@link #OUTPUT} row of a buffer; also the result of the declarative path ({@code Declarative}). */
  static Row toRow(SummaryBuffer b) {
    Summary s = toSummary(b);
    Quantity q = b.getQuantity() < 0 ? null : QUANTITIES[b.getQuantity()];
    return RowFactory.create(s.count(), s.sum().setScale(SCALE), s.min().map(v -> v.setScale(SCALE)).orElse(null),
        s.max().map(v -> v.setScale(SCALE)).orElse(null),
        q == null ? null : s.mean(q.columnScale() + 2, RoundingMode.HALF_EVEN).get().setScale(MEAN_SCALE),
        b.getInvalid());
  }

  /**
   * {@return the library's summary of its valid readings, {@link Summary#EMPTY} if none}
   *
   * @param b  a buffer, not null
   */
  public static Summary toSummary(SummaryBuffer b) {
    if (b.getCount() == 0) {
      return Summary.EMPTY;
    }
    int scale = QUANTITIES[b.getQuantity()].columnScale();
    return Summary.of(b.getCount(), BigDecimal.valueOf(b.getSum(), scale), BigDecimal.valueOf(b.getMin(), scale),
        BigDecimal.valueOf(b.getMax(), scale));
  }

  @Override
  public Encoder<SummaryBuffer> bufferEncoder() {
    return Encoders.bean(SummaryBuffer.class);
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(OUTPUT);
  }
}
