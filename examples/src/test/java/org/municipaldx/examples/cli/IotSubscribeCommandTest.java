package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppType;
import org.municipaldx.iot.lpp.LppValue;
import picocli.CommandLine;

/**
 * {@code dx iot subscribe} through the broker on 127.0.0.1:1883 ({@code .ci/run} starts Debian's
 * mosquitto there; skipped with the reason when none listens), and its refusals, which need no broker.
 */
class IotSubscribeCommandTest {
  @TempDir
  Path dir;

  @AfterEach
  void restoreEnvironment() {
    IotSubscribeCommand.environment = System::getenv;
  }

  static boolean brokerListening() {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", 1883), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void theApiKeyComesFromTheEnvironmentOnly() {
    IotSubscribeCommand.environment = name -> null;
    Run r = Run.dx("iot", "subscribe", "--broker", "tcp://127.0.0.1:1", "--application", "city-hall-env",
        "--archive", dir.resolve("a.jsonl").toString());
    assertThat(r.exit()).isEqualTo(DxCommand.USAGE_ERROR);
    assertThat(r.err()).contains("environment variable TTS_API_KEY, which is not set");
    Run onTheLine = Run.dx("iot", "subscribe", "--broker", "tcp://127.0.0.1:1", "--application", "city-hall-env",
        "--archive", dir.resolve("a.jsonl").toString(), "--api-key", "NNSXS.SECRET");
    assertThat(onTheLine.exit()).isEqualTo(DxCommand.USAGE_ERROR);
    assertThat(onTheLine.err()).contains("Unknown options: '--api-key'");
    Run readingsWithoutRegistry = Run.dx("iot", "subscribe", "--broker", "tcp://127.0.0.1:1", "--application", "a",
        "--no-auth", "--archive", dir.resolve("a.jsonl").toString(), "--readings", dir.resolve("r.csv").toString());
    assertThat(readingsWithoutRegistry.exit()).isEqualTo(DxCommand.USAGE_ERROR);
    assertThat(Run.dx("iot", "--help").out()).contains("subscribe");
    assertThat(Run.dx("iot", "subscribe", "--help").out()).contains("--api-key-env", "never from the command line");
  }

  @Test
  void subscribesArchivesAndWritesReadingsThatTheReportReadsBothWays() throws Exception {
    assumeTrue(brokerListening(), "no MQTT broker on 127.0.0.1:1883 (.ci/run installs and starts Debian's mosquitto)");
    IotSubscribeCommand.environment = name -> name.equals("DX_TEST_KEY") ? "NNSXS.TEST" : null;
    String app = "app-" + Long.toHexString(System.nanoTime());
    Path registry = dir.resolve("registry.csv");
    Files.writeString(registry, "device,sensor,building,floor,room,interval_minutes,channel,quantity\n"
        + "dev-a,hall-1f,本庁舎,1F,窓口,10,1,temperature\ndev-a,hall-1f,本庁舎,1F,窓口,10,3,co2\n", StandardCharsets.UTF_8);
    Path archive = dir.resolve("uplinks.jsonl");
    Path readings = dir.resolve("readings.csv");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread t = new Thread(() -> {
      CommandLine cl = DxCommand.newCommandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      exit.set(cl.execute("iot", "subscribe", "--broker", "tcp://127.0.0.1:1883", "--application", app, "--tenant",
          "ttn", "--api-key-env", "DX_TEST_KEY", "--archive", archive.toString(), "--registry", registry.toString(),
          "--readings", readings.toString(), "--state", dir.resolve("paho").toString(), "--stop-after", "4"));
    });
    t.start();
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!out.toString().contains("subscribed to") && t.isAlive() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(out.toString()).as(err.toString()).contains("subscribed to v3/" + app + "@ttn/devices/+/up");
    MqttClient pub = new MqttClient("tcp://127.0.0.1:1883", "sim-" + Long.toHexString(System.nanoTime()),
        new MemoryPersistence());
    MqttConnectOptions o = new MqttConnectOptions();
    // Paho may return from a QoS 1 publish before it counts the PUBACK off its in-flight window (default 10):
    // "Too many publishes in progress (32202)" on the 11th of these 12 sequential publishes, seen on an idle
    // machine too; a wide window keeps the simulator from failing on its own bookkeeping (as dx-iot-mqtt's
    // ArchiveReplayTest.publish)
    o.setMaxInflight(1000);
    pub.connect(o);
    Instant t0 = Instant.parse("2024-05-31T15:00:00Z");
    for (int k = 0; k < 12; k++) {
      byte[] p = CayenneLpp.encode(List.of(LppValue.of(1, LppType.TEMPERATURE, new BigDecimal(k == 5 ? "30.5" : "24.0")),
          LppValue.of(3, LppType.CONCENTRATION, new BigDecimal(700))));
      String body = "{\"end_device_ids\":{\"device_id\":\"dev-a\",\"application_ids\":{\"application_id\":\"" + app
          + "\"}},\"received_at\":\"" + t0.plus(Duration.ofMinutes(10L * k)) + "\",\"uplink_message\":{\"f_port\":1,"
          + "\"f_cnt\":" + k + ",\"frm_payload\":\"" + Base64.getEncoder().encodeToString(p) + "\"}}";
      pub.publish("v3/" + app + "@ttn/devices/dev-a/up", body.getBytes(StandardCharsets.UTF_8), 1, false);
    }
    pub.disconnect();
    pub.close();
    t.join(30_000);
    assertThat(exit.get()).as(err.toString()).isZero();
    assertThat(out.toString()).contains("received 12 messages, archived 12", "readings written 24");
    assertThat(Files.readAllLines(archive)).hasSize(12);

    Run fromArchive = Run.dx("iot", "compliance", "--uplinks", archive.toString(), "--registry", registry.toString(),
        "--format", "csv");
    Run fromReadings = Run.dx("iot", "compliance", "--readings", readings.toString(), "--registry", registry.toString(),
        "--format", "csv");
    assertThat(fromArchive.exit()).as(fromArchive.err()).isZero();
    assertThat(fromReadings.exit()).as(fromReadings.err()).isZero();
    assertThat(fromReadings.out()).isEqualTo(fromArchive.out());
    assertThat(fromArchive.out()).contains("本庁舎/1F/窓口,2024-06,AIR_TEMPERATURE,°C,12,24,30.5");
  }
}
