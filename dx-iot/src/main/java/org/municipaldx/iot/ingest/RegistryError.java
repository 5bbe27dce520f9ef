package org.municipaldx.iot.ingest;

import java.util.Objects;

/**
 * One problem in a device registry file: where (line and column from 1 for CSV, JSON pointer and
 * line for JSON; 0 when not applicable), which field, and why. Immutable and thread-safe.
 *
 * @param line  the line, from 1, or 0 when unknown
 * @param column  the column, from 1, or 0 when the problem concerns the record
 * @param pointer  the JSON pointer (empty for CSV), not null
 * @param field  the field (header or member name; empty for the whole record), not null
 * @param message  what is wrong, not null
 */
public record RegistryError(long line, int column, String pointer, String field, String message) {
  /**
   * Checks the components.
   *
   * @param line  the line, from 1, or 0 when unknown
   * @param column  the column, from 1, or 0 when the problem concerns the record
   * @param pointer  the JSON pointer (empty for CSV), not null
   * @param field  the field (header or member name; empty for the whole record), not null
   * @param message  what is wrong, not null
   */
  public RegistryError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("RegistryError: line and column must not be negative (was '" + line + ":"
          + column + "')");
    }
  }

  @Override
  public String toString() {
    return (line > 0 ? "line " + line : "") + (column > 0 ? ", column " + column : "")
        + (pointer.isEmpty() ? "" : (line > 0 ? ", " : "") + "at " + pointer)
        + (field.isEmpty() ? "" : " (" + field + ")") + ": " + message;
  }
}
