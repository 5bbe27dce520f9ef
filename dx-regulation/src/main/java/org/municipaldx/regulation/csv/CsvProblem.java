package org.municipaldx.regulation.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a CSV file: where (file, line, column) and why.
 *
 * <p>Lines are physical lines of the file, from 1 (the header); a record with a quoted line break
 * is reported at the line it starts on. Columns are field positions from 1; 0 means the problem is
 * with the record or header as a whole (e.g. a missing column). This class is immutable and
 * thread-safe.
 */
public final class CsvProblem {
  private final String file;
  private final int line;
  private final int column;
  private final String columnName;
  private final String message;

  /**
   * @param file  the file's role, e.g. {@code items.csv}, not null
   * @param line  the line, from 1
   * @param column  the column, from 1, or 0 for the whole record
   * @param columnName  the column's header name, or null
   * @param message  what is wrong, not null
   */
  public CsvProblem(String file, int line, int column, String columnName, String message) {
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.columnName = columnName;
    this.message = Objects.requireNonNull(message, "message");
  }

  /** @return the file's role, never null */
  public String file() {
    return file;
  }

  /** @return the line, from 1 */
  public int line() {
    return line;
  }

  /** @return the column, from 1, or 0 for the whole record */
  public int column() {
    return column;
  }

  /** @return the column's header name, if known */
  public Optional<String> columnName() {
    return Optional.ofNullable(columnName);
  }

  /** @return what is wrong, never null */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CsvProblem)) {
      return false;
    }
    CsvProblem p = (CsvProblem) o;
    return line == p.line && column == p.column && file.equals(p.file) && Objects.equals(columnName, p.columnName)
        && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, columnName, message);
  }

  /** @return e.g. {@code items.csv line 3, column 7 (types): Unknown RegulationType 'x' ...} */
  @Override
  public String toString() {
    return file + " line " + line + (column > 0 ? ", column " + column : "")
        + (columnName != null ? " (" + columnName + ")" : "") + ": " + message;
  }
}
