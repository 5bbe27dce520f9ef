package org.municipaldx.ingest;

/** Package helpers on locations. */
final class Locations {
  private Locations() {}

  /** The same line or row, another column (without a byte offset). */
  static Location column(Location at, int column) {
    if (at instanceof TextLocation t) {
      return new TextLocation(t.source(), t.line(), column, -1);
    }
    CellLocation c = (CellLocation) at;
    return CellLocation.of(c.source(), c.sheet(), c.row(), column);
  }
}
