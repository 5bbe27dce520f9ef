package org.municipaldx.iot.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.iot.ingest.DeviceRegistry;
import org.municipaldx.iot.ingest.ReadingsCsvReader;
import org.municipaldx.iot.ingest.UplinkIngest;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.lpp.UplinkReader;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * Through the broker on 127.0.0.1:1883 ({@code .ci/run} starts Debian's mosquitto there; skipped with
 * the reason when none listens): every message is archived raw before it is decoded, across a
 * subscriber restart, and the archive replays through the uplink reader to the table the decoded
 * readings file gives.
 */
class ArchiveReplayTest {
  static final String URI = "tcp://127.0.0.1:1883";

  @TempDir
  Path dir;

  static boolean brokerListening() {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", 1883), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  static DeviceRegistry registry() {
    return DeviceRegistry.readCsv(("device,sensor,building,floor,room,interval_minutes,channel,quantity\n"
        + "dev-a,hall-1f,本庁舎,1F,窓口,10,1,temperature\ndev-a,hall-1f,本庁舎,1F,窓口,10,3,co2\n")
        .getBytes(StandardCharsets.UTF_8), "registry.csv");
  }

  @Test
  void everyMessageIsArchivedRawBeforeDecodingAndTheArchiveReplaysToTheReadingsFilesTable() throws Exception {
    assumeTrue(brokerListening(), "no MQTT broker on 127.0.0.1:1883 (.ci/run installs and starts Debian's mosquitto)");
    String topic = "v3/replay-" + Long.toHexString(System.nanoTime()) + "@ttn/devices/dev-a/up";
    Path archive = dir.resolve("archive/uplinks.jsonl");
    Path readings = dir.resolve("archive/readings.csv");
    MqttSettings settings = new MqttSettings(URI, "dx-" + Long.toHexString(System.nanoTime()), Optional.empty(),
        Optional.empty(), topic, archive, dir.resolve("paho"), Duration.ofSeconds(2));
    List<byte[]> sent = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      sent.add(TtsMqttSubscriberTest.uplink(i).getBytes(StandardCharsets.UTF_8));
    }
    byte[] junk = "not JSON\r\n{\"f_cnt\": x".getBytes(StandardCharsets.UTF_8);
    byte[] noPayload = "{\"end_device_ids\":{\"device_id\":\"dev-a\"},\"received_at\":\"2024-06-01T00:01:00Z\",\n\"uplink_message\":{\"f_port\":1,\"f_cnt\":99,\"frm_payload\":\"AWf/\"}}"
        .getBytes(StandardCharsets.UTF_8); // truncated Cayenne LPP: archived, listed on replay, no reading

    TtsMqttSubscriber first = TtsMqttSubscriber.start(settings, 3, UplinkReadingsCsv.open(readings, registry()));
    publish(topic, sent.subList(0, 12));
    publish(topic, List.of(junk, noPayload));
    TtsMqttSubscriberTest.await(first::archived, 14);
    first.close();
    publish(topic, sent.subList(12, 30)); // while the subscriber is away: queued by the broker
    TtsMqttSubscriber second = TtsMqttSubscriber.start(settings, 3, UplinkReadingsCsv.open(readings, registry()));
    TtsMqttSubscriberTest.await(() -> TtsMqttSubscriberTest.frames(archive), 31);
    TtsMqttSubscriberTest.await(() -> second.readings().orElseThrow().written(), 36);
    second.close();

    // raw: each message's own bytes, line breaks made spaces, in the order they arrived
    List<String> lines = Files.readAllLines(archive, StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    for (byte[] m : sent.subList(0, 12)) {
      expected.add(new String(m, StandardCharsets.UTF_8).replace('\n', ' '));
    }
    expected.add("not JSON  {\"f_cnt\": x");
    expected.add(new String(noPayload, StandardCharsets.UTF_8).replace('\n', ' '));
    for (byte[] m : sent.subList(12, 30)) {
      expected.add(new String(m, StandardCharsets.UTF_8).replace('\n', ' '));
    }
    assertThat(lines.stream().distinct().toList()).isEqualTo(expected); // QoS 1 may deliver a copy again
    assertThat(first.problems().total()).isEqualTo(1); // the junk (the short payload decodes later, with the registry)

    // the archive replays through the uplink reader; the readings file gives the same table
    ComplianceAccumulator replayed = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY,
        ZoneId.of("Asia/Tokyo"));
    UplinkProblems problems = UplinkProblems.create();
    UplinkReader.Result r;
    try (InputStream in = Files.newInputStream(archive)) {
      r = UplinkIngest.create(registry(), replayed, problems).read(in, "uplinks.jsonl");
    }
    assertThat(r.uplinks()).isEqualTo(31); // the 30 and the one whose payload is then listed as not Cayenne LPP
    assertThat(problems.total()).isEqualTo(2);
    ComplianceAccumulator fromReadings = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY,
        ZoneId.of("Asia/Tokyo"));
    assertThat(ReadingsCsvReader.create().withRegistry(registry()).read(readings, fromReadings)).isEqualTo(60);
    ComplianceTable t = replayed.finish();
    assertThat(t.readings()).isEqualTo(60);
    assertThat(fromReadings.finish()).isEqualTo(t);
  }

  /**
   * Raw first, and unacknowledged when the readings file cannot be written: the message is in the archive, the
   * failure is not counted as an undecodable message, and the broker delivers it again (the session is kept).
   */
  @Test
  void aMessageWhoseReadingsCannotBeWrittenIsArchivedAndDeliveredAgain() throws Exception {
    assumeTrue(brokerListening(), "no MQTT broker on 127.0.0.1:1883 (.ci/run installs and starts Debian's mosquitto)");
    String topic = "v3/city-hall-env@ttn/devices/dev-a-" + Long.toHexString(System.nanoTime()) + "/up";
    Path archive = dir.resolve("uplinks.jsonl");
    MqttSettings settings = new MqttSettings(URI, "dx-" + Long.toHexString(System.nanoTime()), Optional.empty(),
        Optional.empty(), topic, archive, dir.resolve("paho"), Duration.ofSeconds(1));
    UplinkReadingsCsv readings = UplinkReadingsCsv.open(dir.resolve("readings.csv"), registry());
    readings.close(); // every write now fails with an UncheckedIOException
    TtsMqttSubscriber s = TtsMqttSubscriber.start(settings, 3, readings);
    try {
      publish(topic, List.of(TtsMqttSubscriberTest.uplink(7).getBytes(StandardCharsets.UTF_8)));
      TtsMqttSubscriberTest.await(s::archived, 2);
      assertThat(s.undecodable()).isZero();
      assertThat(s.problems().total()).isZero();
      assertThat(Files.readAllLines(archive)).hasSizeGreaterThanOrEqualTo(2).containsOnly(
          TtsMqttSubscriberTest.uplink(7).replace('\n', ' '));
    } finally {
      s.close();
    }
  }

  static void publish(String topic, List<byte[]> messages) throws Exception {
    MqttClient pub = new MqttClient(URI, "tts-sim-" + Long.toHexString(System.nanoTime()), new MemoryPersistence());
    org.eclipse.paho.client.mqttv3.MqttConnectOptions o = new org.eclipse.paho.client.mqttv3.MqttConnectOptions();
    // Paho may return from a QoS 1 publish before it counts the PUBACK off its in-flight window (seen under
    // load 25: "Too many publishes in progress" after 10 sequential publishes); a wide window keeps the
    // simulator from failing on its own bookkeeping
    o.setMaxInflight(1000);
    pub.connect(o);
    for (byte[] m : messages) {
      pub.publish(topic, m, 1, false);
    }
    pub.disconnect();
    pub.close();
  }
}
