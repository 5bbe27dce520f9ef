package org.municipaldx.ingest.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.municipaldx.ingest.CellLocation;

/**
 * The rows of one sheet read by FastExcel's streaming reader (StAX, Aalto), in order, for one
 * thread; close it to release the file. This was the only path until the byte scanner
 * ({@link XlsxSheet}) replaced it; it stays, in the tests only (issue 13p: no production path read
 * through it), as the reference the scanner is tested against. It no longer reads parts in another
 * encoding (UTF-16) in production: its shared-string table ({@code SST.readUpTo} in FastExcel
 * 0.20.2) adds an empty string for every index up to the one a cell names, past the table's end
 * too, so a cell {@code <v>1234567890</v>} exhausted a 6 GB heap; the scanner refuses such an index.
 *
 * <p>{@link #next()} throws an {@link XlsxException} of rule {@link XlsxRefusal#MALFORMED} when
 * the sheet's XML cannot be parsed, naming the last row read before the fault.
 */
final class FastExcelSheet implements Iterator<XlsxRow>, SheetRows {
  static final int MAX_ROW = XlsxSheet.MAX_ROW;
  static final int MAX_COLUMN = XlsxSheet.MAX_COLUMN;

  private final ReadableWorkbook workbook;
  private final String name;
  private final String source;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private int lastRow;
  private XlsxRow current;

  /**
   * {@return the sheet {@code reader} would read (its sheet, its limits), read by FastExcel's reader
   * after the whole archive is checked; located by the file's name}
   *
   * @throws XlsxException if the workbook is refused, as {@link XlsxReader#open(Path)} refuses it
   */
  static FastExcelSheet open(XlsxReader reader, Path file) {
    String source = String.valueOf(file.getFileName());
    ZipGuard.Checked checked = ZipGuard.check(file, source, reader.limits(), null);
    ReadableWorkbook wb = XlsxReader.workbook(file, source, checked);
    try {
      return new FastExcelSheet(wb, reader.choose(wb, source), source);
    } catch (RuntimeException e) {
      throw XlsxReader.closing(wb, source, e);
    }
  }

  FastExcelSheet(ReadableWorkbook workbook, Sheet sheet, String source) {
    this.workbook = workbook;
    this.name = sheet.getName();
    this.source = source;
    try {
      this.stream = sheet.openStream();
    } catch (IOException e) {
      throw new UncheckedIOException("workbook " + source + ": cannot read sheet '" + name + "'", e);
    } catch (RuntimeException e) {
      throw malformed(e);
    }
    this.rows = stream.iterator();
  }

  /** {@return the sheet's name} */
  public String name() {
    return name;
  }

  /** {@return the file, as given for messages} */
  public String source() {
    return source;
  }

  @Override
  public boolean hasNext() {
    try {
      return rows.hasNext();
    } catch (RuntimeException e) {
      throw malformed(e);
    }
  }

  /**
   * {@return the next stored row, never null}
   *
   * @throws XlsxException if the sheet's XML is malformed
   * @throws NoSuchElementException if there is none
   */
  @Override
  public XlsxRow next() {
    Row row;
    try {
      row = rows.next();
    } catch (NoSuchElementException e) {
      throw e;
    } catch (RuntimeException e) {
      throw malformed(e);
    }
    int n = row.getCellCount();
    List<XlsxCell> cells = new ArrayList<>(n);
    int number = row.getRowNum();
    for (int i = 0; i < n; i++) {
      Cell c = row.getCell(i);
      if (c == null) {
        cells.add(XlsxCell.EMPTY);
        continue;
      }
      number = c.getAddress().getRow() + 1;
      try {
        cells.add(cell(c));
      } catch (RuntimeException e) {
        throw XlsxException.at(ref(number, i + 1), XlsxRefusal.MALFORMED,
            "the cell cannot be read: " + e.getMessage(), e);
      }
    }
    if (number < 1 || number > MAX_ROW || n > MAX_COLUMN) {
      throw XlsxException.at(ref(lastRow + 1, 1), XlsxRefusal.MALFORMED, "row " + number + " with "
          + n + " cells is beyond Excel's " + MAX_ROW + " rows and " + MAX_COLUMN + " columns (after"
          + " row " + lastRow + ")", null);
    }
    lastRow = number;
    return new XlsxRow(source, name, number, cells);
  }

  /** The cell, or the nearest one Excel has (a fault beyond the limits is shown at their edge). */
  CellLocation ref(int row, int column) {
    return CellLocation.of(source, name, Math.max(1, Math.min(row, MAX_ROW)),
        Math.max(1, Math.min(column, MAX_COLUMN)));
  }

  private XlsxCell cell(Cell c) {
    switch (c.getType()) {
      case EMPTY:
        return XlsxCell.EMPTY;
      case STRING: {
        String s = c.asString();
        return s.isEmpty() ? XlsxCell.EMPTY : new XlsxCell(XlsxCell.Kind.TEXT, s);
      }
      case NUMBER:
        return number(c, (BigDecimal) c.getValue());
      case BOOLEAN:
        return bool((Boolean) c.getValue());
      case ERROR:
        return new XlsxCell(XlsxCell.Kind.ERROR, c.getRawValue() == null ? "" : c.getRawValue());
      case FORMULA: {
        Object v = c.getValue(); // the cached value; the formula itself is ignored
        if (v == null) {
          return new XlsxCell(XlsxCell.Kind.UNCALCULATED, "");
        }
        if (v instanceof BigDecimal d) {
          return number(c, d);
        }
        if (v instanceof Boolean b) {
          return bool(b);
        }
        String s = v.toString();
        if (XlsxSheet.ERROR_CODES.contains(s)) {
          return new XlsxCell(XlsxCell.Kind.ERROR, s);
        }
        return s.isEmpty() ? XlsxCell.EMPTY : new XlsxCell(XlsxCell.Kind.TEXT, s);
      }
      default:
        throw new IllegalStateException("cell type " + c.getType());
    }
  }

  private static XlsxCell bool(Boolean b) {
    return new XlsxCell(XlsxCell.Kind.BOOLEAN, b ? "TRUE" : "FALSE");
  }

  private XlsxCell number(Cell c, BigDecimal d) {
    if (d == null) {
      return XlsxCell.EMPTY;
    }
    Integer formatId = c.getDataFormatId();
    if ((formatId != null || c.getDataFormatString() != null)
        && DateFormats.isDate(formatId == null ? null : formatId.toString(), c.getDataFormatString())) {
      return new XlsxCell(XlsxCell.Kind.DATE, date(c, d));
    }
    String raw = c.getRawValue();
    return new XlsxCell(XlsxCell.Kind.NUMBER, isPlainWhole(raw) ? raw : plain(d));
  }

  /** Whether the stored text is already plain: digits, no sign, no leading zero (as Excel writes whole numbers). */
  private static boolean isPlainWhole(String raw) {
    int n = raw == null ? 0 : raw.length();
    if (n == 0 || n > 18 || raw.charAt(0) == '0' && n > 1) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char ch = raw.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  private static String plain(BigDecimal d) {
    if (d.signum() == 0) {
      return "0";
    }
    return d.scale() <= 0 ? d.toPlainString() : d.stripTrailingZeros().toPlainString();
  }

  private static String date(Cell c, BigDecimal serial) {
    return XlsxSheet.dateText(c.asDate(), serial);
  }

  private XlsxException malformed(RuntimeException e) {
    if (e instanceof XlsxException x) {
      return x;
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    // located at the first cell after the last row read: the fault is there or a little further
    return XlsxException.at(ref(lastRow + 1, 1), XlsxRefusal.MALFORMED, "sheet '" + name
        + "' cannot be read after row " + lastRow + ": " + root.getMessage(), e);
  }

  @Override
  public boolean advance() {
    if (!hasNext()) {
      current = null;
      return false;
    }
    current = next();
    return true;
  }

  @Override
  public XlsxRow row() {
    return current;
  }

  @Override
  public int number() {
    return current.number();
  }

  @Override
  public int size() {
    return current.cells().size();
  }

  @Override
  public XlsxCell.Kind kind(int column) {
    return current.cell(column + 1).kind();
  }

  @Override
  public String text(int column) {
    return current.cell(column + 1).text();
  }

  @Override
  public boolean isBlank() {
    return current.isBlank();
  }

  /** Closes the sheet's stream and the workbook's file. */
  @Override
  public void close() {
    try (workbook) {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException("workbook " + source + ": cannot close", e);
    }
  }
}
