package org.municipaldx.core;

import java.util.Objects;

/**
 * Input was rejected: the one base type of every reader's and every model check's input error in the
 * library. It says where ({@link #where()}: file, line, column, byte offset, character index, JSON
 * pointer, sheet cell, field — as fields, never to be parsed out of the message) and why ({@link #why()}).
 * A reader that throws it has returned and applied nothing.
 *
 * <p>It is an {@link IllegalArgumentException}, so callers that catch that keep working. Its subtypes
 * add what their input has: {@code IngestException} every located problem of a file, {@code DxJsonException}
 * the JSON pointer, {@code LppFormatException} the payload's byte offset, {@link InvalidValueException} the
 * model type, field, value and rule. An exception that is not an {@code InputException} is not the
 * input's fault: the {@code dx} command reports it as an internal error (exit code 70).
 */
public class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #where()}. */
  private final InputLocation where;
  /** The value of {@link #why()}. */
  private final String why;

  /**
   * Creates an input error located where it happened.
   *
   * @param where  where the (first) error is, not null
   * @param why  what is wrong and which rule it breaks, not null
   * @param cause  the underlying failure, or null
   */
  public InputException(InputLocation where, String why, Throwable cause) {
    this(where + ": " + why, where, why, cause);
  }

  /**
   * For subtypes that word their own message.
   *
   * @param message  the message, not null
   * @param where  where the (first) error is, not null
   * @param why  what is wrong and which rule it breaks, not null
   * @param cause  the underlying failure, or null
   */
  protected InputException(String message, InputLocation where, String why, Throwable cause) {
    super(message);
    if (cause != null) {
      initCause(cause); // not super(message, null): a subtype may still set its cause with initCause
    }
    this.where = Objects.requireNonNull(where, "where");
    this.why = Objects.requireNonNull(why, "why");
  }

  /** {@return where the input is wrong (the first error's place when there are several); never null} */
  public InputLocation where() {
    return where;
  }

  /** {@return what is wrong and which rule it breaks (of the first error when there are several); never null} */
  public String why() {
    return why;
  }
}
