package org.municipaldx.iot.lpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;

class TtsUplinkTest {

  /** The shape of a The Things Stack v3 uplink message (trimmed): temperature, humidity, CO2. */
  private static final String UPLINK = """
      {
        "end_device_ids": {
          "device_id": "hall-3f-01",
          "application_ids": {"application_id": "city-hall-env"},
          "dev_eui": "70B3D57ED0000001"
        },
        "correlation_ids": ["as:up:01H0"],
        "received_at": "2023-02-14T01:30:00.123456789Z",
        "uplink_message": {
          "f_port": 1,
          "f_cnt": 42,
          "frm_payload": "%s",
          "rx_metadata": [{"gateway_ids": {"gateway_id": "gw-1"}, "rssi": -90}],
          "received_at": "2023-02-14T01:29:59.900Z"
        }
      }
      """;

  private static String uplink(byte[] payload) {
    return UPLINK.formatted(java.util.Base64.getEncoder().encodeToString(payload));
  }

  @Test
  void readsTheThingsStackUplinkIntoReadings() {
    // 01 67 00 D2 = 21.0 °C, 02 68 5B = 45.5 %, 03 7D 03 20 = 800 ppm
    byte[] payload = CayenneLpp.fromHex("016700D2 02685B 037D0320");
    TtsUplink up = TtsUplink.parse(uplink(payload));
    assertThat(up.deviceId()).isEqualTo("hall-3f-01");
    assertThat(up.receivedAt()).isEqualTo(Instant.parse("2023-02-14T01:30:00.123456789Z"));
    assertThat(up.fPort()).hasValue(1);
    assertThat(up.payload()).isEqualTo(payload);

    List<Reading> readings = LppReadings.byType().toReadings(up);
    assertThat(readings).extracting(Reading::quantity)
        .containsExactly(Quantity.AIR_TEMPERATURE, Quantity.RELATIVE_HUMIDITY, Quantity.CO2);
    assertThat(readings).extracting(Reading::value)
        .containsExactly(new BigDecimal("21.0"), new BigDecimal("45.5"), new BigDecimal("800"));
    assertThat(readings).allSatisfy(r -> {
      assertThat(r.sensorId()).isEqualTo("hall-3f-01");
      assertThat(r.observedAt()).isEqualTo(up.receivedAt());
    });
  }

  @Test
  void channelMappingOverridesTypeDefaultAndUnmappedAreListed() {
    List<LppValue> values = CayenneLpp.decodeHex("047D0005 050001");
    LppReadings mapping = LppReadings.byType().withChannel(4, Quantity.CO);
    List<Reading> readings = mapping.toReadings("s1", Instant.EPOCH, values);
    assertThat(readings).singleElement().satisfies(r -> {
      assertThat(r.quantity()).isEqualTo(Quantity.CO);
      assertThat(r.value()).isEqualByComparingTo("5");
    });
    assertThat(mapping.unmapped(values)).containsExactly(LppValue.of(5, LppType.DIGITAL_INPUT, BigDecimal.ONE));
  }

  @Test
  void aMappedChannelCarryingAThreeValueRecordIsStillListedAsUnmapped() {
    // channel 1 is mapped to CO, but its record is a GPS position (three values): not a reading
    List<LppValue> values = CayenneLpp.decodeHex("0188 06765F F2960A 0003E8");
    LppReadings mapping = LppReadings.byType().withChannel(1, Quantity.CO);
    assertThat(mapping.toReadings("s1", Instant.EPOCH, values)).isEmpty();
    assertThat(mapping.unmapped(values)).containsExactlyElementsOf(values);
  }

  @Test
  void impossibleHumidityRejectsTheConversion() {
    List<LppValue> values = CayenneLpp.decodeHex("0268FF");
    assertThatThrownBy(() -> LppReadings.byType().toReadings("s1", Instant.EPOCH, values))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel 2").hasMessageContaining("127.5");
  }

  @Test
  void missingMembersNameTheirPointer() {
    assertThatThrownBy(() -> TtsUplink.parse("{\"received_at\":\"2023-02-14T01:30:00Z\",\"uplink_message\":{}}"))
        .isInstanceOfSatisfying(UplinkFormatException.class,
            e -> assertThat(e.pointer()).isEqualTo("/end_device_ids/device_id"));
    assertThatThrownBy(() -> TtsUplink.parse(uplink(new byte[0]).replace("2023-02-14T01:30:00.123456789Z", "yesterday")))
        .isInstanceOfSatisfying(UplinkFormatException.class, e -> assertThat(e.pointer()).isEqualTo("/received_at"));
    assertThatThrownBy(() -> TtsUplink.parse(UPLINK.formatted("A2c*")))
        .isInstanceOfSatisfying(UplinkFormatException.class,
            e -> assertThat(e.pointer()).isEqualTo("/uplink_message/frm_payload"));
    assertThatThrownBy(() -> TtsUplink.parse(uplink(new byte[0]).replace("\"f_port\": 1", "\"f_port\": 300")))
        .isInstanceOfSatisfying(UplinkFormatException.class,
            e -> assertThat(e.pointer()).isEqualTo("/uplink_message/f_port"));
    assertThatThrownBy(() -> TtsUplink.parse("[1,2"))
        .isInstanceOf(UplinkFormatException.class).hasMessageContaining("not JSON");
  }

  @Test
  void textAfterTheMessageIsNotJson() {
    // a second object or stray text after the uplink is not one JSON message and must not be ignored
    assertThatThrownBy(() -> TtsUplink.parse(uplink(new byte[0]) + "{\"received_at\": \"2023-02-15T00:00:00Z\"}"))
        .isInstanceOf(UplinkFormatException.class).hasMessageContaining("not JSON");
    assertThatThrownBy(() -> TtsUplink.parse(uplink(new byte[0]) + " garbage"))
        .isInstanceOf(UplinkFormatException.class).hasMessageContaining("not JSON");
  }

  @Test
  void anUplinkOnPortZeroCarriesMacCommandsAndIsNotDecodedAsLpp() {
    // LoRaWAN L2 1.0.4 §4.3.2: FPort 0 is reserved for MAC commands
    byte[] lpp = {0x03, 0x67, 0x01, 0x10};
    TtsUplink mac = TtsUplink.parse(uplink(lpp).replace("\"f_port\": 1", "\"f_port\": 0"));
    assertThat(mac.fPort()).hasValue(0);
    assertThatThrownBy(mac::decodeLpp).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FPort 0").hasMessageContaining("hall-3f-01");
    assertThat(TtsUplink.parse(uplink(lpp)).decodeLpp()).hasSize(1);
  }

  @Test
  void undecodablePayloadIsTheLppException() {
    TtsUplink up = TtsUplink.parse(uplink(CayenneLpp.fromHex("0367 01")));
    assertThatThrownBy(() -> LppReadings.byType().toReadings(up))
        .isInstanceOfSatisfying(LppFormatException.class, e -> assertThat(e.offset()).isZero());
  }

  @Test
  void lenientConversionKeepsReadingsBeforeTheFaultAndTheFault() {
    // 01 67 00 D2 = 21.0 °C, then channel 2 with unknown type 0xEE at offset 4
    LppReadingsResult r = LppReadings.byType().toReadingsLenient("s1", Instant.EPOCH,
        CayenneLpp.fromHex("016700D2 02EE5B"));
    assertThat(r.isComplete()).isFalse();
    assertThat(r.readings()).singleElement().extracting(Reading::value).isEqualTo(new BigDecimal("21.0"));
    assertThat(r.fault()).get().satisfies(e -> {
      assertThat(e.offset()).isEqualTo(4);
      assertThat(e.typeByte()).hasValue(0xEE);
    });
  }

  @Test
  void uplinkForAKnownSensorUsesItsIdAndChecksTheDevice() {
    org.municipaldx.iot.Sensor s = org.municipaldx.iot.Sensor.builder().id("hall-3f-co2")
        .kind(org.municipaldx.iot.SensorKind.CO2_METER).addQuantities(Quantity.CO2)
        .network(org.municipaldx.iot.Network.LORAWAN).location(org.municipaldx.iot.Location.of("本庁舎"))
        .owner(org.municipaldx.core.MunicipalityCode.parse("07203")).reportingInterval(java.time.Duration.ofMinutes(10))
        .deviceId("hall-3f-01").build();
    TtsUplink up = TtsUplink.parse(uplink(CayenneLpp.fromHex("037D0320")));
    assertThat(LppReadings.byType().toReadings(up, s)).singleElement()
        .satisfies(r -> assertThat(r.sensorId()).isEqualTo("hall-3f-co2"));
    TtsUplink other = TtsUplink.parse(uplink(new byte[0]).replace("hall-3f-01", "hall-4f-01"));
    assertThatThrownBy(() -> LppReadings.byType().toReadings(other, s))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hall-4f-01");
  }

  @Test
  void equalityIncludesThePayload() {
    TtsUplink a = TtsUplink.of("d", Instant.EPOCH, java.util.OptionalInt.of(1), new byte[] {1, 2});
    TtsUplink b = TtsUplink.of("d", Instant.EPOCH, java.util.OptionalInt.of(1), new byte[] {1, 2});
    TtsUplink c = TtsUplink.of("d", Instant.EPOCH, java.util.OptionalInt.of(1), new byte[] {1, 3});
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
  }
}
