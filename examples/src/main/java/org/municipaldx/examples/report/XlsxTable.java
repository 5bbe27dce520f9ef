package org.municipaldx.examples.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A sheet of a workbook the command line writes, in the layout of {@link XlsxReport}'s sheets: a
 * bold header row, frozen, with an auto-filter; numbers as number cells (whole numbers with
 * {@code #,##0}, decimals as stored), booleans as booleans, everything else as text, null as an
 * empty cell. For the tables of {@code dx iot compliance --format xlsx} and
 * {@code dx survey --coverage-xlsx}. Not thread-safe.
 */
public final class XlsxTable {
  private final Worksheet ws;
  private int row;

  private XlsxTable(Worksheet ws, String... header) {
    this.ws = ws;
    for (int c = 0; c < header.length; c++) {
      ws.value(0, c, header[c]);
      ws.style(0, c).bold().set();
      ws.width(c, Math.max(10, Math.min(48, Columns.width(header[c]) + 2)));
    }
    ws.freezePane(0, 1);
    ws.setAutoFilter(0, 0, header.length - 1);
    row = 1;
  }

  /**
   * @param wb  the workbook, not null
   * @param name  the sheet's name (at most 31 characters), not null
   * @param header  the column names
   * @return the new sheet, its header written, never null
   */
  public static XlsxTable of(Workbook wb, String name, String... header) {
    return new XlsxTable(wb.newWorksheet(name), header);
  }

  /**
   * @param out  where the workbook goes, not null; not closed
   * @return a workbook writing to it (call {@link Workbook#finish()}), never null
   */
  public static Workbook workbook(OutputStream out) {
    return new Workbook(new NonClosing(out), "municipal-dx", "1.0");
  }

  /**
   * Writes one row: whole numbers (Long, Integer) with a thousands format, BigDecimal as stored,
   * Boolean, anything else as its text; null leaves the cell empty.
   *
   * @param cells  the row's cells
   */
  public void add(Object... cells) {
    for (int c = 0; c < cells.length; c++) {
      Object v = cells[c];
      if (v == null) {
        continue;
      }
      if (v instanceof BigDecimal d) {
        ws.value(row, c, d);
      } else if (v instanceof Long || v instanceof Integer) {
        ws.value(row, c, (Number) v);
        ws.style(row, c).format("#,##0").set();
      } else if (v instanceof Number n) {
        ws.value(row, c, n);
      } else if (v instanceof Boolean b) {
        ws.value(row, c, b);
      } else {
        ws.value(row, c, v.toString());
      }
    }
    row++;
  }

  /**
   * @param column  the column, from 0
   * @param width  its width in characters
   */
  public void width(int column, int width) {
    ws.width(column, width);
  }

  /** FastExcel closes the stream it writes to when it finishes; the caller owns it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
