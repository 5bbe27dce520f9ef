package org.municipaldx.iot.lpp;

import org.municipaldx.core.InputException;
import org.municipaldx.core.InputLocation;

/**
 * A network server's uplink message that cannot be read: the message names the JSON pointer of the
 * offending member and the rule it breaks. An {@link InputException} whose {@link #where()} has the pointer.
 */
public final class UplinkFormatException extends InputException {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #pointer()}. */
  private final String pointer;

  UplinkFormatException(String pointer, String detail, Throwable cause) {
    super("Uplink JSON at " + (pointer.isEmpty() ? "(root)" : pointer) + ": " + detail,
        InputLocation.unnamed().atPointer(pointer), detail, cause);
    this.pointer = pointer;
  }

  /** {@return the JSON pointer (RFC 6901) of the offending member, empty for the root} */
  public String pointer() {
    return pointer;
  }
}
