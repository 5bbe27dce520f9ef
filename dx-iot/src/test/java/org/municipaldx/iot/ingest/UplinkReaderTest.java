package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.lpp.LppFormatException;
import org.municipaldx.iot.lpp.TtsUplink;
import org.municipaldx.iot.lpp.UplinkProblem;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.lpp.UplinkReader;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

class UplinkReaderTest {

  /**
   * The uplink message example of The Things Stack documentation (Integrations → Data Formats,
   * "Uplink message example", lorawan-stack-docs doc/content/integrations/data-formats/_index.md),
   * trimmed to the members this library reads plus one gateway, on one line as a webhook body or
   * MQTT message arrives. Its payload {@code gkHe} (82 41 DE) is the documentation's placeholder,
   * not Cayenne LPP: type byte 0x41 is no LPP type.
   */
  static final String TTS_DOC_EXAMPLE = "{\"end_device_ids\":{\"device_id\":\"dev1\",\"application_ids\":"
      + "{\"application_id\":\"app1\"},\"dev_eui\":\"0004A30B001C0530\",\"join_eui\":\"800000000000000C\","
      + "\"dev_addr\":\"00BCB929\"},\"received_at\":\"2020-02-12T15:15:46.014773143Z\",\"uplink_message\":"
      + "{\"session_key_id\":\"AXA50tHUGUucuzS/bCGMNw==\",\"f_cnt\":1,\"frm_payload\":\"gkHe\",\"decoded_payload\":"
      + "{\"temperature\":1.0,\"luminosity\":0.64},\"rx_metadata\":[{\"gateway_ids\":{\"gateway_id\":\"gtw1\","
      + "\"eui\":\"9C5C8E00001A05C4\"},\"time\":\"2020-02-12T15:15:45.787Z\",\"rssi\":-35,\"snr\":5}],"
      + "\"received_at\":\"2020-02-12T15:15:45.789585559Z\"}}";

  @Test
  void theDocumentationExampleIsReadAndItsPayloadIsListedWithDeviceTimeAndOffset() throws Exception {
    UplinkProblems problems = UplinkProblems.create();
    List<TtsUplink> got = new ArrayList<>();
    UplinkReader.Result r = UplinkReader.create().read(new ByteArrayInputStream(
        (TTS_DOC_EXAMPLE + "\n").getBytes(StandardCharsets.UTF_8)), "webhook.jsonl", problems, (u, l, o) -> got.add(u));
    assertThat(r.uplinks()).isEqualTo(1);
    TtsUplink up = got.get(0);
    assertThat(up.deviceId()).isEqualTo("dev1");
    assertThat(up.receivedAt()).isEqualTo(Instant.parse("2020-02-12T15:15:46.014773143Z"));
    assertThat(up.fCnt()).isEqualTo(1);
    assertThat(up.fPort()).isEmpty();
    assertThat(up.payload()).containsExactly(0x82, 0x41, 0xDE);

    DeviceRegistry registry = DeviceRegistry.readCsv("device,building\ndev1,本庁舎\n".getBytes(StandardCharsets.UTF_8),
        "r.csv");
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.MONTH,
        java.time.ZoneId.of("Asia/Tokyo"));
    UplinkIngest ingest = UplinkIngest.create(registry, acc, problems);
    assertThat(ingest.accept(up, "webhook.jsonl", 1, 0)).isFalse();
    assertThat(problems.kept()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(UplinkProblem.Kind.PAYLOAD);
      assertThat(p.deviceId()).hasValue("dev1");
      assertThat(p.receivedAt()).hasValue(Instant.parse("2020-02-12T15:15:46.014773143Z"));
      assertThat(p.payloadOffset()).hasValue(0);
      assertThat(p.message()).contains("0x41").contains(LppFormatException.Reason.UNKNOWN_TYPE.name());
    });
    assertThat(acc.finish().readings()).isZero();
  }

  @Test
  void aBrokenMessageInTheMiddleIsListedWithItsByteOffsetAndTheRestIsRead() throws Exception {
    String good1 = "{\"end_device_ids\":{\"device_id\":\"a\"},\"received_at\":\"2024-06-01T00:00:00Z\","
        + "\"uplink_message\":{\"f_port\":1,\"f_cnt\":1,\"frm_payload\":\"AWcA0g==\"}}";
    String broken = "{\"end_device_ids\":{\"device_id\":\"a\"},\"received_at\":\"2024-06-01T00:10:00Z\","
        + "\"uplink_message\":{\"f_port\":1,\"f_cnt\":2,\"frm_payload\":";
    String badMember = "{\"end_device_ids\":{\"device_id\":\"a\"},\"received_at\":\"yesterday\","
        + "\"uplink_message\":{\"f_port\":1,\"f_cnt\":3}}";
    String join = "{\"end_device_ids\":{\"device_id\":\"a\"},\"received_at\":\"2024-06-01T00:15:00Z\","
        + "\"join_accept\":{\"session_key_id\":\"x\"}}";
    String good2 = "{\"result\":" + good1.replace("00:00:00", "00:20:00").replace("\"f_cnt\":1", "\"f_cnt\":4") + "}";
    String text = good1 + "\n\n" + broken + "\n" + badMember + "\n" + join + "\n" + good2;
    UplinkProblems problems = UplinkProblems.create();
    List<Long> lines = new ArrayList<>();
    UplinkReader.Result r = UplinkReader.create().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "up.jsonl", problems, (u, l, o) -> lines.add(l));
    assertThat(lines).containsExactly(1L, 6L);
    assertThat(r.lines()).isEqualTo(5);
    assertThat(r.otherMessages()).isEqualTo(1);
    assertThat(r.problems()).isEqualTo(2);
    assertThat(problems.kept()).hasSize(2);
    UplinkProblem p = problems.kept().get(0);
    assertThat(p.kind()).isEqualTo(UplinkProblem.Kind.NOT_JSON);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.byteOffset()).isEqualTo(good1.length() + 2);
    assertThat(p.deviceId()).hasValue("a");
    assertThat(p.receivedAt()).hasValue(Instant.parse("2024-06-01T00:10:00Z"));
    UplinkProblem q = problems.kept().get(1);
    assertThat(q.kind()).isEqualTo(UplinkProblem.Kind.MALFORMED);
    assertThat(q.pointer()).isEqualTo("/received_at");
    assertThat(q.line()).isEqualTo(4);
    assertThat(q.byteOffset()).isEqualTo(good1.length() + 2 + broken.length() + 1);
    assertThat(r.bytes()).isEqualTo(text.length());
  }

  @Test
  void anMqttMessageIsReadAlone() {
    UplinkProblems problems = UplinkProblems.create();
    Optional<TtsUplink> up = UplinkReader.create().readOne(TTS_DOC_EXAMPLE.getBytes(StandardCharsets.UTF_8),
        "v3/app1@ttn/devices/dev1/up", problems);
    assertThat(up).hasValueSatisfying(u -> assertThat(u.deviceId()).isEqualTo("dev1"));
    assertThat(UplinkReader.create().readOne("{".getBytes(StandardCharsets.UTF_8), "t", problems)).isEmpty();
    assertThat(problems.kept()).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo("t"));
  }

  @Test
  void registryCsvErrorsAreAllListedWithLineAndColumn() {
    String csv = "デバイス,センサー,建物,階,部屋,送信間隔（分）,チャンネル,項目\n"
        + "d1,s1,本庁舎,1F,窓口,10,1,温度\n"
        + "d1,s1,本庁舎,1F,窓口,10,2,湿度\n"
        + "d2,s2,本庁舎,2F,会議室,ten,3,co2\n"
        + "d3,s3,,2F,会議室,10,300,smell\n";
    assertThatThrownBy(() -> DeviceRegistry.readCsv(csv.getBytes(StandardCharsets.UTF_8), "r.csv"))
        .isInstanceOfSatisfying(RegistryFormatException.class, e -> {
          assertThat(e.errors()).extracting(RegistryError::line).containsExactly(4L, 5L, 5L, 5L);
          assertThat(e.errors().get(0).column()).isEqualTo(6);
          assertThat(e.errors().get(1).field()).isEqualTo("channel");
          assertThat(e.errors().get(2).field()).isEqualTo("quantity");
          assertThat(e.errors().get(3).message()).contains("facility");
        });
    DeviceRegistry ok = DeviceRegistry.readCsv(csv.lines().limit(3).reduce("", (a, b) -> a + b + "\n")
        .getBytes(StandardCharsets.UTF_8), "r.csv");
    assertThat(ok.device("d1")).hasValueSatisfying(d -> {
      assertThat(d.sensorId()).isEqualTo("s1");
      assertThat(d.location().key()).isEqualTo("本庁舎/1F/窓口");
      assertThat(d.reportingInterval()).hasValue(Duration.ofMinutes(10));
      assertThat(d.channels()).containsEntry(1, Quantity.AIR_TEMPERATURE).containsEntry(2, Quantity.RELATIVE_HUMIDITY);
    });
  }

  @Test
  void registryJsonIsReadAndItsErrorsNameTheJsonPointer() {
    String json = "{\"devices\":[{\"device\":\"d1\",\"sensor\":\"s1\",\"building\":\"本庁舎\",\"floor\":\"3F\","
        + "\"room\":\"会議室1\",\"intervalMinutes\":5,\"channels\":{\"4\":\"co\"}}]}";
    DeviceRegistry r = DeviceRegistry.readJson(json.getBytes(StandardCharsets.UTF_8), "r.json");
    assertThat(r.device("d1").get().channels()).containsEntry(4, Quantity.CO);
    assertThat(r.places()).isEqualTo(1);
    String bad = "{\"devices\":[{\"device\":\"d1\",\"building\":\"本庁舎\",\"intervalMinutes\":-5,"
        + "\"channels\":{\"4\":\"smell\"},\"colour\":\"red\"}]}";
    assertThatThrownBy(() -> DeviceRegistry.readJson(bad.getBytes(StandardCharsets.UTF_8), "r.json"))
        .isInstanceOfSatisfying(RegistryFormatException.class, e -> assertThat(e.errors())
            .extracting(RegistryError::pointer)
            .containsExactly("/devices/0/colour", "/devices/0/intervalMinutes", "/devices/0/channels/4"));
  }
}
