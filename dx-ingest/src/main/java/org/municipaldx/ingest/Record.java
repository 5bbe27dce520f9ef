package org.municipaldx.ingest;

/**
 * One record of a {@link RecordSource}: its fields in order, each with its {@link Location}.
 *
 * <p>A source may hand out the same record object for every record and change it on
 * {@link RecordSource#next()} (so that reading a file allocates no object per record): a record is
 * valid until the next call of {@code next()}. Take the values you keep with {@link #get(int)}.
 */
public interface Record {
  /** {@return the number of fields, ≥ 1 for a record of a text file} */
  int size();

  /**
   * {@return the field's text as written (CSV quotes removed, nothing else changed), never null}
   *
   * @param field  the field, from 0
   * @throws IndexOutOfBoundsException if the field is out of range
   */
  String get(int field);

  /**
   * {@return where the field is, never null; a text location's column is {@code field + 1}}
   *
   * @param field  the field, from 0
   * @throws IndexOutOfBoundsException if the field is out of range
   */
  Location location(int field);

  /** {@return where the record starts (column 0 for a text file), never null} */
  Location location();

  /** {@return whether every field is empty or white space (Excel's {@code ,,,} or an empty line)} */
  default boolean isBlank() {
    for (int i = 0; i < size(); i++) {
      if (!get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The field as a plain whole number, without making a String where the source allows it: ASCII
   * digits only, 1 to 18 of them.
   *
   * @param field  the field, from 0
   * @return the number, or -1 if the field is anything else (empty, signs, commas, full-width
   *     digits, spaces: read those with {@link #get(int)})
   */
  default long plainWhole(int field) {
    return Fields.plainWhole(get(field));
  }

  /**
   * The field's text as ASCII bytes copied into {@code into}, without making a String where the
   * source allows it (a CSV field that is plain ASCII): for parsing times and decimals from the
   * bytes. Nothing is changed: a field protected against formula injection ({@code '-3}) is given
   * as written.
   *
   * @param field  the field, from 0
   * @param into  where the bytes go, not null
   * @return the field's length in bytes, or -1 if it has a character outside ASCII or is longer
   *     than {@code into} (read those with {@link #get(int)}); {@code into} is then unspecified
   * @throws IndexOutOfBoundsException if the field is out of range
   */
  default int ascii(int field, byte[] into) {
    return Fields.ascii(get(field), into);
  }
}
