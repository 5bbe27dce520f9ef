package org.municipaldx.core.json;

/**
 * A JSON document that does not fit the model: says where (JSON pointer, line, column) and why.
 */
public final class DxJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;
  private final String reason;

  DxJsonException(String pointer, int line, int column, String reason, Throwable cause) {
    super("JSON " + pointer + " (line " + line + ", column " + column + "): " + reason, cause);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /** @return the JSON pointer of the offending value, {@code /} for the document */
  public String pointer() {
    return pointer;
  }

  /** @return the 1-based line, or −1 if unknown */
  public int line() {
    return line;
  }

  /** @return the 1-based column, or −1 if unknown */
  public int column() {
    return column;
  }

  /** @return why the value was rejected */
  public String reason() {
    return reason;
  }
}
