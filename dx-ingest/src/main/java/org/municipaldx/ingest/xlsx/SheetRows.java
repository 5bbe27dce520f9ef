package org.municipaldx.ingest.xlsx;

/**
 * The rows of one sheet as {@link XlsxSource} reads them, one at a time: the byte scanner
 * ({@link XlsxSheet}, through {@link PipelinedSheet} for a UTF-8 part), or, in tests, FastExcel's
 * reader (the reference the scanner is tested against). Not thread-safe.
 */
interface SheetRows {
  /** {@return the sheet's name} */
  String name();

  /** {@return the file, as given for messages} */
  String source();

  /**
   * Moves to the next stored row.
   *
   * @return false at the end of the sheet
   * @throws XlsxException if the sheet cannot be read further
   */
  boolean advance();

  /** {@return the current row as a value (copies its cells), never null} */
  XlsxRow row();

  /** {@return the current row's number, from 1} */
  int number();

  /** {@return how many cells the current row has, from column A to its last stored cell} */
  int size();

  /**
   * {@return the kind of that cell of the current row}
   *
   * @param column  the column, from 0 (A), below {@link #size()}
   */
  XlsxCell.Kind kind(int column);

  /**
   * {@return the text of that cell of the current row, never null}
   *
   * @param column  the column, from 0 (A), below {@link #size()}
   */
  String text(int column);

  /**
   * {@return that cell as a plain whole number ({@link org.municipaldx.ingest.Fields#plainWhole}),
   * or -1}
   *
   * @param column  the column, from 0 (A), below {@link #size()}
   */
  default long plainWhole(int column) {
    return org.municipaldx.ingest.Fields.plainWhole(text(column));
  }

  /**
   * {@return the cell's text copied into {@code into} as ASCII, its length, or -1
   * ({@link org.municipaldx.ingest.Record#ascii})}
   *
   * @param column  the column, from 0 (A), below {@link #size()}
   * @param into  where the bytes go, not null
   */
  default int ascii(int column, byte[] into) {
    String text = text(column);
    int n = text.length();
    if (n > into.length) {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      into[i] = (byte) c;
    }
    return n;
  }

  /** {@return whether every cell of the current row is empty or blank text} */
  boolean isBlank();

  /**
   * {@return the exception to throw for a fault found in the current row: the fault, or a refusal
   * of the zip check that comes before it (when the check still runs beside the read)}
   *
   * @param fault  the fault, not null
   */
  default RuntimeException settle(RuntimeException fault) {
    return fault;
  }

  /** Releases the file. */
  void close();
}
