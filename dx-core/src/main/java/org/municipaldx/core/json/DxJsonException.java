package org.municipaldx.core.json;

import java.util.Optional;
import org.municipaldx.core.InputException;
import org.municipaldx.core.InputLocation;
import org.municipaldx.core.InvalidValueException;

/**
 * A JSON document that does not fit the model: says where (JSON pointer, line, column) and why. An
 * {@link InputException} whose {@link #where()} has the pointer, line and column; when a model check
 * rejected a value, {@link #invalidValue()} has its type, field, value and rule.
 */
public final class DxJsonException extends InputException {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #pointer()}. */
  private final String pointer;
  /** The value of {@link #line()}. */
  private final int line;
  /** The value of {@link #column()}. */
  private final int column;
  /** The value of {@link #reason()}. */
  private final String reason;

  DxJsonException(String pointer, int line, int column, String reason, Throwable cause) {
    super("JSON " + pointer + " (line " + line + ", column " + column + "): " + reason, where(pointer, line, column),
        reason, cause);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  private static InputLocation where(String pointer, int line, int column) {
    InputLocation at = InputLocation.unnamed().atPointer(pointer);
    at = line > 0 ? at.atLine(line) : at;
    return column > 0 ? at.atColumn(column) : at;
  }

  /** {@return the model check that rejected the value at {@link #pointer()}, if one did} */
  public Optional<InvalidValueException> invalidValue() {
    for (Throwable t = getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof InvalidValueException) {
        return Optional.of((InvalidValueException) t);
      }
    }
    return Optional.empty();
  }

  /** {@return the JSON pointer of the offending value, {@code /} for the document} */
  public String pointer() {
    return pointer;
  }

  /** {@return the 1-based line, or −1 if unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column, or −1 if unknown} */
  public int column() {
    return column;
  }

  /** {@return why the value was rejected} */
  public String reason() {
    return reason;
  }
}
