package org.municipaldx.iot.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.iot.ingest.DeviceRegistry;
import org.municipaldx.iot.ingest.UplinkIngest;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppType;
import org.municipaldx.iot.lpp.LppValue;
import org.municipaldx.iot.lpp.UplinkProblem;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.lpp.UplinkReader;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * The round trip through a real Mosquitto broker: uplinks published as The Things Stack publishes
 * them ({@code v3/{application}@{tenant}/devices/{device}/up}, QoS 1), archived by the subscriber,
 * read back into the compliance table — across a subscriber restart, a broker restart, and a broker
 * restart that lost the stored session (the subscriber subscribes again), without loss; closing
 * releases the archive, the client's persistence lock and the re-subscribing thread. Skips with the reason when Debian's {@code mosquitto} is not installed ({@code .ci/run}
 * installs it).
 */
class TtsMqttSubscriberTest {
  static final String TOPIC = "v3/city-hall-env@ttn/devices/dev-a/up";
  static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");

  @TempDir
  Path dir;

  static String uplink(int fcnt) {
    byte[] p = CayenneLpp.encode(List.of(LppValue.of(1, LppType.TEMPERATURE, new BigDecimal(20 + fcnt % 10)),
        LppValue.of(3, LppType.CONCENTRATION, new BigDecimal(600))));
    // pretty-printed over several lines, as a broker may carry it; the archive keeps one line per message
    return "{\n  \"end_device_ids\": {\"device_id\": \"dev-a\", \"application_ids\": {\"application_id\": "
        + "\"city-hall-env\"}},\n  \"received_at\": \"" + T0.plus(Duration.ofMinutes(10L * fcnt)) + "\",\n"
        + "  \"uplink_message\": {\"f_port\": 1, \"f_cnt\": " + fcnt + ", \"frm_payload\": \""
        + Base64.getEncoder().encodeToString(p) + "\"}\n}";
  }

  static void publish(String uri, int from, int to) throws Exception {
    MqttClient pub = new MqttClient(uri, "tts-simulator-" + System.nanoTime() % 100000, new MemoryPersistence());
    MqttConnectOptions o = new MqttConnectOptions();
    o.setCleanSession(true);
    o.setMaxInflight(1000); // as ArchiveReplayTest.publish: Paho's in-flight count may lag a completed publish
    pub.connect(o);
    for (int i = from; i < to; i++) {
      pub.publish(TOPIC, uplink(i).getBytes(StandardCharsets.UTF_8), 1, false);
    }
    pub.disconnect();
    pub.close();
  }

  /** @return the distinct frame counters in the archive so far */
  static long frames(Path archive) {
    try {
      if (!Files.exists(archive)) {
        return 0;
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"f_cnt\":\\s*(\\d+)").matcher(Files.readString(archive));
      java.util.Set<String> seen = new java.util.HashSet<>();
      while (m.find()) {
        seen.add(m.group(1));
      }
      return seen.size();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Waits until at least {@code expected}: QoS 1 is at least once, so a redelivered copy may come too. */
  static void await(LongSupplier value, long expected) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (value.getAsLong() < expected && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(value.getAsLong()).isGreaterThanOrEqualTo(expected);
  }

  @Test
  void noMessageIsLostAcrossASubscriberRestartAndABrokerRestart() throws Exception {
    Path binary = Mosquitto.binary().orElse(null);
    assumeTrue(binary != null, "Debian's mosquitto is not installed (apt-get install mosquitto; .ci/run does), "
        + "so the MQTT round trip through a real broker cannot run here");
    Path archive = dir.resolve("archive/uplinks.jsonl");
    long archivedLines;
    try (Mosquitto broker = Mosquitto.start(binary, dir.resolve("broker"))) {
      MqttSettings settings = new MqttSettings(broker.uri(), "dx-archive-1", java.util.Optional.empty(),
          java.util.Optional.empty(), MqttSettings.TTS_UPLINKS, archive, dir.resolve("paho"), Duration.ofSeconds(2));

      TtsMqttSubscriber first = TtsMqttSubscriber.start(settings, 3);
      publish(broker.uri(), 0, 20);
      MqttClient junk = new MqttClient(broker.uri(), "junk", new MemoryPersistence());
      junk.connect();
      junk.publish(TOPIC, "not JSON\n{".getBytes(StandardCharsets.UTF_8), 1, false);
      junk.disconnect();
      junk.close();
      await(first::archived, 21);
      await(() -> frames(archive), 20);
      first.close();
      assertThat(first.problems().total()).isEqualTo(1);
      long firstArchived = first.archived();

      // the subscriber is away: the broker queues these for its persistent session
      publish(broker.uri(), 20, 35);
      TtsMqttSubscriber second = TtsMqttSubscriber.start(settings, 3);
      await(() -> frames(archive), 35);

      // the broker goes down and comes back: the subscriber reconnects on its own, with back-off
      broker.stop();
      Thread.sleep(500);
      assertThat(second.isConnected()).isFalse();
      broker.restart();
      publish(broker.uri(), 35, 40);
      try {
        await(() -> frames(archive), 40);
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\nbroker log:\n" + Files.readString(dir.resolve("broker/mosquitto.log")), e);
      }
      // one broker restart, one reconnection; the first connection of a start is not a reconnection
      assertThat(first.reconnects()).isZero();
      assertThat(second.reconnects()).isEqualTo(1);
      // the thread that subscribes again never keeps the JVM alive
      assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("dx-mqtt-resubscribe"))
          .isNotEmpty().allSatisfy(t -> assertThat(t.isDaemon()).isTrue());

      // the broker comes back without its stored sessions (its persistence file lost): the subscription is
      // gone with the session, and the subscriber subscribes again on reconnecting
      broker.stop();
      Files.delete(dir.resolve("broker/db/mosquitto.db"));
      broker.restart();
      await(second::reconnects, 2);
      // published until they arrive: a message published before the new SUBACK reaches no subscriber
      long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (frames(archive) < 45 && System.nanoTime() < until) {
        publish(broker.uri(), 40, 45);
        Thread.sleep(200);
      }
      assertThat(frames(archive)).as("uplinks after a broker that lost the session").isEqualTo(45);
      assertThat(second.reconnects()).isEqualTo(2);
      second.close();
      // every message received was archived: none is dropped between the two
      assertThat(second.received()).isEqualTo(second.archived());
      assertThat(first.received()).isEqualTo(firstArchived);
      // each delivery is acknowledged once, after it is archived (manual PUBACK): never more PUBACKs than deliveries
      long pubacks = Files.readAllLines(dir.resolve("broker/mosquitto.log")).stream()
          .filter(l -> l.contains("Received PUBACK from dx-archive-1")).count();
      assertThat(pubacks).isPositive().isLessThanOrEqualTo(first.received() + second.received());
      archivedLines = firstArchived + second.archived();
    }
    // closing releases what the subscriber held: the archive file and the re-subscribing thread
    assertThat(openFilesOf(archive)).as("open descriptors of the archive after close").isZero();
    assertThat(SubscriberCloseTest.lockFiles(dir.resolve("paho"))).as("Paho's persistence lock after close").isEmpty();
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (resubscribers() > 0 && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(resubscribers()).as("re-subscribing threads alive after close").isZero();

    // the archive is a file the report reads: every uplink once, the junk listed with its place
    assertThat(Files.readAllLines(archive)).hasSize((int) archivedLines);
    DeviceRegistry registry = DeviceRegistry.readCsv(("device,sensor,building,floor,room,interval_minutes\n"
        + "dev-a,hall-1f,本庁舎,1F,窓口,10\n").getBytes(StandardCharsets.UTF_8), "registry.csv");
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.MONTH,
        ZoneId.of("Asia/Tokyo"));
    UplinkProblems problems = UplinkProblems.create();
    UplinkReader.Result r;
    try (InputStream in = Files.newInputStream(archive)) {
      r = UplinkIngest.create(registry, acc, problems).read(in, "uplinks.jsonl");
    }
    // every one of the 45 uplinks exactly once; copies the broker delivered again count once
    assertThat(r.uplinks()).isEqualTo(45);
    // QoS 1 is at least once for the junk message too: the broker may deliver it again after the restart
    // (seen once in 2026-12-06's local build: 56 lines, 14 copies of uplinks and the junk twice). Every
    // archived line is an uplink, a copy of one, or a copy of the junk, each listed where it is.
    assertThat(r.problems()).isPositive();
    assertThat(r.retransmissions()).isEqualTo(archivedLines - 45 - r.problems());
    assertThat(problems.kept()).hasSize((int) r.problems()).allSatisfy(p -> {
      assertThat(p.kind()).isEqualTo(UplinkProblem.Kind.NOT_JSON);
      assertThat(p.line()).isBetween(1L, archivedLines);
    });
    ComplianceTable t = acc.finish();
    assertThat(t.readings()).isEqualTo(90);
    assertThat(t.rows()).singleElement().satisfies(row -> assertThat(row.gaps()).isEmpty());
  }

  /** @return how many of this process's file descriptors are open on the file (Linux's /proc; 0 elsewhere) */
  static long openFilesOf(Path file) throws java.io.IOException {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return 0;
    }
    Path real = file.toRealPath();
    long n = 0;
    try (java.util.stream.Stream<Path> links = Files.list(fds)) {
      for (Path fd : (Iterable<Path>) links::iterator) {
        try {
          if (Files.readSymbolicLink(fd).equals(real)) {
            n++;
          }
        } catch (java.io.IOException | UnsupportedOperationException gone) {
          // closed while listing
        }
      }
    }
    return n;
  }

  static long resubscribers() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().equals("dx-mqtt-resubscribe")).count();
  }

  @Test
  void aSubscriberRestartLosesNothingThroughTheBrokerOnLocalhost() throws Exception {
    boolean listening;
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", 1883), 500);
      listening = true;
    } catch (java.io.IOException e) {
      listening = false;
    }
    assumeTrue(listening, "no MQTT broker on localhost:1883 (.ci/run starts Debian's mosquitto there)");
    String uri = "tcp://127.0.0.1:1883";
    Path archive = dir.resolve("uplinks.jsonl");
    MqttSettings settings = new MqttSettings(uri, "dx-" + Long.toHexString(System.nanoTime()), java.util.Optional.empty(),
        java.util.Optional.empty(), TOPIC, archive, dir.resolve("paho"), Duration.ofSeconds(2));
    TtsMqttSubscriber first = TtsMqttSubscriber.start(settings, 3);
    publish(uri, 0, 10);
    await(() -> frames(archive), 10);
    first.close();
    publish(uri, 10, 25); // while the subscriber is away
    TtsMqttSubscriber second = TtsMqttSubscriber.start(settings, 3);
    await(() -> frames(archive), 25);
    second.close();
    assertThat(frames(archive)).isEqualTo(25);
  }
}
