package org.municipaldx.ingest.xlsx;

import java.util.Objects;

/**
 * The location of one cell of a workbook as Excel shows it: the sheet and the A1 reference,
 * {@code 手続!C12}.
 *
 * <p>The row and the column count from 1 (column 1 is {@code A}); Excel's limits are 1,048,576
 * rows and 16,384 columns ({@code XFD}) (Microsoft, "Excel specifications and limits"), and a
 * reference beyond them is rejected. {@link #toString()} quotes the sheet name as Excel's formulas
 * do when it holds anything but letters, digits, {@code _} and {@code .} or starts with a digit
 * ({@code 'FY 2023'!B2}, an apostrophe doubled); {@link #parse(CharSequence)} reads that form back:
 * {@code parse(ref.toString()).equals(ref)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CellRef {
  /** The last row of a worksheet (Microsoft, "Excel specifications and limits"). */
  public static final int MAX_ROW = 1_048_576;
  /** The last column of a worksheet, {@code XFD} (Microsoft, "Excel specifications and limits"). */
  public static final int MAX_COLUMN = 16_384;

  private final String sheet;
  private final int row;
  private final int column;

  private CellRef(String sheet, int row, int column) {
    this.sheet = sheet;
    this.row = row;
    this.column = column;
  }

  /**
   * @param sheet  the sheet's name, not null nor empty
   * @param row  the row, from 1 to {@link #MAX_ROW}
   * @param column  the column, from 1 ({@code A}) to {@link #MAX_COLUMN}
   * @return the reference, never null
   * @throws IllegalArgumentException if the sheet is empty or the row or column out of range
   */
  public static CellRef of(String sheet, int row, int column) {
    Objects.requireNonNull(sheet, "sheet");
    if (sheet.isEmpty()) {
      throw new IllegalArgumentException("CellRef.sheet: must not be empty");
    }
    if (row < 1 || row > MAX_ROW) {
      throw new IllegalArgumentException("CellRef.row: must be from 1 to " + MAX_ROW + " (was '" + row + "')");
    }
    if (column < 1 || column > MAX_COLUMN) {
      throw new IllegalArgumentException(
          "CellRef.column: must be from 1 to " + MAX_COLUMN + " (was '" + column + "')");
    }
    return new CellRef(sheet, row, column);
  }

  /**
   * @param text  a reference as {@link #toString()} writes it, e.g. {@code 手続!C12} or
   *     {@code 'FY 2023'!B2}, not null
   * @return the reference, never null
   * @throws IllegalArgumentException if the text is not such a reference
   */
  public static CellRef parse(CharSequence text) {
    String s = text.toString();
    int bang = s.lastIndexOf('!');
    if (bang <= 0) {
      throw new IllegalArgumentException("CellRef '" + s + "' cannot be parsed: expected sheet!A1");
    }
    String name = s.substring(0, bang);
    if (name.length() >= 2 && name.startsWith("'") && name.endsWith("'")) {
      name = name.substring(1, name.length() - 1).replace("''", "'");
    }
    String a1 = s.substring(bang + 1);
    int i = 0;
    int column = 0;
    while (i < a1.length() && a1.charAt(i) >= 'A' && a1.charAt(i) <= 'Z' && column <= MAX_COLUMN) {
      column = column * 26 + (a1.charAt(i) - 'A' + 1);
      i++;
    }
    if (i == 0 || i == a1.length() || a1.length() - i > 7 || !a1.substring(i).matches("[1-9][0-9]*")) {
      throw new IllegalArgumentException("CellRef '" + s + "' cannot be parsed: expected sheet!A1");
    }
    try {
      return of(name, Integer.parseInt(a1.substring(i)), column);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("CellRef '" + s + "' cannot be parsed: " + e.getMessage(), e);
    }
  }

  /** {@return the sheet's name} */
  public String sheet() {
    return sheet;
  }

  /** {@return the row, from 1} */
  public int row() {
    return row;
  }

  /** {@return the column, from 1 (column A)} */
  public int column() {
    return column;
  }

  /** {@return the reference within the sheet, e.g. {@code C12}} */
  public String a1() {
    return columnName(column) + row;
  }

  /**
   * @param column  a column, from 1 to {@link #MAX_COLUMN}
   * @return its letters as Excel shows them: A, …, Z, AA, …, XFD; never null
   * @throws IllegalArgumentException if the column is out of range
   */
  public static String columnName(int column) {
    if (column < 1 || column > MAX_COLUMN) {
      throw new IllegalArgumentException(
          "CellRef.column: must be from 1 to " + MAX_COLUMN + " (was '" + column + "')");
    }
    StringBuilder sb = new StringBuilder(3);
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.append((char) ('A' + (c - 1) % 26));
    }
    return sb.reverse().toString();
  }

  /** {@return the sheet's name as Excel writes it in a reference, quoted when needed} */
  public String quotedSheet() {
    boolean plain = !Character.isDigit(sheet.codePointAt(0))
        && sheet.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.');
    return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellRef other && row == other.row && column == other.column
        && sheet.equals(other.sheet);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sheet, row, column);
  }

  /** {@return the reference as Excel shows it, e.g. {@code 手続!C12}} */
  @Override
  public String toString() {
    return quotedSheet() + "!" + a1();
  }
}
