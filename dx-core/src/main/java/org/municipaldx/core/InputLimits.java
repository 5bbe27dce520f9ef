package org.municipaldx.core;

/**
 * The limits that protect every reader of outside input, set once here and used by each parser that
 * reads the same input: the JSON mappers of {@link org.municipaldx.core.json.DxJson} (Jackson's
 * {@code StreamReadConstraints}), the JSON Schema validator a dataset is checked with, the notation
 * reader and audit, and the number parsers ({@code Rational}, {@code Figures}, {@code Coordinates},
 * {@code RoundingPolicy}).
 *
 * <p>Input over a limit is an input error located like any other (line and column, JSON pointer or
 * character offset), never an {@link OutOfMemoryError} or a parser's internal exception. With these
 * limits every reader works in time linear in the size of its input: a number is at most
 * {@link #MAX_NUMBER_LENGTH} characters, so converting it costs a bounded time, and nothing is
 * nested deeper than {@link #MAX_NESTING_DEPTH}.
 *
 * <p>The values are generous for the model (its deepest document nests 7 levels; its largest figure,
 * a {@code long} of minutes, has 19 digits) and far below what would exhaust a JVM.
 */
public final class InputLimits {
  /** The deepest a JSON document may nest arrays and objects: 100. */
  public static final int MAX_NESTING_DEPTH = 100;

  /**
   * The most characters of one number (sign, digits, decimal point, exponent; thousands separators
   * not counted) in JSON, a notation text, or a number parser's input: 100.
   */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The most characters (bytes, for a byte stream) of one JSON document: 16 MiB (16,777,216). */
  public static final int MAX_DOCUMENT_LENGTH = 16 * 1024 * 1024;

  /** The most characters of one JSON string value: {@link #MAX_DOCUMENT_LENGTH}. */
  public static final int MAX_STRING_LENGTH = MAX_DOCUMENT_LENGTH;

  /** The most characters of one text given to the notation audit or the formula parser: 16 MiB (16,777,216). */
  public static final int MAX_TEXT_LENGTH = 16 * 1024 * 1024;

  private InputLimits() {}
}
