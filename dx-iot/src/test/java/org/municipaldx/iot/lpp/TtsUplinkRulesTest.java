package org.municipaldx.iot.lpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/** Every member rule of {@link TtsUplink}'s reader and factory, with the pointer and the message of each error. */
class TtsUplinkRulesTest {
  private static final Instant AT = Instant.parse("2023-02-14T01:30:00Z");

  /** A message with the given {@code uplink_message} members. */
  private static String message(String upMembers) {
    return "{\"end_device_ids\":{\"device_id\":\"hall-3f-01\"},\"received_at\":\"2023-02-14T01:30:00Z\","
        + "\"uplink_message\":{" + upMembers + "}}";
  }

  private static void rejected(String json, String pointer, String detail) {
    assertThatThrownBy(() -> TtsUplink.parse(json)).isInstanceOfSatisfying(UplinkFormatException.class, e -> {
      assertThat(e.pointer()).isEqualTo(pointer);
      assertThat(e.where().pointer()).hasValue(pointer);
      assertThat(e.why()).isEqualTo(detail);
      assertThat(e.getMessage()).isEqualTo("Uplink JSON at " + (pointer.isEmpty() ? "(root)" : pointer) + ": " + detail);
    });
  }

  private static void invalid(Runnable r, String field, String rule) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.type()).isEqualTo("TtsUplink");
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  @Test
  void theMessageIsOneJsonObject() {
    rejected("[1]", "", "must be a JSON object");
    rejected("null", "", "must be a JSON object");
    assertThatThrownBy(() -> TtsUplink.parse("{\"a\":")).isInstanceOfSatisfying(UplinkFormatException.class, e -> {
      assertThat(e.pointer()).isEmpty();
      assertThat(e.why()).startsWith("not JSON: ").contains(" at line 1, column ");
    });
    assertThatThrownBy(() -> TtsUplink.from(new ObjectMapper().createArrayNode()))
        .isInstanceOfSatisfying(UplinkFormatException.class, e -> assertThat(e.why()).isEqualTo("must be a JSON object"));
  }

  @Test
  void theDeviceIdAndTimeAreRequiredStrings() {
    rejected("{\"end_device_ids\":{\"device_id\":null},\"received_at\":\"2023-02-14T01:30:00Z\",\"uplink_message\":{}}",
        "/end_device_ids/device_id", "is required");
    rejected("{\"end_device_ids\":{\"device_id\":7},\"received_at\":\"2023-02-14T01:30:00Z\",\"uplink_message\":{}}",
        "/end_device_ids/device_id", "must be a string (was '7')");
    rejected("{\"end_device_ids\":{\"device_id\":\"d\"},\"received_at\":5,\"uplink_message\":{}}",
        "/received_at", "must be a string (was '5')");
    rejected("{\"end_device_ids\":{\"device_id\":\"d\"},\"received_at\":\"2023-02-14\",\"uplink_message\":{}}",
        "/received_at", "not an RFC 3339 instant (was '2023-02-14')");
    rejected("{\"end_device_ids\":{\"device_id\":\" \"},\"received_at\":\"2023-02-14T01:30:00Z\",\"uplink_message\":{}}",
        "/end_device_ids/device_id", "must not be blank");
  }

  @Test
  void theUplinkMessageIsARequiredObject() {
    rejected("{\"end_device_ids\":{\"device_id\":\"d\"},\"received_at\":\"2023-02-14T01:30:00Z\"}",
        "/uplink_message", "must be present and an object");
    rejected("{\"end_device_ids\":{\"device_id\":\"d\"},\"received_at\":\"2023-02-14T01:30:00Z\",\"uplink_message\":3}",
        "/uplink_message", "must be present and an object");
  }

  @Test
  void omittedMembersAreTheirZeroValues() {
    // The Things Stack omits members whose value is 0, "" or false
    TtsUplink u = TtsUplink.parse(message(""));
    assertThat(u.deviceId()).isEqualTo("hall-3f-01");
    assertThat(u.receivedAt()).isEqualTo(AT);
    assertThat(u.fPort()).isEmpty();
    assertThat(u.fCnt()).isZero();
    assertThat(u.payload()).isEmpty();
    TtsUplink nulls = TtsUplink.parse(message("\"f_port\":null,\"f_cnt\":null,\"frm_payload\":null"));
    assertThat(nulls).isEqualTo(u);
  }

  @Test
  void thePortIsAnIntegerFrom0To255() {
    assertThat(TtsUplink.parse(message("\"f_port\":0")).fPort()).hasValue(0);
    assertThat(TtsUplink.parse(message("\"f_port\":255")).fPort()).hasValue(255);
    for (String bad : new String[] {"-1", "256", "1.5", "\"1\"", "4294967297"}) {
      rejected(message("\"f_port\":" + bad), "/uplink_message/f_port",
          "must be an integer from 0 to 255 (was '" + bad + "')");
    }
  }

  @Test
  void theFrameCounterIsA32BitUnsignedInteger() {
    assertThat(TtsUplink.parse(message("\"f_cnt\":4294967295")).fCnt()).isEqualTo(4_294_967_295L);
    assertThat(TtsUplink.parse(message("\"f_cnt\":0")).fCnt()).isZero();
    for (String bad : new String[] {"-1", "4294967296", "2.0", "\"5\"", "18446744073709551616"}) {
      rejected(message("\"f_cnt\":" + bad), "/uplink_message/f_cnt",
          "must be an integer from 0 to 4294967295 (was '" + bad + "')");
    }
  }

  @Test
  void thePayloadIsABase64String() {
    assertThat(TtsUplink.parse(message("\"frm_payload\":\"AQID\"")).payload()).containsExactly(1, 2, 3);
    rejected(message("\"frm_payload\":5"), "/uplink_message/frm_payload", "must be a Base64 string (was '5')");
  }

  @Test
  void theFactoryChecksEachComponent() {
    byte[] p = {1};
    invalid(() -> TtsUplink.of(" ", AT, OptionalInt.empty(), p), "deviceId", "must not be blank");
    invalid(() -> TtsUplink.of("d", AT, OptionalInt.of(-1), p), "fPort", "must be from 0 to 255");
    invalid(() -> TtsUplink.of("d", AT, OptionalInt.of(256), p), "fPort", "must be from 0 to 255");
    invalid(() -> TtsUplink.of("d", AT, OptionalInt.empty(), -1, p), "fCnt", "must be from 0 to 4294967295");
    invalid(() -> TtsUplink.of("d", AT, OptionalInt.empty(), TtsUplink.MAX_FCNT + 1, p), "fCnt",
        "must be from 0 to 4294967295");
    TtsUplink edge = TtsUplink.of("d", AT, OptionalInt.of(255), TtsUplink.MAX_FCNT, p);
    assertThat(edge.fPort()).hasValue(255);
    assertThat(edge.fCnt()).isEqualTo(TtsUplink.MAX_FCNT);
    assertThat(TtsUplink.of("d", AT, OptionalInt.of(0), p).fPort()).hasValue(0);
    assertThat(TtsUplink.of("d", AT, OptionalInt.of(1), p).fCnt()).isZero();
    assertThatThrownBy(() -> TtsUplink.of(null, AT, OptionalInt.empty(), p))
        .hasMessage("TtsUplink.deviceId: must not be null");
    assertThatThrownBy(() -> TtsUplink.of("d", null, OptionalInt.empty(), p))
        .hasMessage("TtsUplink.receivedAt: must not be null");
    assertThatThrownBy(() -> TtsUplink.of("d", AT, null, p)).hasMessage("TtsUplink.fPort: must not be null");
    assertThatThrownBy(() -> TtsUplink.of("d", AT, OptionalInt.empty(), null))
        .hasMessage("TtsUplink.payload: must not be null");
  }

  @Test
  void thePayloadIsCopiedInAndOut() {
    byte[] p = {1, 2};
    TtsUplink u = TtsUplink.of("d", AT, OptionalInt.of(1), p);
    p[0] = 9;
    assertThat(u.payload()).containsExactly(1, 2);
    u.payload()[1] = 9;
    assertThat(u.payload()).containsExactly(1, 2);
    assertThat(u.payloadView()).containsExactly(1, 2);
  }

  @Test
  void theTextNamesDevicePortCounterAndPayload() {
    assertThat(TtsUplink.of("d", AT, OptionalInt.of(2), 7, new byte[] {0x0A, (byte) 0xFF}))
        .hasToString("TtsUplink{d at 2023-02-14T01:30:00Z port 2 fcnt 7 payload 0AFF}");
    assertThat(TtsUplink.of("d", AT, OptionalInt.of(0), new byte[0]))
        .hasToString("TtsUplink{d at 2023-02-14T01:30:00Z port 0 fcnt 0 payload }");
    assertThat(TtsUplink.of("d", AT, OptionalInt.empty(), new byte[0]))
        .hasToString("TtsUplink{d at 2023-02-14T01:30:00Z fcnt 0 payload }");
  }

  @Test
  void equalUplinksAgreeOnEveryComponent() {
    byte[] p = {1};
    TtsUplink a = TtsUplink.of("d", AT, OptionalInt.of(1), 5, p);
    assertThat(a).isEqualTo(TtsUplink.of("d", AT, OptionalInt.of(1), 5, p)).isNotEqualTo("d").isNotEqualTo(null);
    assertThat(a).isNotEqualTo(TtsUplink.of("e", AT, OptionalInt.of(1), 5, p));
    assertThat(a).isNotEqualTo(TtsUplink.of("d", AT.plusSeconds(1), OptionalInt.of(1), 5, p));
    assertThat(a).isNotEqualTo(TtsUplink.of("d", AT, OptionalInt.of(2), 5, p));
    assertThat(a).isNotEqualTo(TtsUplink.of("d", AT, OptionalInt.empty(), 5, p));
    assertThat(a).isNotEqualTo(TtsUplink.of("d", AT, OptionalInt.of(1), 6, p));
    assertThat(a.hashCode()).isNotEqualTo(TtsUplink.of("d", AT, OptionalInt.of(1), 5, new byte[] {2}).hashCode());
  }
}
