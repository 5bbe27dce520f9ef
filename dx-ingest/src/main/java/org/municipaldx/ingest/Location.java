package org.municipaldx.ingest;

/**
 * Where a value or a problem is in its source: a {@link TextLocation} (line, column and byte
 * offset in a text file such as CSV) or a {@link CellLocation} (sheet and cell of a workbook, as
 * Excel shows it: {@code 手続!C12}), or an {@link EntryLocation} (an entry of an archive such as a
 * workbook, and a byte offset in it).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Location permits TextLocation, CellLocation, EntryLocation {
  /** {@return what was read, e.g. a file name; never null} */
  String source();

  /**
   * {@return the place without the source, as a person finds it: {@code line 3, column 4 (D)} or
   * {@code 手続!C12}; never null}
   */
  String place();

  /**
   * {@return this location in the library's one input-error model (source, line, column, byte offset, sheet
   * cell; for an archive entry, the entry's name as the field), as {@link org.municipaldx.core.InputException#where()}
   * gives it; never null}
   */
  default org.municipaldx.core.InputLocation inputLocation() {
    org.municipaldx.core.InputLocation at = org.municipaldx.core.InputLocation.of(source());
    if (this instanceof TextLocation t) {
      at = t.line() > 0 ? at.atLine(t.line()) : at;
      at = t.column() > 0 ? at.atColumn(t.column()) : at;
      return t.byteOffset() >= 0 ? at.atByteOffset(t.byteOffset()) : at;
    }
    if (this instanceof CellLocation c) {
      at = at.atCell(c.sheet() + "!" + c.cell());
      at = c.row() > 0 ? at.atLine(c.row()) : at;
      return c.column() > 0 ? at.atColumn(c.column()) : at;
    }
    EntryLocation e = (EntryLocation) this;
    at = e.entry().isEmpty() ? at : at.atField(e.entry());
    return e.byteOffset() >= 0 ? at.atByteOffset(e.byteOffset()) : at; // -1: unknown
  }
}
