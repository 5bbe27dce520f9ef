package org.municipaldx.spark.internal;

import org.apache.spark.sql.Row;

/** Checks of one procedure-year input row, with the rules of {@code ProcedureYearRow}; not API. */
public final class ProcedureInput {
  private ProcedureInput() {}

  /**
   * @param function  the function's name, for the message
   * @param row  the input row
   * @param i  the index of the column
   * @param name  the column's name, for the message
   * @return the non-negative value
   * @throws IllegalArgumentException if the value is null or negative
   */
  public static long count(String function, Row row, int i, String name) {
    if (row.isNullAt(i)) {
      throw new IllegalArgumentException(function + "." + name + ": must not be null (was 'null')");
    }
    long v = ((Number) row.get(i)).longValue();
    if (v < 0) {
      throw new IllegalArgumentException(function + "." + name + ": must be zero or more (was '" + v + "')");
    }
    return v;
  }

  /**
   * @throws IllegalArgumentException if online exceeds total
   */
  public static void onlineWithinTotal(String function, long online, long total) {
    if (online > total) {
      throw new IllegalArgumentException(function + ".online: must not exceed total (" + total + ") (was '"
          + online + "')");
    }
  }
}
