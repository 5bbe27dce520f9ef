package org.municipaldx.ingest;

import java.util.Objects;
import org.municipaldx.core.InvalidValueException;

/**
 * A place in a text file: the physical line (from 1; CR, LF and CRLF each end a line), the field's
 * position in its record (from 1, which Excel shows as column A; 0 when the place is the whole
 * record or file) and the byte offset from the start of the file (including any byte order mark;
 * -1 when unknown).
 *
 * <p>A field that spans lines (a quoted line break) is located at the line it starts on.
 * Immutable and thread-safe.
 *
 * @param source  what was read, e.g. a file name, not null
 * @param line  the line, from 1
 * @param column  the field's position, from 1, or 0 for the whole record
 * @param byteOffset  the offset of the field's (or problem's) first byte, or -1 when unknown
 */
public record TextLocation(String source, long line, int column, long byteOffset) implements Location {
  /**
   * Checks the components.
   *
   * @param source  what was read, e.g. a file name, not null
   * @param line  the physical line, from 1
   * @param column  the field's position in its record, from 1, or 0 for the whole record or file
   * @param byteOffset  the offset of the first byte from the start of the file, or -1 when unknown
   * @throws IllegalArgumentException if the line is below 1, the column negative or the offset
   *     below -1
   */
  public TextLocation {
    Objects.requireNonNull(source, "source");
    if (line < 1 || column < 0 || byteOffset < -1) {
      throw new IllegalArgumentException("TextLocation: line must be ≥ 1, column ≥ 0 and byte offset"
          + " ≥ -1 (was '" + line + ":" + column + "@" + byteOffset + "')");
    }
  }

  /**
   * {@return a location without a byte offset, never null}
   *
   * @param source  what was read, not null
   * @param line  the line, from 1
   * @param column  the column, from 1, or 0 for the whole record
   */
  public static TextLocation of(String source, long line, int column) {
    return new TextLocation(source, line, column, -1);
  }

  /** {@return whether the byte offset is known} */
  public boolean hasByteOffset() {
    return byteOffset >= 0;
  }

  /**
   * {@return the column as Excel names it: A, B, …, Z, AA, AB, …; never null}
   *
   * @param column  the column, from 1
   * @throws IllegalArgumentException if the column is below 1
   */
  public static String excelColumn(int column) {
    if (column < 1) {
      throw new InvalidValueException("TextLocation", "column", column, "must be ≥ 1");
    }
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.append((char) ('A' + (c - 1) % 26));
    }
    return sb.reverse().toString();
  }

  /** {@return e.g. {@code line 3, column 4 (D)}, {@code line 3, byte offset 17}} */
  @Override
  public String place() {
    StringBuilder sb = new StringBuilder("line ").append(line);
    if (column > 0) {
      sb.append(", column ").append(column).append(" (").append(excelColumn(column)).append(')');
    }
    if (column == 0 && byteOffset >= 0) {
      sb.append(", byte offset ").append(byteOffset);
    }
    return sb.toString();
  }

  /** {@return e.g. {@code rows.csv line 3, column 4 (D)}} */
  @Override
  public String toString() {
    return source + " " + place();
  }
}
