package org.municipaldx.spark.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * The runs of a sorted partition, each folded into one output row: the skeleton that the roll-up's
 * fold and the compliance day scan share. A run starts at a row, takes every following row that
 * {@link #belongs} to it, and ends at the first that does not (kept for the next run). Not API.
 */
public abstract class Runs implements Iterator<Row> {
  private final Iterator<Row> input;
  private Row pending;

  /**
   * @param input  the partition's rows, sorted so that each run's rows are consecutive, not null
   */
  protected Runs(Iterator<Row> input) {
    this.input = Objects.requireNonNull(input, "input");
  }

  @Override
  public final boolean hasNext() {
    return pending != null || input.hasNext();
  }

  @Override
  public final Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row first = pending != null ? pending : input.next();
    pending = null;
    start(first);
    while (input.hasNext()) {
      Row r = input.next();
      if (!belongs(r)) {
        pending = r;
        break;
      }
      add(r);
    }
    return finish();
  }

  /**
   * Begins a run at its first row (which is not passed to {@link #add}).
   *
   * @param first  the run's first row
   */
  protected abstract void start(Row first);

  /**
   * {@return whether the row continues the run begun by the last {@link #start}}
   *
   * @param row  the next row of the partition
   */
  protected abstract boolean belongs(Row row);

  /**
   * Adds a row that {@link #belongs} to the run.
   *
   * @param row  the row
   */
  protected abstract void add(Row row);

  /** {@return the run's output row} */
  protected abstract Row finish();

  /**
   * {@return whether two rows agree, by {@link Objects#equals}, on their first {@code keys} columns}
   *
   * @param a  a row
   * @param b  another row
   * @param keys  the number of leading key columns
   */
  public static boolean sameKeys(Row a, Row b, int keys) {
    for (int i = 0; i < keys; i++) {
      if (!Objects.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }
}
