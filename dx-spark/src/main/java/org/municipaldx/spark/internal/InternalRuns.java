package org.municipaldx.spark.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;

/**
 * {@link Runs} over Spark's internal rows (issue 15k): the runs of a sorted partition, each folded into one output
 * row. The input may reuse one row object for every row (a sort's output does): {@link #start} and {@link #add} must
 * copy whatever they keep past the call. Not API.
 */
public abstract class InternalRuns implements Iterator<InternalRow> {
  private final Iterator<InternalRow> input;
  private InternalRow pending;

  /**
   * @param input  the partition's rows, sorted so that each run's rows are consecutive, not null
   */
  protected InternalRuns(Iterator<InternalRow> input) {
    this.input = Objects.requireNonNull(input, "input");
  }

  @Override
  public final boolean hasNext() {
    return pending != null || input.hasNext();
  }

  @Override
  public final InternalRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InternalRow first = pending != null ? pending : input.next();
    pending = null;
    start(first);
    while (input.hasNext()) {
      InternalRow r = input.next();
      if (!belongs(r)) {
        pending = r; // not read again before start(pending): the input is not advanced in between
        break;
      }
      add(r);
    }
    return finish();
  }

  /**
   * Begins a run at its first row (which is not passed to {@link #add}); copies what it keeps.
   *
   * @param first  the run's first row
   */
  protected abstract void start(InternalRow first);

  /**
   * {@return whether the row continues the run begun by the last {@link #start}}
   *
   * @param row  the next row of the partition
   */
  protected abstract boolean belongs(InternalRow row);

  /**
   * Adds a row that {@link #belongs} to the run; copies what it keeps.
   *
   * @param row  the row
   */
  protected abstract void add(InternalRow row);

  /** {@return the run's output row} */
  protected abstract InternalRow finish();

  /**
   * {@return whether two rows agree on their leading columns: both null, or equal values (Spark's internal values:
   * {@code UTF8String}, boxed primitives, rows of one kind)}
   *
   * @param a  a row
   * @param b  another row
   * @param types  the leading columns' types
   */
  public static boolean sameKeys(InternalRow a, InternalRow b, DataType[] types) {
    for (int i = 0; i < types.length; i++) {
      boolean nullA = a.isNullAt(i);
      if (nullA != b.isNullAt(i) || !nullA && !a.get(i, types[i]).equals(b.get(i, types[i]))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the leading columns' values of a row, for an output row; the row must not be reused by its source}
   *
   * @param row  a row that stays as it is (a copy)
   * @param types  the leading columns' types
   * @param out  the output row's values, the leading ones set here
   */
  public static Object[] keys(InternalRow row, DataType[] types, Object[] out) {
    for (int i = 0; i < types.length; i++) {
      out[i] = row.isNullAt(i) ? null : row.get(i, types[i]);
    }
    return out;
  }

  /** {@return the fields' types} @param fields  some fields */
  public static DataType[] types(org.apache.spark.sql.types.StructField[] fields) {
    DataType[] t = new DataType[fields.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = fields[i].dataType();
    }
    return t;
  }
}
