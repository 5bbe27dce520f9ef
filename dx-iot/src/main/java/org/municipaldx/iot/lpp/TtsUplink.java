package org.municipaldx.iot.lpp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import org.municipaldx.core.internal.Checks;

/**
 * An uplink message as The Things Stack (v3) delivers it to applications (webhook, MQTT
 * {@code .../up}): the members read are {@code end_device_ids.device_id},
 * {@code received_at} (RFC 3339), {@code uplink_message.f_port}, {@code uplink_message.f_cnt} and
 * {@code uplink_message.frm_payload} (Base64). Other members are ignored. An uplink without
 * {@code frm_payload} (e.g. a MAC-only frame on port 0) has an empty payload. An uplink without
 * {@code f_cnt} has frame counter 0: The Things Stack omits members whose value is 0, "" or false
 * (The Things Stack documentation, Integrations → Data Formats, note on empty fields).
 *
 * <p>Immutable and thread-safe: the payload is copied in and out.
 */
public final class TtsUplink {
  // one message per text: anything after the JSON value is an error, not silently ignored
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final String deviceId;
  private final Instant receivedAt;
  private final int fPort;
  private final byte[] payload;
  private final long fCnt;

  private TtsUplink(String deviceId, Instant receivedAt, int fPort, long fCnt, byte[] payload) {
    this.deviceId = deviceId;
    this.receivedAt = receivedAt;
    this.fPort = fPort;
    this.fCnt = fCnt;
    this.payload = payload;
  }

  /**
   * {@return the uplink, never null}
   *
   * @param deviceId  the device id, not blank
   * @param receivedAt  when the network server received it, not null
   * @param fPort  the LoRaWAN FPort (0 to 255), or empty
   * @param payload  the application payload, not null
   */
  public static TtsUplink of(String deviceId, Instant receivedAt, OptionalInt fPort, byte[] payload) {
    return of(deviceId, receivedAt, fPort, 0, payload);
  }

  /**
   * {@return the uplink, never null}
   *
   * @param deviceId  the device id, not blank
   * @param receivedAt  when the network server received it, not null
   * @param fPort  the LoRaWAN FPort (0 to 255), or empty
   * @param fCnt  the uplink frame counter, 0 to 2<sup>32</sup>−1 (LoRaWAN's 32-bit FCntUp)
   * @param payload  the application payload, not null
   */
  public static TtsUplink of(String deviceId, Instant receivedAt, OptionalInt fPort, long fCnt, byte[] payload) {
    Objects.requireNonNull(deviceId, "TtsUplink.deviceId: must not be null");
    Objects.requireNonNull(receivedAt, "TtsUplink.receivedAt: must not be null");
    Objects.requireNonNull(fPort, "TtsUplink.fPort: must not be null");
    Objects.requireNonNull(payload, "TtsUplink.payload: must not be null");
    if (deviceId.isBlank()) {
      throw Checks.invalid("TtsUplink", "deviceId", deviceId, "must not be blank");
    }
    int port = fPort.orElse(-1);
    if (fPort.isPresent() && (port < 0 || port > 255)) {
      throw Checks.invalid("TtsUplink", "fPort", port, "must be from 0 to 255");
    }
    if (fCnt < 0 || fCnt > MAX_FCNT) {
      throw Checks.invalid("TtsUplink", "fCnt", fCnt, "must be from 0 to " + MAX_FCNT);
    }
    return new TtsUplink(deviceId, receivedAt, port, fCnt, payload.clone());
  }

  /** The largest frame counter: LoRaWAN's FCntUp is a 32-bit counter (LoRaWAN L2 1.0.4, §4.3.1.5). */
  public static final long MAX_FCNT = 0xFFFF_FFFFL;

  /**
   * Reads an uplink message.
   *
   * @param json  the JSON text, not null
   * @return the uplink, never null
   * @throws UplinkFormatException naming the JSON pointer if the text is not JSON or a required
   *     member is missing or malformed
   */
  public static TtsUplink parse(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UplinkFormatException("", "not JSON: " + e.getOriginalMessage()
          + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : ""), e);
    }
    if (root == null || !root.isObject()) {
      throw new UplinkFormatException("", "must be a JSON object", null);
    }
    return from(root);
  }

  /**
   * Reads an uplink message from a parsed JSON object.
   *
   * @param root  the message object, not null
   * @return the uplink, never null
   * @throws UplinkFormatException naming the JSON pointer if a required member is missing or malformed
   */
  public static TtsUplink from(JsonNode root) {
    Objects.requireNonNull(root, "root");
    if (!root.isObject()) {
      throw new UplinkFormatException("", "must be a JSON object", null);
    }
    String deviceId = text(root, "/end_device_ids/device_id");
    String receivedAtText = text(root, "/received_at");
    Instant receivedAt;
    try {
      receivedAt = Instant.parse(receivedAtText);
    } catch (DateTimeParseException e) {
      throw new UplinkFormatException("/received_at", "not an RFC 3339 instant (was '" + receivedAtText + "')", e);
    }
    JsonNode up = root.get("uplink_message");
    if (up == null || !up.isObject()) {
      throw new UplinkFormatException("/uplink_message", "must be present and an object", null);
    }
    int port = -1;
    JsonNode portNode = up.get("f_port");
    if (portNode != null && !portNode.isNull()) {
      if (!portNode.canConvertToInt() || !portNode.isIntegralNumber() || portNode.intValue() < 0 || portNode.intValue() > 255) {
        throw new UplinkFormatException("/uplink_message/f_port", "must be an integer from 0 to 255 (was '" + portNode + "')", null);
      }
      port = portNode.intValue();
    }
    long fCnt = 0;
    JsonNode cntNode = up.get("f_cnt");
    if (cntNode != null && !cntNode.isNull()) {
      if (!cntNode.isIntegralNumber() || !cntNode.canConvertToLong() || cntNode.longValue() < 0
          || cntNode.longValue() > MAX_FCNT) {
        throw new UplinkFormatException("/uplink_message/f_cnt", "must be an integer from 0 to " + MAX_FCNT
            + " (was '" + cntNode + "')", null);
      }
      fCnt = cntNode.longValue();
    }
    byte[] payload = new byte[0];
    JsonNode frm = up.get("frm_payload");
    if (frm != null && !frm.isNull()) {
      if (!frm.isTextual()) {
        throw new UplinkFormatException("/uplink_message/frm_payload", "must be a Base64 string (was '" + frm + "')", null);
      }
      try {
        payload = CayenneLpp.fromBase64(frm.textValue());
      } catch (LppFormatException e) {
        throw new UplinkFormatException("/uplink_message/frm_payload", e.getMessage(), e);
      }
    }
    if (deviceId.isBlank()) {
      throw new UplinkFormatException("/end_device_ids/device_id", "must not be blank", null);
    }
    return new TtsUplink(deviceId, receivedAt, port, fCnt, payload);
  }

  private static String text(JsonNode root, String pointer) {
    JsonNode n = root.at(pointer);
    if (n.isMissingNode() || n.isNull()) {
      throw new UplinkFormatException(pointer, "is required", null);
    }
    if (!n.isTextual()) {
      throw new UplinkFormatException(pointer, "must be a string (was '" + n + "')", null);
    }
    return n.textValue();
  }

  /** {@return the network server's device id ({@code end_device_ids.device_id}), never null} */
  public String deviceId() {
    return deviceId;
  }

  /** {@return when the network server received the uplink, never null} */
  public Instant receivedAt() {
    return receivedAt;
  }

  /** {@return the FPort, if the message had one} */
  public OptionalInt fPort() {
    return fPort < 0 ? OptionalInt.empty() : OptionalInt.of(fPort);
  }

  /** {@return the uplink frame counter ({@code uplink_message.f_cnt}; 0 when the message omits it)} */
  public long fCnt() {
    return fCnt;
  }

  /** {@return the payload array itself, for this package's readers that do not modify it} */
  byte[] payloadView() {
    return payload;
  }

  /** {@return a copy of the application payload, never null} */
  public byte[] payload() {
    return payload.clone();
  }

  /**
   * Decodes the payload as Cayenne LPP, strictly.
   *
   * @return the records, never null
   * @throws LppFormatException if the payload cannot be decoded
   * @throws IllegalStateException if the uplink came on FPort 0, which carries LoRaWAN MAC commands,
   *     not application data (LoRaWAN L2 1.0.4 specification, §4.3.2 "Port field (FPort)")
   */
  public java.util.List<LppValue> decodeLpp() {
    if (fPort == 0) {
      throw new IllegalStateException("TtsUplink from '" + deviceId + "' at " + receivedAt
          + ": FPort 0 carries LoRaWAN MAC commands, not an application payload to decode as Cayenne LPP");
    }
    return CayenneLpp.decode(payload);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TtsUplink)) {
      return false;
    }
    TtsUplink u = (TtsUplink) o;
    return deviceId.equals(u.deviceId) && receivedAt.equals(u.receivedAt) && fPort == u.fPort && fCnt == u.fCnt
        && Arrays.equals(payload, u.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deviceId, receivedAt, fPort, fCnt) * 31 + Arrays.hashCode(payload);
  }

  @Override
  public String toString() {
    return "TtsUplink{" + deviceId + " at " + receivedAt + (fPort >= 0 ? " port " + fPort : "") + " fcnt " + fCnt
        + " payload " + CayenneLpp.toHex(payload) + "}";
  }
}
