package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.TtsUplink;
import org.municipaldx.iot.lpp.UplinkProblem;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * {@link UplinkIngest}'s rule that an uplink is applied whole or not at all, and the place, kind,
 * pointer and message of each problem it lists. Observed through the accumulator's finished table.
 */
class UplinkIngestRulesTest {
  private static final Instant T0 = Instant.parse("2024-06-03T01:00:00Z");
  private final DeviceRegistry registry = DeviceRegistry.readCsv(
      "device,building\ndev1,本庁舎\n".getBytes(StandardCharsets.UTF_8), "r.csv");
  private final ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE,
      CompliancePeriod.Kind.MONTH, ZoneId.of("Asia/Tokyo"));
  private final UplinkProblems problems = UplinkProblems.create();
  private final UplinkIngest ingest = UplinkIngest.create(registry, acc, problems);

  private static TtsUplink up(String device, Instant at, OptionalInt port, String hex) {
    return TtsUplink.of(device, at, port, CayenneLpp.fromHex(hex));
  }

  private long readingsOf(ComplianceTable t, Quantity q) {
    return t.rows().stream().flatMap(r -> r.quantities().stream()).filter(r -> r.quantity() == q)
        .mapToLong(r -> r.count()).sum();
  }

  private UplinkProblem onlyProblem() {
    assertThat(problems.kept()).hasSize(1);
    return problems.kept().get(0);
  }

  @Test
  void everyMappedValueOfAnUplinkIsAReadingAtItsReceivedTime() {
    // 01 67 00D2 = 21.0 °C, 02 68 64 = 50 % RH
    assertThat(ingest.accept(up("dev1", T0, OptionalInt.of(1), "016700D2 026864"), "up.jsonl", 1, 0)).isTrue();
    assertThat(ingest.uplinks()).isEqualTo(1);
    assertThat(ingest.readings()).isEqualTo(2);
    assertThat(ingest.registry()).isSameAs(registry);
    assertThat(problems.total()).isZero();
    ComplianceTable t = acc.finish();
    assertThat(t.readings()).isEqualTo(2);
    assertThat(t.windowStart()).hasValue(T0);
    assertThat(readingsOf(t, Quantity.AIR_TEMPERATURE)).isEqualTo(1);
    assertThat(readingsOf(t, Quantity.RELATIVE_HUMIDITY)).isEqualTo(1);
  }

  @Test
  void anUplinkWithoutAPortIsApplied() {
    // The Things Stack omits f_port only when it is 0 in its JSON, but the factory allows no port: only port 0 is MAC
    assertThat(ingest.accept(up("dev1", T0, OptionalInt.empty(), "016700D2"), "up.jsonl", 1, 0)).isTrue();
    assertThat(ingest.readings()).isEqualTo(1);
  }

  @Test
  void aValueOfNoQuantityIsSkippedAndTheRestApplied() {
    // 03 00 01 = digital input 1: no quantity; then 21.0 °C
    assertThat(ingest.accept(up("dev1", T0, OptionalInt.of(1), "030001 016700D2"), "up.jsonl", 1, 0)).isTrue();
    assertThat(ingest.readings()).isEqualTo(1);
    assertThat(acc.finish().readings()).isEqualTo(1);
  }

  @Test
  void anUnknownDeviceIsListedAndNothingApplied() {
    assertThat(ingest.accept(up("dev9", T0, OptionalInt.of(1), "016700D2"), "up.jsonl", 4, 120)).isFalse();
    UplinkProblem p = onlyProblem();
    assertThat(p.kind()).isEqualTo(UplinkProblem.Kind.UNKNOWN_DEVICE);
    assertThat(p.source()).isEqualTo("up.jsonl");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.byteOffset()).isEqualTo(120);
    assertThat(p.deviceId()).hasValue("dev9");
    assertThat(p.receivedAt()).hasValue(T0);
    assertThat(p.pointer()).isEqualTo("/end_device_ids/device_id");
    assertThat(p.payloadOffset()).isEmpty();
    assertThat(p.message()).isEqualTo("device 'dev9' is not in the registry");
    assertThat(ingest.uplinks()).isZero();
    assertThat(acc.finish().readings()).isZero();
  }

  @Test
  void port0CarriesMacCommandsAndIsListed() {
    assertThat(ingest.accept(up("dev1", T0, OptionalInt.of(0), "016700D2"), "up.jsonl", 2, 10)).isFalse();
    UplinkProblem p = onlyProblem();
    assertThat(p.kind()).isEqualTo(UplinkProblem.Kind.MAC_PORT);
    assertThat(p.pointer()).isEqualTo("/uplink_message/f_port");
    assertThat(p.payloadOffset()).isEmpty();
    assertThat(p.message()).isEqualTo("FPort 0 carries LoRaWAN MAC commands, not readings");
    assertThat(ingest.readings()).isZero();
    assertThat(acc.finish().readings()).isZero();
  }

  @Test
  void aPayloadThatIsNotCayenneLppIsListedWithItsByteOffset() {
    // a whole temperature record, then a record cut after its type byte at offset 4
    assertThat(ingest.accept(up("dev1", T0, OptionalInt.of(1), "016700D2 0267"), "up.jsonl", 3, 0)).isFalse();
    UplinkProblem p = onlyProblem();
    assertThat(p.kind()).isEqualTo(UplinkProblem.Kind.PAYLOAD);
    assertThat(p.pointer()).isEqualTo("/uplink_message/frm_payload");
    assertThat(p.payloadOffset()).hasValue(4);
    assertThat(acc.finish().readings()).isZero();
  }

  @Test
  void anImpossibleValueRejectsTheWholeUplink() {
    // 21.0 °C, then 02 68 F0 = 120 % RH, which no air holds: neither reading is applied
    assertThat(ingest.accept(up("dev1", T0, OptionalInt.of(1), "016700D2 0268F0"), "up.jsonl", 5, 0)).isFalse();
    UplinkProblem p = onlyProblem();
    assertThat(p.kind()).isEqualTo(UplinkProblem.Kind.IMPOSSIBLE_VALUE);
    assertThat(p.pointer()).isEqualTo("/uplink_message/frm_payload");
    assertThat(p.payloadOffset()).isEmpty();
    assertThat(p.message()).startsWith("channel 2 (relative humidity) value 120")
        .contains(" is not a possible " + Quantity.RELATIVE_HUMIDITY + ": ");
    assertThat(ingest.uplinks()).isZero();
    assertThat(ingest.readings()).isZero();
    assertThat(acc.finish().readings()).isZero();
  }

  @Test
  void anUplinkEarlierThanTheDevicesPreviousOneIsListedAndNotApplied() {
    assertThat(ingest.accept(up("dev1", T0, OptionalInt.of(1), "016700D2"), "up.jsonl", 1, 0)).isTrue();
    assertThat(ingest.accept(up("dev1", T0.minusSeconds(600), OptionalInt.of(1), "016700D2 026864"), "up.jsonl", 2, 50))
        .isFalse();
    UplinkProblem p = onlyProblem();
    assertThat(p.kind()).isEqualTo(UplinkProblem.Kind.OUT_OF_ORDER);
    assertThat(p.pointer()).isEqualTo("/received_at");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).isEqualTo("received before the device's previous uplink; uplinks of a device must be in time order");
    assertThat(ingest.uplinks()).isEqualTo(1);
    assertThat(ingest.readings()).isEqualTo(1);
    assertThat(acc.finish().readings()).isEqualTo(1);
  }

  @Test
  void aStreamsProblemsNameTheStream() throws Exception {
    String unknown = "{\"end_device_ids\":{\"device_id\":\"dev9\"},\"received_at\":\"2024-06-03T01:00:00Z\","
        + "\"uplink_message\":{\"f_port\":1,\"frm_payload\":\"AWcA0g==\"}}";
    String known = unknown.replace("dev9", "dev1");
    ingest.read(new ByteArrayInputStream((known + "\n" + unknown + "\n").getBytes(StandardCharsets.UTF_8)), "s.jsonl");
    UplinkProblem p = onlyProblem();
    assertThat(p.source()).isEqualTo("s.jsonl");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.byteOffset()).isEqualTo(known.length() + 1);
    assertThat(ingest.uplinks()).isEqualTo(1);
  }
}
