package org.municipaldx.ingest.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet read from a {@link SheetPipe}: the part inflated on another thread while this one parses
 * it, and with workers, blocks of rows parsed ahead on them. The rows, their cells and every
 * refusal are those of the one scanner reading the whole part in order ({@link XlsxSheet}): the
 * scanner reads every byte whose rows were not parsed ahead, and a block parsed ahead is used only
 * when the scanner stands exactly at its start between rows, with nothing read before it that the
 * block's rows depend on (an array formula); a block whose rows depend on what came before or
 * that holds a fault is read by the scanner. A refusal of the zip check comes before any other
 * fault, as when the whole archive was checked before parsing: the check runs to its end first.
 * Not thread-safe.
 */
final class PipelinedSheet implements SheetRows, java.util.Iterator<XlsxRow>, java.io.Closeable {
  private final XlsxSheet scanner;
  private final SheetPipe pipe;
  private final boolean ahead;
  private final XlsxSheet.Digits digits = new XlsxSheet.Digits();

  /** The rows parsed ahead being read, else null. */
  private RowBatch batch;
  private int row;
  private int from;
  private int to;
  private String[] texts = new String[16];
  private boolean peeked;
  private boolean hasRow;

  PipelinedSheet(XlsxSheet scanner, SheetPipe pipe, boolean ahead) {
    this.scanner = scanner;
    this.pipe = pipe;
    this.ahead = ahead;
  }

  @Override
  public String name() {
    return scanner.name();
  }

  @Override
  public String source() {
    return scanner.source();
  }

  @Override
  public boolean hasNext() {
    if (!peeked) {
      hasRow = advance();
      peeked = true;
    }
    return hasRow;
  }

  @Override
  public XlsxRow next() {
    if (!hasNext()) {
      throw new java.util.NoSuchElementException();
    }
    peeked = false;
    return row();
  }

  @Override
  public boolean advance() {
    try {
      if (batch != null) {
        if (++row < batch.rows) {
          at(row);
          return true;
        }
        RowBatch done = batch;
        batch = null;
        scanner.skipped(done.rows > 0 ? done.numbers[done.rows - 1] : scanner.number(), done.sheetEnded);
        if (done.sheetEnded) {
          pipe.drain();
          return false;
        }
      }
      while (ahead && scanner.drained() && pipe.atBlockEnd() && scanner.noArrayFormula()) {
        SheetPipe.Block next = pipe.peek();
        RowBatch rows = next == null ? null : SheetPipe.batch(next);
        if (rows == null) {
          break;
        }
        pipe.skip();
        if (rows.rows > 0) {
          batch = rows;
          row = 0;
          at(0);
          return true;
        }
        scanner.skipped(scanner.number(), rows.sheetEnded);
        if (rows.sheetEnded) {
          pipe.drain();
          return false;
        }
      }
      if (scanner.advance()) {
        return true;
      }
      pipe.drain();
      return false;
    } catch (RuntimeException e) {
      throw settle(e);
    }
  }

  /** {@return the zip check's refusal if the rest of the archive has one, else the fault} */
  @Override
  public RuntimeException settle(RuntimeException e) {
    try {
      pipe.drain();
    } catch (RuntimeException refusal) {
      return refusal;
    }
    return e;
  }

  private void at(int r) {
    from = batch.starts[r];
    to = batch.starts[r + 1];
    if (to - from > texts.length) {
      texts = new String[Math.max(to - from, texts.length * 2)];
    }
    for (int i = 0; i < to - from; i++) {
      texts[i] = null;
    }
  }

  @Override
  public XlsxRow row() {
    if (batch == null) {
      return scanner.row();
    }
    List<XlsxCell> cells = new ArrayList<>(to - from);
    for (int i = 0; i < to - from; i++) {
      int k = batch.kinds[from + i];
      cells.add(k == XlsxSheet.EMPTY ? XlsxCell.EMPTY : new XlsxCell(XlsxSheet.KINDS[k], text(i)));
    }
    return new XlsxRow(scanner.source(), scanner.name(), number(), cells);
  }

  @Override
  public int number() {
    return batch == null ? scanner.number() : batch.numbers[row];
  }

  @Override
  public int size() {
    return batch == null ? scanner.size() : to - from;
  }

  @Override
  public XlsxCell.Kind kind(int column) {
    return batch == null ? scanner.kind(column) : XlsxSheet.KINDS[batch.kinds[from + column]];
  }

  @Override
  public String text(int column) {
    if (batch == null) {
      return scanner.text(column);
    }
    String t = batch.texts[from + column];
    if (t != null) {
      return t;
    }
    t = texts[column];
    if (t == null) {
      t = digits.text(column, batch.bytes, batch.offsets[from + column], batch.lengths[from + column]);
      texts[column] = t;
    }
    return t;
  }

  @Override
  public long plainWhole(int column) {
    if (batch == null) {
      return scanner.plainWhole(column);
    }
    if (batch.texts[from + column] == null) {
      return XlsxSheet.Digits.whole(batch.bytes, batch.offsets[from + column], batch.lengths[from + column]);
    }
    return org.municipaldx.ingest.Fields.plainWhole(batch.texts[from + column]);
  }

  @Override
  public int ascii(int column, byte[] into) {
    if (batch == null) {
      return scanner.ascii(column, into);
    }
    if (batch.texts[from + column] == null) {
      int len = batch.lengths[from + column];
      if (len > into.length) {
        return -1;
      }
      System.arraycopy(batch.bytes, batch.offsets[from + column], into, 0, len);
      return len;
    }
    return SheetRows.super.ascii(column, into);
  }

  @Override
  public boolean isBlank() {
    if (batch == null) {
      return scanner.isBlank();
    }
    for (int i = from; i < to; i++) {
      int k = batch.kinds[i];
      if (k != XlsxSheet.EMPTY && !(k == XlsxSheet.TEXT && batch.texts[i].isBlank())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    try {
      pipe.close();
    } finally {
      scanner.close();
    }
  }
}
