package org.municipaldx.ingest;

/**
 * A stream of records from office data: a CSV file ({@link CsvSource}) or a workbook sheet. Reads
 * forward once, in bounded memory (one record at a time).
 *
 * <p>Usage:
 * <pre>{@code
 * try (RecordSource src = CsvSource.open(path)) {
 *   while (src.next()) {
 *     Record r = src.record();   // valid until the next call of next()
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>A workbook reader implements this interface with {@link CellLocation}s, so that every reader
 * built on {@link TableReader} takes workbooks as it takes CSV. Not thread-safe.
 */
public interface RecordSource extends AutoCloseable {
  /** {@return what is read, e.g. the file name, as problems name it; never null} */
  String source();

  /**
   * Moves to the next record, blank ones included (a {@link TableReader} skips those).
   *
   * @return false at the end of the data
   * @throws IngestException if the data cannot be read further: a byte sequence invalid in the
   *     encoding (located by byte offset), a quote that is never closed, text after a closing
   *     quote; the problem says where
   * @throws java.io.UncheckedIOException if reading fails
   */
  boolean next();

  /**
   * {@return the current record, valid until the next call of {@link #next()}; never null}
   *
   * @throws IllegalStateException before the first or after the last record
   */
  Record record();

  /**
   * {@return where the data starts, for a problem with the whole source (such as "empty"): line 1
   * of a text file, the first cell of a sheet; never null}
   */
  default Location start() {
    return new TextLocation(source(), 1, 0, 0);
  }

  /**
   * Releases the file.
   *
   * @throws java.io.UncheckedIOException if closing fails
   */
  @Override
  void close();
}
