package org.municipaldx.iot.lpp;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One uplink message that could not be used, with where it is and why: the source (file name or
 * MQTT topic), the line and the byte offset of the message's first byte in the source, the device
 * and received time when they could be read (also from a message that is not valid JSON), the JSON
 * pointer of the offending member, the byte offset inside the LoRaWAN payload, and the rule broken.
 * Immutable and thread-safe.
 *
 * @param source  the file name or topic, not null
 * @param line  the line in the source, from 1 (1 for a single message such as an MQTT message)
 * @param byteOffset  the byte offset of the message's first byte in the source, from 0
 * @param deviceId  the device, if it could be read
 * @param receivedAt  the received time, if it could be read
 * @param kind  what went wrong, not null
 * @param pointer  the JSON pointer of the offending member (empty for the whole message), not null
 * @param payloadOffset  the byte offset in the application payload, for {@link Kind#PAYLOAD}
 * @param message  what is wrong, not null
 */
public record UplinkProblem(String source, long line, long byteOffset, Optional<String> deviceId,
    Optional<Instant> receivedAt, Kind kind, String pointer, OptionalInt payloadOffset, String message) {

  /** What went wrong with a message. */
  public enum Kind {
    /** The line is not one JSON value. */
    NOT_JSON,
    /** The JSON is an uplink whose members are missing or malformed. */
    MALFORMED,
    /** The line is longer than the reader's limit. */
    TOO_LONG,
    /** The application payload is not Cayenne LPP. */
    PAYLOAD,
    /** The uplink came on FPort 0 (LoRaWAN MAC commands), which carries no readings. */
    MAC_PORT,
    /** The device is not in the registry. */
    UNKNOWN_DEVICE,
    /** A decoded value is not physically possible for its quantity, or not representable exactly. */
    IMPOSSIBLE_VALUE,
    /** A reading is earlier than its sensor's previous one; time-ordered input is required. */
    OUT_OF_ORDER
  }

  /**
   * Checks the components.
   *
   * @param source  the file name or topic, not null
   * @param line  the line in the source, from 1 (1 for a single message such as an MQTT message)
   * @param byteOffset  the byte offset of the message's first byte in the source, from 0
   * @param deviceId  the device, if it could be read
   * @param receivedAt  the received time, if it could be read
   * @param kind  what went wrong, not null
   * @param pointer  the JSON pointer of the offending member (empty for the whole message), not
   *     null
   * @param payloadOffset  the byte offset in the application payload, for {@link Kind#PAYLOAD}
   * @param message  what is wrong, not null
   */
  public UplinkProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(payloadOffset, "payloadOffset");
    Objects.requireNonNull(message, "message");
    if (line < 1 || byteOffset < 0) {
      throw new IllegalArgumentException("UplinkProblem: line must be ≥ 1 and byteOffset ≥ 0 (was '" + line + ":"
          + byteOffset + "')");
    }
  }

  /** {@return e.g. {@code up.jsonl line 7 (byte 3120), device dev1, received 2024-05-01T00:00:00Z: …}} */
  @Override
  public String toString() {
    return source + " line " + line + " (byte " + byteOffset + ")"
        + deviceId.map(d -> ", device " + d).orElse("")
        + receivedAt.map(t -> ", received " + t).orElse("")
        + (pointer.isEmpty() ? "" : ", at " + pointer)
        + (payloadOffset.isPresent() ? ", payload byte " + payloadOffset.getAsInt() : "")
        + ": " + message + " [" + kind + "]";
  }
}
