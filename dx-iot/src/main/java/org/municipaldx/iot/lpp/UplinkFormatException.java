package org.municipaldx.iot.lpp;

/**
 * A network server's uplink message that cannot be read: the message names the JSON pointer of the
 * offending member and the rule it breaks.
 */
public final class UplinkFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  UplinkFormatException(String pointer, String detail, Throwable cause) {
    super("Uplink JSON at " + (pointer.isEmpty() ? "(root)" : pointer) + ": " + detail, cause);
    this.pointer = pointer;
  }

  /** @return the JSON pointer (RFC 6901) of the offending member, empty for the root */
  public String pointer() {
    return pointer;
  }
}
