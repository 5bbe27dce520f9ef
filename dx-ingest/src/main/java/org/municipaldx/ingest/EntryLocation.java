package org.municipaldx.ingest;

import java.util.Objects;

/**
 * A place in an archive such as a workbook ({@code .xlsx} is a zip of XML parts): the entry and
 * the byte offset in the entry as it expands, for problems with the archive itself (a zip bomb, a
 * DTD) rather than with a cell. Immutable and thread-safe.
 *
 * @param source  what was read, e.g. a file name, not null
 * @param entry  the entry's name in the archive, e.g. {@code xl/worksheets/sheet1.xml}, or empty
 *     for the whole archive; not null
 * @param byteOffset  the offset in the expanded entry, or -1 when unknown or not applicable
 */
public record EntryLocation(String source, String entry, long byteOffset) implements Location {
  /**
   * Checks the components.
   *
   * @param source  what was read, e.g. a file name, not null
   * @param entry  the entry's name in the archive, or empty for the whole archive; not null
   * @param byteOffset  the offset in the expanded entry, or -1 when unknown or not applicable
   * @throws IllegalArgumentException if the offset is below -1, or given without an entry
   */
  public EntryLocation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(entry, "entry");
    if (byteOffset < -1 || entry.isEmpty() && byteOffset >= 0) {
      throw new IllegalArgumentException("EntryLocation: the byte offset must be ≥ -1 and needs an"
          + " entry (was '" + entry + "@" + byteOffset + "')");
    }
  }

  /** {@return e.g. {@code entry xl/worksheets/sheet1.xml, byte offset 38}, or {@code the archive}} */
  @Override
  public String place() {
    if (entry.isEmpty()) {
      return "the archive";
    }
    return "entry " + entry + (byteOffset >= 0 ? ", byte offset " + byteOffset : "");
  }

  /** {@return e.g. {@code book.xlsx entry xl/worksheets/sheet1.xml, byte offset 38}} */
  @Override
  public String toString() {
    return source + " " + place();
  }
}
