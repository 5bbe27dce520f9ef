package org.municipaldx.iot.lpp;

import java.util.OptionalInt;
import org.municipaldx.core.InputException;
import org.municipaldx.core.InputLocation;

/**
 * The one exception the Cayenne LPP decoder throws for malformed input: it says where (the byte
 * offset of the record that could not be decoded, or of the bad character in hex or Base64 text),
 * which type byte was involved (when one was read), why, and carries the whole payload as hex. An
 * {@link InputException}: {@link #where()} has the byte offset (for text, the character index).
 */
public final class LppFormatException extends InputException {
  private static final long serialVersionUID = 1L;

  /** Why a payload was rejected. */
  public enum Reason {
    /** The type byte names no type this decoder knows. */
    UNKNOWN_TYPE,
    /** The payload ends after a channel byte, before the type byte. */
    TRUNCATED_HEADER,
    /** The payload ends inside a record's data. */
    TRUNCATED_VALUE,
    /** Text given as hex or Base64 is not valid hex or Base64. */
    MALFORMED_TEXT
  }

  /** The value of {@link #reason()}. */
  private final Reason reason;
  /** The value of {@link #offset()}. */
  private final int offset;
  /** The value of {@link #typeByte()}. */
  private final int typeByte;
  /** The value of {@link #payloadHex()}. */
  private final String payloadHex;

  LppFormatException(Reason reason, int offset, int typeByte, String payloadHex, String detail) {
    super(message(reason, offset, typeByte, payloadHex, detail),
        reason == Reason.MALFORMED_TEXT ? InputLocation.unnamed().atCharIndex(offset) : InputLocation.unnamed().atByteOffset(offset),
        detail, null);
    this.reason = reason;
    this.offset = offset;
    this.typeByte = typeByte;
    this.payloadHex = payloadHex;
  }

  private static String message(Reason reason, int offset, int typeByte, String payloadHex, String detail) {
    return "Cayenne LPP payload rejected at " + (reason == Reason.MALFORMED_TEXT ? "character " : "byte offset ") + offset
        + (typeByte >= 0 ? String.format(" (type byte 0x%02X)", typeByte) : "")
        + ": " + detail + " [" + reason + "]; payload " + (payloadHex.isEmpty() ? "(empty)" : payloadHex);
  }

  /** {@return why the payload was rejected, never null} */
  public Reason reason() {
    return reason;
  }

  /**
   * {@return the byte offset of the channel byte of the record that could not be decoded; for
   * {@link Reason#MALFORMED_TEXT}, the index of the offending character}
   */
  public int offset() {
    return offset;
  }

  /** {@return the type byte (0 to 255) of the faulty record, if it was read} */
  public OptionalInt typeByte() {
    return typeByte >= 0 ? OptionalInt.of(typeByte) : OptionalInt.empty();
  }

  /** {@return the whole payload as upper-case hex (for text input, the text as given), never null} */
  public String payloadHex() {
    return payloadHex;
  }
}
