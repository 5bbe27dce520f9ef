package org.municipaldx.ingest;

import java.util.Objects;
import org.municipaldx.core.InvalidValueException;

/**
 * The current data row of a {@link TableReader}, its fields taken by column. The same object for
 * every row: valid until the reader's next call of {@code next()}. Not thread-safe.
 *
 * @param <K>  the key type of the columns
 */
public final class Row<K> {
  private final TableReader<K> reader;

  Row(TableReader<K> reader) {
    this.reader = reader;
  }

  /** {@return the header of the table, never null} */
  public Header<K> header() {
    return reader.currentHeader();
  }

  /** {@return the underlying record, never null} */
  public Record record() {
    return reader.record();
  }

  /**
   * {@return whether the header has the column} An optional column the file lacks is not an error.
   *
   * @param column  the column's key, not null
   */
  public boolean has(K column) {
    return reader.currentHeader().has(column);
  }

  /**
   * {@return the field's text, formula-injection protection removed
   * ({@link ExcelCsvWriter#unescape}), otherwise as written; never null}
   *
   * @param column  a column the header has, not null
   * @throws IllegalArgumentException if the header does not have the column
   */
  public String get(K column) {
    return ExcelCsvWriter.unescape(reader.record().get(index(column)));
  }

  /**
   * {@return the field as a plain whole number ({@link Record#plainWhole(int)}), or -1}
   *
   * @param column  a column the header has, not null
   */
  public long plainWhole(K column) {
    return reader.record().plainWhole(index(column));
  }

  /**
   * {@return the field index of the column, from 0}
   *
   * @param column  a column the header has, not null
   * @throws IllegalArgumentException if the header does not have the column
   */
  public int index(K column) {
    int i = reader.currentHeader().index(Objects.requireNonNull(column, "column"));
    if (i < 0) {
      throw new InvalidValueException("Row", "column", column, "not in the header");
    }
    return i;
  }

  /**
   * {@return where the field is, never null}
   *
   * @param column  a column the header has, not null
   */
  public Location location(K column) {
    return reader.record().location(index(column));
  }

  /** {@return where the row starts, never null} */
  public Location location() {
    return reader.record().location();
  }

  /**
   * Records a problem with a field: located at the field, named by its header.
   *
   * @param column  a column the header has, not null
   * @param reason  what is wrong, not null
   */
  public void problem(K column, String reason) {
    int i = index(column);
    reader.problem(Problem.of(reader.record().location(i), reader.currentHeader().name(i), reason));
  }

  /**
   * Records a problem with the whole row.
   *
   * @param reason  what is wrong, not null
   */
  public void problem(String reason) {
    reader.problem(Problem.of(reader.record().location(), reason));
  }
}
