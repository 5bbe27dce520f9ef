package org.municipaldx.metrics.csv;

import java.util.Objects;

/**
 * One problem in a CSV file: where (line and column, both from 1, and the column's header name
 * when known) and why.
 *
 * <p>The line is the physical line of the file on which the field starts (the header is line 1);
 * the column is the field's position in its record, which Excel shows as a letter (1 = A).
 * Immutable and thread-safe.
 *
 * @param line  the line, from 1
 * @param column  the column, from 1, or 0 when the problem concerns the whole record or file
 * @param header  the header name of the column, or empty when unknown
 * @param message  what is wrong, not null
 */
public record CsvError(long line, int column, String header, String message) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the line is below 1 or the column negative
   */
  public CsvError {
    if (line < 1 || column < 0) {
      throw new IllegalArgumentException(
          "CsvError: line must be ≥ 1 and column ≥ 0 (was '" + line + ":" + column + "')");
    }
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(message, "message");
  }

  /**
   * @param column  the column, from 1
   * @return the column as Excel names it: A, B, …, Z, AA, AB, …; never null
   */
  public static String excelColumn(int column) {
    if (column < 1) {
      throw new IllegalArgumentException("CsvError.column: must be ≥ 1 (was '" + column + "')");
    }
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.append((char) ('A' + (c - 1) % 26));
    }
    return sb.reverse().toString();
  }

  /** @return e.g. {@code line 3, column 4 (D, オンライン件数): '12a' is not a whole number} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("line ").append(line);
    if (column > 0) {
      sb.append(", column ").append(column).append(" (").append(excelColumn(column));
      if (!header.isEmpty()) {
        sb.append(", ").append(header);
      }
      sb.append(')');
    }
    return sb.append(": ").append(message).toString();
  }
}
