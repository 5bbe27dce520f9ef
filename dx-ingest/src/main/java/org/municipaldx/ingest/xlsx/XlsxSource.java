package org.municipaldx.ingest.xlsx;

import org.municipaldx.ingest.CellLocation;
import org.municipaldx.ingest.Location;
import org.municipaldx.ingest.Record;
import org.municipaldx.ingest.RecordSource;

/**
 * One sheet of a workbook as a {@link RecordSource}: each stored row is a record, each field is
 * located by its cell ({@link CellLocation}, {@code 手続!C12}), so a {@code TableReader} reads a
 * sheet exactly as it reads CSV. Open one with {@link XlsxReader#open}.
 *
 * <p>How cells read (formulas are never evaluated; a formula cell reads as its cached value):
 * <ul>
 *   <li>text (shared or inline strings): as stored;
 *   <li>numbers: plain decimal notation, exactly as stored — {@code 1303}, {@code 651.5}, never
 *       an exponent, never rounded by a display format (so {@code 1,303} shown in Excel reads
 *       {@code 1303});
 *   <li>numbers formatted as dates or times: ISO-8601 — {@code 2024-03-31},
 *       {@code 2024-03-31T09:30}, {@code 09:30}; the workbook's 1900 or 1904 date system applies;
 *   <li>booleans: {@code TRUE} or {@code FALSE};
 *   <li>error values: their code as Excel shows it ({@code #DIV/0!}), which a reader then rejects
 *       as not a value of its column, located at the cell;
 *   <li>empty cells, and cells missing from the row: empty.
 * </ul>
 * A formula saved without a cached value (by a program that does not calculate) cannot be read
 * without evaluating it: {@link #next()} throws an {@link XlsxException} at that cell.
 *
 * <p>A sheet does not store the empty cells at the end of a row, so a record is padded with empty
 * fields to the width of the first non-blank row (the header): a row whose last cells are empty is
 * as wide as the header, as in a CSV that Excel writes. Rows the sheet does not store (never used)
 * are not records at all; blank rows that it stores are blank records. Not thread-safe.
 *
 * <p>Close a source (try-with-resources): until {@link #close()} it keeps the workbook file open and a daemon
 * thread ({@code dx-xlsx-inflate}) that inflates the sheet ahead of the reader (with several threads, also its
 * daemon parse workers, {@code dx-xlsx-parse}), the inflater waiting once its fixed pool of
 * blocks is full. A source that is abandoned without being closed keeps them until the process ends; these threads
 * never keep the process alive.
 */
public final class XlsxSource implements RecordSource {
  private final SheetRows sheet;
  private final Fields record = new Fields();
  private boolean current;
  private int width;

  XlsxSource(SheetRows sheet) {
    this.sheet = sheet;
  }

  @Override
  public String source() {
    return sheet.source();
  }

  /** {@return the sheet's name, as its tab shows it} */
  public String sheet() {
    return sheet.name();
  }

  @Override
  public boolean next() {
    if (!sheet.advance()) {
      current = false;
      return false;
    }
    int n = sheet.size();
    for (int i = 0; i < n; i++) {
      if (sheet.kind(i) == XlsxCell.Kind.UNCALCULATED) {
        throw sheet.settle(XlsxException.at(ref(i + 1), XlsxRefusal.UNCALCULATED,
            new XlsxCell(XlsxCell.Kind.UNCALCULATED, "").problem(), null));
      }
    }
    if (width == 0 && !sheet.isBlank()) {
      width = n;
    }
    current = true;
    return true;
  }

  private CellLocation ref(int column) {
    return CellLocation.of(sheet.source(), sheet.name(), sheet.number(), column);
  }

  @Override
  public Record record() {
    if (!current) {
      throw new IllegalStateException("XlsxSource.record: no current record (call next() first)");
    }
    return record;
  }

  /** {@return the first cell of the sheet, {@code A1}, for a problem with the whole sheet} */
  @Override
  public Location start() {
    return CellLocation.of(sheet.source(), sheet.name(), 1, 1);
  }

  @Override
  public void close() {
    sheet.close();
  }

  /** The current row as a record; one object for every row. */
  private final class Fields implements Record {
    @Override
    public int size() {
      return Math.max(sheet.size(), width);
    }

    @Override
    public String get(int field) {
      check(field);
      return field < sheet.size() ? sheet.text(field) : "";
    }

    @Override
    public long plainWhole(int field) {
      check(field);
      return field < sheet.size() ? sheet.plainWhole(field) : -1;
    }

    @Override
    public int ascii(int field, byte[] into) {
      check(field);
      return field < sheet.size() ? sheet.ascii(field, into) : 0;
    }

    @Override
    public Location location(int field) {
      check(field);
      return ref(field + 1);
    }

    @Override
    public Location location() {
      return ref(1);
    }

    private void check(int field) {
      if (field < 0 || field >= size()) {
        throw new IndexOutOfBoundsException("field " + field + " of " + size());
      }
    }
  }
}
