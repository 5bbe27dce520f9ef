package org.municipaldx.ingest.xlsx;

import java.util.Objects;

/**
 * One cell's value as text, with the kind of value Excel stored.
 *
 * <ul>
 *   <li>{@link Kind#TEXT}: a shared or inline string, or a formula's cached text, as stored;
 *   <li>{@link Kind#NUMBER}: a number in plain decimal notation, without exponent or trailing
 *       zeros ({@code 1303}, {@code 651.5}), exactly as stored (no rounding by a display format);
 *   <li>{@link Kind#DATE}: a number whose format shows a date or time, in ISO-8601
 *       ({@code 2024-03-31}, {@code 2024-03-31T09:30}, or {@code 09:30} for a time alone);
 *   <li>{@link Kind#BOOLEAN}: {@code TRUE} or {@code FALSE};
 *   <li>{@link Kind#EMPTY}: no value (the text is empty);
 *   <li>{@link Kind#ERROR}: an error value, the text its code ({@code #DIV/0!});
 *   <li>{@link Kind#UNCALCULATED}: a formula saved without a cached value (the text is empty).
 * </ul>
 * A formula is never evaluated: its cell has the kind and text of the value Excel cached.
 *
 * @param kind  the kind of value, not null
 * @param text  the value as text, not null
 */
record XlsxCell(Kind kind, String text) {
  static final XlsxCell EMPTY = new XlsxCell(Kind.EMPTY, "");

  /** The kinds of value a cell holds. */
  public enum Kind {
    /** A string. */
    TEXT,
    /** A number, not a date. */
    NUMBER,
    /** A number shown as a date or time. */
    DATE,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** No value. */
    EMPTY,
    /** An error value such as {@code #DIV/0!}. */
    ERROR,
    /** A formula without a cached value. */
    UNCALCULATED
  }

  /**
   * Checks the components.
   *
   * @param kind  the kind of value, not null
   * @param text  the value as text, not null
   */
  public XlsxCell {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** {@return whether the cell holds a value that can be read: not an error nor uncalculated} */
  public boolean isReadable() {
    return kind != Kind.ERROR && kind != Kind.UNCALCULATED;
  }

  /** {@return why the cell cannot be read, for a located problem; empty when it can} */
  public String problem() {
    return switch (kind) {
      case ERROR -> "the cell holds Excel's error value " + text + ", not a value";
      case UNCALCULATED -> "the formula has no cached value (the workbook was saved without"
          + " calculating it; open it in Excel and save it again); formulas are never evaluated here";
      default -> "";
    };
  }
}
