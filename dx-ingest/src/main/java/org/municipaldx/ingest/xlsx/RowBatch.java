package org.municipaldx.ingest.xlsx;

import java.util.Arrays;

/**
 * The rows of one block of a sheet part, parsed ahead by a worker ({@link SheetPipe}): per cell its
 * kind, and its text or, for a plain whole number, where its digits are in the block's bytes.
 */
final class RowBatch {
  final byte[] bytes;
  int rows;
  int[] numbers = new int[256];
  /** Row i's cells are from {@code starts[i]} to {@code starts[i + 1]}. */
  int[] starts = new int[257];
  byte[] kinds = new byte[2048];
  String[] texts = new String[2048];
  int[] offsets = new int[2048];
  int[] lengths = new int[2048];
  /** Whether the block ended the sheet ({@code </sheetData>}). */
  boolean sheetEnded;

  private RowBatch(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * {@return the block's rows, or null when they must be read by the whole sheet's scanner}
   *
   * @param sheet  the block as a fragment ({@link XlsxSheet#fragment})
   * @param bytes  the block's bytes
   */
  static RowBatch of(XlsxSheet sheet, byte[] bytes) {
    RowBatch batch = new RowBatch(bytes);
    int cells = 0;
    while (sheet.advance()) {
      int n = sheet.size();
      int r = batch.rows;
      if (r + 2 > batch.numbers.length) {
        batch.numbers = Arrays.copyOf(batch.numbers, r * 2 + 2);
        batch.starts = Arrays.copyOf(batch.starts, r * 2 + 3);
      }
      if (cells + n > batch.kinds.length) {
        int size = Math.max(cells + n, batch.kinds.length * 2);
        batch.kinds = Arrays.copyOf(batch.kinds, size);
        batch.texts = Arrays.copyOf(batch.texts, size);
        batch.offsets = Arrays.copyOf(batch.offsets, size);
        batch.lengths = Arrays.copyOf(batch.lengths, size);
      }
      batch.numbers[r] = sheet.number();
      for (int c = 0; c < n; c++) {
        batch.kinds[cells] = (byte) sheet.kindCode(c);
        String t = sheet.rawText(c);
        batch.texts[cells] = t;
        if (t == null) {
          batch.offsets[cells] = sheet.offset(c);
          batch.lengths[cells] = sheet.length(c);
        }
        cells++;
      }
      batch.rows = r + 1;
      batch.starts[r + 1] = cells;
    }
    batch.sheetEnded = sheet.sheetEnded();
    return batch;
  }
}
