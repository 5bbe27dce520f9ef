package org.municipaldx.ingest;

import java.util.Objects;
import java.util.regex.Pattern;
import org.municipaldx.core.InvalidValueException;

/**
 * A cell of a workbook sheet, as Excel names it: sheet {@code 手続}, cell {@code C12}, shown as
 * {@code 手続!C12}. Immutable and thread-safe.
 *
 * @param source  what was read, e.g. a file name, not null
 * @param sheet  the sheet's name, not null, not empty
 * @param cell  the cell reference in A1 notation (column letters, then the row from 1), not null
 */
public record CellLocation(String source, String sheet, String cell) implements Location {
  private static final Pattern A1 = Pattern.compile("[A-Z]{1,3}[1-9][0-9]*");

  /**
   * Checks the components.
   *
   * @param source  what was read, e.g. a file name, not null
   * @param sheet  the sheet's name, not null, not empty
   * @param cell  the cell reference in A1 notation, e.g. {@code C12}, not null
   * @throws IllegalArgumentException if the sheet is empty or the cell is not in A1 notation
   */
  public CellLocation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(cell, "cell");
    if (sheet.isEmpty() || !A1.matcher(cell).matches()) {
      throw new IllegalArgumentException("CellLocation: the sheet must not be empty and the cell must"
          + " be in A1 notation like C12 (was '" + sheet + "!" + cell + "')");
    }
  }

  /**
   * {@return the location of that cell, never null}
   *
   * @param source  what was read, not null
   * @param sheet  the sheet's name, not null
   * @param row  the row, from 1
   * @param column  the column, from 1 (1 = A)
   * @throws IllegalArgumentException if the row or column is below 1
   */
  public static CellLocation of(String source, String sheet, long row, int column) {
    if (row < 1) {
      throw new InvalidValueException("CellLocation", "row", row, "must be ≥ 1");
    }
    return new CellLocation(source, sheet, TextLocation.excelColumn(column) + row);
  }

  /** {@return the row number of the cell, from 1} */
  public long row() {
    int i = 0;
    while (Character.isLetter(cell.charAt(i))) {
      i++;
    }
    return Long.parseLong(cell.substring(i));
  }

  /** {@return the column number of the cell, from 1 (A = 1)} */
  public int column() {
    int c = 0;
    for (int i = 0; i < cell.length() && Character.isLetter(cell.charAt(i)); i++) {
      c = c * 26 + (cell.charAt(i) - 'A' + 1);
    }
    return c;
  }

  /** {@return e.g. {@code 手続!C12}} */
  @Override
  public String place() {
    return sheet + "!" + cell;
  }

  /** {@return e.g. {@code book.xlsx 手続!C12}} */
  @Override
  public String toString() {
    return source + " " + place();
  }
}
