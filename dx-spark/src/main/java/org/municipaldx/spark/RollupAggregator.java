package org.municipaldx.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.municipaldx.core.Department;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.Ids;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.Sums;
import org.municipaldx.spark.internal.ProcedureInput;
import org.municipaldx.spark.internal.RollupBuffer;
import org.municipaldx.spark.internal.Rows;

/**
 * The library's procedure-year roll-up ({@link ProcedureYearRollup}: sums by department, by five-less category
 * and in total) as a Spark aggregator, one pass per group: group by municipality and fiscal year,
 * and each group's result is the roll-up the single-machine library computes from the same rows
 * ({@code ColumnarTable.rollup()}, {@code ProcedureYearRollup.ofRows}). A row with several five-less categories
 * counts in each of them; the grand total counts it once.
 *
 * <p>Input, by position: {@code department} (an id matching {@link Ids#MODEL_ID_PATTERN}),
 * {@code fiveLessMask} (0 to 31, the OR of {@link FiveLess#bit()}), {@code minutesPerCase},
 * {@code online}, {@code total} (≥ 0, online ≤ total). Bad input fails with
 * {@link IllegalArgumentException} naming the field and the value; overflow with
 * {@link ArithmeticException}. Output: {@link #OUTPUT}. In SQL:
 * {@code dx_rollup(department, fiveLessMask, minutesPerCase, online, total)}.
 *
 * <p>The buffer is encoded with Kryo (a hash map by department and 96 {@code long}s by mask).
 * Immutable and thread-safe.
 */
public final class RollupAggregator extends Aggregator<Row, RollupBuffer, Row> {
  private static final long serialVersionUID = 1L;
  static final String NAME = "dx_rollup";

  /** The input columns, by position. */
  public static final StructType INPUT = new StructType()
      .add("department", DataTypes.StringType, false)
      .add("fiveLessMask", DataTypes.IntegerType, false)
      .add("minutesPerCase", DataTypes.LongType, false)
      .add("online", DataTypes.LongType, false)
      .add("total", DataTypes.LongType, false);

  /** The sums of one department. */
  public static final StructType DEPARTMENT_SUMS = new StructType()
      .add("department", DataTypes.StringType, false)
      .add("minutesOnline", DataTypes.LongType, false)
      .add("online", DataTypes.LongType, false)
      .add("total", DataTypes.LongType, false)
      .add("rows", DataTypes.LongType, false);

  /** The sums of one five-less category (constant name, e.g. COUNTERLESS, and Japanese name). */
  public static final StructType FIVE_LESS_SUMS = new StructType()
      .add("fiveLess", DataTypes.StringType, false)
      .add("fiveLessJa", DataTypes.StringType, false)
      .add("minutesOnline", DataTypes.LongType, false)
      .add("online", DataTypes.LongType, false)
      .add("total", DataTypes.LongType, false);

  /** The roll-up of a group. */
  public static final StructType OUTPUT = new StructType()
      .add("byDepartment", DataTypes.createArrayType(DEPARTMENT_SUMS, false), false)
      .add("byFiveLess", DataTypes.createArrayType(FIVE_LESS_SUMS, false), false)
      .add("total", SumsAggregator.OUTPUT, false);

  @Override
  public RollupBuffer zero() {
    return new RollupBuffer();
  }

  @Override
  public RollupBuffer reduce(RollupBuffer b, Row row) {
    if (row.isNullAt(0)) {
      throw new IllegalArgumentException(NAME + ".department: must not be null (was 'null')");
    }
    String dept = row.getString(0);
    long mask = ProcedureInput.count(NAME, row, 1, "fiveLessMask");
    if (mask > 31) {
      throw new IllegalArgumentException(NAME + ".fiveLessMask: must be from 0 to 31 (was '" + mask + "')");
    }
    long minutes = ProcedureInput.count(NAME, row, 2, "minutesPerCase");
    long online = ProcedureInput.count(NAME, row, 3, "online");
    long total = ProcedureInput.count(NAME, row, 4, "total");
    ProcedureInput.onlineWithinTotal(NAME, online, total);
    b.add(dept, (int) mask, minutes, online, total);
    return b;
  }

  @Override
  public RollupBuffer merge(RollupBuffer b1, RollupBuffer b2) {
    b1.merge(b2);
    return b1;
  }

  @Override
  public Row finish(RollupBuffer b) {
    for (String id : b.rowsByDepartment().keySet()) {
      if (!Ids.isModelId(id)) {
        throw new IllegalArgumentException(NAME + ".department: must match " + Ids.MODEL_ID_PATTERN
            + " (was '" + id + "')");
      }
    }
    return toRow(b.toRollup(), b.rowsByDepartment());
  }

  /**
   * {@return the roll-up as an {@link #OUTPUT} row, never null}
   *
   * @param rollup  a roll-up, not null
   * @param rowsByDepartment  the number of rows of each department, not null
   */
  public static Row toRow(ProcedureYearRollup rollup, Map<String, Long> rowsByDepartment) {
    List<Row> depts = new ArrayList<>();
    for (Map.Entry<String, Sums> e : rollup.byDepartment().entrySet()) {
      Sums s = e.getValue();
      depts.add(RowFactory.create(e.getKey(), s.minutesOnline(), s.online(), s.total(),
          rowsByDepartment.get(e.getKey())));
    }
    List<Row> five = new ArrayList<>();
    for (FiveLess f : FiveLess.values()) {
      Sums s = rollup.byFiveLess().get(f);
      five.add(RowFactory.create(f.name(), f.japaneseName(), s.minutesOnline(), s.online(), s.total()));
    }
    Sums t = rollup.total();
    return RowFactory.create(Rows.seq(depts), Rows.seq(five), RowFactory.create(t.minutesOnline(), t.online(), t.total(), rollup.rows()));
  }

  @Override
  public Encoder<RollupBuffer> bufferEncoder() {
    return Encoders.kryo(RollupBuffer.class);
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(OUTPUT);
  }
}
