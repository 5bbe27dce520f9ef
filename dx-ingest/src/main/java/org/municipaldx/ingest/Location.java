package org.municipaldx.ingest;

/**
 * Where a value or a problem is in its source: a {@link TextLocation} (line, column and byte
 * offset in a text file such as CSV) or a {@link CellLocation} (sheet and cell of a workbook, as
 * Excel shows it: {@code 手続!C12}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Location permits TextLocation, CellLocation {
  /** {@return what was read, e.g. a file name; never null} */
  String source();

  /**
   * {@return the place without the source, as a person finds it: {@code line 3, column 4 (D)} or
   * {@code 手続!C12}; never null}
   */
  String place();
}
