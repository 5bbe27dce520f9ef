package org.municipaldx.ingest.xlsx;

import java.util.List;
import java.util.Objects;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.ingest.CellLocation;

/**
 * One row of a sheet: its number as Excel shows it and its cells from column A to the last cell
 * stored, missing cells {@link XlsxCell.Kind#EMPTY}. Rows that the sheet does not store (never
 * used) are not read at all, so numbers may jump.
 *
 * @param source  the file, for locations, not null
 * @param sheet  the sheet's name, not null
 * @param number  the row number, from 1
 * @param cells  the cells, index 0 being column A, not null
 */
record XlsxRow(String source, String sheet, int number, List<XlsxCell> cells) {

  /**
   * Checks the components and copies the list.
   *
   * @param source  the file, for locations, not null
   * @param sheet  the sheet's name, not null
   * @param number  the row number, from 1
   * @param cells  the cells, index 0 being column A, not null
   */
  public XlsxRow {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sheet, "sheet");
    cells = List.copyOf(cells);
    if (number < 1 || number > XlsxSheet.MAX_ROW) {
      throw new InvalidValueException("XlsxRow", "number", number, "must be from 1 to " + XlsxSheet.MAX_ROW);
    }
  }

  /**
   * {@return the cell, {@link XlsxCell.Kind#EMPTY} beyond the last stored cell, never null}
   *
   * @param column  the column, from 1 (A)
   */
  public XlsxCell cell(int column) {
    return column >= 1 && column <= cells.size() ? cells.get(column - 1) : XlsxCell.EMPTY;
  }

  /**
   * {@return where that cell is, e.g. {@code 手続!C12}, never null}
   *
   * @param column  the column, from 1 (A)
   */
  public CellLocation ref(int column) {
    return CellLocation.of(source, sheet, number, column);
  }

  /** {@return whether every cell is empty (Excel keeps such rows after values are deleted)} */
  public boolean isBlank() {
    for (XlsxCell c : cells) {
      if (c.kind() != XlsxCell.Kind.EMPTY && !(c.kind() == XlsxCell.Kind.TEXT && c.text().isBlank())) {
        return false;
      }
    }
    return true;
  }
}
